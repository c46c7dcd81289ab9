"""Balance of power as arithmetic on capabilities: blocs, ratios, poles and the balancer.

Every function takes plain data: ``powers`` maps a state (COW abbreviation) to a
non-negative number such as its CINC score, and a bloc is a collection of states.
Nothing here needs a graph; :mod:`alliance_lib.network` looks at positions instead.

References
----------
- Morgenthau, H. J. (1948). Politics Among Nations: The Struggle for Power and
  Peace. New York: Alfred A. Knopf.
- Organski, A. F. K. (1958). World Politics. New York: Alfred A. Knopf.
- Ray, J. L., & Singer, J. D. (1973). Measuring the concentration of power in the
  international system. Sociological Methods & Research, 1(4), 403-437.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "Alignment",
    "BalanceHolder",
    "SwingState",
    "coalition_power",
    "concentration",
    "holder_of_the_balance",
    "polarity",
    "power_ratio",
    "predominance",
]

#: Default predominance threshold: a bloc predominates when it has more than 1.25 times
#: the other's power, i.e. when the weaker side has less than 80 per cent of the
#: stronger side's power, the usual boundary of parity in power-transition research.
PARITY_THRESHOLD = 1.25

Bloc = Literal["A", "B"]


def _check_powers(powers: Mapping[str, float]) -> None:
    for state, value in powers.items():
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            raise ValueError(f"power of {state!r} must be a number, got {value!r}")
        if not math.isfinite(value) or value < 0:
            raise ValueError(f"power of {state!r} must be finite and non-negative, got {value!r}")


def _check_threshold(threshold: float) -> None:
    if not (isinstance(threshold, numbers.Real) and math.isfinite(threshold) and threshold >= 1):
        raise ValueError(f"threshold must be a finite number >= 1, got {threshold!r}")


def coalition_power(powers: Mapping[str, float], members: Iterable[str]) -> float:
    """Total power of a coalition: the sum of its members' powers.

    Adding capabilities assumes allies pool them fully, the simplification behind
    Morgenthau's "alliances as a method of the balance of power".

    Parameters
    ----------
    powers : mapping of str to float
        Non-negative power of each state (e.g. CINC score).
    members : iterable of str
        States in the coalition; each must be a key of ``powers``. An empty coalition
        has power 0.

    Returns
    -------
    float

    Raises
    ------
    ValueError
        If a member is not in ``powers``, is listed twice, or a power is negative,
        non-finite or not a number.

    Examples
    --------
    >>> coalition_power({"USA": 0.30, "JPN": 0.05, "CHN": 0.10}, ["USA", "JPN"])
    0.35

    References
    ----------
    - Morgenthau, H. J. (1948). Politics Among Nations, part 4 ("Limitations of
      national power: the balance of power"). New York: Knopf.
    """
    _check_powers(powers)
    members = list(members)
    if len(set(members)) != len(members):
        raise ValueError(f"coalition lists a state twice: {members!r}")
    unknown = [m for m in members if m not in powers]
    if unknown:
        raise ValueError(f"states not in powers: {unknown!r}")
    return float(sum(powers[m] for m in members))


def _two_blocs(
    powers: Mapping[str, float], bloc_a: Iterable[str], bloc_b: Iterable[str]
) -> tuple[float, float]:
    bloc_a, bloc_b = list(bloc_a), list(bloc_b)
    shared = sorted(set(bloc_a) & set(bloc_b))
    if shared:
        raise ValueError(f"states cannot belong to both blocs: {shared!r}")
    return coalition_power(powers, bloc_a), coalition_power(powers, bloc_b)


def power_ratio(powers: Mapping[str, float], bloc_a: Iterable[str], bloc_b: Iterable[str]) -> float:
    """Ratio of bloc A's power to bloc B's power.

    Parameters
    ----------
    powers : mapping of str to float
        Non-negative power of each state.
    bloc_a, bloc_b : iterable of str
        Disjoint sets of states.

    Returns
    -------
    float
        ``power(A) / power(B)``; ``inf`` if B has no power and A has some.

    Raises
    ------
    ValueError
        If both blocs have zero power (the ratio is undefined), the blocs share a
        state, or a state is unknown.

    Examples
    --------
    >>> power_ratio({"USA": 0.3, "JPN": 0.1, "USR": 0.2}, ["USA", "JPN"], ["USR"])
    2.0

    References
    ----------
    - Organski, A. F. K. (1958). World Politics. New York: Knopf.
    """
    a, b = _two_blocs(powers, bloc_a, bloc_b)
    if a == 0 and b == 0:
        raise ValueError("both blocs have zero power; their ratio is undefined")
    return math.inf if b == 0 else a / b


def _predominant(a: float, b: float, threshold: float) -> Bloc | None:
    if a > threshold * b:
        return "A"
    if b > threshold * a:
        return "B"
    return None


def predominance(
    powers: Mapping[str, float],
    bloc_a: Iterable[str],
    bloc_b: Iterable[str],
    threshold: float = PARITY_THRESHOLD,
) -> Bloc | None:
    """Which bloc, if either, predominates: ``"A"``, ``"B"`` or ``None`` (parity).

    A bloc predominates when its power exceeds ``threshold`` times the other's. The
    default 1.25 is the ratio test of power-transition research: the two sides are at
    *parity* while the weaker has at least 80 per cent of the stronger's power
    (Organski & Kugler 1980; Kugler & Lemke 1996). Whether parity or preponderance keeps
    the peace is the debate this function lets a reader explore: balance-of-power
    theorists (Morgenthau 1948) expect an even balance to deter, while Organski (1958)
    argued that preponderance is peaceful and parity dangerous.

    Parameters
    ----------
    powers : mapping of str to float
        Non-negative power of each state.
    bloc_a, bloc_b : iterable of str
        Disjoint sets of states.
    threshold : float, default 1.25
        Ratio above which the stronger bloc predominates; must be at least 1 (with
        1, any strictly stronger bloc predominates).

    Returns
    -------
    {"A", "B", None}

    Raises
    ------
    ValueError
        If the threshold is below 1 or not finite, the blocs share a state, or a
        state is unknown.

    Examples
    --------
    >>> powers = {"USA": 0.30, "JPN": 0.10, "USR": 0.35}
    >>> predominance(powers, ["USA", "JPN"], ["USR"]) is None  # 0.40 vs 0.35: parity
    True
    >>> predominance(powers, ["USA", "JPN"], ["USR"], threshold=1.1)
    'A'

    References
    ----------
    - Organski, A. F. K. (1958). World Politics. New York: Knopf.
    - Organski, A. F. K., & Kugler, J. (1980). The War Ledger. Chicago: University
      of Chicago Press.
    - Kugler, J., & Lemke, D. (Eds.). (1996). Parity and War: Evaluations and
      Extensions of The War Ledger. Ann Arbor: University of Michigan Press.
    """
    _check_threshold(threshold)
    a, b = _two_blocs(powers, bloc_a, bloc_b)
    return _predominant(a, b, threshold)


def _shares(shares: Mapping[str, float] | Sequence[float]) -> list[float]:
    values = dict(shares) if isinstance(shares, Mapping) else dict(enumerate(shares))
    _check_powers(values)
    total = sum(values.values())
    if total == 0:
        raise ValueError("shares are all zero; there is no power to distribute")
    return [v / total for v in values.values()]


def concentration(shares: Mapping[str, float] | Sequence[float]) -> float:
    """Ray–Singer concentration index CON of a distribution of power.

    ``CON = sqrt((sum(s_i**2) - 1/N) / (1 - 1/N))`` where ``s_i`` are the states'
    shares of the system's power. It is 0 when all ``N`` states are equally strong and
    1 when one state holds everything, whatever ``N`` is.

    Parameters
    ----------
    shares : mapping of str to float or sequence of float
        Non-negative capabilities of at least two states; they are divided by their
        total, so raw CINC scores of a subsystem can be passed directly.

    Returns
    -------
    float
        CON in ``[0, 1]``.

    Raises
    ------
    ValueError
        If fewer than two states are given, or the values are negative, non-finite or
        all zero.

    Examples
    --------
    >>> concentration([0.25, 0.25, 0.25, 0.25])
    0.0
    >>> concentration({"USA": 1.0, "JPN": 0.0})
    1.0
    >>> round(concentration([0.5, 0.3, 0.2]), 4)
    0.2646

    References
    ----------
    - Ray, J. L., & Singer, J. D. (1973). Measuring the concentration of power in
      the international system. Sociological Methods & Research, 1(4), 403-437.
    """
    s = _shares(shares)
    n = len(s)
    if n < 2:
        raise ValueError(f"concentration needs at least two states, got {n}")
    value = (sum(x * x for x in s) - 1 / n) / (1 - 1 / n)
    return math.sqrt(min(1.0, max(0.0, value)))  # clip rounding just outside [0, 1]


def polarity(shares: Mapping[str, float] | Sequence[float], threshold: float = 0.1) -> int:
    """Number of poles: states holding at least ``threshold`` of the system's power.

    Polarity is the number of great powers (Waltz 1979). Counting the states above a
    fixed share of capabilities follows Modelski & Thompson (1988), who called a state a
    global power when it held at least 10 per cent of the system's naval capabilities;
    the default applies the same cut-off to whatever capabilities are passed (e.g.
    CINC). The count depends on which states are in the system, so say which.

    Parameters
    ----------
    shares : mapping of str to float or sequence of float
        Non-negative capabilities; divided by their total before comparing.
    threshold : float, default 0.1
        Minimum share of a pole, in ``(0, 1]``.

    Returns
    -------
    int

    Raises
    ------
    ValueError
        If the threshold is outside ``(0, 1]`` or the values are empty, negative,
        non-finite or all zero.

    Examples
    --------
    >>> polarity({"USA": 0.40, "USR": 0.35, "UKG": 0.10, "FRN": 0.08, "CHN": 0.07})
    3
    >>> polarity({"USA": 0.40, "USR": 0.35, "UKG": 0.10, "FRN": 0.08}, threshold=0.2)
    2

    References
    ----------
    - Waltz, K. N. (1979). Theory of International Politics. Reading, MA:
      Addison-Wesley.
    - Modelski, G., & Thompson, W. R. (1988). Seapower in Global Politics,
      1494-1993. London: Macmillan.
    """
    if not (isinstance(threshold, numbers.Real) and 0 < threshold <= 1):
        raise ValueError(f"threshold must be in (0, 1], got {threshold!r}")
    if len(shares) == 0:
        raise ValueError("polarity needs at least one state, got none")
    return sum(1 for s in _shares(shares) if s >= threshold)


@dataclass(frozen=True)
class Alignment:
    """Shares of system power of the two blocs and which, if either, predominates."""

    power_a: float
    power_b: float
    predominant: Bloc | None


@dataclass(frozen=True)
class SwingState:
    """An uncommitted state whose choice of side changes which bloc predominates."""

    state: str
    power: float
    if_joins_a: Alignment
    if_joins_b: Alignment


@dataclass(frozen=True)
class BalanceHolder:
    """Result of :func:`holder_of_the_balance`.

    Attributes
    ----------
    holder : str or None
        The strongest swing state, or None if there is none (or two tie for strongest).
    candidates : tuple of SwingState
        Every swing state, strongest first.
    current : Alignment
        The blocs as they stand, with every uncommitted state staying out.
    explanation : str
        The result in plain words.
    """

    holder: str | None
    candidates: tuple[SwingState, ...]
    current: Alignment
    explanation: str


def _describe(alignment: Alignment, names: tuple[str, str]) -> str:
    a, b = alignment.power_a, alignment.power_b
    if alignment.predominant == "A":
        return f"{names[0]} outweighs {names[1]} {a:.2f} to {b:.2f}"
    if alignment.predominant == "B":
        return f"{names[1]} outweighs {names[0]} {b:.2f} to {a:.2f}"
    return f"neither side predominates ({names[0]} {a:.2f}, {names[1]} {b:.2f})"


def holder_of_the_balance(
    powers: Mapping[str, float],
    blocs: Mapping[str, str | None],
    threshold: float = PARITY_THRESHOLD,
    bloc_names: tuple[str, str] = ("A", "B"),
) -> BalanceHolder:
    """Find Morgenthau's "holder of the balance" among the uncommitted states.

    Morgenthau (1948) describes a balancer that stays aloof from two rival blocs and
    decides the contest by the side it joins, as Britain did in Europe. Here a state is
    a *swing state* if it is uncommitted and the bloc that predominates (by
    :func:`predominance` with ``threshold``) when it joins A differs from the one that
    predominates when it joins B, the other uncommitted states staying out. The holder
    of the balance is the strongest swing state. Powers are expressed as shares of the
    whole system's power, uncommitted states included.

    Parameters
    ----------
    powers : mapping of str to float
        Non-negative power of each state; states missing from ``blocs`` are uncommitted.
    blocs : mapping of str to {"A", "B", None}
        Each state's bloc, or None if it is uncommitted.
    threshold : float, default 1.25
        Predominance ratio, as in :func:`predominance`.
    bloc_names : tuple of two str, default ("A", "B")
        How the explanation names the blocs, e.g. ``("the US alliance", "the Soviet
        bloc")``.

    Returns
    -------
    BalanceHolder
        ``holder``, ``candidates`` (each with the alignment after joining A or B),
        ``current`` and a plain-language ``explanation``. If every state is uncommitted
        there are no blocs to balance: no holder, no candidates, and the explanation
        says so.

    Raises
    ------
    ValueError
        If a bloc label is not "A", "B" or None, ``blocs`` names a state missing from
        ``powers``, a power is negative or non-finite, or all powers are zero.

    Examples
    --------
    >>> powers = {"FRN": 0.20, "GMY": 0.33, "UKG": 0.12, "ITA": 0.10}
    >>> result = holder_of_the_balance(powers, {"FRN": "A", "GMY": "B", "ITA": "A"})
    >>> result.holder
    'UKG'
    >>> print(result.explanation)
    With 0.16 of the system's power, UKG is uncommitted. If it joins A, A outweighs B \
0.56 to 0.44; if it joins B, B outweighs A 0.60 to 0.40. Its choice decides which side \
predominates, so UKG holds the balance.

    References
    ----------
    - Morgenthau, H. J. (1948). Politics Among Nations: The Struggle for Power and
      Peace, ch. 11 ("The holder of the balance"). New York: Knopf.
    - Organski, A. F. K., & Kugler, J. (1980). The War Ledger. Chicago: University
      of Chicago Press.
    """
    _check_powers(powers)
    _check_threshold(threshold)
    for state, label in blocs.items():
        if label not in ("A", "B", None):
            raise ValueError(f"bloc of {state!r} must be 'A', 'B' or None, got {label!r}")
        if state not in powers:
            raise ValueError(f"state {state!r} in blocs has no power in powers")
    total = float(sum(powers.values()))
    if total == 0:
        raise ValueError("all powers are zero; there is no balance to hold")
    share = {state: value / total for state, value in powers.items()}
    a = sum(share[s] for s, label in blocs.items() if label == "A")
    b = sum(share[s] for s, label in blocs.items() if label == "B")
    current = Alignment(a, b, _predominant(a, b, threshold))
    uncommitted = [s for s in powers if blocs.get(s) is None]
    if len(uncommitted) == len(powers):
        text = "Every state is uncommitted, so there are no blocs to balance and no holder."
        return BalanceHolder(None, (), current, text)
    candidates = []
    for state in uncommitted:
        p = share[state]
        join_a = Alignment(a + p, b, _predominant(a + p, b, threshold))
        join_b = Alignment(a, b + p, _predominant(a, b + p, threshold))
        if join_a.predominant != join_b.predominant:
            candidates.append(SwingState(state, p, join_a, join_b))
    candidates.sort(key=lambda c: -c.power)
    tied = len(candidates) > 1 and candidates[0].power == candidates[1].power
    holder = candidates[0].state if candidates and not tied else None
    text = _explain(current, candidates, holder, uncommitted, bloc_names)
    return BalanceHolder(holder, tuple(candidates), current, text)


def _explain(
    current: Alignment,
    candidates: list[SwingState],
    holder: str | None,
    uncommitted: list[str],
    names: tuple[str, str],
) -> str:
    if not candidates:
        if not uncommitted:
            return (
                f"Every state is in a bloc: {_describe(current, names)}. "
                "No one is left to hold the balance."
            )
        return (
            f"As the blocs stand, {_describe(current, names)}. No uncommitted state is strong "
            "enough to change that by joining either side, so no one holds the balance."
        )
    first = candidates[0]
    text = (
        f"With {first.power:.2f} of the system's power, {first.state} is uncommitted. "
        f"If it joins {names[0]}, {_describe(first.if_joins_a, names)}; "
        f"if it joins {names[1]}, {_describe(first.if_joins_b, names)}. "
    )
    if holder is None:
        others = ", ".join(c.state for c in candidates[1:] if c.power == first.power)
        return text + (
            f"{others} is just as strong and just as decisive, so no single state holds the "
            "balance."
        )
    text += f"Its choice decides which side predominates, so {holder} holds the balance."
    if len(candidates) > 1:
        rest = ", ".join(c.state for c in candidates[1:])
        text += f" Weaker swing states: {rest}."
    return text
