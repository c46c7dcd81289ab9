"""Reconsideration scenarios: what-if distributions of power for the balance model.

Debates about "reconsidering" the Japan–US alliance are arguments about counterfactuals:
what if the United States pulled back from Asia, Korea were unified, or China grew stronger
still? This module turns such arguments into explicit changes to the plain data that
:mod:`alliance_lib.balance` and :mod:`alliance_lib.power_index` take: ``powers`` (state ->
non-negative power, such as a CINC score) and ``blocs`` (state -> ``"A"``, ``"B"`` or
``None`` for uncommitted). Every function is pure: it returns new mappings and never changes
its arguments.

The scenarios are thought experiments, not forecasts. Each docstring states its assumptions,
and the one assumption they all share is the balance model's own: power is additive, so a
bloc's power is the sum of its members' (Morgenthau 1948, ch. 11). CINC measures material
potential worldwide, not the power a state can bring to bear in East Asia; a factor applied
to it stands for whatever the reader thinks changes.

References
----------
- Morgenthau, H. J. (1948). Politics Among Nations: The Struggle for Power and Peace.
  New York: Alfred A. Knopf.
- Singer, J. D., Bremer, S., & Stuckey, J. (1972). Capability distribution, uncertainty,
  and major power war, 1820-1965. In B. Russett (Ed.), Peace, War, and Numbers (pp. 19-48).
  Beverly Hills: Sage.
- Leeds, B. A., Ritter, J. M., Mitchell, S. M., & Long, A. G. (2002). Alliance Treaty
  Obligations and Provisions, 1815-1944. International Interactions, 28(3), 237-260.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Iterable, Mapping

import networkx as nx

__all__ = [
    "EAST_ASIA",
    "korean_unification",
    "scale_power",
    "stronger_china",
    "treaty_blocs",
    "us_retrenchment",
]

#: The states of the regional balance game: East Asia and the Pacific, plus the United States,
#: Russia and India as the outside powers with the largest stake in the region. Britain and
#: France are left out; their treaties in the region are non-aggression pledges.
EAST_ASIA = ("USA", "RUS", "CHN", "TAW", "PRK", "ROK", "JPN", "PHI", "THI", "AUL", "NEW", "IND")


def _check_state(powers: Mapping[str, float], state: str, what: str = "state") -> None:
    if state not in powers:
        raise ValueError(f"{what} {state!r} is not in powers; expected one of {sorted(powers)}")


def _check_factor(factor: float) -> None:
    if isinstance(factor, bool) or not isinstance(factor, numbers.Real):
        raise ValueError(f"factor must be a number, got {factor!r}")
    if not math.isfinite(factor) or factor < 0:
        raise ValueError(f"factor must be finite and non-negative, got {factor!r}")


def treaty_blocs(
    G: nx.Graph,
    anchors: tuple[str, str] = ("USA", "CHN"),
    obligations: Iterable[str] = ("defense", "offense"),
) -> dict[str, str | None]:
    """Blocs read from an alliance network: the treaty partners of two rival anchors.

    Bloc ``"A"`` is every state linked to ``anchors[0]`` by a chain of treaties whose
    strongest obligation is in ``obligations``; bloc ``"B"`` likewise for ``anchors[1]``;
    every other state is uncommitted (``None``). With the defaults, a bloc is a set of states
    bound by defence pacts, and weaker ties (non-aggression, consultation) leave a state
    uncommitted.

    Assumptions: a defence pact commits a state fully to its bloc, whoever owes the defence
    (Japan counts as a member of the US bloc though only the United States owes defence under
    the 1960 treaty); no other tie commits anyone.

    Parameters
    ----------
    G : networkx.Graph
        As from :func:`alliance_lib.datasets.alliance_system`: edge attribute ``type`` (the
        strongest obligation on the edge).
    anchors : tuple of two str, default ("USA", "CHN")
        The hubs of bloc A and bloc B.
    obligations : iterable of str, default ("defense", "offense")
        Edge types that bind a state to a bloc.

    Returns
    -------
    dict of str to {"A", "B", None}
        One entry per node of ``G``.

    Raises
    ------
    ValueError
        If an anchor is not in ``G``, the anchors are the same state, or they are linked by
        a chain of binding treaties (then they are one bloc, not two).

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_edge("USA", "JPN", type="defense")
    >>> G.add_edge("CHN", "PRK", type="defense")
    >>> G.add_edge("CHN", "RUS", type="nonaggression")
    >>> G.add_node("IND")
    >>> treaty_blocs(G)
    {'USA': 'A', 'JPN': 'A', 'CHN': 'B', 'PRK': 'B', 'RUS': None, 'IND': None}

    References
    ----------
    - Leeds, B. A., et al. (2002). Alliance Treaty Obligations and Provisions,
      1815-1944. International Interactions, 28(3), 237-260.
    """
    a, b = anchors
    for anchor in anchors:
        if anchor not in G:
            raise ValueError(f"anchor {anchor!r} is not a node of the graph")
    if a == b:
        raise ValueError(f"the two anchors must differ, got {a!r} twice")
    binding = set(obligations)
    H = nx.Graph()
    H.add_nodes_from(G)
    H.add_edges_from((u, v) for u, v, t in G.edges(data="type") if t in binding)
    bloc_a, bloc_b = nx.node_connected_component(H, a), nx.node_connected_component(H, b)
    if b in bloc_a:
        raise ValueError(f"{a!r} and {b!r} are linked by binding treaties; they are one bloc")
    return {n: "A" if n in bloc_a else "B" if n in bloc_b else None for n in G}


def scale_power(powers: Mapping[str, float], state: str, factor: float) -> dict[str, float]:
    """Multiply one state's power by ``factor``, leaving the others unchanged.

    Parameters
    ----------
    powers : mapping of str to float
        Power of each state.
    state : str
        The state whose power changes.
    factor : float
        Non-negative multiplier: 0.5 halves the state's power, 1.5 adds half again.

    Returns
    -------
    dict of str to float
        A new mapping.

    Raises
    ------
    ValueError
        If ``state`` is not in ``powers`` or ``factor`` is negative, not finite or not a
        number.

    Examples
    --------
    >>> scale_power({"USA": 0.2, "CHN": 0.2}, "CHN", 1.5)
    {'USA': 0.2, 'CHN': 0.30000000000000004}
    """
    _check_state(powers, state)
    _check_factor(factor)
    return {s: p * factor if s == state else p for s, p in powers.items()}


def us_retrenchment(powers: Mapping[str, float], factor: float = 0.5) -> dict[str, float]:
    """US retrenchment: the United States commits only ``factor`` of its power to the region.

    Assumptions: the United States keeps its treaties (its bloc is unchanged), but other
    commitments, budgets or a change of strategy leave only a fraction of its capability
    available in East Asia. Nobody else changes. Offshore balancing (Mearsheimer 2001), in
    which the United States would hold back and let local states balance first, is one
    reading of a factor well below 1.

    Parameters
    ----------
    powers : mapping of str to float
        Must include ``"USA"``.
    factor : float, default 0.5
        Share of US power still committed to the region.

    Returns
    -------
    dict of str to float

    Examples
    --------
    >>> us_retrenchment({"USA": 0.14, "JPN": 0.03, "CHN": 0.23})
    {'USA': 0.07, 'JPN': 0.03, 'CHN': 0.23}

    References
    ----------
    - Mearsheimer, J. J. (2001). The Tragedy of Great Power Politics. New York:
      W. W. Norton.
    """
    return scale_power(powers, "USA", factor)


def stronger_china(powers: Mapping[str, float], factor: float = 1.5) -> dict[str, float]:
    """A stronger China: China's power is multiplied by ``factor``; nobody else changes.

    Assumptions: China's growth is not matched by anyone (no arms race, no faster growth
    elsewhere) and China's partners stay its partners. A factor of 1.5 is about China's growth
    in CINC share from the mid-1990s to 2016 (0.147 in 1996, 0.231 in 2016).

    Parameters
    ----------
    powers : mapping of str to float
        Must include ``"CHN"``.
    factor : float, default 1.5

    Returns
    -------
    dict of str to float

    Examples
    --------
    >>> stronger_china({"USA": 0.14, "CHN": 0.2})
    {'USA': 0.14, 'CHN': 0.30000000000000004}
    """
    return scale_power(powers, "CHN", factor)


def korean_unification(
    powers: Mapping[str, float],
    blocs: Mapping[str, str | None],
    bloc: str | None = "A",
) -> tuple[dict[str, float], dict[str, str | None]]:
    """Korean unification under Seoul: North Korea's power is added to South Korea's.

    Assumptions: unification is peaceful (the essay's "peaceful unification of two Koreas"),
    so no power is destroyed and none is added: the unified Korea, listed as ``"ROK"``, has
    the two states' combined power. ``"PRK"`` leaves both mappings. The unified state's
    alignment is the real question, so it is a parameter: ``bloc="A"`` keeps the South's
    alliance with the United States, ``"B"`` aligns Korea with China, ``None`` makes it
    neutral.

    Parameters
    ----------
    powers : mapping of str to float
        Must include ``"ROK"`` and ``"PRK"``.
    blocs : mapping of str to {"A", "B", None}
        As for :func:`alliance_lib.balance.holder_of_the_balance`.
    bloc : {"A", "B", None}, default "A"
        The unified Korea's bloc.

    Returns
    -------
    tuple of (dict, dict)
        New ``powers`` and ``blocs``.

    Raises
    ------
    ValueError
        If ``"ROK"`` or ``"PRK"`` is missing from ``powers`` or ``bloc`` is not "A", "B" or
        None.

    Examples
    --------
    >>> powers = {"USA": 0.13, "ROK": 0.02, "PRK": 0.01, "CHN": 0.23}
    >>> blocs = {"USA": "A", "ROK": "A", "PRK": "B", "CHN": "B"}
    >>> p, b = korean_unification(powers, blocs, bloc=None)
    >>> p, b
    ({'USA': 0.13, 'ROK': 0.03, 'CHN': 0.23}, {'USA': 'A', 'ROK': None, 'CHN': 'B'})
    """
    for state in ("ROK", "PRK"):
        _check_state(powers, state)
    if bloc not in ("A", "B", None):
        raise ValueError(f"bloc must be 'A', 'B' or None, got {bloc!r}")
    new_powers = {s: p for s, p in powers.items() if s != "PRK"}
    new_powers["ROK"] = powers["ROK"] + powers["PRK"]
    new_blocs = {s: label for s, label in blocs.items() if s != "PRK"}
    new_blocs["ROK"] = bloc
    return new_powers, new_blocs
