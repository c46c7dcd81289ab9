"""Tests for alliance_lib.scenarios: pure what-if changes to powers and blocs."""

import math

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alliance_lib import balance, datasets, scenarios

STATES = ("USA", "JPN", "ROK", "PRK", "CHN", "RUS", "IND")
powers_st = st.fixed_dictionaries(
    {s: st.floats(min_value=0, max_value=1, allow_nan=False) for s in STATES}
)
factor_st = st.floats(min_value=0, max_value=10, allow_nan=False)
bloc_st = st.sampled_from(["A", "B", None])


@settings(deadline=None)  # timing varies on a shared CI machine
@given(powers_st, st.sampled_from(STATES), factor_st)
def test_scale_power_changes_only_the_state(powers, state, factor):
    before = dict(powers)
    after = scenarios.scale_power(powers, state, factor)
    assert powers == before  # pure
    assert after[state] == pytest.approx(powers[state] * factor)
    assert {s: p for s, p in after.items() if s != state} == {
        s: p for s, p in powers.items() if s != state
    }


@settings(deadline=None)  # timing varies on a shared CI machine
@given(powers_st, st.dictionaries(st.sampled_from(STATES), bloc_st), bloc_st)
def test_unification_conserves_power_and_drops_prk(powers, blocs, bloc):
    p, b = scenarios.korean_unification(powers, blocs, bloc)
    assert "PRK" not in p and "PRK" not in b
    assert math.fsum(p.values()) == pytest.approx(math.fsum(powers.values()))
    assert b["ROK"] == bloc
    assert "PRK" in powers  # pure


def test_named_scenarios_scale_the_right_state():
    powers = {"USA": 0.2, "CHN": 0.2, "JPN": 0.05}
    assert scenarios.us_retrenchment(powers, 0.25)["USA"] == pytest.approx(0.05)
    assert scenarios.stronger_china(powers, 2)["CHN"] == pytest.approx(0.4)
    assert scenarios.us_retrenchment(powers)["JPN"] == 0.05


@pytest.mark.parametrize("factor", [-0.1, math.inf, math.nan, "half", True])
def test_bad_factor(factor):
    with pytest.raises(ValueError, match="factor"):
        scenarios.scale_power({"USA": 0.1}, "USA", factor)


def test_unknown_state():
    with pytest.raises(ValueError, match="'ZZZ' is not in powers"):
        scenarios.scale_power({"USA": 0.1}, "ZZZ", 2)
    with pytest.raises(ValueError, match="'PRK' is not in powers"):
        scenarios.korean_unification({"ROK": 0.1}, {})
    with pytest.raises(ValueError, match="bloc must be"):
        scenarios.korean_unification({"ROK": 0.1, "PRK": 0.1}, {}, bloc="C")


def test_treaty_blocs_from_data_2016():
    G = datasets.alliance_system(2016, states=scenarios.EAST_ASIA)
    blocs = scenarios.treaty_blocs(G)
    assert {s for s, b in blocs.items() if b == "A"} >= {"USA", "JPN", "ROK", "PHI", "AUL"}
    assert {s for s, b in blocs.items() if b == "B"} == {"CHN", "PRK"}
    assert blocs["IND"] is None and blocs["RUS"] is None


def test_treaty_blocs_errors():
    G = nx.Graph()
    G.add_edge("USA", "CHN", type="defense")
    with pytest.raises(ValueError, match="one bloc"):
        scenarios.treaty_blocs(G)
    with pytest.raises(ValueError, match="not a node"):
        scenarios.treaty_blocs(G, anchors=("USA", "RUS"))
    with pytest.raises(ValueError, match="must differ"):
        scenarios.treaty_blocs(G, anchors=("USA", "USA"))


def test_scenario_outputs_feed_the_balance_model():
    powers = {"USA": 0.14, "JPN": 0.03, "CHN": 0.23, "PRK": 0.01, "ROK": 0.02, "IND": 0.09}
    blocs = {"USA": "A", "JPN": "A", "ROK": "A", "CHN": "B", "PRK": "B"}
    p, b = scenarios.korean_unification(scenarios.us_retrenchment(powers), blocs)
    result = balance.holder_of_the_balance(p, b)
    assert result.current.predominant == "B"
