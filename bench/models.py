"""Benchmarks of the alliance_lib models; run as ``python bench/models.py``.

Each ``bench_*`` function runs one benchmark and returns a one-line summary;
:func:`main` runs them all and prints one line per benchmark. Timings are wall-clock
seconds from a single run on the current machine, so compare ratios, not absolute
numbers. The power-index baseline is PyPI's ``powerindex`` 0.3.5 (install the ``bench``
extra), run in the same process on the same game.
"""

from __future__ import annotations

import random
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from alliance_lib.landscape import landscape_minima  # noqa: E402
from alliance_lib.power_index import banzhaf, shapley_shubik  # noqa: E402
from alliance_lib.structural import frustration_index  # noqa: E402


def _random_game(n: int, seed: int) -> tuple[list[int], int]:
    """``n`` players with integer weights 1-100 and a simple-majority quota."""
    rng = random.Random(seed)
    weights = [rng.randint(1, 100) for _ in range(n)]
    return weights, sum(weights) // 2 + 1


def _timed(function: Callable[[], object]) -> tuple[object, float]:
    start = time.perf_counter()
    result = function()
    return result, time.perf_counter() - start


def _against_powerindex(n: int, index: str) -> str:
    """Compare with powerindex; ours is timed as the best of 3 runs, theirs once."""
    import powerindex

    weights, quota = _random_game(n, seed=n)
    ours_fn = shapley_shubik if index == "shapley_shubik" else banzhaf
    runs = [_timed(lambda: ours_fn(weights, quota)) for _ in range(3)]
    ours, t_ours = runs[0][0], min(t for _, t in runs)
    game = powerindex.Game(quota, weights)
    method = game.calc_shapley_shubik if index == "shapley_shubik" else game.calc_banzhaf
    start = time.perf_counter()
    try:
        _, t_base = _timed(method)
    except OverflowError as error:
        return (
            f"{index:15s} n={n:4d}  alliance_lib {t_ours:8.4f} s  powerindex failed after "
            f"{time.perf_counter() - start:.1f} s: OverflowError ({error})"
        )
    theirs = game.shapley_shubik if index == "shapley_shubik" else game.banzhaf
    diff = max(abs(a - b) for a, b in zip(ours, theirs, strict=True))
    return (
        f"{index:15s} n={n:4d}  alliance_lib {t_ours:8.4f} s  powerindex {t_base:8.3f} s  "
        f"speed-up {t_base / t_ours:7.1f}x  max |diff| {diff:.1e}"
    )


def bench_shapley_shubik_100() -> str:
    """Shapley–Shubik, 100 players, against powerindex in the same process."""
    return _against_powerindex(100, "shapley_shubik")


def bench_shapley_shubik_200() -> str:
    """Shapley–Shubik, 200 players (powerindex's float factorials overflow here)."""
    return _against_powerindex(200, "shapley_shubik")


def bench_banzhaf_100() -> str:
    """Banzhaf, 100 players, against powerindex in the same process."""
    return _against_powerindex(100, "banzhaf")


def bench_large_games_500() -> str:
    """500 players: timing and how far the indices are from summing to 1."""
    weights, quota = _random_game(500, seed=500)
    ss, t_ss = _timed(lambda: shapley_shubik(weights, quota))
    bz, t_bz = _timed(lambda: banzhaf(weights, quota))
    return (
        f"{'large game':15s} n= 500  shapley_shubik {t_ss:7.3f} s (|sum-1| "
        f"{abs(sum(ss) - 1):.1e})  banzhaf {t_bz:7.3f} s (|sum-1| {abs(sum(bz) - 1):.1e})"
    )


def bench_exact_100() -> str:
    """Exact (Fraction) Shapley–Shubik at 100 players against the float result."""
    weights, quota = _random_game(100, seed=100)
    exact, t_exact = _timed(lambda: shapley_shubik(weights, quota, exact=True))
    approx = shapley_shubik(weights, quota)
    diff = max(abs(a - float(e)) for a, e in zip(approx, exact, strict=True))
    return f"{'exact SS':15s} n= 100  {t_exact:8.4f} s  max |float - exact| {diff:.1e}"


def _random_signed_graph(n: int, m: int, seed: int) -> nx.Graph:
    """``n`` nodes, ``m`` random edges, each sign +1 or -1 with equal chance."""
    rng = random.Random(seed)
    G = nx.gnm_random_graph(n, m, seed=seed)
    for u, v in G.edges:
        G.edges[u, v]["sign"] = rng.choice((1, -1))
    return G


def _brute_frustration(G: nx.Graph) -> int:
    """Baseline: every 2-colouring with node 0 pinned, counted in pure Python."""
    nodes = list(G)
    edges = [(nodes.index(u), nodes.index(v), s == 1) for u, v, s in G.edges(data="sign")]
    best = len(edges)
    for k in range(1 << (len(nodes) - 1)):
        side = [0] + [(k >> i) & 1 for i in range(len(nodes) - 1)]
        best = min(best, sum(positive != (side[u] == side[v]) for u, v, positive in edges))
    return best


def bench_frustration_index_16() -> str:
    """Exact frustration index of a seeded 16-node, 58-edge signed graph vs brute force."""
    G = _random_signed_graph(16, 58, seed=1958)
    ours, t_ours = _timed(lambda: frustration_index(G))
    base, t_base = _timed(lambda: _brute_frustration(G))
    return (
        f"{'frustration':15s} n=  16  m=58  alliance_lib {t_ours:8.4f} s  pure-Python brute "
        f"force {t_base:7.3f} s  speed-up {t_base / t_ours:7.1f}x  index {ours} (baseline {base})"
    )


def _random_landscape(n: int, seed: int) -> tuple[dict[str, float], dict[tuple, float]]:
    """``n`` actors with sizes in (0, 1) and normal propensities for every pair."""
    rng = random.Random(seed)
    names = [f"a{i:02d}" for i in range(n)]
    sizes = {name: rng.random() for name in names}
    propensity = {(a, b): rng.gauss(0, 1) for i, a in enumerate(names) for b in names[i + 1 :]}
    return sizes, propensity


def _naive_minima(sizes: dict[str, float], propensity: dict[tuple, float]) -> set:
    """Baseline: every configuration and every single switch, energies from the definition."""
    names = sorted(sizes)
    p = {**propensity, **{(b, a): v for (a, b), v in propensity.items()}}

    def energy_of(side: dict[str, int]) -> float:
        return sum(
            sizes[i] * sizes[j] * p.get((i, j), 0.0)
            for i in names
            for j in names
            if i != j and side[i] != side[j]
        )

    found = set()
    for k in range(1 << (len(names) - 1)):
        side = {name: (k >> (i - 1)) & 1 if i else 0 for i, name in enumerate(names)}
        e = energy_of(side)
        if all(energy_of({**side, a: 1 - side[a]}) >= e - 1e-9 for a in names):
            found.add(frozenset(a for a in names if side[a] == 0))
    return found


def _landscape_line(n: int) -> str:
    sizes, propensity = _random_landscape(n, seed=n)
    minima, seconds = _timed(lambda: landscape_minima(sizes, propensity))
    tracemalloc.start()
    landscape_minima(sizes, propensity)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return (
        f"{'landscape':15s} n={n:4d}  alliance_lib {seconds:8.3f} s  peak {peak / 2**20:6.1f} MiB"
        f"  {len(minima)} local minima of {2 ** (n - 1)} configurations"
    )


def bench_landscape_minima_20() -> str:
    """All local minima for 20 actors (target: 0.5 s)."""
    return _landscape_line(20)


def bench_landscape_minima_24() -> str:
    """All local minima for 24 actors (targets: 10 s, 1 GiB)."""
    return _landscape_line(24)


def bench_landscape_vs_naive_14() -> str:
    """Vectorised minima against a pure-Python enumeration at the same size, 14 actors."""
    sizes, propensity = _random_landscape(14, seed=14)
    ours, t_ours = _timed(lambda: landscape_minima(sizes, propensity))
    base, t_base = _timed(lambda: _naive_minima(sizes, propensity))
    agree = {blocs[0] for blocs, _ in ours} == base
    return (
        f"{'landscape naive':15s} n=  14  alliance_lib {t_ours:8.4f} s  pure Python "
        f"{t_base:7.3f} s  speed-up {t_base / t_ours:7.1f}x  same minima: {agree}"
    )


BENCHMARKS: list[Callable[[], str]] = [
    bench_shapley_shubik_100,
    bench_banzhaf_100,
    bench_shapley_shubik_200,
    bench_large_games_500,
    bench_exact_100,
    bench_frustration_index_16,
    bench_landscape_minima_20,
    bench_landscape_minima_24,
    bench_landscape_vs_naive_14,
]


def main() -> None:
    """Run every benchmark in :data:`BENCHMARKS`, printing one line each."""
    for benchmark in BENCHMARKS:
        print(benchmark(), flush=True)


if __name__ == "__main__":
    main()
