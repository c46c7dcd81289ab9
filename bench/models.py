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
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from alliance_lib.power_index import banzhaf, shapley_shubik  # noqa: E402


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
    import powerindex

    weights, quota = _random_game(n, seed=n)
    ours_fn = shapley_shubik if index == "shapley_shubik" else banzhaf
    ours, t_ours = _timed(lambda: ours_fn(weights, quota))
    game = powerindex.Game(quota, weights)
    method = game.calc_shapley_shubik if index == "shapley_shubik" else game.calc_banzhaf
    try:
        _, t_base = _timed(method)
    except OverflowError as error:
        return (
            f"{index:15s} n={n:4d}  alliance_lib {t_ours:8.4f} s  "
            f"powerindex failed: OverflowError ({error})"
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


BENCHMARKS: list[Callable[[], str]] = [
    bench_shapley_shubik_100,
    bench_banzhaf_100,
    bench_shapley_shubik_200,
    bench_large_games_500,
    bench_exact_100,
]


def main() -> None:
    """Run every benchmark in :data:`BENCHMARKS`, printing one line each."""
    for benchmark in BENCHMARKS:
        print(benchmark(), flush=True)


if __name__ == "__main__":
    main()
