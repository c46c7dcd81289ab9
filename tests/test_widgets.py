"""Drive each explorer through its controls and check what the student would see."""

import numpy as np
import pytest

from alliance_lib import datasets, drawing, structural
from alliance_lib.widgets import (
    AllianceTimeline,
    BalanceExplorer,
    LandscapeExplorer,
    PivotExplorer,
    StructuralBalanceExplorer,
)

US_JAPAN_1951 = "Security Treaty between the United States and Japan, 1951"


@pytest.fixture(scope="module")
def timeline():
    return AllianceTimeline()


def shown_sizes(widget):
    art = widget._art
    return dict(zip(art.order, art.nodes.get_sizes(), strict=True))


# --------------------------------------------------------------------------- timeline


def test_timeline_defaults_cover_the_data(timeline):
    year = timeline.controls["year"]
    assert (year.min, year.max) == (1945, 2025)


def test_timeline_node_area_proportional_to_cinc(timeline):
    timeline.controls["year"].value = 1970
    G = datasets.alliance_system(1970)
    sizes = shown_sizes(timeline)
    ratio = sizes["USA"] / sizes["JPN"]
    assert ratio == pytest.approx(G.nodes["USA"]["cinc"] / G.nodes["JPN"]["cinc"])
    assert sizes["CHN"] / sizes["USA"] == pytest.approx(
        G.nodes["CHN"]["cinc"] / G.nodes["USA"]["cinc"]
    )


def test_timeline_marks_occupied_japan_hollow(timeline):
    timeline.controls["year"].value = 1948
    i = timeline._art.order.index("JPN")
    assert timeline._art.nodes.get_facecolors()[i][3] == 0  # hollow: transparent face
    assert "JPN" in timeline.note.value and "JPN" in timeline.snapshot().caption
    alt = timeline.snapshot().alt
    assert "JPN" in alt.split("No capability data (drawn hollow):")[1]


def test_timeline_us_japan_treaty_in_force_only_from_1952(timeline):
    timeline.controls["year"].value = 1951
    assert US_JAPAN_1951 not in timeline.treaty_list.value
    assert not timeline._art.edges[("JPN", "USA")].get_visible()
    timeline.controls["year"].value = 1952
    assert US_JAPAN_1951 in timeline.treaty_list.value
    assert timeline._art.edges[("JPN", "USA")].get_visible()


def test_timeline_asymmetric_arrow_points_from_the_state_that_owes_defence(timeline):
    timeline.controls["year"].value = 1952
    arrow = timeline._art.arrows[("JPN", "USA")]
    assert arrow.get_visible()
    path = arrow.get_path().vertices
    assert path[0][0] > path[-1][0]  # drawn from the USA (east) toward Japan (west)


def test_timeline_hub_and_spokes_then_latticework(timeline):
    timeline.controls["year"].value = 1955
    spokes = {v for v in timeline.drawn["USA"]}
    assert {"JPN", "ROK", "TAW", "PHI", "AUL", "NEW"} <= spokes
    assert not timeline.drawn.has_edge("JPN", "AUL")
    timeline.controls["year"].value = 2016
    assert timeline.drawn.edges["JPN", "AUL"]["type"] == "consultation"


def test_timeline_updates_the_same_artists(timeline):
    timeline.controls["year"].value = 1950
    nodes, edges = timeline._art.nodes, dict(timeline._art.edges)
    n_artists = len(timeline.figure.axes[0].get_children())
    timeline.controls["year"].value = 1990
    assert timeline._art.nodes is nodes
    assert timeline._art.edges == edges
    assert len(timeline.figure.axes[0].get_children()) == n_artists


def test_timeline_image_rerendered(timeline):
    timeline.controls["year"].value = 1960
    before = timeline.image.value
    timeline.controls["year"].value = 1961
    assert bytes(timeline.image.value).startswith(b"\x89PNG") and timeline.image.value != before


def test_timeline_snapshot_alt_mentions_year(timeline):
    timeline.controls["year"].value = 1960
    pic = timeline.snapshot()
    assert isinstance(pic, drawing.Picture)
    assert "1960" in pic.alt and "USA linked by defence treaties" in pic.alt
    assert "1960" in timeline.description.value


def test_timeline_nonaggression_toggle(timeline):
    timeline.controls["year"].value = 2016
    hidden = timeline.drawn.number_of_edges()
    timeline.controls["nonaggression"].value = True
    assert timeline.drawn.number_of_edges() > hidden
    assert "Not drawn" not in timeline.snapshot().alt
    timeline.controls["nonaggression"].value = False


def test_timeline_constructor_errors():
    with pytest.raises(ValueError, match="start=1900"):
        AllianceTimeline(start=1900)
    with pytest.raises(ValueError, match="start=1990 is after end=1980"):
        AllianceTimeline(start=1990, end=1980)
    with pytest.raises(ValueError, match="year=1970"):
        AllianceTimeline(start=1980, end=1990, year=1970)


# --------------------------------------------------------------------------- balance


@pytest.fixture
def balance():
    return BalanceExplorer(year=2016)


def test_balance_defaults_from_data(balance):
    G = datasets.alliance_system(2016)
    assert balance.controls["power:CHN"].value == pytest.approx(G.nodes["CHN"]["cinc"])
    assert balance.controls["bloc:USA"].value == "Bloc A"
    assert balance.controls["bloc:JPN"].value == "Bloc A"
    assert balance.controls["bloc:PRK"].value == "Bloc B"


def test_balance_holder_label(balance):
    assert "Holder of the balance: IND." in balance.holder_label.value
    balance.controls["bloc:IND"].value = "Bloc A"
    assert "Holder of the balance: IND." not in balance.holder_label.value
    assert "IND" not in [balance.holder]


def test_balance_bars_show_bloc_totals(balance):
    bars = balance._bloc_bars
    balance.controls["power:USA"].value = 0.3
    powers, blocs = balance.powers(), balance.blocs()
    a = sum(p for s, p in powers.items() if blocs[s] == "Bloc A")
    assert bars[0].get_height() == pytest.approx(a / sum(powers.values()))
    assert balance._bloc_bars is bars


def test_balance_index_bars_sum_to_one(balance):
    ss, bz = (balance._index_bars[k][0] for k in ("Shapley–Shubik", "Banzhaf"))
    assert sum(b.get_height() for b in ss) == pytest.approx(1)
    assert sum(b.get_height() for b in bz) == pytest.approx(1)


def test_balance_degenerate_states(balance):
    for s in balance.states:
        balance.controls[f"bloc:{s}"].value = "Uncommitted"
    assert "no blocs" in balance.message.value.lower()
    balance.controls["bloc:USA"].value = "Bloc A"
    assert "Bloc B is empty" in balance.message.value
    for s in balance.states:
        balance.controls[f"power:{s}"].value = 0.0
    assert "zero power" in balance.message.value
    assert balance.holder is None


def test_balance_constructor_errors():
    with pytest.raises(ValueError, match="year=1800"):
        BalanceExplorer(year=1800)
    with pytest.raises(ValueError, match="power of USA is 2"):
        BalanceExplorer(powers={"USA": 2})
    with pytest.raises(ValueError, match="'XXX'"):
        BalanceExplorer(states=["USA", "XXX"])


# --------------------------------------------------------------------------- structural balance


@pytest.fixture
def europe():
    return StructuralBalanceExplorer()


def highlighted(widget):
    return [t for t, p in widget._art.triangles.items() if p.get_visible()]


def test_structural_highlights_unbalanced_triangles(europe):
    for year in europe.years:
        europe.controls["step"].value = year
        expected = structural.triad_census(datasets.relations_graph(year=year)).unbalanced
        assert len(highlighted(europe)) == expected
    assert europe.frustration == 0 and "Balanced" in europe.message.value
    assert all(p.get_hatch() for p in europe._art.triangles.values())


def test_structural_student_toggles_a_sign(europe):
    europe.controls["step"].value = 1907
    europe.controls["pair"].value = "GMY–RUS"
    assert europe.controls["sign"].value == "−"
    lines = dict(europe._art.edges)
    europe.controls["sign"].value = "+"
    assert len(highlighted(europe)) > 0 and europe.frustration == 1
    assert europe._art.edges == lines
    assert europe._art.edges[("GMY", "RUS")].get_linestyle() == "-"
    assert "1907" in europe.snapshot().alt


def test_structural_dynamics_step_is_seeded():
    a, b = StructuralBalanceExplorer(seed=3), StructuralBalanceExplorer(seed=3)
    updates = [(a.dynamics_step(), b.dynamics_step()) for _ in range(3)]
    assert all(x == y for x, y in updates)
    assert a.event_label.value.startswith("Triad dynamics")


def test_structural_constructor_errors():
    with pytest.raises(ValueError, match="year 1880"):
        StructuralBalanceExplorer(year=1880)
    with pytest.raises(ValueError, match="probability"):
        StructuralBalanceExplorer(p=2)


# --------------------------------------------------------------------------- landscape


def test_landscape_teaching_descent_reaches_a_minimum():
    w = LandscapeExplorer(preset="teaching", step_delay=0)
    bars = list(w._bars)
    assert "Every actor is in one bloc" in w.message.value
    path = w.descend()
    assert path[-1][1] == pytest.approx(-28.0)
    assert "local minimum" in w.energy_label.value
    assert w.controls["bloc:Land"].value != w.controls["bloc:Sea"].value
    assert list(w._bars) == bars
    assert "2 local minima" in w.snapshot().alt


def test_landscape_frustration_bars_follow_bloc_moves():
    w = LandscapeExplorer(preset="teaching", step_delay=0)
    w.controls["bloc:Land"].value = "Bloc B"
    heights = {a: b.get_height() for a, b in zip(w.actors, w._bars, strict=True)}
    assert heights == pytest.approx(w._frustration)
    assert "-28" in w.energy_label.value


def test_landscape_east_asia_preset_uses_cinc():
    w = LandscapeExplorer()
    G = datasets.alliance_system(2016)
    assert w.sizes["USA"] == pytest.approx(G.nodes["USA"]["cinc"])
    assert w.propensity[("JPN", "USA")] == 1.0
    assert w.minima_label.value.count("<li>") == len(w.minima)


def test_landscape_bad_preset():
    with pytest.raises(ValueError, match="'europe'"):
        LandscapeExplorer(preset="europe")


# --------------------------------------------------------------------------- pivots


def test_pivot_removing_japan_cuts_american_reach():
    w = PivotExplorer(year=2016)
    reach_bars = w._bars["reach"]["after"][0]
    w.controls["state"].value = "JPN"
    usa = w.states.index("USA")
    assert reach_bars[usa].get_height() < w._bars["reach"]["before"][0][usa].get_height()
    assert w._removed_marks["JPN"].get_visible()
    assert "without JPN" in w.snapshot().alt
    assert w._bars["reach"]["after"][0] is reach_bars
    w.controls["state"].value = "none"
    assert np.allclose(w.before.to_numpy(), w.after.to_numpy())


def test_pivot_removing_a_treaty():
    w = PivotExplorer(year=1955)
    w.controls["treaty"].value = "3220"
    assert w.after.loc["JPN", "reach"] == 0
    assert w.message.value == ""


def test_pivot_removal_that_disconnects_everything():
    w = PivotExplorer(year=1946)
    w.controls["state"].value = "CHN"
    w.controls["treaty"].value = "2565"
    assert "no alliance ties remain" in w.message.value


def test_pivot_nonaggression_treaty_needs_the_box():
    w = PivotExplorer(year=2016)
    w.controls["treaty"].value = "3755"
    assert "tick the box" in w.message.value
    w.controls["nonaggression"].value = True
    assert w.message.value == ""


def test_pivot_constructor_errors():
    with pytest.raises(ValueError, match="year=1900"):
        PivotExplorer(year=1900)
    with pytest.raises(ValueError, match="k=0"):
        PivotExplorer(k=0)


def test_timeline_player_has_a_frame_for_each_change_of_alignment():
    player = AllianceTimeline(start=1950, end=1960).player()
    assert player.labels == ["1950", "1952", "1954", "1955", "1960"]
    alts = [frame.alt for frame in player.frames]
    assert "1952" in alts[1] and "JPN" in alts[1].split("1952", 1)[1]
    page = player._repr_html_()
    assert 'max="4"' in page and page.count("data:image/png;base64,") == 1 + len(alts)


def test_a_frozen_snapshot_keeps_the_state_it_was_taken_in():
    timeline = AllianceTimeline(year=1951)
    frozen = timeline.snapshot().freeze()
    before = frozen.png()
    timeline.controls["year"].value = 1960
    assert frozen.png() == before
    assert timeline.snapshot().png() != before


def test_structural_player_steps_through_every_date_of_the_table():
    explorer = StructuralBalanceExplorer()
    player = explorer.player()
    assert player.labels == [str(y) for y in explorer.years]
    assert explorer.controls["step"].value == explorer.years[0]  # restored
    assert len({frame.png() for frame in player.frames}) == len(explorer.years)
