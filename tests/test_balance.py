"""Tests for alliance_lib.balance."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alliance_lib.balance import (
    BalanceHolder,
    coalition_power,
    concentration,
    holder_of_the_balance,
    polarity,
    power_ratio,
    predominance,
)

POWERS = {"USA": 0.30, "JPN": 0.10, "USR": 0.35, "CHN": 0.05}
EUROPE = {"FRN": 0.20, "GMY": 0.33, "UKG": 0.12, "ITA": 0.10}

share_lists = st.lists(st.floats(0, 1e3, allow_nan=False), min_size=2, max_size=30).filter(
    lambda xs: sum(xs) > 0
)


def test_coalition_power_and_ratio():
    assert coalition_power(POWERS, ["USA", "JPN"]) == pytest.approx(0.40)
    assert coalition_power(POWERS, []) == 0
    assert power_ratio(POWERS, ["USA", "JPN"], ["USR"]) == pytest.approx(0.40 / 0.35)
    assert power_ratio(POWERS, ["USA"], []) == math.inf


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: coalition_power(POWERS, ["USA", "GMY"]), "GMY"),
        (lambda: coalition_power(POWERS, ["USA", "USA"]), "twice"),
        (lambda: coalition_power({"USA": -1.0}, ["USA"]), "-1.0"),
        (lambda: coalition_power({"USA": math.nan}, ["USA"]), "nan"),
        (lambda: coalition_power({"USA": "big"}, ["USA"]), "'big'"),
        (lambda: power_ratio(POWERS, ["USA"], ["USA", "JPN"]), "both blocs"),
        (lambda: power_ratio({"A": 0.0, "B": 0.0}, ["A"], ["B"]), "zero power"),
        (lambda: predominance(POWERS, ["USA"], ["USR"], threshold=0.9), "0.9"),
        (lambda: predominance(POWERS, ["USA"], ["USR"], threshold=math.inf), "inf"),
    ],
)
def test_bloc_errors(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_predominance_uses_the_parity_threshold():
    # 0.40 against 0.35 is parity under the 80 per cent rule ...
    assert predominance(POWERS, ["USA", "JPN"], ["USR"]) is None
    # ... but adding China (0.45 against 0.35, a ratio of 1.29) tips it.
    assert predominance(POWERS, ["USA", "JPN", "CHN"], ["USR"]) == "A"
    assert predominance(POWERS, ["JPN"], ["USR"]) == "B"
    # Exactly at the boundary the weaker side has 80 per cent: still parity.
    assert predominance({"a": 1.25, "b": 1.0}, ["a"], ["b"]) is None
    assert predominance({"a": 1.0, "b": 1.0}, ["a"], ["b"], threshold=1) is None
    assert predominance({"a": 1.01, "b": 1.0}, ["a"], ["b"], threshold=1) == "A"


def test_concentration_extremes_and_formula():
    assert concentration([1, 1, 1]) == 0
    assert concentration([5, 0, 0, 0]) == 1
    s = [0.5, 0.3, 0.2]
    expected = math.sqrt((sum(x * x for x in s) - 1 / 3) / (1 - 1 / 3))
    assert concentration(s) == pytest.approx(expected)
    # Raw capabilities are normalised to shares.
    assert concentration({"a": 5, "b": 3, "c": 2}) == pytest.approx(expected)


@settings(deadline=None)  # timing varies on a shared CI machine
@given(share_lists)
def test_concentration_in_unit_interval(shares):
    assert 0 <= concentration(shares) <= 1


@pytest.mark.parametrize(
    ("shares", "message"),
    [([1.0], "at least two"), ([0, 0], "all zero"), ([1, -1], "-1"), ([1, math.inf], "inf")],
)
def test_concentration_errors(shares, message):
    with pytest.raises(ValueError, match=message):
        concentration(shares)


def test_polarity_counts_states_above_threshold():
    bipolar = {"USA": 0.45, "USR": 0.40, "UKG": 0.08, "FRN": 0.07}
    assert polarity(bipolar) == 2
    assert polarity(bipolar, threshold=0.05) == 4
    assert polarity([1, 1, 1, 1]) == 4
    assert polarity([1, 0, 0]) == 1


@pytest.mark.parametrize(
    ("shares", "threshold", "message"),
    [([1, 2], 0, "threshold"), ([1, 2], 1.5, "threshold"), ([], 0.1, "none"), ([0], 0.1, "zero")],
)
def test_polarity_errors(shares, threshold, message):
    with pytest.raises(ValueError, match=message):
        polarity(shares, threshold=threshold)


def test_britain_holds_the_balance():
    result = holder_of_the_balance(EUROPE, {"FRN": "A", "GMY": "B", "ITA": "A"})
    assert isinstance(result, BalanceHolder)
    assert result.holder == "UKG"
    (swing,) = result.candidates
    assert swing.if_joins_a.predominant == "A" and swing.if_joins_b.predominant == "B"
    assert swing.power == pytest.approx(0.12 / 0.75)
    assert result.current.predominant is None
    assert "UKG holds the balance" in result.explanation
    assert "0.56 to 0.44" in result.explanation


def test_bloc_names_used_in_explanation():
    result = holder_of_the_balance(
        EUROPE, {"FRN": "A", "GMY": "B", "ITA": "A"}, bloc_names=("the Entente", "Germany")
    )
    assert "If it joins the Entente, the Entente outweighs Germany" in result.explanation


def test_weak_uncommitted_state_is_no_holder():
    powers = {"USA": 0.5, "USR": 0.2, "IND": 0.01}
    result = holder_of_the_balance(powers, {"USA": "A", "USR": "B", "IND": None})
    assert result.holder is None and result.candidates == ()
    assert "no one holds the balance" in result.explanation
    assert result.current.predominant == "A"


def test_strongest_swing_state_holds_balance_and_weaker_listed():
    powers = {"a": 1.0, "b": 1.0, "x": 0.5, "y": 0.4, "z": 0.01}
    result = holder_of_the_balance(powers, {"a": "A", "b": "B"})
    assert result.holder == "x"
    assert [c.state for c in result.candidates] == ["x", "y"]
    assert "Weaker swing states: y." in result.explanation


def test_tie_for_strongest_swing_state_means_no_single_holder():
    powers = {"a": 1.0, "b": 1.0, "x": 0.5, "y": 0.5}
    result = holder_of_the_balance(powers, {"a": "A", "b": "B", "x": None})
    assert result.holder is None
    assert {c.state for c in result.candidates} == {"x", "y"}
    assert "no single state holds the balance" in result.explanation


def test_everyone_uncommitted_and_everyone_committed():
    nobody = holder_of_the_balance(EUROPE, {})
    assert nobody.holder is None and nobody.candidates == ()
    assert "Every state is uncommitted" in nobody.explanation
    everybody = holder_of_the_balance(EUROPE, {"FRN": "A", "GMY": "B", "ITA": "A", "UKG": "B"})
    assert everybody.holder is None
    assert "Every state is in a bloc" in everybody.explanation


def test_empty_bloc_is_well_defined():
    result = holder_of_the_balance({"a": 1.0, "x": 2.0}, {"a": "A"})
    assert result.holder == "x"  # joining A gives A everything; joining B makes B predominate


@pytest.mark.parametrize(
    ("powers", "blocs", "message"),
    [
        (EUROPE, {"FRN": "C"}, "'C'"),
        (EUROPE, {"JPN": "A"}, "JPN"),
        ({"a": 0.0, "b": 0.0}, {"a": "A"}, "all powers are zero"),
        ({"a": -0.1, "b": 1.0}, {"a": "A"}, "-0.1"),
    ],
)
def test_holder_errors(powers, blocs, message):
    with pytest.raises(ValueError, match=message):
        holder_of_the_balance(powers, blocs)


@settings(deadline=None)  # timing varies on a shared CI machine
@given(
    st.dictionaries(
        st.sampled_from(["a", "b", "c", "d", "e", "f"]),
        st.floats(0.01, 10, allow_nan=False),
        min_size=2,
    ),
    st.data(),
)
def test_holder_is_a_decisive_uncommitted_state(powers, data):
    blocs = {s: data.draw(st.sampled_from(["A", "B", None])) for s in powers}
    result = holder_of_the_balance(powers, blocs)
    for candidate in result.candidates:
        assert blocs[candidate.state] is None
        assert candidate.if_joins_a.predominant != candidate.if_joins_b.predominant
    if result.holder is not None:
        assert result.holder == result.candidates[0].state
