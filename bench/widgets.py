"""Time one interaction with each explorer: set a control, the handler runs, the canvas draws.

For the timeline and the pivot explorer the same interaction is also timed the naive way
(a new figure drawn with ``networkx.draw`` and rendered to PNG on every change), in the same
run, and the ratio printed. Targets: median <= 50 ms, 95th percentile <= 100 ms, at least
3x faster than naive. Run with ``MPLBACKEND=Agg python bench/widgets.py``.
"""

from __future__ import annotations

import io
import itertools
import statistics
import time
from collections.abc import Callable

import matplotlib

matplotlib.use("Agg")

import networkx as nx  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from alliance_lib import datasets, drawing, network  # noqa: E402
from alliance_lib.widgets import (  # noqa: E402
    AllianceTimeline,
    BalanceExplorer,
    LandscapeExplorer,
    PivotExplorer,
    StructuralBalanceExplorer,
)

N = 50


def timed(step: Callable[[int], None], n: int = N) -> list[float]:
    """Milliseconds of ``step(i)`` for i in range(n), after one warm-up call."""
    step(-1)
    out = []
    for i in range(n):
        t = time.perf_counter()
        step(i)
        out.append(1000 * (time.perf_counter() - t))
    return out


def summary(ms: list[float]) -> tuple[float, float]:
    ms = sorted(ms)
    return statistics.median(ms), ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]


def interaction(widget, name: str, values: list) -> Callable[[int], None]:
    cycle = itertools.cycle(values)

    def step(_: int) -> None:
        widget.controls[name].value = next(cycle)
        widget.figure.canvas.draw()

    return step


def naive_network(graph_for: Callable[[object], nx.Graph], values: list) -> Callable[[int], None]:
    """Redraw from scratch: new figure, networkx.draw, PNG, as a widget without artists would."""
    cycle = itertools.cycle(values)

    def step(_: int) -> None:
        G = graph_for(next(cycle))
        fig = Figure(figsize=(9.5, 5.6), dpi=drawing.DPI)
        ax = fig.add_subplot()
        pos = drawing.node_positions(G)
        sizes = [drawing.NODE_AREA_PER_CINC * (G.nodes[n].get("cinc") or 0.03) for n in G]
        styles = [drawing.edge_style(t).linestyle for *_, t in G.edges(data="type")]
        nx.draw(G, pos, ax=ax, node_size=sizes, style=styles, with_labels=True)
        fig.savefig(io.BytesIO(), format="png")

    return step


def pivot_graph(state: str):
    G = datasets.alliance_system(2016)
    after = network.without_state(G, state) if state != "none" else G
    network.counterfactual(G, remove_state=state) if state != "none" else None
    return after


def main() -> None:
    timeline = AllianceTimeline()
    years = list(range(1950, 2026))
    pivot = PivotExplorer()
    states = ["JPN", "none", "USA", "ROK", "AUL", "none"]
    balance = BalanceExplorer()
    europe = StructuralBalanceExplorer()
    landscape = LandscapeExplorer()
    rows = [
        ("AllianceTimeline: year", timed(interaction(timeline, "year", years)),
         timed(naive_network(datasets.alliance_system, years))),
        ("PivotExplorer: remove state", timed(interaction(pivot, "state", states)),
         timed(naive_network(pivot_graph, states))),
        ("BalanceExplorer: power", timed(interaction(balance, "power:JPN", [0.03, 0.1])), None),
        ("BalanceExplorer: bloc", timed(interaction(balance, "bloc:IND", ["Bloc A", "Bloc B"])),
         None),
        ("StructuralBalance: year", timed(interaction(europe, "step", europe.years)), None),
        ("StructuralBalance: sign", timed(interaction(europe, "sign", ["+", "−"])), None),
        ("LandscapeExplorer: bloc", timed(interaction(landscape, "bloc:JPN", ["Bloc A", "Bloc B"])),
         None),
    ]  # fmt: skip
    print(f"{N} interactions each (set value, handler incl. PNG for the image, canvas.draw())")
    print(
        f"{'interaction':32} {'median ms':>10} {'p95 ms':>8} {'naive median':>13} {'speed-up':>9}"
    )
    for name, ms, naive in rows:
        med, p95 = summary(ms)
        line = f"{name:32} {med:10.1f} {p95:8.1f}"
        if naive is not None:
            nmed, _ = summary(naive)
            line += f" {nmed:13.1f} {nmed / med:8.1f}x"
        print(line)


if __name__ == "__main__":
    main()
