"""Tests for alliance_lib.structural: balance, triads, frustration index, triad dynamics."""

import itertools
import re

import networkx as nx
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alliance_lib import structural
from alliance_lib.structural import (
    balanced_partition,
    frustrated_edges,
    frustration_index,
    is_balanced,
    triad_census,
    triad_dynamics_step,
)


def signed(edges):
    """Signed graph from (u, v, sign) triples."""
    G = nx.Graph()
    for u, v, s in edges:
        G.add_edge(u, v, sign=s)
    return G


def brute_frustration(G):
    """Minimum over all 2**n colourings of the edges violating it (pure Python)."""
    nodes = list(G)
    best = G.number_of_edges()
    for bits in itertools.product((0, 1), repeat=len(nodes)):
        side = dict(zip(nodes, bits, strict=True))
        bad = sum((d["sign"] == 1) != (side[u] == side[v]) for u, v, d in G.edges(data=True))
        best = min(best, bad)
    return best


@st.composite
def signed_graphs(draw, max_nodes=8):
    n = draw(st.integers(0, max_nodes))
    pairs = list(itertools.combinations(range(n), 2))
    G = nx.Graph()
    G.add_nodes_from(range(n))
    for u, v in pairs:
        s = draw(st.sampled_from((0, 1, -1)))
        if s:
            G.add_edge(u, v, sign=s)
    return G


# Cartwright and Harary (1956): balance is a property of all cycles, not just triangles.


def test_two_bloc_complete_graph_is_balanced():
    blocs = [("USA", "JPN", "UKG"), ("RUS", "CHN")]
    G = nx.Graph()
    for a, b in itertools.combinations([n for bloc in blocs for n in bloc], 2):
        same = any(a in bloc and b in bloc for bloc in blocs)
        G.add_edge(a, b, sign=1 if same else -1)
    assert is_balanced(G)
    assert frustration_index(G) == 0
    a, b = balanced_partition(G)
    assert {frozenset(a), frozenset(b)} == {frozenset(blocs[0]), frozenset(blocs[1])}


def test_all_positive_and_two_negative_triangles_are_balanced():
    assert is_balanced(signed([("A", "B", 1), ("B", "C", 1), ("A", "C", 1)]))
    assert is_balanced(signed([("A", "B", 1), ("B", "C", -1), ("A", "C", -1)]))


def test_all_negative_triangle_is_unbalanced():
    G = signed([("A", "B", -1), ("B", "C", -1), ("A", "C", -1)])
    assert not is_balanced(G)
    assert frustration_index(G) == 1


def test_one_negative_triangle_is_unbalanced():
    assert not is_balanced(signed([("A", "B", 1), ("B", "C", 1), ("A", "C", -1)]))


def test_square_with_one_negative_edge_is_unbalanced_without_any_triangle():
    G = signed([("A", "B", 1), ("B", "C", 1), ("C", "D", 1), ("D", "A", -1)])
    assert triad_census(G).unbalanced == 0
    assert not is_balanced(G)
    assert frustration_index(G) == 1


def test_square_with_two_negative_edges_is_balanced():
    G = signed([("A", "B", -1), ("B", "C", 1), ("C", "D", -1), ("D", "A", 1)])
    assert is_balanced(G)
    assert balanced_partition(G) == ({"A", "D"}, {"B", "C"})


def test_empty_graph_and_isolated_nodes():
    G = nx.Graph()
    assert is_balanced(G)
    assert frustration_index(G) == 0
    assert balanced_partition(G) == (set(), set())
    G.add_nodes_from(["A", "B"])
    assert balanced_partition(G) == ({"A", "B"}, set())


def test_unsortable_nodes_use_insertion_order():
    G = signed([(1, "x", -1), ("x", (2,), -1), (1, (2,), -1)])
    assert frustration_index(G) == 1
    census = triad_census(G)
    assert census.unbalanced_triads == [(1, "x", (2,))]


# Sign validation: every public function refuses a bad sign, naming the edge and value.


@pytest.mark.parametrize("bad", [None, 0, 2, "+", 1.5, True])
@pytest.mark.parametrize(
    "call",
    [
        is_balanced,
        triad_census,
        frustration_index,
        balanced_partition,
        lambda G: frustrated_edges(G, (set(G), set())),
        lambda G: triad_dynamics_step(G, rng=0),
    ],
)
def test_invalid_sign_raises(call, bad):
    G = signed([("A", "B", 1)])
    G.add_edge("B", "C")
    if bad is not None:
        G.edges["B", "C"]["sign"] = bad
    with pytest.raises(ValueError, match=re.escape(f"edge ('B', 'C') has sign {bad!r}")):
        call(G)


def test_directed_graph_raises():
    with pytest.raises(ValueError, match="DiGraph"):
        is_balanced(nx.DiGraph([("A", "B")]))


def test_self_loop_raises():
    G = signed([("A", "A", 1)])
    with pytest.raises(ValueError, match="self-loop on 'A'"):
        frustration_index(G)


def test_component_too_large_for_exact_enumeration(monkeypatch):
    monkeypatch.setattr(structural, "MAX_EXACT_COMPONENT", 4)
    G = signed([(i, (i + 1) % 5, -1) for i in range(5)])
    with pytest.raises(ValueError, match="5 nodes"):
        frustration_index(G)
    balanced = signed([(i, i + 1, 1) for i in range(6)])
    assert frustration_index(balanced) == 0


# Triad census.


def test_triad_census_counts_and_lists():
    G = signed(
        [
            ("A", "B", 1),
            ("B", "C", 1),
            ("A", "C", 1),  # ABC +++
            ("C", "D", -1),
            ("B", "D", -1),  # BCD +--
            ("A", "D", 1),  # ABD ++-, ACD ++-
            ("D", "E", -1),
            ("C", "E", -1),  # CDE ---
        ]
    )
    census = triad_census(G)
    assert census.counts == {"+++": 1, "++-": 2, "+--": 1, "---": 1}
    assert census.triads["---"] == [("C", "D", "E")]
    assert census.balanced_triads == [("A", "B", "C"), ("B", "C", "D")]
    assert census.unbalanced_triads == [("A", "B", "D"), ("A", "C", "D"), ("C", "D", "E")]
    assert (census.balanced, census.unbalanced) == (2, 3)


@settings(max_examples=60, deadline=None)
@given(signed_graphs())
def test_triad_census_matches_networkx_triangle_count(G):
    census = triad_census(G)
    assert census.balanced + census.unbalanced == sum(nx.triangles(G).values()) // 3
    assert sum(census.counts.values()) == census.balanced + census.unbalanced


# Frustration index.


@settings(max_examples=150, deadline=None)
@given(signed_graphs())
def test_frustration_index_matches_brute_force(G):
    assert frustration_index(G) == brute_frustration(G)


@settings(max_examples=100, deadline=None)
@given(signed_graphs())
def test_frustration_zero_iff_balanced(G):
    assert (frustration_index(G) == 0) == is_balanced(G)


@settings(max_examples=100, deadline=None)
@given(signed_graphs())
def test_balanced_partition_achieves_the_frustration_index(G):
    a, b = balanced_partition(G)
    assert not a & b and a | b == set(G)
    assert len(frustrated_edges(G, (a, b))) == frustration_index(G)
    assert balanced_partition(G) == (a, b)


def test_balanced_partition_is_deterministic_for_ties():
    G = signed([("A", "B", -1), ("B", "C", -1), ("A", "C", -1)])
    assert balanced_partition(G) == ({"A", "C"}, {"B"})


def test_frustration_index_of_a_sixteen_node_graph_is_fast():
    rng = np.random.default_rng(58)
    G = nx.gnm_random_graph(16, 58, seed=58)
    for u, v in G.edges:
        G.edges[u, v]["sign"] = int(rng.choice((-1, 1)))
    a, b = balanced_partition(G)
    assert len(frustrated_edges(G, (a, b))) == frustration_index(G) > 0


# Frustrated edges.


def test_frustrated_edges_lists_positive_across_and_negative_inside():
    G = signed([("A", "B", 1), ("B", "C", -1), ("A", "C", -1), ("C", "D", 1)])
    assert frustrated_edges(G, ({"A", "C"}, {"B", "D"})) == [
        ("A", "B"),
        ("A", "C"),
        ("C", "D"),
    ]
    assert frustrated_edges(G, ({"A", "B"}, {"C", "D"})) == []


@pytest.mark.parametrize(
    ("partition", "message"),
    [
        (({"A", "B"}, {"B", "C"}), "in both blocs"),
        (({"A", "B"}, {"C", "Z"}), "not in the graph: \\[\"'Z'\"\\]"),
        (({"A"}, {"C"}), "leaves out nodes"),
        (({"A", "B", "C"},), "two iterables"),
        (5, "two iterables"),
    ],
)
def test_frustrated_edges_rejects_bad_partitions(partition, message):
    G = signed([("A", "B", 1), ("B", "C", -1)])
    with pytest.raises(ValueError, match=message):
        frustrated_edges(G, partition)


# Antal-Krapivsky-Redner local triad dynamics.


@settings(max_examples=100, deadline=None)
@given(signed_graphs(), st.integers(0, 2**32 - 1), st.floats(0, 1))
def test_triad_step_is_pure_and_changes_one_edge_of_an_imbalanced_triad(G, seed, p):
    before = {e: d["sign"] for e, d in ((e, G.edges[e]) for e in G.edges)}
    imbalanced = triad_census(G).unbalanced_triads
    H, update = triad_dynamics_step(G, rng=seed, p=p)
    assert {e: G.edges[e]["sign"] for e in G.edges} == before
    assert H is not G and set(H.edges) == set(G.edges)
    changed = [e for e in G.edges if H.edges[e]["sign"] != G.edges[e]["sign"]]
    if not imbalanced:
        assert update is None and changed == []
        return
    assert len(changed) == 1
    assert update.triad in imbalanced
    assert set(update.edge) <= set(update.triad)
    assert H.edges[update.edge]["sign"] == update.new_sign == -update.old_sign
    a, b, c = update.triad
    product = H.edges[a, b]["sign"] * H.edges[a, c]["sign"] * H.edges[b, c]["sign"]
    assert product == 1


def test_triad_step_on_one_negative_link_follows_p():
    G = signed([("A", "B", 1), ("B", "C", 1), ("A", "C", -1)])
    for seed in range(20):
        _, up = triad_dynamics_step(G, rng=seed, p=1.0)
        assert (up.edge, up.new_sign) == (("A", "C"), 1)
        _, down = triad_dynamics_step(G, rng=seed, p=0.0)
        assert down.edge in {("A", "B"), ("B", "C")} and down.new_sign == -1


def test_triad_step_on_one_negative_link_has_probability_p():
    G = signed([("A", "B", 1), ("B", "C", 1), ("A", "C", -1)])
    rng = np.random.default_rng(1)
    friendly = sum(triad_dynamics_step(G, rng, p=0.3)[1].new_sign == 1 for _ in range(4000))
    assert abs(friendly / 4000 - 0.3) < 0.03


def test_triad_step_on_three_negative_links_makes_one_friendly():
    G = signed([("A", "B", -1), ("B", "C", -1), ("A", "C", -1)])
    edges = {triad_dynamics_step(G, rng=seed, p=0.0)[1].edge for seed in range(40)}
    assert edges == {("A", "B"), ("A", "C"), ("B", "C")}
    assert all(triad_dynamics_step(G, rng=s)[1].new_sign == 1 for s in range(10))


def test_triad_step_is_reproducible_with_a_seed():
    G = nx.complete_graph(6)
    rng = np.random.default_rng(3)
    for u, v in G.edges:
        G.edges[u, v]["sign"] = int(rng.choice((-1, 1)))
    assert triad_dynamics_step(G, rng=11)[1] == triad_dynamics_step(G, rng=11)[1]


def test_triad_dynamics_reaches_balance_on_a_complete_graph():
    G = nx.complete_graph(7)
    rng = np.random.default_rng(5)
    for u, v in G.edges:
        G.edges[u, v]["sign"] = int(rng.choice((-1, 1)))
    for _ in range(10_000):
        G, update = triad_dynamics_step(G, rng, p=0.6)
        if update is None:
            break
    assert is_balanced(G)


@pytest.mark.parametrize("p", [-0.1, 1.5, "0.5", True, float("nan")])
def test_triad_step_rejects_bad_p(p):
    G = signed([("A", "B", -1), ("B", "C", -1), ("A", "C", -1)])
    with pytest.raises(ValueError, match="p must be a probability"):
        triad_dynamics_step(G, rng=0, p=p)
