"""Shapley–Shubik and Banzhaf power indices of weighted voting games.

A weighted voting game gives each player a weight (votes, seats, or a share of
capabilities) and a quota: a coalition wins when the weights of its members add up to
at least the quota. A power index measures how often a player is *pivotal* -- how often
its joining turns a losing coalition into a winning one -- which is not the same as its
share of the weight (Luxembourg's vote in the 1958 EEC Council was never pivotal).

Both indices are computed with the generating-function (dynamic-programming) method
(Mann & Shapley 1962; Brams & Affuso 1976): one pass counts the coalitions of every size
and weight, and each player's own contribution is then removed by polynomial division
("deconvolution"), so the cost is pseudo-polynomial in the total weight rather than
exponential in the number of players. Computing the indices is #P-hard in general
(Matsui & Matsui 2000), which is why the weights must be integers: real weights are
rounded to ``precision`` decimal places first, and the results are exact for that rounded
game.

References
----------
- Shapley, L. S., & Shubik, M. (1954). A method for evaluating the distribution of
  power in a committee system. American Political Science Review, 48(3), 787-792.
- Banzhaf, J. F. (1965). Weighted voting doesn't work: A mathematical analysis.
  Rutgers Law Review, 19(2), 317-343.
- Mann, I., & Shapley, L. S. (1962). Values of large games, VI: Evaluating the
  Electoral College exactly. RAND Memorandum RM-3158-PR.
- Brams, S. J., & Affuso, P. J. (1976). Power and size: A new paradox. Theory and
  Decision, 7(1-2), 29-56.
- Matsui, T., & Matsui, Y. (2000). A survey of algorithms for calculating power
  indices of weighted majority games. Journal of the Operations Research Society of
  Japan, 43(1), 71-86.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Mapping, Sequence
from fractions import Fraction
from typing import Any

import numpy as np

__all__ = ["shapley_shubik", "banzhaf"]

# Largest float table (1 GiB) the Shapley-Shubik computation will allocate.
_MAX_CELLS = 2**27


def _as_exact(value: Any, what: str) -> Fraction | int:
    """Return ``value`` as an int or Fraction, or raise ValueError naming it."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ValueError(f"{what} must be a real number, got {value!r}")
    if isinstance(value, numbers.Integral):
        return int(value)
    if not math.isfinite(float(value)):
        raise ValueError(f"{what} must be finite, got {value!r}")
    if isinstance(value, numbers.Rational):
        return Fraction(value.numerator, value.denominator)
    return Fraction(float(value))


def _integer_game(
    weights: Sequence[Any], names: Sequence[Any], quota: Any, precision: int
) -> tuple[list[int], int]:
    """Validate a game and return integer weights and quota defining the same game.

    Non-integer weights or quota are multiplied by ``10**precision`` and rounded; the
    weights are then divided by their greatest common divisor (and the quota rounded up),
    which leaves the set of winning coalitions unchanged.
    """
    if len(weights) == 0:
        raise ValueError("a weighted voting game needs at least one player, got none")
    if isinstance(precision, bool) or not isinstance(precision, numbers.Integral):
        raise ValueError(f"precision must be a non-negative integer, got {precision!r}")
    if precision < 0:
        raise ValueError(f"precision must be a non-negative integer, got {precision!r}")
    exact = [
        _as_exact(w, f"weight of player {name!r}") for w, name in zip(weights, names, strict=True)
    ]
    for w, name in zip(exact, names, strict=True):
        if w < 0:
            raise ValueError(f"weight of player {name!r} must be non-negative, got {w}")
    q = _as_exact(quota, "quota")
    total = sum(exact)
    if not 0 < q <= total:
        raise ValueError(
            f"quota must be positive and at most the total weight {float(total):g}, got {quota!r}"
        )
    if all(isinstance(w, int) for w in exact) and isinstance(q, int):
        ints, q_int = list(exact), q
    else:
        scale = 10**precision
        ints = [round(w * scale) for w in exact]
        q_int = round(q * scale)
        if not 0 < q_int <= sum(ints):
            raise ValueError(
                f"quota {quota!r} is out of range once weights and quota are rounded to "
                f"{precision} decimal places; raise precision"
            )
    g = math.gcd(*ints)
    return [w // g for w in ints], -(-q_int // g)


def _check_size(sizes: int, width: int) -> None:
    """Refuse a table of ``sizes`` coalition sizes by ``width`` weights that is too big."""
    if sizes * width > _MAX_CELLS:
        raise ValueError(
            f"game too large: {sizes} coalition sizes x {width} weights exceeds "
            f"{_MAX_CELLS} cells; round the weights more coarsely (lower precision)"
        )


def _unpack(
    weights: Sequence[Any] | Mapping[Any, Any],
) -> tuple[list[Any], list[Any] | None]:
    """Split input into a list of weights and the dict keys (None for sequence input)."""
    if isinstance(weights, Mapping):
        keys = list(weights)
        return [weights[k] for k in keys], keys
    return list(weights), None


def _pack(values: list[Any], keys: list[Any] | None) -> list[Any] | dict[Any, Any]:
    return values if keys is None else dict(zip(keys, values, strict=True))


def _swing_probabilities_by_size(weights: list[int], quota: int) -> dict[int, np.ndarray]:
    """For each distinct weight ``v``, the swing probability by coalition size.

    Entry ``k`` of the returned array for weight ``v`` is the probability that a
    coalition of ``k`` players drawn uniformly from the *other* ``n - 1`` players has
    weight in ``[quota - v, quota)``, so that a player of weight ``v`` is pivotal for it.

    The table ``P[k, w]`` holds the share of the ``C(j, k)`` coalitions of size ``k`` of
    the first ``j`` players that weigh ``w``. Keeping shares rather than counts avoids
    overflow (counts reach ``2**n``), and every update is a convex combination. Removing
    one player is stable only while ``k <= (n - 1) / 2`` (the error factor per step is
    ``k / (n - k)``), so larger coalitions are read off their complements: a size-``k``
    coalition of the others weighing ``w`` is the complement of a size-``n - 1 - k`` one
    weighing ``W - v - w``.
    """
    n = len(weights)
    total = sum(weights)
    m = (n - 1) // 2
    width = max(quota, total - quota + 1)
    _check_size(m + 1, width)
    table = np.zeros((m + 1, width))
    table[0, 0] = 1.0
    reached = 0
    for j, v in enumerate(sorted(weights), start=1):
        r = min(j, m)
        k = np.arange(1, r + 1, dtype=float)[:, None]
        if v >= width:
            # The new player's coalitions all weigh too much to be recorded.
            table[1 : r + 1] *= (j - k) / j
            continue
        reached = min(width - 1, reached + v)
        moved = table[0:r, : reached + 1 - v] * (k / j)
        table[1 : r + 1, : reached + 1] *= (j - k) / j
        table[1 : r + 1, v : reached + 1] += moved
    result = {}
    sizes = np.arange(n, dtype=float)
    # others[k] = (n * table[k] - k * shift(others[k - 1], v)) / (n - k), split so that
    # each step is two in-place ufunc calls.
    rows = np.arange(m + 1, dtype=float)[:, None]
    scaled_table = table * (n / (n - rows))
    factor = rows[:, 0] / (n - rows[:, 0])
    buffer = np.empty(width)
    for v in sorted(set(weights)):
        others = scaled_table.copy()
        if v < width:
            for k in range(1, m + 1):
                moved = np.multiply(others[k - 1, : width - v], factor[k], out=buffer[: width - v])
                np.subtract(others[k, v:], moved, out=others[k, v:])
        low = others[:, max(0, quota - v) : quota].sum(axis=1)
        lo_c, hi_c = max(0, total - v - quota + 1), total - quota + 1
        high = others[:, lo_c:hi_c].sum(axis=1)
        probs = np.empty(n)
        probs[: m + 1] = low
        probs[m + 1 :] = high[(n - 1 - sizes[m + 1 :]).astype(int)]
        result[v] = probs
    return result


def _swing_counts_by_size(weights: list[int], quota: int) -> dict[int, list[int]]:
    """Exact version of :func:`_swing_probabilities_by_size`, as counts of coalitions.

    Each row of the count table (coalitions of size ``k`` by weight ``w < quota``) is
    packed into one Python integer with ``n + 1`` bits per weight, so adding a player
    is a shift and an add on big integers. No count exceeds ``2**n``, so digits never
    carry into each other, and a window of digits is summed exactly as the packed
    integer modulo ``2**bits - 1``.
    """
    n = len(weights)
    bits = n + 1
    _check_size(n + 1, quota * bits // 64)  # packed rows, counted in 64-bit words
    mask = (1 << (quota * bits)) - 1
    rows = [1] + [0] * n
    for j, v in enumerate(weights, start=1):
        shift = v * bits
        for k in range(j, 0, -1):
            if rows[k - 1]:
                rows[k] = (rows[k] + (rows[k - 1] << shift)) & mask
    digit_sum = (1 << bits) - 1
    result = {}
    for v in set(weights):
        lo = max(0, quota - v) * bits
        counts = []
        previous = 1
        for k in range(n):
            current = rows[k] - ((previous << (v * bits)) & mask) if k else 1
            counts.append((current >> lo) % digit_sum)
            previous = current
        result[v] = counts
    return result


def shapley_shubik(
    weights: Sequence[Any] | Mapping[Any, Any],
    quota: Any,
    *,
    exact: bool = False,
    precision: int = 4,
) -> list[Any] | dict[Any, Any]:
    """Shapley–Shubik power index of each player in a weighted voting game.

    Line the players up in a random order and add them one by one; the player whose
    arrival first brings the total weight to the quota is *pivotal*. A player's
    Shapley–Shubik index is the share of the ``n!`` orders in which it is pivotal, so the
    indices add up to 1.

    Parameters
    ----------
    weights : sequence of numbers or mapping of name to number
        Non-negative, finite weights. Non-integer weights (e.g. CINC shares) are
        multiplied by ``10**precision`` and rounded; the results are exact for that
        rounded game.
    quota : number
        Weight a coalition needs to win; must satisfy ``0 < quota <= sum(weights)``.
        Rounded like the weights when either is not an integer.
    exact : bool, default False
        Return :class:`fractions.Fraction` values computed with integer arithmetic
        instead of floats. The floats agree with the exact values to about ``1e-15``
        (measured up to 500 players); exact mode takes seconds rather than milliseconds
        beyond about 200 players (about 35 s for 500 players with weights 1-100).
    precision : int, default 4
        Decimal places kept when rounding non-integer weights and quota.

    Returns
    -------
    list or dict
        One index per player, in input order; a dict with the same keys if ``weights``
        is a mapping.

    Raises
    ------
    ValueError
        If there are no players, a weight is negative, non-finite or not a number, or
        the quota is not in ``(0, sum(weights)]``; or if the game is too large for the
        counting table (more than ``2**27`` cells, e.g. ``n / 2`` sizes times
        ``max(quota, total - quota + 1)`` weights): lower ``precision``.

    Examples
    --------
    The 1958 Council of Ministers of the EEC, qualified majority 12 of 17 votes:

    >>> eec = {"FRA": 4, "GER": 4, "ITA": 4, "BEL": 2, "NLD": 2, "LUX": 1}
    >>> shapley_shubik(eec, 12, exact=True)["LUX"]
    Fraction(0, 1)
    >>> [round(x, 4) for x in shapley_shubik([4, 4, 4, 2, 2, 1], 12)]
    [0.2333, 0.2333, 0.2333, 0.15, 0.15, 0.0]

    Real-valued weights are rounded to ``precision`` decimal places:

    >>> shapley_shubik({"A": 0.5, "B": 0.3, "C": 0.2}, 0.51)
    {'A': 0.6666666666666666, 'B': 0.16666666666666666, 'C': 0.16666666666666666}

    References
    ----------
    - Shapley, L. S., & Shubik, M. (1954). A method for evaluating the distribution
      of power in a committee system. American Political Science Review, 48(3), 787-792.
    - Mann, I., & Shapley, L. S. (1962). Values of large games, VI: Evaluating the
      Electoral College exactly. RAND Memorandum RM-3158-PR.
    - Matsui, T., & Matsui, Y. (2000). A survey of algorithms for calculating power
      indices of weighted majority games. Journal of the Operations Research Society of
      Japan, 43(1), 71-86.
    """
    raw, keys = _unpack(weights)
    names = keys if keys is not None else list(range(len(raw)))
    ints, q = _integer_game(raw, names, quota, precision)
    n = len(ints)
    if exact:
        counts = _swing_counts_by_size(ints, q)
        n_fact = math.factorial(n)
        order_weight = [math.factorial(k) * math.factorial(n - 1 - k) for k in range(n)]
        values: list[Any] = [
            Fraction(sum(c * o for c, o in zip(counts[w], order_weight, strict=True)), n_fact)
            for w in ints
        ]
    else:
        probs = _swing_probabilities_by_size(ints, q)
        values = [float(probs[w].sum() / n) for w in ints]
    return _pack(values, keys)


def banzhaf(
    weights: Sequence[Any] | Mapping[Any, Any],
    quota: Any,
    *,
    normalized: bool = True,
    exact: bool = False,
    precision: int = 4,
) -> list[Any] | dict[Any, Any]:
    """Banzhaf power index of each player in a weighted voting game.

    A player *swings* a coalition of the others if the coalition loses without it and
    wins with it. The absolute (Penrose–Banzhaf) index is the share of the ``2**(n-1)``
    coalitions of the others that the player swings -- the probability that its vote
    decides the outcome when everyone else votes at random. The normalized index
    divides each player's swings by the total, so the indices add up to 1.

    Parameters
    ----------
    weights : sequence of numbers or mapping of name to number
        Non-negative, finite weights. Non-integer weights are multiplied by
        ``10**precision`` and rounded; the results are exact for that rounded game.
    quota : number
        Weight a coalition needs to win; must satisfy ``0 < quota <= sum(weights)``.
    normalized : bool, default True
        Return shares of all swings (sum to 1) rather than swing probabilities.
    exact : bool, default False
        Return :class:`fractions.Fraction` values computed with integer arithmetic.
    precision : int, default 4
        Decimal places kept when rounding non-integer weights and quota.

    Returns
    -------
    list or dict
        One index per player, in input order; a dict with the same keys if ``weights``
        is a mapping.

    Raises
    ------
    ValueError
        If there are no players, a weight is negative, non-finite or not a number, or
        the quota is not in ``(0, sum(weights)]``; or if the quota exceeds ``2**27``
        (lower ``precision``).

    Examples
    --------
    >>> eec = {"FRA": 4, "GER": 4, "ITA": 4, "BEL": 2, "NLD": 2, "LUX": 1}
    >>> banzhaf(eec, 12, exact=True)
    {'FRA': Fraction(5, 21), 'GER': Fraction(5, 21), 'ITA': Fraction(5, 21), \
'BEL': Fraction(1, 7), 'NLD': Fraction(1, 7), 'LUX': Fraction(0, 1)}
    >>> banzhaf([4, 4, 4, 2, 2, 1], 12, normalized=False, exact=True)[0]
    Fraction(5, 16)

    References
    ----------
    - Banzhaf, J. F. (1965). Weighted voting doesn't work: A mathematical analysis.
      Rutgers Law Review, 19(2), 317-343.
    - Penrose, L. S. (1946). The elementary statistics of majority voting. Journal of
      the Royal Statistical Society, 109(1), 53-57.
    - Brams, S. J., & Affuso, P. J. (1976). Power and size: A new paradox. Theory and
      Decision, 7(1-2), 29-56.
    """
    raw, keys = _unpack(weights)
    names = keys if keys is not None else list(range(len(raw)))
    ints, q = _integer_game(raw, names, quota, precision)
    n = len(ints)
    if exact:
        swings = _swing_counts_1d(ints, q)
        denominator = sum(swings[w] for w in ints) if normalized else 2 ** (n - 1)
        values: list[Any] = [Fraction(swings[w], denominator) for w in ints]
    else:
        absolute = _swing_probabilities_1d(ints, q)
        scale = sum(absolute[w] for w in ints) if normalized else 1.0
        values = [float(absolute[w] / scale) for w in ints]
    return _pack(values, keys)


def _swing_probabilities_1d(weights: list[int], quota: int) -> dict[int, float]:
    """Absolute Banzhaf index of each distinct weight, from the weight distribution.

    ``dist[w]`` is the share of all coalitions that weigh ``w`` (only ``w < quota``
    matters). Dividing out one player of weight ``v`` inverts ``(1 + x**v) / 2``.
    """
    _check_size(1, quota)
    dist = np.zeros(quota)
    dist[0] = 1.0
    for v in weights:
        if v == 0:  # a player of weight 0 leaves the distribution unchanged
            continue
        dist *= 0.5
        if v < quota:
            dist[v:] += dist[:-v]  # numpy buffers overlapping operands
    result = {0: 0.0}  # a player of weight 0 never swings
    for v in set(weights) - {0}:
        others = _divide_by_one_plus_shift(2.0 * dist, v)
        result[v] = float(others[max(0, quota - v) :].sum())
    return result


def _divide_by_one_plus_shift(values: np.ndarray, v: int) -> np.ndarray:
    """Solve ``others[w] + others[w - v] = values[w]`` for ``others`` (truncated).

    Along each residue class ``w = r, r + v, r + 2v, ...`` the solution is an
    alternating cumulative sum, ``others[r + jv] = sum_i (-1)**(j - i) values[r + iv]``,
    so the classes are laid out as columns and summed at once.
    """
    length = len(values)
    rows = -(-length // v)
    padded = np.zeros(rows * v, dtype=values.dtype)
    padded[:length] = values
    sign = np.where(np.arange(rows) % 2 == 0, 1, -1).astype(values.dtype)[:, None]
    solved = sign * np.cumsum(sign * padded.reshape(rows, v), axis=0)
    return solved.reshape(-1)[:length]


def _swing_counts_1d(weights: list[int], quota: int) -> dict[int, int]:
    """Exact number of coalitions of the others swung by each distinct weight.

    The same division as :func:`_swing_probabilities_1d` on counts (Python integers in a
    numpy object array): ``count[w]`` coalitions of all players weigh ``w``, and those
    of the others satisfy ``others[w] = count[w] - others[w - v]``.
    """
    _check_size(1, quota)
    count = np.zeros(quota, dtype=object)
    count[0] = 1
    for v in weights:
        if v == 0:  # every coalition can take this player or leave it: twice as many
            count = count * 2
        elif v < quota:
            count[v:] = count[v:] + count[:-v]
    result = {0: 0}  # a player of weight 0 never swings
    for v in set(weights) - {0}:
        others = _divide_by_one_plus_shift(count, v)
        result[v] = int(others[max(0, quota - v) :].sum())
    return result
