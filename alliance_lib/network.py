"""Pivots as positions in the alliance network.

Brzezinski (1997) calls a state a *geopolitical pivot* when its importance comes from its
location rather than its power: whoever holds it controls access between others. In an
alliance network the analogues are positions: a state that lies on many shortest
alliance paths (betweenness), a state whose loss splits the network (articulation
point), and the set of states a state can reach through chains of allies. The
counterfactuals ask what changes if a state leaves or a treaty lapses -- "what if America
left Asia?".

The functions work on any undirected :class:`networkx.Graph`; graphs from
:func:`alliance_lib.datasets.alliance_system` also carry the treaties that
:func:`without_treaty` removes.

References
----------
- Brzezinski, Z. (1997). The Grand Chessboard: American Primacy and Its Geostrategic
  Imperatives. New York: Basic Books.
- Freeman, L. C. (1977). A set of measures of centrality based on betweenness.
  Sociometry, 40(1), 35-41.
"""

from __future__ import annotations

import numbers
from collections.abc import Hashable

import networkx as nx
import pandas as pd

from alliance_lib.datasets import OBLIGATIONS

__all__ = [
    "articulation_points",
    "betweenness",
    "counterfactual",
    "pivot_table",
    "reach",
    "without_state",
    "without_treaty",
    "without_treaty_type",
]


def _check_state(G: nx.Graph, state: Hashable) -> None:
    if state not in G:
        raise ValueError(f"state {state!r} is not in the alliance network")


def _check_steps(k: int) -> None:
    if isinstance(k, bool) or not isinstance(k, numbers.Integral) or k < 0:
        raise ValueError(f"k must be a non-negative integer number of steps, got {k!r}")


def betweenness(G: nx.Graph, weight: str | None = None) -> dict[Hashable, float]:
    """Normalized betweenness centrality of every state.

    The share of shortest alliance paths between pairs of other states that pass
    through the state: 1 for the hub of a star, 0 for a state at the end of a chain.

    Parameters
    ----------
    G : networkx.Graph
        Alliance network.
    weight : str, optional
        Edge attribute read as a *distance* (larger = weaker tie). Default: every
        alliance counts as one step.

    Returns
    -------
    dict
        State -> betweenness in ``[0, 1]``.

    Examples
    --------
    >>> hub_and_spokes = nx.star_graph(["USA", "JPN", "ROK", "PHI", "AUL"])
    >>> betweenness(hub_and_spokes)["USA"], betweenness(hub_and_spokes)["JPN"]
    (1.0, 0.0)

    References
    ----------
    - Freeman, L. C. (1977). A set of measures of centrality based on betweenness.
      Sociometry, 40(1), 35-41.
    - Brandes, U. (2001). A faster algorithm for betweenness centrality. Journal of
      Mathematical Sociology, 25(2), 163-177.
    """
    return nx.betweenness_centrality(G, normalized=True, weight=weight)


def articulation_points(G: nx.Graph) -> set[Hashable]:
    """States whose removal splits their part of the network into more pieces.

    Parameters
    ----------
    G : networkx.Graph
        Alliance network.

    Returns
    -------
    set
        The articulation points (cut vertices).

    Examples
    --------
    >>> sorted(articulation_points(nx.path_graph(["ROK", "USA", "JPN"])))
    ['USA']

    References
    ----------
    - Hopcroft, J., & Tarjan, R. (1973). Algorithm 447: Efficient algorithms for graph
      manipulation. Communications of the ACM, 16(6), 372-378.
    """
    return set(nx.articulation_points(G))


def reach(G: nx.Graph, state: Hashable, k: int) -> set[Hashable]:
    """States reachable from ``state`` through at most ``k`` alliances (itself excluded).

    With ``k = 1`` these are the state's allies; with ``k = 2`` also its allies' allies.

    Parameters
    ----------
    G : networkx.Graph
        Alliance network.
    state : hashable
        A node of ``G``.
    k : int
        Maximum number of alliance steps, ``k >= 0``.

    Returns
    -------
    set

    Raises
    ------
    ValueError
        If ``state`` is not in ``G`` or ``k`` is not a non-negative integer.

    Examples
    --------
    >>> chain = nx.path_graph(["ROK", "USA", "JPN", "PHI"])
    >>> sorted(reach(chain, "ROK", 2))
    ['JPN', 'USA']

    References
    ----------
    - Brzezinski, Z. (1997). The Grand Chessboard. New York: Basic Books.
    """
    _check_state(G, state)
    _check_steps(k)
    lengths = nx.single_source_shortest_path_length(G, state, cutoff=k)
    return set(lengths) - {state}


def without_state(G: nx.Graph, state: Hashable) -> nx.Graph:
    """A copy of the network with ``state`` and all its alliances removed.

    Parameters
    ----------
    G : networkx.Graph
        Alliance network (left unchanged).
    state : hashable
        A node of ``G``.

    Returns
    -------
    networkx.Graph

    Raises
    ------
    ValueError
        If ``state`` is not in ``G``.

    Examples
    --------
    >>> G = without_state(nx.star_graph(["USA", "JPN", "ROK"]), "USA")
    >>> sorted(G.nodes), G.number_of_edges()
    (['JPN', 'ROK'], 0)

    References
    ----------
    - Brzezinski, Z. (1997). The Grand Chessboard. New York: Basic Books.
    """
    _check_state(G, state)
    H = G.copy()
    H.remove_node(state)
    return H


def _strength(obligation: str) -> int:
    if obligation not in OBLIGATIONS:
        raise ValueError(f"unknown obligation {obligation!r}; expected one of {OBLIGATIONS}")
    return OBLIGATIONS.index(obligation)


def without_treaty(G: nx.Graph, treaty_id: Hashable) -> nx.Graph:
    """A copy of the network as if treaty ``treaty_id`` had never been signed.

    The treaty is removed from every edge's ``treaties`` list; edges left with no
    treaty are dropped, and the others get their ``type`` (strongest remaining
    obligation), ``obligations`` and ``asymmetric`` recomputed as in
    :func:`alliance_lib.datasets.alliance_system`.

    Parameters
    ----------
    G : networkx.Graph
        Alliance network whose edges carry ``treaties`` (dicts with ``id`` and ``type``,
        optionally ``obligations`` and ``asymmetric``).
    treaty_id : hashable
        The ``id`` of the treaty to remove (an ATOP id or a supplement id).

    Returns
    -------
    networkx.Graph

    Raises
    ------
    ValueError
        If no edge carries the treaty, or an edge has no ``treaties`` list.

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_edge("USA", "JPN", type="defense", treaties=[
    ...     {"id": 3240, "type": "defense"}, {"id": 9001, "type": "consultation"}])
    >>> G.add_edge("USA", "ROK", type="defense", treaties=[{"id": 3250, "type": "defense"}])
    >>> H = without_treaty(G, 3240)
    >>> H.edges["USA", "JPN"]["type"]
    'consultation'
    >>> H.has_edge("USA", "ROK"), without_treaty(G, 3250).has_edge("USA", "ROK")
    (True, False)

    References
    ----------
    - Leeds, B. A., Ritter, J. M., Mitchell, S. M., & Long, A. G. (2002). Alliance
      Treaty Obligations and Provisions, 1815-1944. International Interactions, 28(3),
      237-260.
    """
    H, found = _drop_treaties(G, lambda t: t["id"] == treaty_id)
    if not found:
        raise ValueError(f"no alliance in the network belongs to treaty {treaty_id!r}")
    return H


def without_treaty_type(G: nx.Graph, treaty_type: str) -> nx.Graph:
    """A copy of the network without any treaty of one type, e.g. every non-aggression pact.

    Like :func:`without_treaty`, edges left with no treaty are dropped and the others'
    attributes recomputed. A type no edge carries leaves the network as it is.

    Parameters
    ----------
    G : networkx.Graph
        Alliance network whose edges carry ``treaties`` lists.
    treaty_type : str
        One of :data:`alliance_lib.datasets.OBLIGATIONS`.

    Returns
    -------
    networkx.Graph

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_edge("CHN", "JPN", type="nonaggression", treaties=[
    ...     {"id": 3815, "type": "nonaggression"}])
    >>> G.add_edge("USA", "JPN", type="defense", treaties=[
    ...     {"id": 3375, "type": "defense"}, {"id": 3755, "type": "nonaggression"}])
    >>> H = without_treaty_type(G, "nonaggression")
    >>> sorted(H.edges), [t["id"] for t in H.edges["USA", "JPN"]["treaties"]]
    ([('JPN', 'USA')], [3375])

    References
    ----------
    - Leeds, B. A., Ritter, J. M., Mitchell, S. M., & Long, A. G. (2002). Alliance
      Treaty Obligations and Provisions, 1815-1944. International Interactions, 28(3),
      237-260.
    """
    if treaty_type not in OBLIGATIONS:
        raise ValueError(f"treaty_type {treaty_type!r} is not one of {list(OBLIGATIONS)}")
    return _drop_treaties(G, lambda t: t["type"] == treaty_type)[0]


def _drop_treaties(G: nx.Graph, drop) -> tuple[nx.Graph, bool]:
    """A copy of ``G`` without the treaties ``drop`` selects, and whether any was dropped."""
    H = G.copy()
    found = False
    for a, b, data in list(H.edges(data=True)):
        if "treaties" not in data:
            raise ValueError(f"edge {a!r}-{b!r} has no 'treaties' list to remove a treaty from")
        remaining = [t for t in data["treaties"] if not drop(t)]
        if len(remaining) == len(data["treaties"]):
            continue
        found = True
        if not remaining:
            H.remove_edge(a, b)
            continue
        data["treaties"] = remaining
        data["type"] = OBLIGATIONS[min(_strength(t["type"]) for t in remaining)]
        if all("obligations" in t for t in remaining):
            data["obligations"] = {
                x: OBLIGATIONS[min(_strength(t["obligations"][x]) for t in remaining)]
                for x in (a, b)
            }
        data["asymmetric"] = any(t.get("asymmetric", False) for t in remaining)
    return H, found


def pivot_table(G: nx.Graph, k: int = 2, weight: str | None = None) -> pd.DataFrame:
    """One row per state describing its position: the candidates for pivot.

    Parameters
    ----------
    G : networkx.Graph
        Alliance network.
    k : int, default 2
        Steps for the ``reach`` column (2: allies and allies' allies).
    weight : str, optional
        Edge distance attribute for betweenness, as in :func:`betweenness`.

    Returns
    -------
    pandas.DataFrame
        Indexed by state, sorted by betweenness (highest first), with columns
        ``degree`` (number of allies), ``betweenness``, ``reach`` (number of states
        within ``k`` steps) and ``articulation_point`` (bool).

    Raises
    ------
    ValueError
        If ``k`` is not a non-negative integer.

    Examples
    --------
    >>> table = pivot_table(nx.star_graph(["USA", "JPN", "ROK", "PHI"]))
    >>> table.loc["USA"].to_dict()
    {'degree': 3, 'betweenness': 1.0, 'reach': 3, 'articulation_point': True}
    >>> table.index[0]
    'USA'

    References
    ----------
    - Brzezinski, Z. (1997). The Grand Chessboard. New York: Basic Books.
    - Freeman, L. C. (1977). A set of measures of centrality based on betweenness.
      Sociometry, 40(1), 35-41.
    """
    _check_steps(k)
    between = betweenness(G, weight=weight)
    cut = articulation_points(G)
    rows = [
        {
            "state": s,
            "degree": G.degree(s),
            "betweenness": between[s],
            "reach": len(reach(G, s, k)),
            "articulation_point": s in cut,
        }
        for s in G.nodes
    ]
    columns = ["state", "degree", "betweenness", "reach", "articulation_point"]
    table = pd.DataFrame(rows, columns=columns).set_index("state")
    return table.sort_values("betweenness", ascending=False, kind="stable")


def counterfactual(
    G: nx.Graph,
    remove_state: Hashable | None = None,
    remove_treaty: Hashable | None = None,
    k: int = 2,
) -> pd.DataFrame:
    """Reach and betweenness of every state before and after a state or treaty goes.

    For example ``counterfactual(G, remove_state="USA")`` asks what the East Asian
    alliance network looks like if America is expelled from, or leaves, Asia.

    Parameters
    ----------
    G : networkx.Graph
        Alliance network (left unchanged).
    remove_state : hashable, optional
        State to remove, with all its alliances.
    remove_treaty : hashable, optional
        Treaty id to remove, as in :func:`without_treaty`. At least one of
        ``remove_state`` and ``remove_treaty`` must be given; with both, both go.
    k : int, default 2
        Steps for reach, as in :func:`reach`.

    Returns
    -------
    pandas.DataFrame
        Indexed by state (every state of ``G``), with columns ``reach_before``,
        ``reach_after``, ``betweenness_before``, ``betweenness_after``. A removed
        state's "after" values are NaN.

    Raises
    ------
    ValueError
        If neither removal is given, the state is not in ``G`` or the treaty is not on
        any edge.

    Examples
    --------
    >>> spokes = nx.star_graph(["USA", "JPN", "ROK", "PHI"])
    >>> change = counterfactual(spokes, remove_state="USA")
    >>> change.loc["JPN", ["reach_before", "reach_after"]].tolist()
    [3.0, 0.0]

    References
    ----------
    - Brzezinski, Z. (1997). The Grand Chessboard. New York: Basic Books.
    """
    if remove_state is None and remove_treaty is None:
        raise ValueError("give remove_state, remove_treaty or both; got neither")
    _check_steps(k)
    after = G
    if remove_treaty is not None:
        after = without_treaty(after, remove_treaty)
    if remove_state is not None:
        after = without_state(after, remove_state)
    before_between, after_between = betweenness(G), betweenness(after)
    rows = []
    for s in G.nodes:
        present = s in after
        rows.append(
            {
                "state": s,
                "reach_before": float(len(reach(G, s, k))),
                "reach_after": float(len(reach(after, s, k))) if present else float("nan"),
                "betweenness_before": before_between[s],
                "betweenness_after": after_between[s] if present else float("nan"),
            }
        )
    return pd.DataFrame(rows).set_index("state")
