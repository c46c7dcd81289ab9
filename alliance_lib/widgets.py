"""Interactive explorers for the book: ipywidgets controls wired to the models and to figures.

A widget only wires: its controls feed a model from :mod:`alliance_lib.balance`,
:mod:`alliance_lib.power_index`, :mod:`alliance_lib.network`, :mod:`alliance_lib.structural`
or :mod:`alliance_lib.landscape`, and the model's answer updates artists made by
:mod:`alliance_lib.drawing`. Nothing is recomputed here that a model module provides.

Every explorer is an :class:`ipywidgets.VBox` that can be built with no arguments (defaults
come from the bundled data) and has

- ``controls``: name -> the ipywidgets value widget; setting ``.value`` updates the figure
  synchronously, so tests and notebooks can drive it without a browser;
- ``figure``: the :class:`matplotlib.figure.Figure` shown, updated in place (existing
  artists change their offsets, sizes, styles, heights and texts; nothing is cleared or
  redrawn from scratch, and node positions never move);
- ``image``: the :class:`ipywidgets.Image` (PNG) the student sees, re-rendered after each
  change with the inline/Agg backend (no ipympl needed);
- ``message``: an :class:`ipywidgets.HTML` line that explains degenerate states (no power,
  an empty bloc, no alliances ...) instead of a traceback;
- ``snapshot()``: a :class:`alliance_lib.drawing.Picture` of the current state with alt text
  generated from what is shown; the same text sits under the image for screen readers.
"""

from __future__ import annotations

import functools
import html
import itertools
import struct
import time
import zlib
from collections.abc import Mapping, Sequence

import ipywidgets as widgets
import networkx as nx
import numpy as np
from matplotlib.artist import Artist
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.patches import Patch

from alliance_lib import (
    balance,
    drawing,
    landscape,
    network,
    power_index,
    scenarios,
    structural,
)

__all__ = [
    "BalanceExplorer",
    "PivotExplorer",
    "EXTRA_REGIONAL",
    "AllianceTimeline",
    "regional_network",
    "LandscapeExplorer",
    "StructuralBalanceExplorer",
]

BLOCS = ("Bloc A", "Bloc B", "Uncommitted")


def _fmt(x: float) -> str:
    return f"{x:.3g}"


def _hide_nonaggression(G: nx.Graph) -> nx.Graph:
    """``G`` without its non-aggression treaties.

    The Treaty of Amity and Cooperation in Southeast Asia (1976), open to accession, links
    nearly every pair of the region by non-aggression; hiding such treaties lets the
    defence and consultation ties (hub and spokes, then latticework) be seen.
    """
    return network.without_treaty_type(G, "nonaggression")


class _Explorer(widgets.VBox):
    """Shared plumbing: image, message, text description, rendering and snapshots."""

    def __init__(self, figure, controls: dict[str, widgets.ValueWidget], panel: list) -> None:
        _RenderOnceCanvas(figure)
        self.figure = figure
        self.controls = controls
        self.image = widgets.Image(format="png", layout=widgets.Layout(max_width="100%"))
        self.message = widgets.HTML()
        self.description = widgets.HTML()
        self._update()
        # Constrained layout runs once, on the first state; freezing it keeps the axes
        # still and each redraw cheap.
        if figure.get_layout_engine() is not None:
            figure.canvas.draw()
            figure.set_layout_engine("none")
        _cache_static_layer(figure, getattr(self, "_static_artists", ()))
        super().__init__(children=[*panel, self.message, self.image, self.description])
        for control in controls.values():
            control.observe(self._on_change, names="value")
        self._render()

    def _on_change(self, change: Mapping | None = None) -> None:
        self._update()
        self._render()

    def _update(self) -> None:  # pragma: no cover - every explorer overrides it
        raise NotImplementedError

    def _alt(self) -> str:  # pragma: no cover - every explorer overrides it
        raise NotImplementedError

    def _say(self, text: str = "") -> None:
        self.message.value = f"<b>{html.escape(text)}</b>" if text else ""

    def _render(self) -> None:
        canvas = self.figure.canvas
        canvas.draw()
        self.image.value = _png(np.asarray(canvas.buffer_rgba()))
        alt = html.escape(self._alt())
        self.description.value = f"<details><summary>Text description</summary>{alt}</details>"

    def snapshot(self, caption: str | None = None) -> drawing.Picture:
        """The current figure as a :class:`~alliance_lib.drawing.Picture` with alt text."""
        return drawing.Picture(self.figure, self._alt(), caption)


def _png(rgba: np.ndarray) -> bytes:
    """Encode an RGBA pixel array as an RGB PNG, quickly: no row filters, zlib level 1.

    The live picture is re-encoded on every change; PIL's encoder spends most of its time
    choosing row filters, which buy little on flat-coloured figures. The published snapshots
    are saved by matplotlib instead, fully compressed.
    """
    height, width, _ = rgba.shape
    rows = np.empty((height, 3 * width + 1), np.uint8)
    rows[:, 0] = 0  # filter type None on every row
    rows[:, 1:] = rgba[:, :, :3].reshape(height, -1)

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    return b"".join(
        [
            b"\x89PNG\r\n\x1a\n",
            chunk(b"IHDR", header),
            chunk(b"IDAT", zlib.compress(rows.tobytes(), 1)),
            chunk(b"IEND", b""),
        ]
    )


class _RenderOnceCanvas(FigureCanvasAgg):
    """An Agg canvas that renders again only when an artist has changed since the last render.

    Every artist setter (``set_sizes``, ``set_text``, ``set_visible`` ...) marks the figure
    stale, and rendering clears the mark. An explorer renders once per change, to make the
    picture the student sees; a further ``canvas.draw()`` (from a notebook cell, say) then
    costs nothing unless something changed in between.
    """

    _rendered = False

    def draw(self) -> None:
        if self._rendered and not self.figure.stale:
            return
        super().draw()
        self._rendered = True


def _cache_static_layer(figure, extra: Sequence[Artist] = ()) -> None:
    """Render what never changes (backgrounds, axes, ticks, legends) once, as one image.

    The axes' limits are fixed, so their ticks and legends look the same after every
    change; drawing them as a single cached bitmap keeps each redraw to the artists that
    move. The bitmap is the figure's size at its own DPI, which is the DPI every picture is
    saved at (:data:`alliance_lib.drawing.DPI`).
    """
    static = [figure.patch, *extra]
    for ax in figure.axes:
        static += [ax.patch, ax.xaxis, ax.yaxis, *ax.spines.values()]
        if ax.get_legend() is not None:
            static.append(ax.get_legend())
    fixed = {id(a) for a in static}
    moving = [
        a for ax in figure.axes for a in ax.get_children() if id(a) not in fixed and a.get_visible()
    ]
    for artist in moving:
        artist.set_visible(False)
    figure.canvas.draw()
    background = np.asarray(figure.canvas.buffer_rgba()).copy()
    for artist in moving:
        artist.set_visible(True)
    for artist in static:
        artist.set_visible(False)
    figure.add_artist(_Backdrop(background))


class _Backdrop(Artist):
    """A pixel-exact RGBA bitmap covering the figure, drawn without resampling."""

    def __init__(self, rgba: np.ndarray) -> None:
        super().__init__()
        self._rgba = rgba[::-1]  # Agg's draw_image counts rows from the bottom
        self.set_zorder(-1)

    def draw(self, renderer) -> None:
        if self.get_visible():
            gc = renderer.new_gc()
            renderer.draw_image(gc, 0, 0, self._rgba)
            gc.restore()


def _check_choice(value: object, options: Sequence, what: str) -> None:
    if value not in options:
        raise ValueError(f"{what} {value!r} is not available; expected one of {list(options)}")


# --------------------------------------------------------------------------- landscape


def _configuration_label(blocs: tuple[frozenset, frozenset]) -> str:
    a, b = (sorted(map(str, x)) for x in blocs)
    return f"{{{', '.join(a)}}} vs {{{', '.join(b)}}}" if b else f"{{{', '.join(a)}}} all together"


class LandscapeExplorer(_Explorer):
    """Axelrod and Bennett's landscape theory: move actors between blocs, then descend.

    Shows each actor's frustration (bars, hatched by bloc), the energy of the current
    configuration, the landscape's local minima (list), and, after *Descend*, the energy
    along the path of single switches that :func:`alliance_lib.landscape.descend` takes to a
    local minimum (one frame per switch, ``step_delay`` seconds apart).

    Parameters
    ----------
    preset : {"east_asia", "teaching"}
        ``"teaching"`` is :func:`alliance_lib.landscape.illustrative_example`. ``"east_asia"``
        is built from the data for ``year``: sizes are CINC shares; the propensity of a pair
        is +1 with a defence pact in force, +0.5 with only a weaker obligation (offence,
        neutrality, consultation) or an alignment without treaty, and -0.5 with no such tie
        (a mild presumption of rivalry between unallied powers in one region, a modelling
        choice to question in class). Non-aggression treaties are not counted as ties: the
        Treaty of Amity and Cooperation in Southeast Asia would otherwise tie nearly every
        pair, China and the USA included.
    year : int
        Year of the ``"east_asia"`` data.
    step_delay : float
        Pause between frames of a descent, in seconds.

    Examples
    --------
    >>> w = LandscapeExplorer(preset="teaching")
    >>> w.controls["bloc:Land"].value
    'Bloc A'
    >>> w.controls["bloc:Land"].value = "Bloc B"
    >>> w.energy_label.value.startswith("<b>Energy")
    True
    """

    EAST_ASIA = ("USA", "CHN", "RUS", "JPN", "ROK", "PRK", "TAW", "PHI", "AUL")

    def __init__(self, preset: str = "east_asia", year: int = 2016, step_delay: float = 0.3):
        _check_choice(preset, ("east_asia", "teaching"), "preset")
        if preset == "teaching":
            self.sizes, self.propensity = landscape.illustrative_example()
        else:
            self.sizes, self.propensity = _east_asia_landscape(year, self.EAST_ASIA)
        self.step_delay = step_delay
        self.actors = sorted(self.sizes)
        self.minima = landscape.landscape_minima(self.sizes, self.propensity)
        controls = {
            f"bloc:{a}": widgets.ToggleButtons(
                options=list(BLOCS[:2]),
                value=BLOCS[0],
                description=a,
                style={"button_width": "70px"},
            )  # fmt: skip
            for a in self.actors
        }
        self.descend_button = widgets.Button(description="Descend", icon="arrow-down")
        self.descend_button.on_click(lambda _: self.descend())
        self.energy_label = widgets.HTML()
        self.minima_label = widgets.HTML(self._minima_html())

        fig = drawing.new_figure(9, 4.2)
        ax_f, ax_e = fig.subplots(1, 2, width_ratios=[3, 2])
        bars, texts = drawing.draw_bars(
            ax_f, self.actors, {"frustration": [0.0] * len(self.actors)}
        )
        self._bars, self._texts = bars["frustration"], texts["frustration"]
        ax_f.axhline(0, color="black", linewidth=0.8)
        ax_f.set_ylabel("frustration (size-weighted pull\ntoward the other bloc)")
        ax_f.set_title("Each actor's frustration (hatch: bloc)", y=1.0)
        ax_f.legend(
            handles=[
                Patch(facecolor=c, hatch=h, edgecolor="black", label=b)
                for b, c, h in zip(BLOCS[:2], self._BLOC_FACE, self._BLOC_HATCH, strict=True)
            ],
            fontsize=8,
        )
        pull = {a: 0.0 for a in self.actors}
        for (a, b), p in self.propensity.items():
            pull[a] += self.sizes[b] * abs(p)
            pull[b] += self.sizes[a] * abs(p)
        limit = 1.1 * max(pull.values())
        ax_f.set_ylim(-limit, limit)
        low = min(e for _, e in self.minima)
        (self._path_line,) = ax_e.plot([0], [0], marker="o", color=drawing.OKABE_ITO["blue"])
        ax_e.axhline(low, color=drawing.GREY, linestyle="--", label=f"global minimum {_fmt(low)}")
        ax_e.set_xlabel("switches in the last descent")
        ax_e.set_ylabel("energy (lower = more stable)")
        ax_e.set_title("Descent to a local minimum", y=1.0)
        ax_e.legend(fontsize=8, loc="upper right")
        ax_e.set_xlim(-0.5, len(self.actors) + 0.5)
        # Fixed limits (the axes are cached as an image): from the global minimum to the
        # largest energy any split could have, every attracting pair apart.
        top = 2 * sum(
            self.sizes[a] * self.sizes[b] * p for (a, b), p in self.propensity.items() if p > 0
        )
        pad = 0.08 * (top - low)
        ax_e.set_ylim(low - pad, top + pad)
        self._axes = (ax_f, ax_e)
        self._path: list[float] = []
        super().__init__(
            fig,
            controls,
            [widgets.HBox(list(controls.values())[: len(controls)], layout=_wrap()),
             widgets.HBox([self.descend_button, self.energy_label]), self.minima_label],
        )  # fmt: skip

    _BLOC_FACE = (drawing.OKABE_ITO["sky blue"], drawing.OKABE_ITO["orange"])
    _BLOC_HATCH = ("//", "..")

    def configuration(self) -> tuple[frozenset, frozenset]:
        """The current (bloc A, bloc B) as chosen in the controls."""
        a = frozenset(x for x in self.actors if self.controls[f"bloc:{x}"].value == BLOCS[0])
        return a, frozenset(self.actors) - a

    def _minima_html(self) -> str:
        items = "".join(
            f"<li>{html.escape(_configuration_label(c))}: energy {_fmt(e)}</li>"
            for c, e in self.minima
        )
        return (
            "<b>Local minima of the landscape</b> (no single switch lowers the energy):"
            f"<ol>{items}</ol>"
        )

    def _update(self) -> None:
        config = self.configuration()
        energy = landscape.energy(self.sizes, self.propensity, config)
        frustration = landscape.frustration(self.sizes, self.propensity, config)
        drawing.update_bars(self._bars, self._texts, [frustration[a] for a in self.actors])
        for bar, a in zip(self._bars, self.actors, strict=True):
            i = 0 if a in config[0] else 1
            bar.set_facecolor(self._BLOC_FACE[i])
            bar.set_hatch(self._BLOC_HATCH[i])
        at_minimum = any(set(c) == {config[0], config[1]} for c, _ in self.minima)
        self.energy_label.value = (
            f"<b>Energy {_fmt(energy)}</b> for {html.escape(_configuration_label(config))}"
            + (" — a local minimum." if at_minimum else ".")
        )
        self._say("" if config[1] and config[0] else "Every actor is in one bloc: nobody is apart.")
        if not self._path:
            self._path_line.set_data([0], [energy])
        self._energy, self._frustration = energy, frustration

    def descend(self) -> list[tuple[tuple[frozenset, frozenset], float]]:
        """Step from the current configuration to a local minimum, one switch per frame."""
        path = landscape.descend(self.sizes, self.propensity, self.configuration())
        energies = [e for _, e in path]
        for i, ((a, _), _) in enumerate(path[1:], start=1):
            self._path = energies[: i + 1]
            self._path_line.set_data(range(len(self._path)), self._path)
            for actor in self.actors:
                control = self.controls[f"bloc:{actor}"]
                wanted = BLOCS[0] if actor in a else BLOCS[1]
                if control.value != wanted:
                    control.value = wanted  # renders one frame
            if self.step_delay:
                time.sleep(self.step_delay)
        if len(path) == 1:
            self._say("Already at a local minimum: no single switch lowers the energy.")
        self._path = []
        return path

    def _alt(self) -> str:
        a, b = self.configuration()
        frustrations = ", ".join(f"{x} {_fmt(self._frustration[x])}" for x in self.actors)
        return (
            f"Landscape explorer. Configuration {_configuration_label((a, b))}, energy "
            f"{_fmt(self._energy)}. Frustration by actor: {frustrations}. "
            f"{len(self.minima)} local minim{'um' if len(self.minima) == 1 else 'a'}; lowest: "
            f"{_configuration_label(self.minima[0][0])} at energy {_fmt(self.minima[0][1])}."
        )


def _ties(n: int) -> str:
    return f"{n} tie" if n == 1 else f"{n} ties"


def _wrap() -> widgets.Layout:
    return widgets.Layout(flex_flow="row wrap")


def _east_asia_landscape(
    year: int, actors: Sequence[str]
) -> tuple[dict[str, float], dict[tuple[str, str], float]]:
    from alliance_lib import datasets

    G = _hide_nonaggression(datasets.alliance_system(year))
    sizes = {a: float(G.nodes[a]["cinc"]) for a in actors if a in G and G.nodes[a].get("cinc")}
    propensity = {}
    for a, b in itertools.combinations(sorted(sizes), 2):
        kind = G.edges[a, b]["type"] if G.has_edge(a, b) else None
        propensity[(a, b)] = 1.0 if kind == "defense" else -0.5 if kind is None else 0.5
    return sizes, propensity


# --------------------------------------------------------------------------- structural balance


class StructuralBalanceExplorer(_Explorer):
    """Structural balance among the European great powers, 1872–1907, step by step.

    The ``step`` slider walks through the dates of the relations table
    (:func:`alliance_lib.datasets.relations_graph`); the student can pick any pair and set
    its sign. Unbalanced triangles (from :func:`alliance_lib.structural.triad_census`) are
    filled and hatched; the frustration index and an optimal two-bloc split
    (:func:`~alliance_lib.structural.frustration_index`,
    :func:`~alliance_lib.structural.balanced_partition`) are shown, each node labelled with
    its bloc. *Triad dynamics step* applies one update of Antal, Krapivsky and Redner's local
    triad dynamics (:func:`~alliance_lib.structural.triad_dynamics_step`) with a seeded RNG.

    Parameters
    ----------
    year : int
        First date shown; one of the table's dates.
    seed : int
        Seed of the random generator used by the triad dynamics.
    p : float
        Propensity of a friendly outcome in a ``++-`` triangle.

    Examples
    --------
    >>> w = StructuralBalanceExplorer()
    >>> w.controls["step"].value
    1872
    >>> w.controls["step"].value = 1907
    >>> w.frustration
    0
    """

    def __init__(self, year: int | None = None, seed: int = 1907, p: float = 0.5) -> None:
        from alliance_lib import datasets

        self._relations = datasets.load_relations()
        self.years = sorted({int(y) for y in self._relations["year"]})
        year = self.years[0] if year is None else year
        _check_choice(year, self.years, "year")
        if not 0 <= p <= 1:
            raise ValueError(f"p must be a probability in [0, 1], got {p!r}")
        self.rng = np.random.default_rng(seed)
        self.p = p
        # Around the circle, the blocs of the last date sit side by side.
        self.states = [
            n for bloc in structural.balanced_partition(self._graph_for(self.years[-1]))
            for n in sorted(bloc)
        ]  # fmt: skip
        pairs = [f"{a}–{b}" for a, b in itertools.combinations(sorted(self.states), 2)]
        controls = {
            "step": widgets.SelectionSlider(options=self.years, value=year, description="Year"),
            "pair": widgets.Dropdown(options=pairs, value=pairs[0], description="Relation"),
            "sign": widgets.ToggleButtons(options=["+", "−"], description="Sign"),
        }
        self.dynamics_button = widgets.Button(description="Triad dynamics step", icon="random")
        self.dynamics_button.on_click(lambda _: self.dynamics_step())
        self.event_label = widgets.HTML()
        fig = drawing.new_figure(7.5, 6.0, layout=None)
        ax = fig.add_axes((0.02, 0.02, 0.96, 0.9))
        self._art = drawing.draw_signed(ax, self.states)
        ax.set_ylim(-1.6, 1.3)
        drawing.sign_legend(ax, loc="upper left", bbox_to_anchor=(-0.02, 1.02))
        self._status = ax.text(0, -1.32, "", ha="center", va="top", fontsize=9)
        self._title = ax.set_title("", y=1.0)
        self.graph = self._graph_for(year)
        self._syncing = False
        self.controls = controls
        self._sync_sign()
        super().__init__(
            fig,
            controls,
            [controls["step"], widgets.HBox([controls["pair"], controls["sign"]]),
             widgets.HBox([self.dynamics_button, self.event_label])],
        )  # fmt: skip

    def _graph_for(self, year: int) -> nx.Graph:
        from alliance_lib import datasets

        return datasets.relations_graph(year=year)

    def _pair(self) -> tuple[str, str]:
        a, b = self.controls["pair"].value.split("–")
        return a, b

    def _sync_sign(self) -> None:
        """Show the selected pair's sign without treating it as the student's edit."""
        a, b = self._pair()
        sign = self.graph.edges[a, b]["sign"] if self.graph.has_edge(a, b) else 1
        self._syncing = True
        self.controls["sign"].value = "+" if sign == 1 else "−"
        self._syncing = False

    def _on_change(self, change: Mapping | None = None) -> None:
        if self._syncing:
            return
        owner = change["owner"] if change else None
        if owner is self.controls["step"]:
            self.graph = self._graph_for(self.controls["step"].value)
            self.event_label.value = ""
            self._sync_sign()
        elif owner is self.controls["pair"]:
            self._sync_sign()
        elif owner is self.controls["sign"]:
            a, b = self._pair()
            self.graph = self.graph.copy()
            self.graph.add_edge(a, b, sign=1 if change["new"] == "+" else -1)
            self.event_label.value = f"You set {a}–{b} to {change['new']}."
        super()._on_change(change)

    def player(self) -> drawing.FramePlayer:
        """Every date of the 1872–1907 relations as a frame, with a kernel-free slider.

        Examples
        --------
        >>> StructuralBalanceExplorer().player().labels[0]
        '1872'
        """
        control = self.controls["step"]
        current = control.value
        frames = []
        for year in self.years:
            control.value = year
            frames.append(self.snapshot().freeze())
        control.value = current
        return drawing.FramePlayer(frames, [str(y) for y in self.years], name="Step")

    def dynamics_step(self) -> structural.TriadUpdate | None:
        """Apply one step of local triad dynamics and show what changed."""
        self.graph, update = structural.triad_dynamics_step(self.graph, rng=self.rng, p=self.p)
        if update is None:
            self.event_label.value = "Balanced: no unbalanced triangle for the dynamics to fix."
        else:
            (a, b), old, new = update.edge, update.old_sign, update.new_sign
            sym = {1: "+", -1: "−"}
            self.event_label.value = (
                f"Triad dynamics: in triangle {'–'.join(update.triad)}, {a}–{b} "
                f"changed {sym[old]} → {sym[new]}."
            )
        self._sync_sign()
        super()._on_change(None)
        return update

    def _update(self) -> None:
        G = self.graph
        census = structural.triad_census(G)
        self.unbalanced = census.unbalanced_triads
        self.frustration = structural.frustration_index(G)
        self.partition = structural.balanced_partition(G)
        drawing.set_signs(
            self._art, {(u, v): s for u, v, s in G.edges(data="sign")}, self.unbalanced
        )
        a, _ = self.partition
        for n, label in self._art.labels.items():
            label.set_text(f"{n}\n({'A' if n in a else 'B'})")
        self._art.nodes.set_facecolors(
            [drawing.OKABE_ITO["sky blue"] if n in a else drawing.OKABE_ITO["orange"]
             for n in self._art.order]
        )  # fmt: skip
        blocs = " vs ".join("{" + ", ".join(sorted(x)) + "}" for x in self.partition)
        self._status.set_text(
            f"{census.unbalanced} of {census.balanced + census.unbalanced} triangles unbalanced; "
            f"frustration index {self.frustration}\noptimal two-bloc split (A vs B): {blocs}"
        )
        self._title.set_text(f"Great-power relations, {self.controls['step'].value}")
        self._say("" if census.unbalanced else "Balanced: every triangle is balanced.")

    def _alt(self) -> str:
        year = self.controls["step"].value
        text = drawing.describe_signed(self.graph, self.unbalanced)
        blocs = " vs ".join("{" + ", ".join(sorted(x)) + "}" for x in self.partition)
        return (
            f"Relations among the European great powers in {year} (as edited). {text} "
            f"Frustration index {self.frustration}; optimal two-bloc split {blocs}."
        )


# --------------------------------------------------------------------------- alliance timeline

EXTRA_REGIONAL = frozenset({"USA", "CAN", "RUS", "UKG", "FRN"})
"""Powers outside East Asia and the Pacific: the timeline shows their ties to the region's
states, not their ties to each other (NATO would otherwise cross the whole map)."""


def regional_network(G: nx.Graph) -> nx.Graph:
    """The East Asian and Pacific part of an alliance system, as the timeline draws it.

    Keeps states with a position in :data:`alliance_lib.drawing.GEOGRAPHIC_ANCHORS` and the
    ties among them that involve at least one state of the region (not in
    :data:`EXTRA_REGIONAL`).

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_edge("USA", "JPN", type="defense"); G.add_edge("USA", "UKG", type="defense")
    >>> G.add_edge("GMY", "FRN", type="defense")
    >>> sorted(regional_network(G).edges)
    [('USA', 'JPN')]
    """
    H = G.subgraph(n for n in G if n in drawing.GEOGRAPHIC_ANCHORS).copy()
    H.remove_edges_from([(u, v) for u, v in H.edges if u in EXTRA_REGIONAL and v in EXTRA_REGIONAL])
    return H


@functools.cache
def _regional_system(year: int) -> nx.Graph:
    from alliance_lib import datasets

    return regional_network(datasets.alliance_system(year))


@functools.cache
def _nmc_years() -> tuple[int, int]:
    from alliance_lib import datasets

    years = datasets.load_capabilities()["year"]
    return int(years.min()), int(years.max())


@functools.cache
def _alliance_years() -> tuple[int, int]:
    """Years :func:`alliance_lib.datasets.alliance_system` covers: 1945 to the latest date in
    the alliance data, supplement included."""
    from alliance_lib import datasets

    table = datasets.load_alliances()
    dates = table[["signed", "start", "end", "entry_into_force"]].stack()
    return 1945, int(dates.dt.year.max())


class AllianceTimeline(_Explorer):
    """The East Asian and Pacific alliance network, year by year.

    Nodes sit at their capitals (fixed) and are sized by CINC (area ∝ capability, from the
    COW National Material Capabilities data); a state with no CINC value that year (Japan
    1946–51, when under occupation it was not a member of the state system) is drawn hollow
    with a dashed outline and named in a note. Edges are styled by the strongest obligation
    in force; on asymmetric edges an arrow points from the state that owes defence. The list
    under the controls names the treaties in force in the year, with the dates the data uses
    (entry into force where the data gives it, else signature).

    Parameters
    ----------
    start, end : int
        Range of the year slider; ``end`` defaults to the latest year in the data, including
        the hand-collected supplement.
    year : int, optional
        First year shown (default ``start``).

    Examples
    --------
    >>> w = AllianceTimeline(year=1952)
    >>> w.controls["year"].value
    1952
    >>> "Security Treaty between the United States and Japan" in w.treaty_list.value
    True
    """

    def __init__(self, start: int = 1945, end: int | None = None, year: int | None = None):
        first, last = _alliance_years()
        end = last if end is None else end
        for name, value in (("start", start), ("end", end)):
            if not isinstance(value, int) or not first <= value <= last:
                raise ValueError(f"{name}={value!r} is outside the data; expected {first}–{last}")
        if start > end:
            raise ValueError(f"start={start} is after end={end}; expected start <= end")
        year = start if year is None else year
        if not isinstance(year, int) or not start <= year <= end:
            raise ValueError(f"year={year!r} is outside the slider; expected {start}–{end}")
        self.systems = {y: _regional_system(y) for y in range(start, end + 1)}
        states = sorted(set().union(*self.systems.values()), key=str)
        pairs = sorted({drawing._key(u, v) for G in self.systems.values() for u, v in G.edges})
        controls = {
            "year": widgets.IntSlider(value=year, min=start, max=end, description="Year",
                                      continuous_update=False),
            "nonaggression": widgets.Checkbox(value=False, description="non-aggression pacts"),
        }  # fmt: skip
        self._nmc_last = _nmc_years()[1]
        self.treaty_list = widgets.HTML()
        fig = drawing.new_figure(9.5, 5.6)
        ax = fig.add_subplot()
        pos = drawing.node_positions(states)
        self._art = drawing.draw_network(ax, pos, pairs)
        drawing.obligation_legend(ax, loc="upper left", bbox_to_anchor=(1.01, 1.0))
        drawing._map_axes(ax, pos)
        # The title's words never change and are cached with the axes; only the year is redrawn.
        self._static_artists = [
            ax.set_title("Alliances in force in East Asia and the Pacific", loc="left", y=1.0)
        ]
        self._year = ax.set_title("", loc="right", fontweight="bold", y=1.0)
        self.note = widgets.HTML()
        super().__init__(
            fig, controls, [widgets.HBox(list(controls.values())), self.note, self.treaty_list]
        )

    @property
    def graph(self) -> nx.Graph:
        """The regional alliance network of the year shown (all treaties)."""
        return self.systems[self.controls["year"].value]

    @property
    def drawn(self) -> nx.Graph:
        """The network as drawn: without non-aggression treaties unless the box is ticked."""
        return (
            _hide_nonaggression(self.graph)
            if not self.controls["nonaggression"].value
            else self.graph
        )

    def _update(self) -> None:
        year = self.controls["year"].value
        G = self.drawn
        cinc = {n: G.nodes[n].get("cinc") for n in G}
        drawing.set_node_sizes(self._art, cinc, present=G)
        for u, v in self._art.edges:
            if G.has_edge(u, v):
                d = G.edges[u, v]
                direction = drawing.edge_direction(d["obligations"]) if d["asymmetric"] else None
                drawing.set_edge(self._art, u, v, d["type"], direction)
            else:
                drawing.set_edge(self._art, u, v, None)
        self._year.set_text(str(year))
        self.note.value = html.escape(" ".join(self.notes()))
        treaties = self.treaties()
        items = "".join(
            f"<li>{html.escape(t['name'])} ({html.escape(t['type'])})</li>" for t in treaties
        )
        self.treaty_list.value = (
            f"<b>Treaties in force in {year}</b> ({len(treaties)}):<ul>{items}</ul>"
            if treaties
            else f"<b>Treaties in force in {year}</b>: none in the region."
        )
        self._say("" if G.number_of_edges() else f"No alliances drawn for the region in {year}.")

    def notes(self) -> list[str]:
        """What the picture of this year does not show: missing CINC data, hidden ties."""
        year, G = self.controls["year"].value, self.drawn
        missing = sorted(n for n in G if G.nodes[n].get("cinc") is None)
        why = (
            f"NMC v6.0 ends in {self._nmc_last}"
            if year > self._nmc_last
            else "no NMC row: not a member of the state system that year"
        )
        notes = [f"Hollow: no CINC data for {', '.join(missing)} ({why})."] if missing else []
        hidden = self.graph.number_of_edges() - G.number_of_edges()
        if hidden:
            notes.append(f"Not drawn: {_ties(hidden)} made only by non-aggression treaties.")
        return notes

    def snapshot(self, caption: str | None = None) -> drawing.Picture:
        """The current figure as a Picture; its caption carries the notes unless one is given."""
        notes = " ".join(self.notes())
        return super().snapshot(caption if caption is not None else (notes or None))

    def player(self, years: Sequence[int] | None = None) -> drawing.FramePlayer:
        """The timeline as precomputed frames with a slider that works without a kernel.

        Parameters
        ----------
        years : sequence of int, optional
            The frames. By default the slider's first year, every year in which a tie
            appears, ends or changes type or capability data start or stop, and every tenth
            year for the slow growth and decline of capabilities in between: light enough
            for a web page, and no change of alignment is skipped.

        Examples
        --------
        >>> player = AllianceTimeline(start=1950, end=1955).player()
        >>> player.labels
        ['1950', '1952', '1954', '1955']
        """
        control = self.controls["year"]
        current = control.value
        if years is None:
            years, previous = [], None
            for year in range(control.min, control.max + 1):
                control.value = year
                G = self.drawn
                missing = sorted(n for n in G if G.nodes[n].get("cinc") is None)
                picture = (sorted(G.edges(data="type")), missing)
                if picture != previous or year % 10 == 0:
                    years.append(year)
                previous = picture
        frames = []
        for year in years:
            control.value = year
            frames.append(self.snapshot().freeze())
        control.value = current
        return drawing.FramePlayer(frames, [str(y) for y in years], name="Year")

    def treaties(self) -> list[dict]:
        """The treaties in force this year in the region (all types), each once, by name."""
        seen = {}
        for *_, ts in self.graph.edges(data="treaties"):
            for t in ts:
                seen.setdefault(t["id"], t)
        return sorted(seen.values(), key=lambda t: t["name"])

    def _alt(self) -> str:
        hidden = self.graph.number_of_edges() - self.drawn.number_of_edges()
        note = (
            f" Not drawn: {_ties(hidden)} made only by non-aggression treaties." if hidden else ""
        )
        return drawing.describe_network(self.drawn, self.controls["year"].value) + note


# --------------------------------------------------------------------------- balance of power


def _default_blocs(G: nx.Graph) -> dict[str, str]:
    """Blocs as the treaties draw them (:func:`alliance_lib.scenarios.treaty_blocs`).

    Bloc A: the USA and the states bound to it by defence pacts; Bloc B: China and its; the
    rest uncommitted. If either hub is missing, or the two are bound together, everyone
    starts uncommitted.
    """
    try:
        blocs = scenarios.treaty_blocs(G)
    except ValueError:
        return {n: BLOCS[2] for n in G}
    label = {"A": BLOCS[0], "B": BLOCS[1], None: BLOCS[2]}
    return {n: label[b] for n, b in blocs.items()}


class BalanceExplorer(_Explorer):
    """Blocs, predominance, the holder of the balance and pivotality, state by state.

    Each state has a power (slider; default its CINC score in ``year``) and a bloc
    (dropdown; default Bloc A = the USA and its defence allies, Bloc B = China and its, the
    rest uncommitted). The figure shows the blocs' total power
    (:func:`alliance_lib.balance.coalition_power`), whether one predominates
    (:func:`~alliance_lib.balance.predominance`, ratio 1.25), and each state's
    Shapley–Shubik and Banzhaf index (:mod:`alliance_lib.power_index`) in the weighted
    game whose weights are the powers and whose quota is a simple majority: a coalition wins
    with more than half of the total power (quota = half the total plus 0.0001, the precision
    to which the indices round weights). The label under the figure gives
    :func:`~alliance_lib.balance.holder_of_the_balance` and its explanation.

    Parameters
    ----------
    year : int
        Year of the CINC defaults and default blocs (a year of the NMC data).
    states : sequence of str, optional
        COW abbreviations; default :data:`alliance_lib.datasets.DEFAULT_STATES` in the data.
    powers : mapping, optional
        State -> power in [0, 1], overriding the CINC default.

    Examples
    --------
    >>> w = BalanceExplorer(year=2016)
    >>> round(w.controls["power:USA"].value, 3)
    0.133
    >>> w.controls["bloc:IND"].value = "Bloc A"
    >>> w.holder is None or isinstance(w.holder, str)
    True
    """

    def __init__(
        self,
        year: int = 2016,
        states: Sequence[str] | None = None,
        powers: Mapping[str, float] | None = None,
    ) -> None:
        from alliance_lib import datasets

        first, last = _nmc_years()
        if not isinstance(year, int) or not first <= year <= last:
            raise ValueError(f"year={year!r} has no capability data; expected {first}–{last}")
        G = datasets.alliance_system(year, states=states)
        if states is not None:
            unknown = [s for s in states if s not in G]
            if unknown:
                raise ValueError(
                    f"states {unknown} are not in the {year} data; expected COW abbreviations"
                )
        self.year = year
        self.states = list(G)
        power = {n: float(G.nodes[n]["cinc"] or 0.0) for n in self.states}
        for s, p in (powers or {}).items():
            if s not in power:
                raise ValueError(f"powers names {s!r}, which is not among the states {self.states}")
            if not 0 <= p <= 1:
                raise ValueError(f"power of {s} is {p!r}; expected a share between 0 and 1")
            power[s] = float(p)
        blocs = _default_blocs(G)
        controls: dict[str, widgets.ValueWidget] = {}
        for s in self.states:
            controls[f"power:{s}"] = widgets.FloatSlider(
                value=power[s], min=0.0, max=max(0.5, power[s]), step=0.001, description=s,
                readout_format=".3f", continuous_update=False,
            )  # fmt: skip
        for s in self.states:
            controls[f"bloc:{s}"] = widgets.Dropdown(
                options=list(BLOCS), value=blocs[s], description=s,
                layout=widgets.Layout(width="200px"),
            )  # fmt: skip
        self.holder_label = widgets.HTML()
        fig = drawing.new_figure(10, 4.2)
        ax_b, ax_p = fig.subplots(1, 2, width_ratios=[1.3, 3])
        bars, texts = drawing.draw_bars(ax_b, list(BLOCS), {"power": [0.0, 0.0, 0.0]})
        self._bloc_bars, self._bloc_texts = bars["power"], texts["power"]
        for bar, face, hatch in zip(self._bloc_bars, self._FACE, ("//", "..", ""), strict=True):
            bar.set_facecolor(face)
            bar.set_hatch(hatch)
        ax_b.set_ylabel("share of the states' total power")
        ax_b.tick_params(axis="x", labelsize=8, labelrotation=20)
        ax_b.set_title("Bloc totals", y=1.0)
        self._verdict = ax_b.text(0.5, 0.97, "", transform=ax_b.transAxes, ha="center", va="top",
                                  fontsize=10, fontweight="bold", wrap=True)  # fmt: skip
        ax_b.set_ylim(0, 1.15)
        zeros = [0.0] * len(self.states)
        bars, texts = drawing.draw_bars(
            ax_p, self.states, {"Shapley–Shubik": zeros, "Banzhaf": zeros}
        )
        self._index_bars = {k: (bars[k], texts[k]) for k in bars}
        ax_p.set_ylim(0, 1.0)
        ax_p.set_ylabel("index (share of pivotal positions)")
        ax_p.set_title("Pivotality in the majority game (weights = powers)", y=1.0)
        ax_p.legend(fontsize=8, loc="upper right")
        ax_p.tick_params(axis="x", labelsize=8)
        self._axes = (ax_b, ax_p)
        sliders = [c for k, c in controls.items() if k.startswith("power:")]
        menus = [c for k, c in controls.items() if k.startswith("bloc:")]
        super().__init__(
            fig,
            controls,
            [widgets.HBox([widgets.VBox(sliders), widgets.VBox(menus)]), self.holder_label],
        )

    _FACE = (drawing.OKABE_ITO["sky blue"], drawing.OKABE_ITO["orange"], "white")

    def powers(self) -> dict[str, float]:
        """State -> power as set in the sliders."""
        return {s: self.controls[f"power:{s}"].value for s in self.states}

    def blocs(self) -> dict[str, str]:
        """State -> bloc name as set in the dropdowns."""
        return {s: self.controls[f"bloc:{s}"].value for s in self.states}

    def _update(self) -> None:
        powers, blocs = self.powers(), self.blocs()
        members = {b: [s for s in self.states if blocs[s] == b] for b in BLOCS}
        totals = [balance.coalition_power(powers, members[b]) for b in BLOCS]
        total = sum(totals)
        drawing.update_bars(
            self._bloc_bars, self._bloc_texts, [t / total if total else 0.0 for t in totals]
        )
        self.holder, self.verdict, self.explanation = None, "", ""
        ss = bz = [0.0] * len(self.states)
        problems = []
        if total <= 0:
            problems.append("Every state has zero power: there is no balance to compute.")
        else:
            quota = total / 2 + 1e-4
            ss = power_index.shapley_shubik([powers[s] for s in self.states], quota)
            bz = power_index.banzhaf([powers[s] for s in self.states], quota)
            empty = [b for b in BLOCS[:2] if not members[b]]
            if len(empty) == 2:
                problems.append("Every state is uncommitted: there are no blocs to balance.")
            elif empty:
                problems.append(f"{empty[0]} is empty: the other bloc faces no rival.")
            side = balance.predominance(powers, members[BLOCS[0]], members[BLOCS[1]])
            self.verdict = (
                "No blocs"
                if len(empty) == 2
                else f"{BLOCS[0 if side == 'A' else 1]} predominates"
                if side
                else "Parity: neither bloc predominates"
            )
            result = balance.holder_of_the_balance(
                powers,
                {s: {BLOCS[0]: "A", BLOCS[1]: "B"}.get(blocs[s]) for s in self.states},
                bloc_names=BLOCS[:2],
            )
            self.holder, self.explanation = result.holder, result.explanation
        for (bars, texts), values in zip(self._index_bars.values(), (ss, bz), strict=True):
            drawing.update_bars(bars, texts, values)
        self._verdict.set_text(self.verdict.replace(": ", ":\n"))
        holder = f"<b>Holder of the balance: {html.escape(self.holder or 'none')}.</b> "
        self.holder_label.value = holder + html.escape(self.explanation)
        self._ss, self._bz, self._totals = ss, bz, totals
        self._say(" ".join(problems))

    def _alt(self) -> str:
        totals = ", ".join(f"{b} {_fmt(t)}" for b, t in zip(BLOCS, self._totals, strict=True))
        totals += " (sum of powers)"
        pivots = ", ".join(
            f"{s} {_fmt(a)}/{_fmt(b)}"
            for s, a, b in zip(self.states, self._ss, self._bz, strict=True)
        )
        return (
            f"Balance of power, {self.year} data as edited. Bloc totals: {totals}. "
            f"{self.verdict or 'No verdict'}. Holder of the balance: {self.holder or 'none'}. "
            f"Shapley–Shubik/Banzhaf index by state: {pivots}."
        )


# --------------------------------------------------------------------------- pivots

NONE = "none"


class PivotExplorer(_Explorer):
    """Remove a state or a treaty and see reach and betweenness change.

    Brzezinski argued that America's position in Eurasia rests on its Far Eastern anchor;
    here the student removes Japan (or any state, or any treaty) from the alliance network of
    ``year`` and compares each state's reach (states within ``k`` alliance steps) and
    betweenness before and after (:func:`alliance_lib.network.counterfactual`). As in the
    timeline, non-aggression treaties are left out unless the box is ticked.

    Parameters
    ----------
    year : int
        Year of the alliance network.
    k : int
        Steps counted by reach (1: allies; 2: also allies' allies).

    Examples
    --------
    >>> w = PivotExplorer(year=2016)
    >>> w.controls["state"].value = "JPN"
    >>> int(w.before.loc["USA", "reach"]), int(w.after.loc["USA", "reach"])
    (6, 5)
    """

    def __init__(self, year: int = 2016, k: int = 2) -> None:
        first, last = _alliance_years()
        if not isinstance(year, int) or not first <= year <= last:
            raise ValueError(f"year={year!r} is outside the data; expected {first}–{last}")
        if not isinstance(k, int) or not 1 <= k <= 5:
            raise ValueError(f"k={k!r}; expected an integer number of steps from 1 to 5")
        from alliance_lib import datasets

        self.year, self.k = year, k
        self.full = datasets.alliance_system(year)
        self.states = list(self.full)
        treaties = {t["id"]: t for *_, ts in self.full.edges(data="treaties") for t in ts}
        treaty_options = [(NONE, NONE)] + sorted(
            ((f"{t['name']} ({t['type']})", i) for i, t in treaties.items()), key=lambda o: o[0]
        )
        controls = {
            # Opens on Brzezinski's counterfactual: America expelled from, or leaving, Asia.
            "state": widgets.Dropdown(
                options=[NONE, *self.states],
                value="USA" if "USA" in self.states else NONE,
                description="Remove",
            ),
            "treaty": widgets.Dropdown(options=treaty_options, value=NONE, description="or treaty",
                                       layout=widgets.Layout(width="520px")),
            "nonaggression": widgets.Checkbox(value=False, description="non-aggression pacts"),
        }  # fmt: skip
        fig = drawing.new_figure(9, 6)
        axes = fig.subplots(2, 1)
        zeros = [0.0] * len(self.states)
        self._bars = {}
        for ax, measure in zip(axes, ("reach", "betweenness"), strict=True):
            bars, texts = drawing.draw_bars(ax, self.states, {"before": zeros, "after": zeros})
            self._bars[measure] = {k: (bars[k], texts[k]) for k in bars}
            ax.set_ylabel(measure if measure == "betweenness" else f"reach ({k} steps)")
            ax.legend(fontsize=8, loc="upper right")
            ax.tick_params(axis="x", labelsize=8)
        axes[0].set_ylim(0, len(self.states))
        axes[1].set_ylim(0, 1)
        axes[1].set_xlabel("state")
        self._title = axes[0].set_title("", y=1.0)
        self._removed_marks = {
            s: axes[0].text(
                i + 0.2,
                0.1,
                "removed",
                rotation=90,
                fontsize=7,
                ha="center",
                va="bottom",
                visible=False,
            )  # fmt: skip
            for i, s in enumerate(self.states)
        }
        super().__init__(fig, controls, [widgets.HBox(list(controls.values()))])

    @property
    def graph(self) -> nx.Graph:
        """The network before the removal (non-aggression treaties as the box says)."""
        return self.full if self.controls["nonaggression"].value else _hide_nonaggression(self.full)

    def _update(self) -> None:
        G = self.graph
        state, treaty = self.controls["state"].value, self.controls["treaty"].value
        problems, change = [], []
        state = None if state == NONE else state
        treaty = None if treaty == NONE else treaty
        on_graph = {t["id"] for *_, ts in G.edges(data="treaties") for t in ts}
        if treaty is not None and treaty not in on_graph:
            problems.append("That treaty is a non-aggression pact: tick the box to count it.")
            treaty = None
        if state is None and treaty is None:
            table = network.pivot_table(G, k=self.k).reindex(self.states)
            before = after = table[["reach", "betweenness"]]
        else:
            cf = network.counterfactual(G, remove_state=state, remove_treaty=treaty, k=self.k)
            cf = cf.reindex(self.states)
            before = cf[["reach_before", "betweenness_before"]].set_axis(
                ["reach", "betweenness"], axis=1
            )
            after = cf[["reach_after", "betweenness_after"]].set_axis(
                ["reach", "betweenness"], axis=1
            )
            change = [f"without {state}"] if state else []
            if treaty is not None:
                change.append(f"without treaty {treaty}")
            remaining = G  # treaty first, as network.counterfactual does
            if treaty is not None:
                remaining = network.without_treaty(remaining, treaty)
            if state:
                remaining = network.without_state(remaining, state)
            if remaining.number_of_edges() == 0:
                problems.append(
                    "After this removal no alliance ties remain: every state is isolated."
                )
        if G.number_of_edges() == 0:
            problems.append(f"No alliances in force in {self.year}: every reach is zero.")
        self.before, self.after = before, after
        for measure, series in self._bars.items():
            for label, frame in (("before", before), ("after", after)):
                drawing.update_bars(*series[label], frame[measure].fillna(0.0).to_numpy())
        for s, mark in self._removed_marks.items():
            mark.set_visible(s == state)
        self.change = " and ".join(change) or "no change"
        self._title.set_text(f"Alliance network of {self.year}: before vs {self.change}")
        self._say(" ".join(problems))

    def _alt(self) -> str:
        def row(measure: str) -> str:
            return ", ".join(
                f"{s} {_fmt(self.before.loc[s, measure])}→"
                + (
                    "removed"
                    if np.isnan(self.after.loc[s, measure])
                    else _fmt(self.after.loc[s, measure])
                )
                for s in self.states
            )

        return (
            f"Bar charts of reach and betweenness in the {self.year} alliance network, before vs "
            f"{self.change}. Reach: {row('reach')}. Betweenness: {row('betweenness')}."
        )
