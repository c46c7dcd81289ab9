"""Tests for alliance_lib.drawing: pictures carry alt text, figures carry their conventions."""

import html

import networkx as nx
import pandas as pd
import pytest
from matplotlib.figure import Figure

from alliance_lib import datasets, drawing


def test_picture_html_has_escaped_alt_and_caption():
    pic = drawing.Picture(drawing.new_figure(2, 2), alt='USA <&> "JPN"', caption="a <b> c")
    text = pic._repr_html_()
    assert text.startswith('<figure class="alliance-figure"><img src="data:image/png;base64,')
    assert f'alt="{html.escape(pic.alt)}"' in text
    assert "<figcaption>a &lt;b&gt; c</figcaption>" in text
    assert "<&>" not in text


def test_picture_png_and_save(tmp_path):
    pic = drawing.Picture(drawing.new_figure(2, 2), alt="empty")
    assert pic.png().startswith(b"\x89PNG")
    assert not hasattr(pic, "_repr_png_")  # one output per picture: the HTML with alt text
    path = pic.save(tmp_path / "x.png")
    assert path.read_bytes().startswith(b"\x89PNG")


def test_picture_needs_alt_text():
    with pytest.raises(ValueError, match="alt text"):
        drawing.Picture(drawing.new_figure(2, 2), alt="")


def test_figures_are_not_registered_with_pyplot():
    from matplotlib._pylab_helpers import Gcf

    before = Gcf.get_num_fig_managers()
    fig = drawing.plot_power_indices(["A"], [1.0], [1.0]).figure
    assert type(fig) is Figure and type(fig.canvas).__name__ == "FigureCanvasAgg"
    assert Gcf.get_num_fig_managers() == before  # the inline backend will not show it twice


def test_every_obligation_type_has_its_own_line_style():
    styles = [repr(s.linestyle) for s in drawing.OBLIGATION_STYLES.values()]
    assert len(set(styles)) == len(styles)
    assert set(drawing.OBLIGATION_STYLES) == set(datasets.OBLIGATIONS)
    assert set(s.colour for s in drawing.OBLIGATION_STYLES.values()) <= {
        *drawing.OKABE_ITO.values(),
        drawing.GREY,
    }


def test_unknown_obligation_type_is_a_clear_error():
    with pytest.raises(ValueError, match="'alliance'"):
        drawing.edge_style("alliance")


def test_positions_are_fixed_and_geographic():
    pos = drawing.node_positions(["JPN", "USA", "XYZ"])
    again = drawing.node_positions(["XYZ", "USA", "JPN"])
    assert list(pos["JPN"]) == [139.7, 35.7]
    assert list(pos["XYZ"]) == list(again["XYZ"])


def test_alliance_network_1952_alt_text_names_hub_and_spokes():
    G = datasets.alliance_system(1952)
    pic = drawing.plot_alliance_network(G, 1952)
    assert pic.alt.startswith("Network of alliances in force in 1952")
    assert "USA linked by defence treaties to AUL, JPN, NEW, PHI" in pic.alt
    ax = pic.figure.axes[0]
    assert ax.get_legend() is not None
    assert ax.get_title() == "Alliances in force in 1952"


def test_alliance_network_marks_missing_capabilities():
    pic = drawing.plot_alliance_network(datasets.alliance_system(1950), 1950)
    assert "No capability data (drawn hollow): JPN" in pic.alt


def test_node_area_proportional_to_cinc():
    fig = drawing.new_figure()
    art = drawing.draw_network(fig.add_subplot(), drawing.node_positions(["USA", "JPN"]), [])
    drawing.set_node_sizes(art, {"USA": 0.2, "JPN": 0.05})
    usa, jpn = art.nodes.get_sizes()
    assert usa / jpn == pytest.approx(4.0)


def test_capabilities_shade_japan_occupation_gap():
    df = datasets.load_capabilities(states=["USA", "JPN"], years=(1946, 1960))
    pic = drawing.plot_capabilities(df, ["USA", "JPN"], gap_notes={"JPN": "occupation"})
    assert "JPN" in pic.alt and "no data 1946–1951 (occupation)" in pic.alt
    texts = [t.get_text() for t in pic.figure.axes[0].texts]
    assert any("JPN no data: occupation" in t for t in texts)


def test_capabilities_bad_component():
    df = pd.DataFrame({"stateabb": ["USA"], "year": [1950], "cinc": [0.3]})
    with pytest.raises(ValueError, match="'gdp'"):
        drawing.plot_capabilities(df, ["USA"], component="gdp")


def test_power_indices_bars_hatched_and_described():
    pic = drawing.plot_power_indices(["A", "B"], {"A": 0.75, "B": 0.25}, [0.5, 0.5])
    ax = pic.figure.axes[0]
    hatches = {p.get_hatch() for p in ax.patches}
    assert len(hatches) == 2
    assert "Shapley–Shubik: A 0.75, B 0.25" in pic.alt


def test_signed_graph_highlights_given_triangles():
    G = nx.Graph()
    G.add_edge("A", "B", sign=1)
    G.add_edge("B", "C", sign=1)
    G.add_edge("A", "C", sign=-1)
    pic = drawing.plot_signed_graph(G, [("A", "B", "C")])
    ax = pic.figure.axes[0]
    shown = [p for p in ax.patches if p.get_visible() and p.get_hatch()]
    assert len(shown) == 1
    dashed = [ln for ln in ax.lines if ln.get_visible() and ln.get_linestyle() != "-"]
    assert len(dashed) == 1
    assert "1 triangle highlighted as unbalanced: A–B–C" in pic.alt


def test_landscape_and_pivots_alt_text():
    pic = drawing.plot_landscape({"x": 1.0, "y": -2.0}, ["y"], current="x")
    assert "1 local minimum: y (energy -2)" in pic.alt and "Current: x" in pic.alt
    with pytest.raises(ValueError, match="'z'"):
        drawing.plot_landscape({"x": 1.0}, ["z"])
    pic = drawing.plot_pivots(
        {"reach": {"USA": 6, "JPN": 6}}, {"reach": {"USA": 5}}, change="without JPN"
    )
    assert "USA 6 → 5, JPN 6 → removed" in pic.alt


def test_frame_player_checks_its_frames_and_labels():
    frames = [drawing.Picture(drawing.new_figure(1, 1), alt=f"frame {i}") for i in range(2)]
    with pytest.raises(ValueError, match="2 frames but 3 labels"):
        drawing.FramePlayer(frames, ["a", "b", "c"], name="Step")
    with pytest.raises(ValueError, match="start=5"):
        drawing.FramePlayer(frames, ["a", "b"], name="Step", start=5)
    with pytest.raises(ValueError, match="at least one frame"):
        drawing.FramePlayer([], [], name="Step")


def test_frame_player_html_is_self_contained_and_stable():
    frames = [drawing.Picture(drawing.new_figure(1, 1), alt=f"frame <{i}>") for i in range(2)]
    page = drawing.FramePlayer(frames, ["x", "y"], name="Year")._repr_html_()
    assert page == drawing.FramePlayer(frames, ["x", "y"], name="Year")._repr_html_()
    assert "http" not in page and "<\\/" not in page.split("<script>")[0]
    assert 'alt="frame &lt;0&gt;"' in page and 'aria-valuetext="x"' in page


def test_plot_timeline_draws_one_bar_per_agreement_and_describes_them():
    timeline = datasets.alliance_timeline(["JPN"])
    pic = drawing.plot_timeline(timeline)
    ax = pic.figure.axes[0]
    bars = [p for p in ax.patches if abs(p.get_height() - 0.6) < 1e-9]
    assert len(bars) == len(timeline)
    assert pic.alt.startswith(f"Timeline of {len(timeline)} agreements, 1941–")
    assert "Treaty of Mutual Cooperation and Security" in pic.alt  # still in force
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert "USA–JPN: Security Treaty between the United States and Japan, 1951" in labels
