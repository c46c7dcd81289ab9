"""Tests for alliance_lib.power_index: literature example, brute force, properties, errors."""

import itertools
import math
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alliance_lib.power_index import banzhaf, shapley_shubik

EEC_1958 = {"FRA": 4, "GER": 4, "ITA": 4, "BEL": 2, "NLD": 2, "LUX": 1}


def brute_shapley_shubik(weights, quota):
    """Share of the n! orders in which each player is pivotal."""
    n = len(weights)
    pivots = [0] * n
    for order in itertools.permutations(range(n)):
        running = 0
        for i in order:
            running += weights[i]
            if running >= quota:
                pivots[i] += 1
                break
    return [Fraction(p, math.factorial(n)) for p in pivots]


def brute_swings(weights, quota):
    """Number of coalitions of the others that each player swings."""
    n = len(weights)
    swings = [0] * n
    for i in range(n):
        others = [j for j in range(n) if j != i]
        for r in range(n):
            for coalition in itertools.combinations(others, r):
                weight = sum(weights[j] for j in coalition)
                swings[i] += weight < quota <= weight + weights[i]
    return swings


@st.composite
def games(draw, max_players=7, max_weight=12):
    weights = draw(st.lists(st.integers(0, max_weight), min_size=1, max_size=max_players))
    if sum(weights) == 0:
        weights[0] = 1
    quota = draw(st.integers(1, sum(weights)))
    return weights, quota


def test_eec_1958_matches_brute_force_and_luxembourg_is_powerless():
    weights, quota = list(EEC_1958.values()), 12
    ss = shapley_shubik(EEC_1958, quota, exact=True)
    bz = banzhaf(EEC_1958, quota, exact=True)
    assert list(ss.values()) == brute_shapley_shubik(weights, quota)
    swings = brute_swings(weights, quota)
    assert list(bz.values()) == [Fraction(s, sum(swings)) for s in swings]
    assert ss["LUX"] == 0 and bz["LUX"] == 0
    # Luxembourg as the textbook null player: "Luxembourg in the early days of the EEC:
    # null player or not?", Games 9(2):29 (2018). The other values come from brute force.
    assert ss["FRA"] == Fraction(14, 60) and ss["BEL"] == Fraction(9, 60)


@settings(max_examples=150, deadline=None)
@given(games())
def test_shapley_shubik_matches_permutations(game):
    weights, quota = game
    expected = brute_shapley_shubik(weights, quota)
    assert shapley_shubik(weights, quota, exact=True) == expected
    approx = shapley_shubik(weights, quota)
    assert all(abs(a - float(e)) < 1e-12 for a, e in zip(approx, expected, strict=True))


@settings(max_examples=150, deadline=None)
@given(games())
def test_banzhaf_matches_coalitions(game):
    weights, quota = game
    swings = brute_swings(weights, quota)
    n = len(weights)
    assert banzhaf(weights, quota, exact=True) == [Fraction(s, sum(swings)) for s in swings]
    absolute = banzhaf(weights, quota, normalized=False, exact=True)
    assert absolute == [Fraction(s, 2 ** (n - 1)) for s in swings]
    approx = banzhaf(weights, quota)
    assert all(abs(a - s / sum(swings)) < 1e-12 for a, s in zip(approx, swings, strict=True))


@settings(max_examples=40, deadline=None)
@given(games(max_players=40, max_weight=60))
def test_float_agrees_with_exact_on_larger_games(game):
    weights, quota = game
    for index in (shapley_shubik, banzhaf):
        exact = index(weights, quota, exact=True)
        approx = index(weights, quota)
        assert max(abs(a - float(e)) for a, e in zip(approx, exact, strict=True)) < 1e-10


@settings(max_examples=60, deadline=None)
@given(games(max_players=30, max_weight=50))
def test_indices_sum_to_one_and_symmetric_and_null_players(game):
    weights, quota = game
    for index in (shapley_shubik, banzhaf):
        values = index(weights, quota)
        assert sum(values) == pytest.approx(1.0, abs=1e-9)
        by_weight = {}
        for w, v in zip(weights, values, strict=True):
            by_weight.setdefault(w, v)
            assert v == pytest.approx(by_weight[w], abs=1e-12)
        for w, v in zip(weights, values, strict=True):
            if w == 0:
                assert v == 0


def test_dummy_player_gets_zero():
    # With quota 6 of [3, 3, 1], the player of weight 1 is never pivotal.
    assert shapley_shubik([3, 3, 1], 6, exact=True)[2] == 0
    assert banzhaf([3, 3, 1], 6, exact=True)[2] == 0


def test_dictator_gets_everything():
    assert shapley_shubik([6, 1, 1], 5, exact=True) == [1, 0, 0]
    assert banzhaf([6, 1, 1], 5, exact=True) == [1, 0, 0]


def test_dict_input_keeps_keys_and_order():
    result = shapley_shubik({"JPN": 3, "USA": 5, "ROK": 1}, 5)
    assert list(result) == ["JPN", "USA", "ROK"]
    assert list(banzhaf({"JPN": 3, "USA": 5, "ROK": 1}, 5)) == ["JPN", "USA", "ROK"]


def test_real_weights_are_rounded_to_precision():
    shares = {"USA": 0.27, "RUS": 0.17, "CHN": 0.12, "JPN": 0.05}
    scaled = {k: round(v * 100) for k, v in shares.items()}
    assert shapley_shubik(shares, 0.31, exact=True) == shapley_shubik(scaled, 31, exact=True)
    assert banzhaf(shares, 0.31, exact=True) == banzhaf(scaled, 31, exact=True)
    # With one decimal place the game becomes weights 3, 2, 1, 1 and quota 3.
    coarse = shapley_shubik(shares, 0.31, precision=1, exact=True)
    assert coarse == shapley_shubik({"USA": 3, "RUS": 2, "CHN": 1, "JPN": 1}, 3, exact=True)


def test_large_game_sums_to_one_without_overflow():
    weights = [(7 * i) % 100 + 1 for i in range(300)]
    quota = sum(weights) // 2 + 1
    for index in (shapley_shubik, banzhaf):
        values = index(weights, quota)
        assert all(math.isfinite(v) and v >= 0 for v in values)
        assert sum(values) == pytest.approx(1.0, abs=1e-9)


@pytest.mark.parametrize("index", [shapley_shubik, banzhaf])
@pytest.mark.parametrize(
    ("weights", "quota", "message"),
    [
        ([], 1, "at least one player"),
        ({}, 1, "at least one player"),
        ([3, -1, 2], 3, "-1"),
        ({"USA": 3, "JPN": -2}, 3, "'JPN'"),
        ([1.0, float("nan")], 1, "nan"),
        ([1.0, float("inf")], 1, "inf"),
        ([1, "two"], 1, "'two'"),
        ([1, 2], 0, "quota"),
        ([1, 2], 4, "quota"),
        ([1, 2], -1, "-1"),
        ([1, 2], float("nan"), "nan"),
        ([0.4, 0.6], 0.00001, "raise precision"),
    ],
)
def test_bad_input_raises_value_error_naming_the_value(index, weights, quota, message):
    with pytest.raises(ValueError, match=message):
        index(weights, quota)


@pytest.mark.parametrize("precision", [-1, 1.5, True])
def test_bad_precision(precision):
    with pytest.raises(ValueError, match="precision"):
        shapley_shubik([0.5, 0.5], 0.6, precision=precision)


@pytest.mark.parametrize("index", [shapley_shubik, banzhaf])
@pytest.mark.parametrize("exact", [False, True])
def test_too_large_game_is_refused_before_allocating(index, exact):
    with pytest.raises(ValueError, match="game too large"):
        index([10**9, 10**9 + 1, 1], 10**9 + 2, exact=exact)
