"""Figures for the book: a colour-blind-safe palette, fixed layouts and pictures with alt text.

Everything here draws; nothing here computes a model. A plot function takes values the
models have already produced (a graph from :func:`alliance_lib.datasets.alliance_system`,
indices from :mod:`alliance_lib.power_index`, triangles from :mod:`alliance_lib.structural`
...) and returns a :class:`Picture`: a matplotlib :class:`~matplotlib.figure.Figure` together
with alt text generated from the data shown and an optional caption.

Accessibility conventions, used by every figure and by :mod:`alliance_lib.widgets`:

- colours from the Okabe–Ito palette, which stays distinguishable under the common forms of
  colour-vision deficiency;
- colour is never the only carrier: each obligation type has its own line style, each state
  its own marker, each bar series its own hatch, and nodes carry text labels;
- node positions never move: East Asian and Pacific states sit at their (approximate)
  capitals, projected; other states get a seeded layout.

Figures are made with :class:`matplotlib.figure.Figure` (not ``pyplot``), so the inline
backend never shows them twice, and with an Agg canvas, so ``figure.canvas.draw()`` renders.

References
----------
- Okabe, M., and K. Ito. 2008. "Color Universal Design (CUD): How to make figures and
  presentations that are friendly to colorblind people." J*Fly Data Depository.
- Hagberg, A. A., D. A. Schult, and P. J. Swart. 2008. "Exploring network structure,
  dynamics, and function using NetworkX." Proceedings of the 7th Python in Science
  Conference, 11–15.
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import itertools
import json
import math
import textwrap
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd
from matplotlib import patheffects
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PathCollection
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch, Patch, Polygon
from matplotlib.text import Annotation, Text
from PIL import Image as PILImage
from PIL.PngImagePlugin import PngInfo

__all__ = [
    "DPI",
    "GEOGRAPHIC_ANCHORS",
    "OBLIGATION_STYLES",
    "OKABE_ITO",
    "EdgeStyle",
    "FramePlayer",
    "NetworkArtists",
    "Picture",
    "SignedArtists",
    "draw_bars",
    "draw_network",
    "draw_signed",
    "edge_direction",
    "edge_style",
    "describe_network",
    "describe_signed",
    "new_figure",
    "obligation_legend",
    "sign_legend",
    "node_positions",
    "plot_alliance_network",
    "plot_capabilities",
    "plot_landscape",
    "plot_pivots",
    "plot_power_indices",
    "plot_signed_graph",
    "plot_timeline",
    "set_edge",
    "set_node_sizes",
    "set_signs",
    "state_marker",
    "state_colour",
    "update_bars",
]

DPI = 100
"""Resolution of every rendered figure: modest, readable at 100% zoom."""

OKABE_ITO: dict[str, str] = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky blue": "#56B4E9",
    "bluish green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish purple": "#CC79A7",
}
"""The Okabe–Ito colour-blind-safe palette (Okabe and Ito 2008), name -> hex colour."""

GREY = "#8C8C8C"
_CYCLE = [OKABE_ITO[k] for k in ("blue", "vermillion", "bluish green", "orange")] + [
    OKABE_ITO[k] for k in ("reddish purple", "sky blue", "black", "yellow")
]
_MARKERS = ["o", "s", "^", "D", "v", "P", "X", "*", "h", "<", ">", "p"]
_HATCHES = ["", "///", "...", "xx", "\\\\", "++"]


@dataclass(frozen=True)
class EdgeStyle:
    """How one obligation type is drawn: colour, line style, width and legend label."""

    colour: str
    linestyle: str | tuple
    linewidth: float
    label: str


OBLIGATION_STYLES: dict[str, EdgeStyle] = {
    "defense": EdgeStyle(OKABE_ITO["blue"], "-", 2.8, "defence pact"),
    "offense": EdgeStyle(
        OKABE_ITO["vermillion"], (0, (6, 1.5, 1, 1.5, 1, 1.5)), 2.2, "offence pact"
    ),
    "neutrality": EdgeStyle(OKABE_ITO["orange"], "-.", 2.0, "neutrality pact"),
    "nonaggression": EdgeStyle(OKABE_ITO["bluish green"], ":", 1.8, "non-aggression pact"),
    "consultation": EdgeStyle(OKABE_ITO["reddish purple"], "--", 1.8, "consultation pact"),
    "alignment": EdgeStyle(GREY, (0, (1, 2.5)), 1.2, "alignment without treaty"),
}
"""Obligation type (ATOP's, strongest first) -> :class:`EdgeStyle`. Each has its own line style,
so a reader who cannot tell the colours apart can still tell the types apart."""

_STRENGTH = {t: i for i, t in enumerate(OBLIGATION_STYLES)}

_SIGN_STYLE = {
    1: EdgeStyle(OKABE_ITO["blue"], "-", 2.4, "+ friendly"),
    -1: EdgeStyle(OKABE_ITO["vermillion"], (0, (5, 3)), 1.8, "− hostile"),
}

GEOGRAPHIC_ANCHORS: dict[str, tuple[float, float]] = {
    # East Asia and the western Pacific: capitals, (longitude east, latitude).
    "JPN": (139.7, 35.7),
    "CHN": (116.4, 39.9),
    "TAW": (121.5, 25.0),
    # Pyongyang and Seoul nudged apart (from 125.8, 39.0 and 127.0, 37.6) to keep labels legible.
    "PRK": (125.0, 46.0),
    "ROK": (128.0, 32.0),
    "MON": (106.9, 47.9),
    "PHI": (121.0, 14.6),
    "THI": (100.5, 13.8),
    "RVN": (106.7, 10.8),
    "DRV": (105.8, 21.0),
    "CAM": (104.9, 11.6),
    "LAO": (102.6, 18.0),
    "MYA": (96.2, 16.8),
    "MAL": (101.7, 3.1),
    "SIN": (103.8, -1.0),  # nudged south of Kuala Lumpur so the labels do not overlap
    "INS": (106.8, -6.2),
    "AUL": (149.1, -35.3),
    "NEW": (174.8, -41.3),
    "PNG": (147.2, -9.4),
    "IND": (77.2, 28.6),
    "PAK": (73.0, 33.7),
    # Capitals off the frame are pinned to its edge at about their latitude: the USA and
    # Canada on the eastern (Pacific) side, Europe and the USSR/Russia on the western side.
    "USA": (215.0, 38.9),
    "CAN": (215.0, 52.0),
    "RUS": (85.0, 55.8),
    "UKG": (70.0, 51.5),
    "FRN": (70.0, 45.0),
}
"""COW abbreviation -> (longitude east, latitude) where a state is drawn on East Asian maps."""


def new_figure(
    width: float = 7.5, height: float = 5.0, layout: str | None = "constrained"
) -> Figure:
    """Return an empty :class:`~matplotlib.figure.Figure` with an Agg canvas at :data:`DPI`.

    Examples
    --------
    >>> fig = new_figure(4, 3)
    >>> float(fig.dpi), type(fig.canvas).__name__
    (100.0, 'FigureCanvasAgg')
    """
    fig = Figure(figsize=(width, height), dpi=DPI, layout=layout)
    FigureCanvasAgg(fig)
    return fig


class Picture:
    """A figure with alt text and an optional caption, shown in notebooks as an image.

    Parameters
    ----------
    figure : matplotlib.figure.Figure
        The figure; render it with :meth:`png`.
    alt : str
        Alt text describing what the figure shows, generated from its data.
    caption : str, optional
        A caption shown under the image.

    Examples
    --------
    >>> fig = new_figure(2, 2)
    >>> pic = Picture(fig, alt='Bars for "A" & B', caption="Test <1>")
    >>> html_text = pic._repr_html_()
    >>> 'alt="Bars for &quot;A&quot; &amp; B"' in html_text
    True
    >>> "<figcaption>Test &lt;1&gt;</figcaption>" in html_text
    True
    >>> pic.png()[:4]
    b'\\x89PNG'
    """

    def __init__(self, figure: Figure, alt: str, caption: str | None = None) -> None:
        if not alt:
            raise ValueError("alt text must be a non-empty string describing the figure")
        self.figure = figure
        self.alt = alt
        self.caption = caption
        self._png: bytes | None = None

    def png(self) -> bytes:
        """Render the figure to PNG bytes at :data:`DPI` (or return the frozen rendering)."""
        if self._png is not None:
            return self._png
        rendered = io.BytesIO()
        self.figure.savefig(rendered, format="png", dpi=DPI)
        # Flat colours and antialiased edges fit a 256-colour palette with no visible loss,
        # at about a third of the bytes: published pages with many figures stay light.
        image = PILImage.open(rendered).convert("RGB")
        palette = image.quantize(
            256, method=PILImage.Quantize.MAXCOVERAGE, dither=PILImage.Dither.NONE
        )
        info = PngInfo()
        info.add_text("Description", self.alt)
        buf = io.BytesIO()
        palette.save(buf, format="png", optimize=True, pnginfo=info)
        return buf.getvalue()

    def freeze(self) -> Picture:
        """Render now and keep the result, so later changes to the figure do not show.

        An explorer's snapshot shares the explorer's live figure; freezing it keeps the
        state of the moment, as a frame of a :class:`FramePlayer` needs.
        """
        self._png = self.png()
        return self

    def _repr_html_(self) -> str:
        data = base64.b64encode(self.png()).decode("ascii")
        cap = f"<figcaption>{html.escape(self.caption)}</figcaption>" if self.caption else ""
        return (
            f'<figure class="alliance-figure"><img src="data:image/png;base64,{data}" '
            f'alt="{html.escape(self.alt)}"/>{cap}</figure>'
        )

    def save(self, path: str | Path) -> Path:
        """Write the PNG to ``path`` and return the path."""
        path = Path(path)
        path.write_bytes(self.png())
        return path

    def __repr__(self) -> str:
        return f"Picture(alt={self.alt!r})"


class FramePlayer:
    """Pictures shown one at a time under a slider that works without a kernel.

    The published book has no Python behind it, so an explorer with one control and a small
    range of values (a year, a step) is published as its precomputed frames: moving the
    slider in the page swaps the picture and its alt text in the browser. The HTML is
    self-contained (frames inlined as PNG, a few lines of script, nothing loaded from
    elsewhere).

    Parameters
    ----------
    frames : sequence of Picture
        One picture per position of the slider, each with its own alt text (freeze a
        snapshot of a live figure with :meth:`Picture.freeze` before taking the next).
    labels : sequence of str
        What each position is called (``"1952"``), shown beside the slider.
    name : str
        The slider's label, e.g. ``"Year"``.
    start : int
        Index of the frame shown first.

    Examples
    --------
    >>> pics = [Picture(new_figure(1, 1), alt=f"Frame {i}") for i in range(3)]
    >>> player = FramePlayer(pics, ["a", "b", "c"], name="Step", start=1)
    >>> page = player._repr_html_()
    >>> 'type="range"' in page and 'max="2"' in page and 'alt="Frame 1"' in page
    True
    >>> FramePlayer(pics, ["a", "b"], name="Step")
    Traceback (most recent call last):
    ...
    ValueError: 3 frames but 2 labels; expected one label per frame
    """

    def __init__(
        self, frames: Sequence[Picture], labels: Sequence[str], name: str, start: int = 0
    ) -> None:
        if not frames:
            raise ValueError("a frame player needs at least one frame")
        if len(frames) != len(labels):
            raise ValueError(
                f"{len(frames)} frames but {len(labels)} labels; expected one label per frame"
            )
        if not 0 <= start < len(frames):
            raise ValueError(f"start={start} is not a frame index; expected 0-{len(frames) - 1}")
        self.frames = list(frames)
        self.labels = [str(label) for label in labels]
        self.name = name
        self.start = start

    def _repr_html_(self) -> str:
        data = [
            {
                "src": "data:image/png;base64," + base64.b64encode(f.png()).decode("ascii"),
                "alt": f.alt,
                "label": label,
            }
            for f, label in zip(self.frames, self.labels, strict=True)
        ]
        # A stable id (not a counter or a random one) keeps the notebook's output reproducible.
        uid = "fp-" + hashlib.sha1("|".join([self.name, *self.labels]).encode()).hexdigest()[:10]
        first = data[self.start]
        payload = json.dumps(data).replace("</", "<\\/")
        name = html.escape(self.name)
        return f"""<figure class="frame-player" id="{uid}">
<img src="{first["src"]}" alt="{html.escape(first["alt"])}" style="max-width:100%"/>
<figcaption><label for="{uid}-range">{name}: <output id="{uid}-out" aria-live="polite">\
{html.escape(first["label"])}</output></label>
<input type="range" id="{uid}-range" min="0" max="{len(data) - 1}" step="1" \
value="{self.start}" aria-valuetext="{html.escape(first["label"])}" style="width:100%"/>
<small>{len(data)} frames, precomputed: move the slider to step through them.</small>\
</figcaption>
<script type="application/json" id="{uid}-data">{payload}</script>
<script>(function () {{
  var root = document.getElementById("{uid}");
  var frames = JSON.parse(document.getElementById("{uid}-data").textContent);
  var img = root.querySelector("img"), out = document.getElementById("{uid}-out");
  var input = document.getElementById("{uid}-range");
  input.addEventListener("input", function () {{
    var f = frames[Number(input.value)];
    img.src = f.src; img.alt = f.alt; out.textContent = f.label;
    input.setAttribute("aria-valuetext", f.label);
  }});
}})();</script>
</figure>"""

    def __repr__(self) -> str:
        return f"FramePlayer({self.name!r}, {len(self.frames)} frames)"


# --------------------------------------------------------------------------- styles, layout


def edge_style(kind: str) -> EdgeStyle:
    """Return the :class:`EdgeStyle` for an obligation type.

    Examples
    --------
    >>> edge_style("defense").linestyle, edge_style("consultation").linestyle
    ('-', '--')
    """
    try:
        return OBLIGATION_STYLES[kind]
    except KeyError:
        raise ValueError(
            f"unknown obligation type {kind!r}; expected one of {list(OBLIGATION_STYLES)}"
        ) from None


def _rank(name: Hashable) -> int:
    return sum(ord(c) * 31**i for i, c in enumerate(str(name)))


def state_colour(state: Hashable) -> str:
    """A fixed Okabe–Ito colour for a state (the same in every figure).

    Examples
    --------
    >>> state_colour("JPN") == state_colour("JPN")
    True
    """
    fixed = {"USA": "blue", "JPN": "vermillion", "CHN": "bluish green", "RUS": "orange"}
    if state in fixed:
        return OKABE_ITO[fixed[state]]
    return _CYCLE[4 + _rank(state) % 4]


def state_marker(state: Hashable) -> str:
    """A fixed marker for a state, so lines differ by more than colour.

    Examples
    --------
    >>> state_marker("USA"), state_marker("JPN")
    ('o', 's')
    """
    fixed = {"USA": "o", "JPN": "s", "CHN": "^", "RUS": "D"}
    return fixed.get(state, _MARKERS[4 + _rank(state) % (len(_MARKERS) - 4)])


def node_positions(nodes: Iterable[Hashable], seed: int = 7) -> dict[Hashable, np.ndarray]:
    """Fixed positions: geographic anchors where known, a seeded layout for the rest.

    States in :data:`GEOGRAPHIC_ANCHORS` are placed at (longitude, latitude); other nodes
    are placed by a spring layout with the anchored ones held fixed (seeded, so the picture
    is reproducible). If no node has an anchor, the nodes go on a circle in the given order.

    Examples
    --------
    >>> pos = node_positions(["USA", "JPN"])
    >>> [float(v) for v in pos["JPN"]]
    [139.7, 35.7]
    >>> sorted(node_positions(["A", "B", "C"]))
    ['A', 'B', 'C']
    """
    nodes = list(dict.fromkeys(nodes))
    known = {
        n: np.array(GEOGRAPHIC_ANCHORS[n], dtype=float) for n in nodes if n in GEOGRAPHIC_ANCHORS
    }
    if len(known) == len(nodes):
        return known
    if not known:
        return dict(nx.circular_layout(nodes))
    G = nx.empty_graph(sorted(nodes, key=str))  # same positions whatever the input order
    span = 50.0
    pos = nx.spring_layout(
        G, pos=known, fixed=list(known), seed=seed, k=span / math.sqrt(len(nodes)), scale=span
    )
    return {n: np.asarray(p, dtype=float) for n, p in pos.items()}


def _label(ax: Axes, xy: Sequence[float], text: str, **kw) -> Text:
    return ax.text(
        *xy,
        text,
        ha="center",
        va="center",
        fontsize=kw.pop("fontsize", 9),
        fontweight="bold",
        zorder=6,
        path_effects=[patheffects.withStroke(linewidth=3, foreground="white")],
        **kw,
    )


# --------------------------------------------------------------------------- networks

NODE_AREA_PER_CINC = 5000.0
"""Marker area (points²) per unit of CINC: a node's area is proportional to its capability."""
MISSING_NODE_AREA = 160.0
"""Marker area of a state with no capability data (drawn hollow, dashed outline)."""


def _key(u: Hashable, v: Hashable) -> tuple:
    return (u, v) if str(u) <= str(v) else (v, u)


@dataclass
class NetworkArtists:
    """The artists of a network drawing, kept so a widget can update them in place."""

    order: list[Hashable]
    nodes: PathCollection
    labels: dict[Hashable, Annotation]
    edges: dict[tuple, Line2D]
    arrows: dict[tuple, FancyArrowPatch]
    pos: dict[Hashable, np.ndarray] = field(repr=False)


def draw_network(
    ax: Axes, pos: Mapping[Hashable, Sequence[float]], pairs: Iterable[tuple[Hashable, Hashable]]
) -> NetworkArtists:
    """Create (hidden) edge lines and arrows for ``pairs`` and one node marker per position.

    The artists are created once; :func:`set_node_sizes` and :func:`set_edge` change them.

    Examples
    --------
    >>> fig = new_figure(3, 3)
    >>> art = draw_network(fig.add_subplot(), node_positions(["USA", "JPN"]), [("USA", "JPN")])
    >>> art.edges[("JPN", "USA")].get_visible()
    False
    """
    order = list(pos)
    xy = np.array([pos[n] for n in order], dtype=float)
    edges, arrows = {}, {}
    for u, v in pairs:
        k = _key(u, v)
        if k in edges:
            continue
        (line,) = ax.plot(*zip(pos[u], pos[v], strict=True), visible=False, zorder=2)
        line.set_solid_capstyle("butt")
        edges[k] = line
        arrow = FancyArrowPatch(
            pos[u], pos[v], arrowstyle="-|>", mutation_scale=16, shrinkA=14, shrinkB=14,
            color="black", visible=False, zorder=3,
        )  # fmt: skip
        ax.add_patch(arrow)
        arrows[k] = arrow
    nodes = ax.scatter(
        xy[:, 0], xy[:, 1], s=np.full(len(order), MISSING_NODE_AREA), zorder=4,
        c=[state_colour(n) for n in order], edgecolors="black", linewidths=1.0,
    )  # fmt: skip
    labels = {
        n: ax.annotate(
            str(n),
            (x, y),
            xytext=(0, 8),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=9,
            fontweight="bold",
            zorder=6,
            path_effects=[patheffects.withStroke(linewidth=3, foreground="white")],
        )  # fmt: skip
        for n, (x, y) in zip(order, xy, strict=True)
    }
    return NetworkArtists(order, nodes, labels, edges, arrows, dict(pos))


def set_node_sizes(
    artists: NetworkArtists, cinc: Mapping[Hashable, float | None], present: Iterable | None = None
) -> None:
    """Size nodes by capability (area ∝ CINC); states with no data drawn hollow and dashed.

    ``present`` lists the states to show (default: all with a key in ``cinc``); others hide.

    Examples
    --------
    >>> fig = new_figure(3, 3)
    >>> art = draw_network(fig.add_subplot(), node_positions(["USA", "JPN"]), [])
    >>> set_node_sizes(art, {"USA": 0.3, "JPN": None})
    >>> [float(s) for s in art.nodes.get_sizes()]
    [1500.0, 160.0]
    """
    present = set(cinc if present is None else present)
    sizes, faces, styles, widths = [], [], [], []
    for n in artists.order:
        value = cinc.get(n)
        shown = n in present
        missing = value is None or (isinstance(value, float) and math.isnan(value))
        sizes.append(
            0.0 if not shown else MISSING_NODE_AREA if missing else NODE_AREA_PER_CINC * value
        )
        faces.append("none" if missing or not shown else state_colour(n))
        styles.append("--" if missing else "-")
        widths.append(1.6 if missing else 1.0)
        artists.labels[n].set_visible(shown)
        # Labels sit just above their marker, so small states stay visible under their name.
        artists.labels[n].xyann = (0, math.sqrt(sizes[-1]) / 2 + 2)
    artists.nodes.set_sizes(sizes)
    artists.nodes.set_facecolors(faces)
    artists.nodes.set_edgecolors(["black" if n in present else "none" for n in artists.order])
    artists.nodes.set_linestyles(styles)
    artists.nodes.set_linewidths(widths)


def edge_direction(obligations: Mapping[Hashable, str]) -> tuple[Hashable, Hashable] | None:
    """(owing state, protected state) of an asymmetric edge, or ``None`` if symmetric.

    The owing state is the member with the stronger obligation (the order of
    :data:`OBLIGATION_STYLES`); this reads the data, it does not model anything.

    Examples
    --------
    >>> edge_direction({"USA": "defense", "JPN": "consultation"})
    ('USA', 'JPN')
    >>> edge_direction({"USA": "defense", "AUL": "defense"}) is None
    True
    """
    if len(obligations) != 2:
        return None
    (a, oa), (b, ob) = obligations.items()
    sa, sb = _STRENGTH.get(oa, len(_STRENGTH)), _STRENGTH.get(ob, len(_STRENGTH))
    if sa == sb:
        return None
    return (a, b) if sa < sb else (b, a)


def set_edge(
    artists: NetworkArtists,
    u: Hashable,
    v: Hashable,
    kind: str | None,
    direction: tuple[Hashable, Hashable] | None = None,
) -> None:
    """Show edge u–v in the style of obligation ``kind`` (``None`` hides it); arrow if directed."""
    k = _key(u, v)
    line, arrow = artists.edges[k], artists.arrows[k]
    if kind is None:
        line.set_visible(False)
        arrow.set_visible(False)
        return
    style = edge_style(kind)
    line.set_visible(True)
    line.set_color(style.colour)
    line.set_linestyle(style.linestyle)
    line.set_linewidth(style.linewidth)
    if direction is None:
        arrow.set_visible(False)
    else:
        arrow.set_positions(artists.pos[direction[0]], artists.pos[direction[1]])
        arrow.set_color(style.colour)
        arrow.set_visible(True)


def obligation_legend(ax: Axes, kinds: Iterable[str] = OBLIGATION_STYLES, **kw) -> None:
    """Legend of obligation line styles (only ``kinds``), the arrow and node conventions."""
    handles = [
        Line2D([], [], color=s.colour, linestyle=s.linestyle, linewidth=s.linewidth, label=s.label)
        for k, s in OBLIGATION_STYLES.items()
        if k in set(kinds)
    ]
    handles += [
        Line2D([], [], marker="$\u2192$", color="black", linestyle="none", markersize=12,
               label="arrow: from the state that owes defence"),
        Line2D([], [], marker="o", color=GREY, markeredgecolor="black", linestyle="none",
               markersize=10, label="node area ∝ CINC"),
        Line2D([], [], marker="o", markerfacecolor="none", markeredgecolor="black",
               linestyle="--", linewidth=0, markersize=10, label="hollow: no CINC data"),
    ]  # fmt: skip
    ax.legend(handles=handles, fontsize=8, **kw)


def _map_axes(ax: Axes, pos: Mapping[Hashable, Sequence[float]]) -> None:
    xy = np.array(list(pos.values()), dtype=float)
    ax.set_xlim(xy[:, 0].min() - 10, xy[:, 0].max() + 10)
    ax.set_ylim(xy[:, 1].min() - 8, xy[:, 1].max() + 12)
    if all(n in GEOGRAPHIC_ANCHORS for n in pos):
        ax.set_xlabel("longitude (°E; the USA, Europe and Russia pinned to the edges)")
        ax.set_ylabel("latitude (°N)")
        ax.tick_params(labelsize=8)
    else:
        ax.set_xticks([])
        ax.set_yticks([])
    ax.set_aspect("auto")


_TYPE_PHRASE = {
    "defense": "defence treaties",
    "offense": "offence treaties",
    "neutrality": "neutrality treaties",
    "nonaggression": "non-aggression treaties",
    "consultation": "consultation treaties",
    "alignment": "alignment without treaty",
}


def describe_network(
    G: nx.Graph, year: int | None = None, *, missing_note: Mapping[Hashable, str] | None = None
) -> str:
    """Alt text for an alliance network: hubs first, each with its partners by obligation type.

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_edge("USA", "JPN", type="defense"); G.add_edge("USA", "PHI", type="defense")
    >>> G.nodes["JPN"]["cinc"] = None
    >>> print(describe_network(G, 1952))  # doctest: +NORMALIZE_WHITESPACE
    Network of alliances in force in 1952: 3 states, 2 ties. USA linked by defence treaties
    to JPN, PHI. No capability data (drawn hollow): JPN.
    """
    when = f" in force in {year}" if year is not None else ""
    m = G.number_of_edges()
    parts = [f"Network of alliances{when}: {G.number_of_nodes()} states, {m} tie{'s' * (m != 1)}."]
    seen: set[tuple] = set()

    def hub_first(n: Hashable) -> tuple:
        return (-G.degree(n), -(G.nodes[n].get("cinc") or 0.0), str(n))

    for n in sorted(G, key=hub_first):
        by_type: dict[str, list[str]] = {}
        for m in sorted(G[n], key=str):
            k = _key(n, m)
            if k in seen:
                continue
            seen.add(k)
            by_type.setdefault(G.edges[n, m].get("type", "alignment"), []).append(str(m))
        if by_type:
            links = "; ".join(
                f"by {_TYPE_PHRASE.get(t, t)} to {', '.join(ms)}"
                for t, ms in sorted(by_type.items(), key=lambda kv: _STRENGTH.get(kv[0], 99))
            )
            parts.append(f"{n} linked {links}.")
    if not G.number_of_edges():
        parts.append("No alliances in force.")
    missing = [str(n) for n in G if G.nodes[n].get("cinc") is None and "cinc" in G.nodes[n]]
    if missing:
        notes = missing_note or {}
        described = ", ".join(f"{m} ({notes[m]})" if m in notes else m for m in missing)
        parts.append(f"No capability data (drawn hollow): {described}.")
    return " ".join(parts)


def plot_alliance_network(
    G: nx.Graph,
    year: int | None = None,
    *,
    title: str | None = None,
    caption: str | None = None,
) -> Picture:
    """Draw an alliance network on fixed, roughly geographic positions.

    Nodes are labelled with COW abbreviations and sized by CINC (area ∝ capability; hollow
    dashed where the data has none); edges are styled by their ``type`` (strongest
    obligation), with an arrow from the state that owes defence on asymmetric edges.

    Parameters
    ----------
    G : networkx.Graph
        As returned by :func:`alliance_lib.datasets.alliance_system`: node attribute ``cinc``,
        edge attributes ``type``, ``obligations`` and ``asymmetric``.
    year : int, optional
        The year shown (title and alt text).
    title, caption : str, optional

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_node("USA", cinc=0.3); G.add_node("JPN", cinc=0.05)
    >>> G.add_edge("USA", "JPN", type="defense", asymmetric=True,
    ...            obligations={"USA": "defense", "JPN": "consultation"})
    >>> pic = plot_alliance_network(G, 1960)
    >>> print(pic.alt)  # doctest: +NORMALIZE_WHITESPACE
    Network of alliances in force in 1960: 2 states, 1 tie. USA linked by defence treaties
    to JPN.
    """
    fig = new_figure(8, 5.2)
    ax = fig.add_subplot()
    pos = node_positions(G)
    art = draw_network(ax, pos, G.edges)
    set_node_sizes(art, {n: G.nodes[n].get("cinc") for n in G})
    for u, v, d in G.edges(data=True):
        direction = edge_direction(d.get("obligations", {})) if d.get("asymmetric") else None
        set_edge(art, u, v, d.get("type", "alignment"), direction)
    _map_axes(ax, pos)
    ax.set_title(title or f"Alliances in force{f' in {year}' if year is not None else ''}", y=1.0)
    obligation_legend(ax, {d.get("type", "alignment") for *_, d in G.edges(data=True)},
                       loc="upper left", bbox_to_anchor=(1.01, 1.0))  # fmt: skip
    return Picture(fig, describe_network(G, year), caption)


# --------------------------------------------------------------------------- capabilities


def _gaps(years: Sequence[int], span: tuple[int, int]) -> list[tuple[int, int]]:
    have = set(years)
    out: list[tuple[int, int]] = []
    for y in range(span[0], span[1] + 1):
        if y in have:
            continue
        if out and out[-1][1] == y - 1:
            out[-1] = (out[-1][0], y)
        else:
            out.append((y, y))
    return out


def plot_timeline(
    timeline: pd.DataFrame, *, end_year: int | None = None, caption: str | None = None
) -> Picture:
    """Each agreement as a bar from the year it took effect to the year it ended.

    Bars are coloured, and drawn with the line style and hatching, of the strongest
    obligation any member takes on, so types stay apart without colour. An agreement still
    in force at ``end_year`` ends in an arrow; one signed before it entered into force starts
    with a thin line from signature.

    Parameters
    ----------
    timeline : pandas.DataFrame
        As from :func:`alliance_lib.datasets.alliance_timeline`: ``name``, ``members``,
        ``signed``, ``entry_into_force``, ``ended``, ``strongest``.
    end_year : int, optional
        The last year drawn; by default the latest year any date of ``timeline`` falls in.

    Examples
    --------
    >>> t = pd.DataFrame({"name": ["Pact A", "Pact B"], "members": ["USA, JPN", "JPN, AUL"],
    ...                   "signed": pd.to_datetime(["1951-09-08", "1960-01-19"]),
    ...                   "entry_into_force": pd.to_datetime(["1952-04-28", None]),
    ...                   "ended": pd.to_datetime(["1960-01-19", None]),
    ...                   "strongest": ["defense", "consultation"]})
    >>> pic = plot_timeline(t, end_year=2024)
    >>> pic.alt.split(". ")[0]
    'Timeline of 2 agreements, 1951–2024'
    """
    rows = timeline.reset_index(drop=True)
    if end_year is None:
        dates = pd.concat([rows.signed, rows.entry_into_force, rows.ended]).dropna()
        end_year = int(dates.max().year)
    fig = new_figure(9.5, 0.28 * len(rows) + 1.6)
    ax = fig.add_subplot()
    hatches = {"defense": "", "offense": "xx", "neutrality": "\\\\", "nonaggression": "..",
               "consultation": "//", "alignment": "oo"}  # fmt: skip

    def year(date) -> float:
        return date.year + (date.day_of_year - 1) / 365.25

    for i, r in rows.iterrows():
        style = edge_style(r.strongest)
        start = r.entry_into_force if pd.notna(r.entry_into_force) else r.signed
        stop = year(r.ended) if pd.notna(r.ended) else end_year + 1
        if start > r.signed:
            ax.plot([year(r.signed), year(start)], [i, i], color=style.colour, lw=1)
        ax.barh(i, stop - year(start), left=year(start), height=0.6, color=style.colour,
                alpha=0.85, hatch=hatches.get(r.strongest, ""), edgecolor="black",
                linewidth=0.5, linestyle=style.linestyle)  # fmt: skip
        if pd.isna(r.ended):
            ax.annotate("", (stop + 1.5, i), (stop, i),
                        arrowprops={"arrowstyle": "->", "color": "black", "lw": 1})  # fmt: skip

    def label(r) -> str:
        members = r.members.split(", ")
        who = "–".join(members) if len(members) <= 4 else f"{len(members)} states"
        return textwrap.shorten(f"{who}: {r['name']}", 72, placeholder="…")

    ax.set_yticks(range(len(rows)), [label(r) for _, r in rows.iterrows()], fontsize=7)
    ax.invert_yaxis()
    first = int(rows.signed.min().year)
    ax.set_xlim(first - 1, end_year + 4)
    ax.set_xlabel(
        "year (bar: in force; thin line: signed, not yet in force; arrow: still in force)"
    )
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    used = [t for t in OBLIGATION_STYLES if t in set(rows.strongest)]
    handles = [
        Patch(facecolor=edge_style(t).colour, hatch=hatches[t], edgecolor="black",
              label=edge_style(t).label)
        for t in used
    ]  # fmt: skip
    ax.legend(handles=handles, loc="lower left", fontsize=7, title="strongest obligation",
              title_fontsize=7)  # fmt: skip
    ax.set_title(f"Alliances of East Asia and the Pacific, {first}–{end_year}", y=1.0)
    counts = rows.strongest.value_counts()
    kinds = ", ".join(f"{counts[t]} {edge_style(t).label}" for t in used)
    running = ", ".join(rows.name[rows.ended.isna()])
    alt = (
        f"Timeline of {len(rows)} agreements, {first}–{end_year}. "
        f"By strongest obligation: {kinds}. Still in force at the end: {running or 'none'}."
    )
    return Picture(fig, alt, caption)


def plot_capabilities(
    df: pd.DataFrame,
    states: Sequence[str],
    component: str = "cinc",
    *,
    gap_notes: Mapping[str, str] | None = None,
    caption: str | None = None,
) -> Picture:
    """Lines of a capability component over time, one marker per state, labelled directly.

    Years of the plotted range in which a state has no value are shaded and annotated
    ("no data"), e.g. Japan 1946–51, when it was not a member of the state system.

    Parameters
    ----------
    df : pandas.DataFrame
        Tidy capabilities with columns ``stateabb``, ``year`` and ``component`` (as from
        :func:`alliance_lib.datasets.load_capabilities`).
    states : sequence of str
        COW abbreviations to draw.
    component : str
        Column to plot (``cinc``, ``milex``, ``milper``, ``irst``, ``pec``, ``tpop``, ``upop``).
    gap_notes : mapping, optional
        State -> reason shown with its gap, e.g. ``{"JPN": "occupation"}``.

    Examples
    --------
    >>> years = [1945, 1952, 1953] + list(range(1945, 1954))
    >>> df = pd.DataFrame({"stateabb": ["JPN"] * 3 + ["USA"] * 9, "year": years,
    ...                    "cinc": [0.05, 0.03, 0.03] + [0.38] + [0.3] * 7 + [0.27]})
    >>> pic = plot_capabilities(df, ["USA", "JPN"], gap_notes={"JPN": "occupation"})
    >>> print(pic.alt)  # doctest: +NORMALIZE_WHITESPACE
    Line chart of cinc, 1945–1953, for USA, JPN. USA from 0.38 to 0.27. JPN from 0.05 to
    0.03; no data 1946–1951 (occupation).
    """
    if component not in df.columns:
        raise ValueError(
            f"component {component!r} is not a column; expected one of {list(df.columns)}"
        )
    unknown = [s for s in states if s not in set(df["stateabb"])]
    if unknown:
        raise ValueError(f"states {unknown} have no rows in the data frame")
    notes = gap_notes or {}
    fig = new_figure(8, 4.8)
    ax = fig.add_subplot()
    rows = df[df["stateabb"].isin(states)].dropna(subset=[component])
    rows = rows[rows[component] >= 0]  # COW codes missing values as -9
    lo, hi = int(rows["year"].min()), int(rows["year"].max())
    alt = [f"Line chart of {component}, {lo}–{hi}, for {', '.join(states)}."]
    for i, s in enumerate(states):
        d = rows[rows["stateabb"] == s].sort_values("year")
        years = d["year"].to_numpy()
        values = d[component].to_numpy(dtype=float)
        full = pd.Series(values, index=years).reindex(range(years.min(), years.max() + 1))
        colour = state_colour(s)
        every = max(1, len(full) // 12)
        ax.plot(full.index, full.to_numpy(), color=colour, marker=state_marker(s),
                markevery=every, markersize=6, linewidth=1.8, label=s)  # fmt: skip
        ax.annotate(s, (full.index[-1], values[-1]), xytext=(6, 0), textcoords="offset points",
                    color=colour, fontweight="bold", va="center", fontsize=9)  # fmt: skip
        sentence = f"{s} from {values[0]:.3g} to {values[-1]:.3g}"
        gaps = _gaps(years.tolist(), (lo, hi))
        for a, b in gaps:
            ax.axvspan(a - 0.5, b + 0.5, facecolor="none", edgecolor=colour, hatch="//",
                       linewidth=0.8, zorder=0)  # fmt: skip
            reason = f": {notes[s]}" if s in notes else ""
            ax.text((a + b) / 2, 0.97 - 0.07 * i, f"{s} no data{reason}\n{a}–{b}",
                    transform=ax.get_xaxis_transform(), ha="center", va="top", fontsize=8,
                    bbox={"facecolor": "white", "edgecolor": colour})  # fmt: skip
            sentence += f"; no data {a}–{b}" + (f" ({notes[s]})" if s in notes else "")
        alt.append(sentence + ".")
    ax.set_xlabel("year")
    ax.set_ylabel(component if component != "cinc" else "CINC (share of world capabilities)")
    ax.set_title(
        f"{component.upper() if component == 'cinc' else component} by state, {lo}–{hi}", y=1.0
    )
    ax.margins(x=0.06)
    ax.legend(fontsize=8, loc="best")
    ax.grid(alpha=0.3)
    return Picture(fig, " ".join(alt), caption)


# --------------------------------------------------------------------------- bars


def draw_bars(
    ax: Axes,
    names: Sequence[str],
    series: Mapping[str, Sequence[float]],
    *,
    width: float = 0.8,
) -> tuple[dict[str, BarContainer], dict[str, list[Text]]]:
    """Grouped bars, one hatch per series; value labels on the bars when there are at most 12.

    Returns the containers and value labels, so a widget can update heights and texts.

    Examples
    --------
    >>> fig = new_figure(3, 3)
    >>> bars, texts = draw_bars(fig.add_subplot(), ["A", "B"], {"x": [1, 2], "y": [2, 1]})
    >>> [float(b.get_height()) for b in bars["y"]]
    [2.0, 1.0]
    >>> texts["x"][1].get_text()
    '2'
    """
    k = len(series)
    step = width / max(k, 1)
    x = np.arange(len(names))
    bars, texts = {}, {}
    for i, (label, values) in enumerate(series.items()):
        offsets = x - width / 2 + step * (i + 0.5)
        bars[label] = ax.bar(
            offsets, np.asarray(values, dtype=float), step * 0.95, label=label,
            color=_CYCLE[i % len(_CYCLE)], hatch=_HATCHES[i % len(_HATCHES)],
            edgecolor="black", linewidth=0.8,
        )  # fmt: skip
        # Value labels only where they fit; with many bars the alt text carries the numbers.
        texts[label] = (
            [
                ax.text(o, v, f"{v:.2g}", ha="center", va="bottom", fontsize=7)
                for o, v in zip(offsets, values, strict=True)
            ]
            if len(names) * k <= 12
            else []
        )
    ax.set_xticks(x, names)
    return bars, texts


def update_bars(bars: BarContainer, texts: list[Text], values: Sequence[float]) -> None:
    """Set bar heights and their value labels (if any) in place."""
    for i, (bar, v) in enumerate(zip(bars, values, strict=True)):
        v = float(v)
        bar.set_height(v)
        if texts:
            texts[i].set_y(max(v, 0.0))
            texts[i].set_text(f"{v:.2g}")


def plot_power_indices(
    names: Sequence[str],
    ss: Sequence[float] | Mapping[str, float],
    bz: Sequence[float] | Mapping[str, float],
    *,
    title: str = "Pivotality in the alliance game",
    caption: str | None = None,
) -> Picture:
    """Grouped, hatched bars of Shapley–Shubik and Banzhaf indices for each player.

    Examples
    --------
    >>> pic = plot_power_indices(["USA", "JPN", "CHN"], [0.5, 0.25, 0.25], [0.6, 0.2, 0.2])
    >>> print(pic.alt)  # doctest: +NORMALIZE_WHITESPACE
    Grouped bar chart of power indices. Shapley–Shubik: USA 0.5, JPN 0.25, CHN 0.25.
    Banzhaf: USA 0.6, JPN 0.2, CHN 0.2.
    """

    def values(v: Sequence[float] | Mapping[str, float]) -> list[float]:
        return [float(v[n]) for n in names] if isinstance(v, Mapping) else [float(x) for x in v]

    series = {"Shapley–Shubik": values(ss), "Banzhaf": values(bz)}
    if any(len(v) != len(names) for v in series.values()):
        raise ValueError(f"expected one index value per name ({len(names)}), got {series}")
    fig = new_figure(max(4.5, 0.8 * len(names) + 2), 4)
    ax = fig.add_subplot()
    draw_bars(ax, names, series)
    ax.set_ylabel("index (share of pivotal positions)")
    ax.set_xlabel("player")
    ax.set_title(title, y=1.0)
    ax.legend(fontsize=8)
    ax.set_ylim(0, max(1e-9, *itertools.chain(*series.values())) * 1.15)
    alt = "Grouped bar chart of power indices. " + " ".join(
        f"{k}: " + ", ".join(f"{n} {v:.3g}" for n, v in zip(names, vs, strict=True)) + "."
        for k, vs in series.items()
    )
    return Picture(fig, alt, caption)


def plot_pivots(
    before: Mapping[str, Mapping[str, float]],
    after: Mapping[str, Mapping[str, float]],
    *,
    change: str = "after the counterfactual",
    caption: str | None = None,
) -> Picture:
    """Bars of network measures before and after a counterfactual, one panel per measure.

    Parameters
    ----------
    before, after : mapping
        Measure name (e.g. ``"reach"``, ``"betweenness"``) -> {state: value}. States missing
        from ``after`` (removed) are drawn at zero and named in the alt text.
    change : str
        What changed, for the title and alt text, e.g. ``"without JPN"``.

    Examples
    --------
    >>> pic = plot_pivots({"betweenness": {"USA": 0.6, "JPN": 0.1}},
    ...                   {"betweenness": {"USA": 0.2}}, change="without JPN")
    >>> pic.alt
    'Bar charts before and after: without JPN. betweenness: USA 0.6 → 0.2, JPN 0.1 → removed.'
    """
    fig = new_figure(8, 3.2 * len(before) + 0.6)
    axes = fig.subplots(len(before), 1, squeeze=False)[:, 0]
    alt = [f"Bar charts before and after: {change}."]
    for ax, (measure, b) in zip(axes, before.items(), strict=True):
        names = list(b)
        a = after.get(measure, {})
        draw_bars(
            ax, names, {"before": [b[n] for n in names], change: [a.get(n, 0.0) for n in names]}
        )
        ax.set_ylabel(measure)
        ax.set_title(f"{measure}: before vs {change}", y=1.0)
        ax.legend(fontsize=8)
        alt.append(
            f"{measure}: "
            + ", ".join(
                f"{n} {b[n]:.3g} → {a[n]:.3g}" if n in a else f"{n} {b[n]:.3g} → removed"
                for n in names
            )
            + "."
        )
    axes[-1].set_xlabel("state")
    return Picture(fig, " ".join(alt), caption)


# --------------------------------------------------------------------------- signed graphs


@dataclass
class SignedArtists:
    """Artists of a signed graph: one line per pair, one (hidden) patch per triangle."""

    order: list[Hashable]
    edges: dict[tuple, Line2D]
    triangles: dict[frozenset, Polygon]
    labels: dict[Hashable, Text]
    nodes: PathCollection


def draw_signed(ax: Axes, nodes: Sequence[Hashable]) -> SignedArtists:
    """Create artists for a signed graph on ``nodes`` placed on a circle (fixed order).

    Every pair gets a (hidden) line and every triple a (hidden) hatched triangle, so
    :func:`set_signs` can change signs and highlights without creating artists.

    Examples
    --------
    >>> fig = new_figure(3, 3)
    >>> art = draw_signed(fig.add_subplot(), ["A", "B", "C", "D"])
    >>> len(art.edges), len(art.triangles)
    (6, 4)
    """
    order = list(nodes)
    pos = nx.circular_layout(order)
    edges = {}
    for u, v in itertools.combinations(order, 2):
        (line,) = ax.plot(*zip(pos[u], pos[v], strict=True), visible=False, zorder=2)
        edges[_key(u, v)] = line
    triangles = {}
    for tri in itertools.combinations(order, 3):
        patch = Polygon([pos[n] for n in tri], closed=True, facecolor=OKABE_ITO["yellow"],
                        alpha=0.3, hatch="xx", edgecolor=GREY, linewidth=0,
                        visible=False, zorder=1)  # fmt: skip
        ax.add_patch(patch)
        triangles[frozenset(tri)] = patch
    xy = np.array([pos[n] for n in order])
    nodes_art = ax.scatter(xy[:, 0], xy[:, 1], s=700, c="white", edgecolors="black", zorder=4)
    labels = {n: _label(ax, pos[n], str(n)) for n in order}
    ax.set_xlim(-1.3, 1.3)
    ax.set_ylim(-1.3, 1.3)
    ax.set_aspect("equal")
    ax.set_axis_off()
    return SignedArtists(order, edges, triangles, labels, nodes_art)


def set_signs(
    artists: SignedArtists,
    signs: Mapping[tuple[Hashable, Hashable], int],
    highlight: Iterable[Iterable[Hashable]] = (),
) -> None:
    """Style each pair by its sign (missing pairs hidden) and show the highlighted triangles."""
    signs = {_key(u, v): s for (u, v), s in signs.items()}
    for k, line in artists.edges.items():
        s = signs.get(k)
        line.set_visible(s is not None)
        if s is None:
            continue
        if s not in _SIGN_STYLE:
            raise ValueError(f"sign {s!r} on {k} is not +1 or -1")
        style = _SIGN_STYLE[s]
        line.set_color(style.colour)
        line.set_linestyle(style.linestyle)
        line.set_linewidth(style.linewidth)
    on = {frozenset(t) for t in highlight}
    for tri, patch in artists.triangles.items():
        patch.set_visible(tri in on)


def sign_legend(ax: Axes, **kw) -> None:
    """Legend of sign line styles and of the unbalanced-triangle highlight."""
    handles = [
        Line2D([], [], color=s.colour, linestyle=s.linestyle, linewidth=s.linewidth, label=s.label)
        for s in _SIGN_STYLE.values()
    ]
    handles.append(Patch(facecolor=OKABE_ITO["yellow"], alpha=0.3, hatch="xx",
                         edgecolor=GREY, label="unbalanced triangle"))  # fmt: skip
    ax.legend(handles=handles, fontsize=8, **kw)


def plot_signed_graph(
    G: nx.Graph,
    highlight_triangles: Iterable[Iterable[Hashable]] = (),
    *,
    title: str = "Signed graph",
    caption: str | None = None,
) -> Picture:
    """Draw a signed graph: + edges solid, − edges dashed, given triangles filled and hatched.

    Parameters
    ----------
    G : networkx.Graph
        Edge attribute ``sign`` in {+1, −1}.
    highlight_triangles : iterable of node triples
        Triangles to highlight, e.g. the unbalanced ones found by
        :mod:`alliance_lib.structural` (drawing does not decide which they are).

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_edge("GMY", "AUH", sign=1); G.add_edge("AUH", "RUS", sign=-1)
    >>> G.add_edge("GMY", "RUS", sign=1)
    >>> print(plot_signed_graph(G, [("GMY", "AUH", "RUS")]).alt)  # doctest: +NORMALIZE_WHITESPACE
    Signed graph of 3 states: 2 positive and 1 negative relations. 1 triangle highlighted as
    unbalanced: AUH–GMY–RUS.
    """
    fig = new_figure(6, 5)
    ax = fig.add_subplot()
    art = draw_signed(ax, list(G))
    tris = [tuple(t) for t in highlight_triangles]
    set_signs(art, {(u, v): d["sign"] for u, v, d in G.edges(data=True)}, tris)
    ax.set_title(title, y=1.0)
    sign_legend(ax, loc="upper left", bbox_to_anchor=(0.0, 1.0))
    return Picture(fig, describe_signed(G, tris), caption)


def describe_signed(G: nx.Graph, triangles: Sequence[Iterable[Hashable]]) -> str:
    """Alt text for a signed graph with highlighted triangles."""
    pos = sum(1 for *_, s in G.edges(data="sign") if s == 1)
    neg = G.number_of_edges() - pos
    text = (
        f"Signed graph of {G.number_of_nodes()} states: "
        f"{pos} positive and {neg} negative relations."
    )
    if triangles:
        names = ", ".join("–".join(sorted(map(str, t))) for t in triangles)
        plural = "triangle" if len(triangles) == 1 else "triangles"
        text += f" {len(triangles)} {plural} highlighted as unbalanced: {names}."
    else:
        text += " No triangle highlighted as unbalanced."
    return text


# --------------------------------------------------------------------------- landscapes


def plot_landscape(
    energies: Mapping[str, float],
    minima: Iterable[str] = (),
    current: str | None = None,
    *,
    caption: str | None = None,
) -> Picture:
    """Energy of each configuration (sorted), with local minima starred and labelled.

    Parameters
    ----------
    energies : mapping
        Configuration label (e.g. ``"USA JPN | CHN RUS"``) -> energy, as computed by
        :func:`alliance_lib.landscape.energy`.
    minima : iterable of str
        Labels of the local minima (from :func:`alliance_lib.landscape.landscape_minima`).
    current : str, optional
        The configuration to mark as current.

    Examples
    --------
    >>> pic = plot_landscape({"A B | C": 1.0, "A | B C": 3.0, "A C | B": 2.0}, ["A B | C"])
    >>> print(pic.alt)  # doctest: +NORMALIZE_WHITESPACE
    Energy landscape of 3 configurations, energies from 1 to 3. 1 local minimum: A B | C
    (energy 1).
    """
    if not energies:
        raise ValueError("energies is empty; expected configuration label -> energy")
    minima = [m for m in minima]
    unknown = [m for m in [*minima, *([current] if current else [])] if m not in energies]
    if unknown:
        raise ValueError(f"configurations {unknown} are not in energies")
    ranked = sorted(energies, key=lambda c: energies[c])
    values = [energies[c] for c in ranked]
    fig = new_figure(8, 4.5)
    ax = fig.add_subplot()
    ax.plot(range(len(ranked)), values, color=GREY, marker=".", linestyle="-", linewidth=0.8,
            label="configuration")  # fmt: skip
    for m in minima:
        i = ranked.index(m)
        ax.plot(i, energies[m], marker="*", markersize=14, color=OKABE_ITO["blue"],
                markeredgecolor="black", linestyle="none")  # fmt: skip
        ax.annotate(m, (i, energies[m]), xytext=(8, 10), textcoords="offset points", fontsize=8,
                    arrowprops={"arrowstyle": "-", "color": GREY})  # fmt: skip
    if current is not None:
        i = ranked.index(current)
        ax.plot(i, energies[current], marker="o", markersize=12, markerfacecolor="none",
                markeredgecolor=OKABE_ITO["vermillion"], markeredgewidth=2,
                linestyle="none")  # fmt: skip
    handles = [
        Line2D([], [], color=GREY, marker=".", label="configuration"),
        Line2D([], [], color=OKABE_ITO["blue"], marker="*", markersize=12, linestyle="none",
               markeredgecolor="black", label="local minimum"),
        Line2D([], [], marker="o", markerfacecolor="none", markeredgecolor=OKABE_ITO["vermillion"],
               markersize=10, linestyle="none", label="current"),
    ]  # fmt: skip
    ax.legend(handles=handles if current is not None else handles[:2], fontsize=8)
    ax.set_xlabel("configurations, ranked by energy")
    ax.set_ylabel("energy (lower = more stable)")
    ax.set_title("Landscape of alignments", y=1.0)
    plural = "minimum" if len(minima) == 1 else "minima"
    alt = (
        f"Energy landscape of {len(ranked)} configurations, energies from {values[0]:.3g} to "
        f"{values[-1]:.3g}. {len(minima)} local {plural}: "
        + "; ".join(f"{m} (energy {energies[m]:.3g})" for m in minima)
        + "."
    )
    if current is not None:
        alt += f" Current: {current} (energy {energies[current]:.3g})."
    return Picture(fig, alt, caption)
