"""Tests for alliance_lib.network on small hand-built graphs."""

import math

import networkx as nx
import pytest

from alliance_lib.network import (
    articulation_points,
    betweenness,
    counterfactual,
    pivot_table,
    reach,
    without_state,
    without_treaty,
)

SPOKES = ["JPN", "ROK", "PHI", "AUL", "TAW"]


@pytest.fixture
def hub_and_spokes():
    """The San Francisco system as a pure star: America allied with each spoke."""
    return nx.star_graph(["USA", *SPOKES])


@pytest.fixture
def treaty_graph():
    G = nx.Graph()
    anzus = {"id": "ANZUS", "type": "defense", "obligations": {"USA": "defense", "AUL": "defense"}}
    G.add_edge("USA", "AUL", treaties=[anzus], type="defense")
    G.add_edge(
        "USA",
        "JPN",
        type="defense",
        treaties=[
            {
                "id": "MST",
                "type": "defense",
                "obligations": {"USA": "defense", "JPN": "nonaggression"},
                "asymmetric": True,
            },
            {
                "id": "QUAD",
                "type": "consultation",
                "obligations": {"USA": "consultation", "JPN": "consultation"},
                "asymmetric": False,
            },
        ],
        obligations={"USA": "defense", "JPN": "nonaggression"},
        asymmetric=True,
    )
    G.add_edge(
        "JPN",
        "AUL",
        type="consultation",
        treaties=[
            {
                "id": "QUAD",
                "type": "consultation",
                "obligations": {"JPN": "consultation", "AUL": "consultation"},
                "asymmetric": False,
            }
        ],
    )
    return G


def test_hub_is_the_pivot(hub_and_spokes):
    between = betweenness(hub_and_spokes)
    assert between["USA"] == 1.0
    assert all(between[s] == 0.0 for s in SPOKES)
    assert articulation_points(hub_and_spokes) == {"USA"}
    assert reach(hub_and_spokes, "JPN", 1) == {"USA"}
    assert reach(hub_and_spokes, "JPN", 2) == {"USA", *SPOKES} - {"JPN"}
    assert reach(hub_and_spokes, "JPN", 0) == set()


def test_removing_the_hub_disconnects_everyone(hub_and_spokes):
    H = without_state(hub_and_spokes, "USA")
    assert set(H.nodes) == set(SPOKES) and H.number_of_edges() == 0
    assert "USA" in hub_and_spokes  # original untouched
    change = counterfactual(hub_and_spokes, remove_state="USA")
    assert (change.loc[SPOKES, "reach_before"] == 5).all()
    assert (change.loc[SPOKES, "reach_after"] == 0).all()
    assert math.isnan(change.loc["USA", "reach_after"])
    assert change.loc["USA", "betweenness_before"] == 1.0


def test_pivot_table_columns_and_order(hub_and_spokes):
    table = pivot_table(hub_and_spokes, k=1)
    assert list(table.columns) == ["degree", "betweenness", "reach", "articulation_point"]
    assert table.index[0] == "USA"
    assert table.loc["USA", "degree"] == 5 and bool(table.loc["USA", "articulation_point"])
    assert table.loc["JPN", "reach"] == 1 and not table.loc["JPN", "articulation_point"]


def test_weighted_betweenness_follows_short_distances():
    G = nx.Graph()
    G.add_edge("a", "b", distance=1)
    G.add_edge("b", "c", distance=1)
    G.add_edge("a", "c", distance=5)
    assert betweenness(G)["b"] == 0.0
    assert betweenness(G, weight="distance")["b"] == 1.0


def test_without_treaty_downgrades_and_drops_edges(treaty_graph):
    H = without_treaty(treaty_graph, "MST")
    data = H.edges["USA", "JPN"]
    assert [t["id"] for t in data["treaties"]] == ["QUAD"]
    assert data["type"] == "consultation"
    assert data["obligations"] == {"USA": "consultation", "JPN": "consultation"}
    assert data["asymmetric"] is False
    # The original graph is unchanged.
    assert treaty_graph.edges["USA", "JPN"]["type"] == "defense"
    assert len(treaty_graph.edges["USA", "JPN"]["treaties"]) == 2
    no_quad = without_treaty(treaty_graph, "QUAD")
    assert not no_quad.has_edge("JPN", "AUL")
    assert no_quad.edges["USA", "JPN"]["type"] == "defense"


def test_counterfactual_treaty_changes_betweenness(treaty_graph):
    change = counterfactual(treaty_graph, remove_treaty="QUAD")
    # Without the Quad triangle's JPN-AUL side, America sits between Japan and Australia.
    assert change.loc["USA", "betweenness_before"] == 0.0
    assert change.loc["USA", "betweenness_after"] == 1.0
    both = counterfactual(treaty_graph, remove_state="USA", remove_treaty="QUAD")
    assert both.loc["JPN", "reach_after"] == 0


def test_works_on_the_bundled_alliance_system():
    from alliance_lib.datasets import alliance_system

    G = alliance_system(1960)
    ids = {t["id"] for t in G.edges["USA", "JPN"]["treaties"]}
    H = G
    for treaty in ids:
        H = without_treaty(H, treaty)
    assert not H.has_edge("USA", "JPN")
    table = pivot_table(G)
    assert set(table.index) == set(G.nodes)
    assert table.loc["USA", "betweenness"] == max(table.betweenness)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda G: reach(G, "FRN", 1), "'FRN'"),
        (lambda G: reach(G, "USA", -1), "-1"),
        (lambda G: reach(G, "USA", 1.5), "1.5"),
        (lambda G: without_state(G, "FRN"), "'FRN'"),
        (lambda G: without_treaty(G, "SEATO"), "'SEATO'"),
        (lambda G: pivot_table(G, k=-2), "-2"),
        (lambda G: counterfactual(G), "neither"),
        (lambda G: counterfactual(G, remove_state="FRN"), "'FRN'"),
    ],
)
def test_errors(treaty_graph, call, message):
    with pytest.raises(ValueError, match=message):
        call(treaty_graph)


def test_without_treaty_needs_treaty_lists(hub_and_spokes):
    with pytest.raises(ValueError, match="treaties"):
        without_treaty(hub_and_spokes, "MST")


def test_unknown_obligation_type(treaty_graph):
    treaty_graph.edges["USA", "JPN"]["treaties"][1]["type"] = "friendship"
    with pytest.raises(ValueError, match="friendship"):
        without_treaty(treaty_graph, "MST")


def test_without_treaty_type_drops_every_treaty_of_that_type_and_keeps_the_rest():
    from alliance_lib import datasets, network

    G = datasets.alliance_system(2016)
    H = network.without_treaty_type(G, "nonaggression")
    assert all(t["type"] != "nonaggression" for *_, ts in H.edges(data="treaties") for t in ts)
    assert H.edges["USA", "JPN"]["type"] == "defense"
    assert H.number_of_edges() < G.number_of_edges()
    assert network.without_treaty_type(H, "nonaggression").edges == H.edges
    with pytest.raises(ValueError, match="'peace'"):
        network.without_treaty_type(G, "peace")
