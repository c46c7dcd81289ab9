"""Tests for alliance_lib.landscape: Axelrod-Bennett energy, minima and descent."""

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alliance_lib import landscape
from alliance_lib.landscape import (
    descend,
    energy,
    frustration,
    illustrative_example,
    landscape_minima,
)

SIZES = {"A": 2, "B": 1, "C": 1}
PROPENSITY = {("A", "B"): 1, ("A", "C"): -1, ("B", "C"): -1}


@st.composite
def systems(draw, max_actors=7):
    """Small systems with integer sizes and propensities (exact float arithmetic)."""
    n = draw(st.integers(1, max_actors))
    names = [f"s{i}" for i in range(n)]
    sizes = {name: draw(st.integers(0, 4)) for name in names}
    propensity = {}
    for a, b in itertools.combinations(names, 2):
        value = draw(st.integers(-3, 3))
        if value or draw(st.booleans()):
            pair = (a, b) if draw(st.booleans()) else (b, a)
            propensity[pair] = value
    return sizes, propensity


def all_configurations(names):
    for bits in itertools.product((0, 1), repeat=len(names)):
        yield dict(zip(names, bits, strict=True))


def direct_energy(sizes, propensity, config):
    """The paper's definition, literally: ordered pairs i != j."""
    p = {}
    for (a, b), v in propensity.items():
        p[a, b] = p[b, a] = v
    return sum(
        sizes[i] * sizes[j] * p.get((i, j), 0) * (config[i] != config[j])
        for i in sizes
        for j in sizes
        if i != j
    )


def brute_minima(sizes, propensity):
    """Local minima by checking every configuration and every single switch in Python."""
    names = sorted(sizes)
    found = set()
    for config in all_configurations(names):
        if config[names[0]] == 1:
            continue
        e = direct_energy(sizes, propensity, config)
        if all(direct_energy(sizes, propensity, {**config, a: 1 - config[a]}) >= e for a in names):
            bloc_a = frozenset(a for a in names if config[a] == 0)
            found.add(((bloc_a, frozenset(names) - bloc_a), float(e)))
    return found


# Energy and frustration.


def test_energy_of_small_example_counts_ordered_pairs():
    # A-C and B-C are split: 2 * (2*1*(-1) + 1*1*(-1)) = -6.
    assert energy(SIZES, PROPENSITY, ({"A", "B"}, {"C"})) == -6.0
    assert energy(SIZES, PROPENSITY, ({"A", "B", "C"}, set())) == 0.0
    assert energy(SIZES, PROPENSITY, {"A": 1, "B": 0, "C": 1}) == 2.0


@settings(max_examples=100, deadline=None)
@given(systems(), st.data())
def test_energy_matches_definition_and_is_invariant_under_swapping_blocs(system, data):
    sizes, propensity = system
    config = {a: data.draw(st.integers(0, 1)) for a in sizes}
    mirror = {a: 1 - side for a, side in config.items()}
    e = energy(sizes, propensity, config)
    assert e == direct_energy(sizes, propensity, config)
    assert e == energy(sizes, propensity, mirror)
    bloc_a = {a for a in sizes if config[a] == 0}
    assert e == energy(sizes, propensity, (set(sizes) - bloc_a, bloc_a))


@settings(max_examples=100, deadline=None)
@given(systems(), st.data())
def test_energy_is_size_weighted_sum_of_frustrations(system, data):
    sizes, propensity = system
    config = {a: data.draw(st.integers(0, 1)) for a in sizes}
    f = frustration(sizes, propensity, config)
    assert list(f) == sorted(sizes)
    assert sum(sizes[a] * f[a] for a in sizes) == energy(sizes, propensity, config)


def test_frustration_of_small_example():
    assert frustration(SIZES, PROPENSITY, ({"A", "C"}, {"B"})) == {"A": 1.0, "B": 1.0, "C": -1.0}


def test_zero_size_actor_still_has_frustration():
    sizes = {"A": 0, "B": 3}
    assert frustration(sizes, {("A", "B"): 2}, ({"A"}, {"B"})) == {"A": 6.0, "B": 0.0}


def test_missing_pair_is_zero_and_both_orders_may_be_given_if_equal():
    both = {("A", "B"): 1, ("B", "A"): 1, ("A", "C"): -1, ("C", "B"): -1}
    assert energy(SIZES, both, ({"A", "B"}, {"C"})) == -6.0
    assert energy(SIZES, {}, ({"A"}, {"B", "C"})) == 0.0


# Local minima.


@settings(max_examples=150, deadline=None)
@given(systems())
def test_minima_match_brute_force(system):
    sizes, propensity = system
    minima = landscape_minima(sizes, propensity)
    assert set(minima) == brute_minima(sizes, propensity)
    assert len(minima) == len(set(minima))
    energies = [e for _, e in minima]
    assert energies == sorted(energies)
    first = min(sizes)
    for (bloc_a, bloc_b), _ in minima:
        assert first in bloc_a and not bloc_a & bloc_b and bloc_a | bloc_b == set(sizes)


def test_minima_of_small_example():
    assert landscape_minima(SIZES, PROPENSITY) == [
        ((frozenset({"A", "B"}), frozenset({"C"})), -6.0)
    ]


def test_minima_of_two_rival_pairs():
    sizes = {"A": 1, "B": 1, "C": 1, "D": 1}
    propensity = {("A", "B"): 1, ("C", "D"): 1, ("A", "C"): -1, ("B", "D"): -1}
    propensity |= {("A", "D"): -1, ("B", "C"): -1}
    assert landscape_minima(sizes, propensity) == [
        ((frozenset({"A", "B"}), frozenset({"C", "D"})), -8.0)
    ]


def test_switches_that_leave_energy_unchanged_do_not_disqualify_a_minimum():
    # With no A-D or B-C relation, every single switch from "all together" costs nothing.
    sizes = {"A": 1, "B": 1, "C": 1, "D": 1}
    propensity = {("A", "B"): 1, ("C", "D"): 1, ("A", "C"): -1, ("B", "D"): -1}
    minima = landscape_minima(sizes, propensity)
    assert minima[0] == ((frozenset({"A", "B"}), frozenset({"C", "D"})), -4.0)
    assert ((frozenset(sizes), frozenset()), 0.0) in minima


def test_minima_of_illustrative_example_show_two_basins():
    sizes, propensity = illustrative_example()
    assert landscape_minima(sizes, propensity) == [
        ((frozenset({"Isle", "Sea"}), frozenset({"Land", "Steppe", "Strait"})), -32.0),
        ((frozenset({"Isle", "Sea", "Steppe", "Strait"}), frozenset({"Land"})), -28.0),
    ]


def test_single_actor_has_one_minimum():
    assert landscape_minima({"JPN": 1}, {}) == [((frozenset({"JPN"}), frozenset()), 0.0)]


def test_minima_chunking_agrees_with_brute_force(monkeypatch):
    monkeypatch.setattr(landscape, "_CHUNK_BITS", 2)
    sizes = {f"s{i}": 1 + i % 3 for i in range(7)}
    propensity = {(a, b): (-1) ** (i + j) * (1 + (i * j) % 3) for (i, a), (j, b) in
                  itertools.combinations(enumerate(sorted(sizes)), 2)}  # fmt: skip
    assert set(landscape_minima(sizes, propensity)) == brute_minima(sizes, propensity)


def test_too_many_actors(monkeypatch):
    monkeypatch.setattr(landscape, "MAX_ACTORS", 3)
    with pytest.raises(ValueError, match="4 actors"):
        landscape_minima({"A": 1, "B": 1, "C": 1, "D": 1}, {})


# Descent.


@settings(max_examples=100, deadline=None)
@given(systems(), st.data(), st.sampled_from(["steepest", "first"]))
def test_descent_lowers_energy_one_switch_at_a_time_to_a_minimum(system, data, rule):
    sizes, propensity = system
    start = {a: data.draw(st.integers(0, 1)) for a in sizes}
    path = descend(sizes, propensity, start, rule=rule)
    assert path[0][0][0] == frozenset(a for a in sizes if start[a] == 0)
    for (before, e0), (after, e1) in itertools.pairwise(path):
        assert e1 < e0
        assert len(before[0] ^ after[0]) == 1
    (bloc_a, bloc_b), e = path[-1]
    canonical = (bloc_a, bloc_b) if min(sizes) in bloc_a else (bloc_b, bloc_a)
    assert (canonical, e) in set(landscape_minima(sizes, propensity))


def test_steepest_descent_moves_the_most_improving_actor():
    sizes, propensity = illustrative_example()
    path = descend(sizes, propensity, (set(sizes), set()))
    assert [blocs for blocs, _ in path] == [
        (frozenset(sizes), frozenset()),
        (frozenset(sizes) - {"Land"}, frozenset({"Land"})),
    ]


def test_first_improvement_rule_takes_the_alphabetically_first_mover():
    # From "all together", A's switch saves 2 and B's saves 8.
    sizes = {"A": 1, "B": 1, "C": 3}
    propensity = {("A", "B"): -1, ("B", "C"): -1}
    first = descend(sizes, propensity, (set(sizes), set()), rule="first")
    steepest = descend(sizes, propensity, (set(sizes), set()), rule="steepest")
    assert first[1] == ((frozenset({"B", "C"}), frozenset({"A"})), -2.0)
    assert steepest[1] == ((frozenset({"A", "C"}), frozenset({"B"})), -8.0)


def test_descent_from_a_minimum_stays_put():
    path = descend(SIZES, PROPENSITY, ({"C"}, {"A", "B"}))
    assert path == [((frozenset({"C"}), frozenset({"A", "B"})), -6.0)]


def test_descent_rejects_unknown_rule():
    with pytest.raises(ValueError, match="rule must be one of .* got 'greedy'"):
        descend(SIZES, PROPENSITY, ({"A"}, {"B", "C"}), rule="greedy")


# Every error path of the inputs.


@pytest.mark.parametrize(
    ("sizes", "message"),
    [
        ({"A": 1, "B": -1, "C": 1}, "size of 'B' is -1; expected a finite number >= 0"),
        ({"A": 1, "B": float("nan"), "C": 1}, "size of 'B' is nan"),
        ({"A": 1, "B": float("inf"), "C": 1}, "size of 'B' is inf"),
        ({"A": 1, "B": "big", "C": 1}, "size of 'B' is 'big'"),
        ({"A": 1, "B": True, "C": 1}, "size of 'B' is True"),
        ({}, "non-empty dict"),
        ([("A", 1)], "non-empty dict"),
        ({"A": 1, 2: 1, "C": 1}, "mutually sortable"),
    ],
)
@pytest.mark.parametrize("call", [energy, frustration, landscape_minima, descend])
def test_bad_sizes(call, sizes, message):
    args = (sizes, {}) if call is landscape_minima else (sizes, {}, ({"A"}, {"B", "C"}))
    with pytest.raises(ValueError, match=re.escape(message)):
        call(*args)


@pytest.mark.parametrize(
    ("propensity", "message"),
    [
        (
            {("A", "B"): 1, ("B", "A"): 2},
            "propensity of ('B', 'A') is 2 but the reverse pair has 1",
        ),
        ({("A", "Z"): 1}, "propensity pair ('A', 'Z') names unknown actor 'Z'"),
        ({("A", "A"): 1}, "propensity pair ('A', 'A') relates an actor to itself"),
        ({"AB": 1}, "propensity key 'AB' is not a pair"),
        ({("A", "B", "C"): 1}, "propensity key ('A', 'B', 'C') is not a pair"),
        ({("A", "B"): float("nan")}, "propensity of ('A', 'B') is nan"),
        ({("A", "B"): "friendly"}, "propensity of ('A', 'B') is 'friendly'"),
        ([(("A", "B"), 1)], "propensity must be a dict"),
    ],
)
@pytest.mark.parametrize("call", [energy, frustration, landscape_minima, descend])
def test_bad_propensity(call, propensity, message):
    args = (SIZES, propensity)
    if call is not landscape_minima:
        args += (({"A"}, {"B", "C"}),)
    with pytest.raises(ValueError, match=re.escape(message)):
        call(*args)


@pytest.mark.parametrize(
    ("configuration", "message"),
    [
        (({"A", "B"}, {"B", "C"}), "actors [\"'B'\"] are in both blocs"),
        (({"A", "B"}, {"C", "Z"}), "configuration names unknown actors [\"'Z'\"]"),
        (({"A"}, {"C"}), "configuration does not place actors ['B']"),
        (({"A", "B", "C"},), "configuration must be (bloc_a, bloc_b)"),
        (7, "configuration must be (bloc_a, bloc_b)"),
        ({"A": 0, "B": 1}, "configuration does not place actor 'C'"),
        ({"A": 0, "B": 1, "C": 2}, "configuration puts 'C' in bloc 2; expected 0 or 1"),
        ({"A": 0, "B": 1, "C": True}, "configuration puts 'C' in bloc True"),
        ({"A": 0, "B": 1, "C": 0, "Z": 1}, "configuration names unknown actors [\"'Z'\"]"),
    ],
)
@pytest.mark.parametrize("call", [energy, frustration, descend])
def test_bad_configuration(call, configuration, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        call(SIZES, PROPENSITY, configuration)
