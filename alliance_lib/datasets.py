"""Bundled data on capabilities, alliances and signed relations, with loaders and validation.

Every loader reads a CSV file, validates it whole (column set, types, ranges, dates, known
state codes) and returns a tidy :class:`pandas.DataFrame`. A file with problems raises
:class:`DataError`, whose message lists every problem with the file, the data row (1-based,
counting data rows after the header; spreadsheet line = data row + 1), the column and the
value. Each loader takes ``path=`` so an instructor can load a file of their own in the same
schema; ``python -m alliance_lib.datasets check FILE`` checks a file from the shell.

States are COW state abbreviations (``stateabb``) with their COW country codes; the known
states are those of ``states.csv`` (every state in NMC v6.0), available as :data:`STATES`.

Files and schemas
-----------------
``capabilities.csv``: COW National Material Capabilities v6.0, 1946-2016, for the states of
East Asia and the Pacific, the great powers, and every member of a bundled ATOP alliance
in force after 1945. One row per state-year:

=========  =======  ==========================================================
column     type     meaning
=========  =======  ==========================================================
stateabb   str      COW abbreviation (must be in ``states.csv``)
ccode      int      COW country code (must match ``stateabb``)
year       int      1816-2016
milex      float    military expenditure, thousands of current US$ (empty = missing)
milper     float    military personnel, thousands (empty = missing)
irst       float    iron and steel production, thousands of tons (empty = missing)
pec        float    primary energy consumption, thousands of coal-ton equivalents
tpop       float    total population, thousands
upop       float    urban population, thousands
cinc       float    Composite Index of National Capability, share of the system, [0, 1]
=========  =======  ==========================================================

NMC's ``-9`` (missing) is an empty cell. A state-year absent from NMC is absent here: Japan
has no rows for 1946-51, when it was occupied and not a member of the state system.

``alliances.csv``: ATOP v4.0 alliances with at least two East Asia/Pacific members (at least
one of them a regional state, not only the USA, UK, France or USSR) in force at some time in
1945-2016, with all their members. One row per member per spell of constant obligations:
``atopid`` (int), ``name`` (str, from the curated ``treaty_names.csv``, else generic
"Alliance of X and Y, 1972 (ATOP 1234)"), ``member`` (abbreviation), ``ccode`` (int),
``signed`` (ISO date of signature), ``start`` (ISO date the member entered; ATOP dates from
signature or accession), ``end`` (ISO date the member left; empty if still in force at the end
of 2016), and that member's own obligations as booleans ``defense``, ``offense``,
``neutrality``, ``nonaggression``, ``consultation``, plus ATOP's ``asymmetric`` flag
(obligations or terms differ among members). Unknown ATOP days or months (0 or -9) would be
filled with the first (entry) or last (exit) day of the month or year; ATOP v4.0 has none in
the bundled rows.

``alliances_supplement.csv``: hand-curated, every row with its ``source``. Two kinds of row
(column ``kind``): ``agreement`` rows are one row per member of an agreement ATOP lacks (after
2016, or an alignment without treaty obligations), with ``id``, ``name``, ``member``,
``ccode``, ``signed``, ``start``, optional ``end`` and ``entry_into_force``, and ``type`` (the
member's obligation: one of :data:`OBLIGATIONS`); ``entry_into_force`` rows give the date an
ATOP alliance (``atopid``) entered into force, since ATOP dates from signature.

``relations_europe_1872_1907.csv``: signed relations among the six European great powers, one
row per pair per change: ``year`` (int), ``a``, ``b`` (abbreviations), ``sign`` (+1 friendly,
-1 hostile), ``event``, ``source``. The 1872 rows sign every pair; later rows are changes.

Provenance
----------
COW NMC v6.0: Singer, Bremer and Stuckey (1972); codebook Greig and Enterline (2021).
ATOP v4.0: Leeds, Ritter, Mitchell and Long (2002); ATOP v4.0 codebook (Leeds 2018).
The European sequence follows the snapshots of Antal, Krapivsky and Redner (2006), after
Moore (1979); each row cites its treaty or a diplomatic history.

References
----------
- Singer, J. D., Bremer, S. and Stuckey, J. 1972. "Capability Distribution,
  Uncertainty, and Major Power War, 1820-1965." In B. Russett (ed.), *Peace, War, and
  Numbers*, 19-48. Beverly Hills: Sage.
- Greig, J. M. and Enterline, A. J. 2021. *National Material Capabilities (NMC) Data
  Documentation, Version 6.0.* Correlates of War Project.
- Leeds, B. A., Ritter, J. M., Mitchell, S. M. and Long, A. G. 2002. "Alliance Treaty
  Obligations and Provisions, 1815-1944." *International Interactions* 28: 237-260.
- Leeds, B. A. 2018. *Alliance Treaty Obligations and Provisions (ATOP) Codebook,
  Version 4.0.* Rice University.
- Antal, T., Krapivsky, P. L. and Redner, S. 2006. "Social balance on networks: The
  dynamics of friendship and enmity." *Physica D* 224: 130-136. See also their "Dynamics of
  social balance on networks", *Physical Review E* 72: 036121 (2005).
- Moore, M. 1979. "Structural balance and international relations." *European Journal
  of Social Psychology* 9: 323-326.

Examples
--------
>>> G = alliance_system(1960)
>>> G.edges["USA", "JPN"]["obligations"]
{'USA': 'defense', 'JPN': 'nonaggression'}
>>> STATES["JPN"]["ccode"]
740
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

__all__ = [
    "DATA_DIR",
    "DEFAULT_STATES",
    "OBLIGATIONS",
    "STATES",
    "DataError",
    "Problem",
    "alliance_system",
    "alliance_timeline",
    "check_file",
    "load_alliances",
    "load_capabilities",
    "load_relations",
    "main",
    "relations_graph",
]

DATA_DIR = Path(__file__).resolve().parent / "data"

#: Obligations from strongest to weakest; "alignment" is a tie with no treaty obligation.
OBLIGATIONS = ("defense", "offense", "neutrality", "nonaggression", "consultation", "alignment")
_OBLIGATION_COLUMNS = OBLIGATIONS[:-1]

#: The states of East Asia and the Pacific and the great powers, the default node set.
DEFAULT_STATES = (
    "USA", "UKG", "FRN", "RUS", "CHN", "TAW", "PRK", "ROK", "JPN", "PHI", "THI", "AUL", "NEW",
    "IND",
)  # fmt: skip

_NMC_LAST_YEAR = 2016
_FILES = {
    "capabilities": "capabilities.csv",
    "alliances": "alliances.csv",
    "supplement": "alliances_supplement.csv",
}
_RELATIONS = {"europe_1872_1907": "relations_europe_1872_1907.csv"}


@dataclass(frozen=True)
class Problem:
    """One bad cell (or a missing column, row 0) of a data file."""

    file: str
    row: int
    column: str
    value: str
    message: str

    def __str__(self) -> str:
        where = "header" if self.row == 0 else f"data row {self.row} (line {self.row + 1})"
        return f"{self.file}: {where}, column {self.column!r}, value {self.value!r}: {self.message}"


class DataError(ValueError):
    """A data file failed validation; ``problems`` lists every :class:`Problem` found.

    Rows are data rows counted from 1 after the header (a spreadsheet's line number is one
    more); row 0 is the header.
    """

    def __init__(self, problems: Iterable[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


# --- cell parsers: each returns the parsed value or raises ValueError with what was expected


def _int(lo: int | None = None, hi: int | None = None) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise ValueError("expected an integer") from None
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            raise ValueError(f"expected an integer in [{lo}, {hi}]")
        return value

    return parse


def _float(lo: float | None = None, hi: float | None = None) -> Callable[[str], float | None]:
    def parse(text: str) -> float | None:
        if text == "":
            return None
        try:
            value = float(text)
        except ValueError:
            raise ValueError("expected a number or an empty cell") from None
        if value != value or (lo is not None and value < lo) or (hi is not None and value > hi):
            raise ValueError(f"expected a number in [{lo}, {hi}] or an empty cell")
        return value

    return parse


def _date(text: str) -> pd.Timestamp | None:
    if text == "":
        return None
    try:
        return pd.Timestamp(dt.date.fromisoformat(text))
    except ValueError:
        raise ValueError("expected an ISO date YYYY-MM-DD or an empty cell") from None


def _required_date(text: str) -> pd.Timestamp:
    if text == "":
        raise ValueError("expected an ISO date YYYY-MM-DD")
    return _date(text)


def _bool(text: str) -> bool:
    lowered = text.strip().lower()
    if lowered in {"true", "1"}:
        return True
    if lowered in {"false", "0"}:
        return False
    raise ValueError("expected True or False")


def _text(text: str) -> str:
    if text.strip() == "":
        raise ValueError("expected non-empty text")
    return text


def _any_text(text: str) -> str:
    return text


def _state(text: str) -> str:
    if text not in STATES:
        raise ValueError("expected a known COW state abbreviation (see states.csv)")
    return text


def _optional(parse: Callable[[str], Any]) -> Callable[[str], Any]:
    return lambda text: None if text == "" else parse(text)


def _choice(options: Iterable[str]) -> Callable[[str], str]:
    options = tuple(options)

    def parse(text: str) -> str:
        if text not in options:
            raise ValueError(f"expected one of {', '.join(options)}")
        return text

    return parse


def _sign(text: str) -> int:
    if text.strip() not in {"1", "+1", "-1"}:
        raise ValueError("expected +1 or -1")
    return int(text)


_SCHEMAS: dict[str, dict[str, Callable[[str], Any]]] = {
    "capabilities": {
        "stateabb": _state,
        "ccode": _int(1, 999),
        "year": _int(1816, _NMC_LAST_YEAR),
        **{col: _float(0, None) for col in ("milex", "milper", "irst", "pec", "tpop", "upop")},
        "cinc": _float(0, 1),
    },
    "alliances": {
        "atopid": _int(1, None),
        "name": _text,
        "member": _state,
        "ccode": _int(1, 999),
        "signed": _required_date,
        "start": _required_date,
        "end": _date,
        **{col: _bool for col in _OBLIGATION_COLUMNS},
        "asymmetric": _bool,
    },
    "supplement": {
        "kind": _choice(("agreement", "entry_into_force")),
        "id": _text,
        "atopid": _optional(_int(1, None)),
        "name": _text,
        "member": _optional(_state),
        "ccode": _optional(_int(1, 999)),
        "signed": _date,
        "start": _date,
        "end": _date,
        "entry_into_force": _date,
        "type": _optional(_choice(OBLIGATIONS)),
        "asymmetric": _optional(_bool),
        "source": _text,
    },
    "relations": {
        "year": _int(1000, 3000),
        "a": _state,
        "b": _state,
        "sign": _sign,
        "event": _text,
        "source": _text,
    },
}


def _check_rows(kind: str, table: pd.DataFrame, raw: pd.DataFrame, file: str) -> list[Problem]:
    """Checks across cells of a row (and across rows) once every cell has parsed."""
    problems = []

    def add(i: int, column: str, message: str) -> None:
        problems.append(Problem(file, i + 1, column, raw.at[i, column], message))

    if "ccode" in table and ("member" in table or "stateabb" in table):
        abb = table["member"] if "member" in table else table["stateabb"]
        for i, (a, code) in enumerate(zip(abb, table["ccode"], strict=True)):
            if a in STATES and code is not None and STATES[a]["ccode"] != code:
                add(i, "ccode", f"expected {STATES[a]['ccode']}, the COW code of {a}")
    if kind in {"alliances", "supplement"}:
        for i, (start, end) in enumerate(zip(table["start"], table["end"], strict=True)):
            if start is not None and end is not None and end < start:
                add(i, "end", f"expected a date on or after start {start.date()}")
        for i, (signed, start) in enumerate(zip(table["signed"], table["start"], strict=True)):
            if signed is not None and start is not None and start < signed:
                add(i, "start", f"expected a date on or after signed {signed.date()}")
    if kind == "supplement":
        needs = {
            "agreement": ("member", "ccode", "signed", "start", "type"),
            "entry_into_force": ("atopid", "entry_into_force"),
        }
        for i, row in table.iterrows():
            for column in needs.get(row["kind"], ()):
                if raw.at[i, column].strip() == "":
                    add(i, column, f"expected a value in a {row['kind']} row")
    if kind == "capabilities":
        dup = table.duplicated(["stateabb", "year"], keep="first")
        for i in dup[dup].index:
            add(i, "year", f"duplicate state-year for {table.at[i, 'stateabb']}")
    if kind == "relations":
        for i, (a, b) in enumerate(zip(table["a"], table["b"], strict=True)):
            if a == b:
                add(i, "b", "expected a state other than a")
    return problems


def _validate(path: Path, kind: str) -> pd.DataFrame:
    """Read ``path`` as a ``kind`` file; raise DataError listing every problem."""
    file = str(path)
    schema = _SCHEMAS[kind]
    try:
        raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (OSError, pd.errors.ParserError, pd.errors.EmptyDataError) as err:
        raise DataError([Problem(file, 0, "", "", f"cannot read the file as CSV: {err}")]) from err
    problems = [
        Problem(file, 0, column, "", "column missing from the header")
        for column in schema
        if column not in raw.columns
    ]
    problems += [
        Problem(file, 0, column, "", f"unexpected column; expected {', '.join(schema)}")
        for column in raw.columns
        if column not in schema
    ]
    if problems:
        raise DataError(problems)
    parsed: dict[str, list[Any]] = {}
    for column, parse in schema.items():
        values = []
        for i, text in enumerate(raw[column]):
            try:
                values.append(parse(text))
            except ValueError as err:
                problems.append(Problem(file, i + 1, column, text, str(err)))
                values.append(None)
        parsed[column] = values
    table = pd.DataFrame(parsed, index=raw.index, dtype=object)
    problems += _check_rows(kind, table, raw, file)
    if problems:
        raise DataError(problems)
    return table


def _finish(table: pd.DataFrame, kind: str) -> pd.DataFrame:
    """Give a validated table its column dtypes."""
    out = table.copy()
    for column, parse in _SCHEMAS[kind].items():
        if parse is _date or parse is _required_date:
            out[column] = pd.to_datetime(out[column])
        elif column in {"ccode", "year", "atopid", "sign"}:
            out[column] = out[column].astype("Int64" if out[column].isna().any() else int)
        elif kind == "capabilities" and column not in {"stateabb"}:
            out[column] = out[column].astype(float)
        elif parse is _bool:
            out[column] = out[column].astype(bool)
    return out


@cache
def _load_default(kind: str, filename: str) -> pd.DataFrame:
    return _finish(_validate(DATA_DIR / filename, kind), kind)


def _load(kind: str, filename: str, path: str | Path | None) -> pd.DataFrame:
    if path is None:
        return _load_default(kind, filename).copy()
    return _finish(_validate(Path(path), kind), kind)


def _read_states() -> dict[str, dict[str, Any]]:
    table = pd.read_csv(DATA_DIR / "states.csv", keep_default_na=False)
    return {
        row.stateabb: {
            "ccode": int(row.ccode),
            "name": row.name,
            "first_year": int(row.first_year),
            "last_year": int(row.last_year),
        }
        for row in table.itertuples(index=False)
    }


#: COW abbreviation -> dict(ccode, name, first_year, last_year), every state in NMC v6.0.
STATES: dict[str, dict[str, Any]] = _read_states()


def _check_states(states: Iterable[str] | str | None) -> list[str] | None:
    if states is None:
        return None
    if isinstance(states, str):
        states = [states]
    states = list(states)
    unknown = [s for s in states if s not in STATES]
    if unknown:
        raise ValueError(f"unknown state abbreviation(s) {unknown}; expected COW codes in STATES")
    return states


def load_capabilities(
    states: Iterable[str] | None = None,
    years: int | tuple[int, int] | Iterable[int] | None = None,
    path: str | Path | None = None,
) -> pd.DataFrame:
    """COW National Material Capabilities v6.0, one row per state-year.

    Parameters
    ----------
    states : iterable of str, optional
        COW abbreviations; default all states in the file.
    years : int, (start, end) tuple (inclusive) or iterable of int, optional
        Default all years in the file.
    path : path, optional
        A CSV in the ``capabilities.csv`` schema instead of the bundled file.

    Returns
    -------
    pandas.DataFrame
        Columns stateabb, ccode, year, milex, milper, irst, pec, tpop, upop, cinc; missing
        values are NaN, and state-years absent from NMC (Japan 1946-51) are absent.

    Raises
    ------
    ValueError
        A state not in the data or a year outside the data's range.
    DataError
        The file fails validation.

    References
    ----------
    Singer, Bremer and Stuckey (1972); Greig and Enterline (2021), NMC v6.0 codebook.

    Examples
    --------
    >>> load_capabilities(["JPN"], (1950, 1953)).year.tolist()
    [1952, 1953]
    >>> round(float(load_capabilities("USA", 1950).cinc.iloc[0]), 3)
    0.284
    """
    table = _load("capabilities", _FILES["capabilities"], path)
    lo, hi = int(table.year.min()), int(table.year.max())
    chosen = _check_states(states)
    if chosen is not None:
        absent = [s for s in chosen if s not in set(table.stateabb)]
        if absent:
            raise ValueError(f"state(s) {absent} not in the capabilities data")
        table = table[table.stateabb.isin(chosen)]
    if years is not None:
        if isinstance(years, int):
            wanted = [years]
        elif isinstance(years, tuple) and len(years) == 2:
            if years[0] > years[1]:
                raise ValueError(f"year range {years} has start after end")
            wanted = list(range(years[0], years[1] + 1))
        else:
            wanted = [int(y) for y in years]
        outside = sorted({y for y in wanted if not lo <= y <= hi})
        if outside:
            raise ValueError(f"year(s) {outside} outside the data's range {lo}-{hi}")
        table = table[table.year.isin(wanted)]
    return table.reset_index(drop=True)


def _strongest(flags: dict[str, bool]) -> str:
    for obligation in _OBLIGATION_COLUMNS:
        if flags[obligation]:
            return obligation
    return "alignment"


def load_alliances(
    states: Iterable[str] | None = None,
    year: int | None = None,
    include_supplement: bool = True,
    path: str | Path | None = None,
    *,
    date: str = "in_force",
    supplement_path: str | Path | None = None,
) -> pd.DataFrame:
    """Alliance memberships: ATOP v4.0 rows, plus the hand-curated supplement.

    Parameters
    ----------
    states : iterable of str, optional
        Keep the rows of these members only.
    year : int, optional
        Keep the memberships in force at some time in this year.
    include_supplement : bool
        Add the supplement's agreements and its entry-into-force dates.
    path, supplement_path : path, optional
        CSVs in the ``alliances.csv`` / ``alliances_supplement.csv`` schema.
    date : {"in_force", "signed"}
        With ``year``: date a membership from entry into force where the supplement knows it
        (else from signature or accession, as ATOP does), or always from signature.

    Returns
    -------
    pandas.DataFrame
        One row per member per alliance spell: id (str; the ATOP id or the supplement's id),
        atopid, name, member, ccode, signed, start, end (NaT: in force at the data's end),
        entry_into_force, type (the member's strongest obligation, see :data:`OBLIGATIONS`),
        defense, offense, neutrality, nonaggression, consultation, asymmetric, source.

    References
    ----------
    Leeds et al. (2002); ATOP v4.0 codebook (2018).

    Examples
    --------
    >>> us_jp = load_alliances(["USA", "JPN"], year=1960)
    >>> treaty = us_jp[us_jp.atopid == 3375]
    >>> treaty.member.tolist(), treaty.type.tolist()
    (['USA', 'JPN'], ['defense', 'nonaggression'])
    >>> str(treaty.entry_into_force.iloc[0].date())
    '1960-06-23'
    """
    if date not in {"in_force", "signed"}:
        raise ValueError(f"date must be 'in_force' or 'signed', not {date!r}")
    atop = _load("alliances", _FILES["alliances"], path)
    atop["id"] = atop.atopid.astype(str)
    atop["type"] = [_strongest(r) for r in atop[list(_OBLIGATION_COLUMNS)].to_dict("records")]
    atop["source"] = "ATOP v4.0 (Leeds et al. 2002)"
    atop["entry_into_force"] = pd.NaT
    frames = [atop]
    if include_supplement:
        supp = _load("supplement", _FILES["supplement"], supplement_path)
        eif = supp[supp.kind == "entry_into_force"]
        when = dict(zip(eif.atopid.astype(int), eif.entry_into_force, strict=True))
        atop["entry_into_force"] = pd.to_datetime(atop.atopid.map(when))
        agreements = supp[supp.kind == "agreement"].copy()
        for obligation in _OBLIGATION_COLUMNS:
            agreements[obligation] = agreements["type"] == obligation
        agreements["asymmetric"] = agreements["asymmetric"].fillna(False).astype(bool)
        agreements["atopid"] = pd.NA
        frames.append(agreements)
    columns = ["id", "atopid", "name", "member", "ccode", "signed", "start", "end"]
    columns += ["entry_into_force", "type", *_OBLIGATION_COLUMNS, "asymmetric", "source"]
    table = pd.concat([f[columns] for f in frames], ignore_index=True)
    for column in ("signed", "start", "end", "entry_into_force"):
        table[column] = pd.to_datetime(table[column])
    table["atopid"] = table["atopid"].astype("Int64")
    table["ccode"] = table["ccode"].astype(int)
    chosen = _check_states(states)
    if chosen is not None:
        table = table[table.member.isin(chosen)]
    if year is not None:
        table = table[_active(table, int(year), date)]
    return table.reset_index(drop=True)


def alliance_timeline(
    states: Iterable[str] | None = None, include_supplement: bool = True
) -> pd.DataFrame:
    """One row per agreement, in the order signed: the book's timeline appendix.

    Parameters
    ----------
    states : iterable of str, optional
        Keep the agreements with at least one of these members.
    include_supplement : bool
        Add the hand-curated agreements and entry-into-force dates.

    Returns
    -------
    pandas.DataFrame
        Columns: id, name, members (abbreviations joined by ", " in the data's order), signed,
        entry_into_force (NaT where the data do not say, or it equals signature), ended (NaT:
        in force at the end of the data), strongest (the strongest obligation any member
        takes on), asymmetric (members' obligations differ), source.

    References
    ----------
    Leeds et al. (2002); ATOP v4.0 codebook (2018).

    Examples
    --------
    >>> t = alliance_timeline(["JPN"])
    >>> row = t[t.id == "3375"].iloc[0]
    >>> row.members, str(row.signed.date()), str(row.entry_into_force.date()), bool(row.asymmetric)
    ('USA, JPN', '1960-01-19', '1960-06-23', True)
    """
    table = load_alliances(include_supplement=include_supplement)
    chosen = _check_states(states)
    if chosen is not None:
        table = table[table.id.isin(table.id[table.member.isin(chosen)])]
    rank = {obligation: i for i, obligation in enumerate(OBLIGATIONS)}
    rows = []
    for agreement_id, group in table.groupby("id", sort=False):
        ends = group.end
        rows.append(
            {
                "id": agreement_id,
                "name": group.name.iloc[0],
                "members": ", ".join(dict.fromkeys(group.member)),
                "signed": group.signed.min(),
                "entry_into_force": group.entry_into_force.min(),
                "ended": pd.NaT if ends.isna().any() else ends.max(),
                "strongest": min(group.type, key=rank.__getitem__),
                "asymmetric": bool(group.asymmetric.any()),
                "source": group.source.iloc[0],
            }
        )
    timeline = pd.DataFrame(rows)
    return timeline.sort_values(["signed", "name"], kind="stable").reset_index(drop=True)


def _active(table: pd.DataFrame, year: int, date: str) -> pd.Series:
    """Memberships in force at some time during ``year``."""
    begin = table.start
    if date == "in_force":
        begin = table[["start", "entry_into_force"]].max(axis=1)
    first, last = pd.Timestamp(year, 1, 1), pd.Timestamp(year, 12, 31)
    return (begin <= last) & (table.end.isna() | (table.end >= first))


def alliance_system(
    year: int,
    states: Iterable[str] | None = None,
    date: str = "in_force",
    path: str | Path | None = None,
    include_supplement: bool = True,
) -> nx.Graph:
    """The alliance network in force in ``year``, with capabilities on the nodes.

    Parameters
    ----------
    year : int
        An alliance (membership) counts if it is in force at some time during the year.
    states : iterable of str, optional
        The node set; default :data:`DEFAULT_STATES`. A state is a node if it is a member of
        the state system that year (its NMC span, gaps included: occupied Japan is a node in
        1946-51 with ``cinc`` None) or a member of an alliance in force.
    date : {"in_force", "signed"}
        Date alliances from entry into force where known (the 1951 US-Japan Security Treaty
        from 28 Apr 1952) or from signature (ATOP's convention).
    path : path, optional
        An alliances CSV in the ``alliances.csv`` schema instead of the bundled file.
    include_supplement : bool
        Use the supplement (post-2016 agreements, alignments, entry-into-force dates).

    Returns
    -------
    networkx.Graph
        Nodes: abbreviation, attrs ``name``, ``ccode``, ``cinc`` (None where NMC has no
        value, e.g. Japan 1946-51 and every state after 2016). Edges: ``type`` (strongest
        obligation on the edge), ``treaties`` (list of dicts id, name, type, obligations,
        asymmetric), ``obligations`` ({abb: strongest obligation of that member on the edge})
        and ``asymmetric`` (ATOP's flag on any treaty of the edge).

    References
    ----------
    Leeds et al. (2002); Singer, Bremer and Stuckey (1972).

    Examples
    --------
    >>> alliance_system(1951).has_edge("USA", "JPN")
    False
    >>> alliance_system(1951, date="signed").has_edge("USA", "JPN")
    True
    >>> G = alliance_system(1952)
    >>> G.edges["USA", "JPN"]["type"], G.nodes["JPN"]["cinc"] is not None
    ('defense', True)
    >>> alliance_system(1950).nodes["JPN"]["cinc"] is None
    True
    """
    if isinstance(year, bool) or not isinstance(year, int):
        raise ValueError(f"year must be an integer, not {year!r}")
    table = load_alliances(include_supplement=include_supplement, path=path, date=date)
    lo = 1945
    hi = int(max(table.start.dt.year.max(), table.entry_into_force.dt.year.max(), 2016))
    if not lo <= year <= hi:
        raise ValueError(f"year {year} outside the data's range {lo}-{hi}")
    chosen = _check_states(states) or list(DEFAULT_STATES)
    active = table[_active(table, year, date) & table.member.isin(chosen)]
    members = set(active.member)
    caps = _load_default("capabilities", _FILES["capabilities"])
    cinc = caps[caps.year == year].set_index("stateabb").cinc.to_dict()
    G = nx.Graph()
    for abb in chosen:
        info = STATES[abb]
        last = info["last_year"] if info["last_year"] < _NMC_LAST_YEAR else hi
        if info["first_year"] <= year <= last or abb in members:
            value = cinc.get(abb)
            G.add_node(
                abb,
                name=info["name"],
                ccode=info["ccode"],
                cinc=None if value is None or pd.isna(value) else float(value),
            )
    for ident, grp in active.groupby("id", sort=False):
        own = {r["member"]: r for r in grp.to_dict("records")}
        ranks = {abb: min(_rank(r) for r in grp[grp.member == abb].to_dict("records"))
                 for abb in own}  # fmt: skip
        abbs = sorted(own, key=chosen.index)
        for i, a in enumerate(abbs):
            for b in abbs[i + 1 :]:
                obligations = {a: OBLIGATIONS[ranks[a]], b: OBLIGATIONS[ranks[b]]}
                treaty = {
                    "id": ident,
                    "name": own[a]["name"],
                    "type": OBLIGATIONS[min(ranks[a], ranks[b])],
                    "obligations": obligations,
                    "asymmetric": bool(own[a]["asymmetric"] or own[b]["asymmetric"]),
                }
                if G.has_edge(a, b):
                    G.edges[a, b]["treaties"].append(treaty)
                else:
                    G.add_edge(a, b, treaties=[treaty])
    for a, b, data in G.edges(data=True):
        best = {
            x: min(OBLIGATIONS.index(t["obligations"][x]) for t in data["treaties"]) for x in (a, b)
        }
        data["obligations"] = {x: OBLIGATIONS[r] for x, r in best.items()}
        data["type"] = OBLIGATIONS[min(best.values())]
        data["asymmetric"] = any(t["asymmetric"] for t in data["treaties"])
    return G


def _rank(row: dict[str, Any]) -> int:
    return OBLIGATIONS.index(row["type"])


def load_relations(
    name: str = "europe_1872_1907",
    year: int | None = None,
    path: str | Path | None = None,
) -> pd.DataFrame:
    """A signed relation table: one row per pair per change of sign.

    Parameters
    ----------
    name : str
        A bundled table; ``"europe_1872_1907"`` is the six European great powers (GMY, AUH,
        ITA, RUS, FRN, UKG) from the Three Emperors' League to the Triple Entente, after the
        snapshots of Antal, Krapivsky and Redner (2006).
    year : int, optional
        Return instead the relation of every pair in force in that year (its latest row).
    path : path, optional
        A CSV in the ``relations_*.csv`` schema instead of the bundled table.

    Returns
    -------
    pandas.DataFrame
        Columns year, a, b, sign (+1 or -1), event, source.

    References
    ----------
    Antal, Krapivsky and Redner (2006), after Moore (1979).

    Examples
    --------
    >>> table = load_relations("europe_1872_1907")
    >>> int(table.year.min()), int(table.year.max())
    (1872, 1907)
    >>> len(load_relations("europe_1872_1907", year=1907))
    15
    """
    if path is None and name not in _RELATIONS:
        raise ValueError(f"unknown relation table {name!r}; expected one of {list(_RELATIONS)}")
    table = _load("relations", _RELATIONS.get(name, ""), path)
    if year is None:
        return table.reset_index(drop=True)
    lo, hi = int(table.year.min()), int(table.year.max())
    if not lo <= year <= hi:
        raise ValueError(f"year {year} outside the table's range {lo}-{hi}")
    table = table[table.year <= year].copy()
    table["pair"] = [frozenset(p) for p in zip(table.a, table.b, strict=True)]
    latest = table.sort_values("year", kind="stable").groupby("pair", sort=False).tail(1)
    return latest.drop(columns="pair").sort_index().reset_index(drop=True)


def relations_graph(
    name: str = "europe_1872_1907", year: int = 1907, path: str | Path | None = None
) -> nx.Graph:
    """The signed graph (edge attr ``sign`` in {+1, -1}, plus ``event``) in force in ``year``.

    Examples
    --------
    >>> G = relations_graph("europe_1872_1907", 1907)
    >>> sorted(b for b in G["UKG"] if G.edges["UKG", b]["sign"] == 1)
    ['FRN', 'RUS']
    >>> G.edges["GMY", "RUS"]["sign"]
    -1
    """
    G = nx.Graph()
    for row in load_relations(name, year=year, path=path).itertuples(index=False):
        G.add_edge(row.a, row.b, sign=int(row.sign), event=row.event, year=int(row.year))
    return G


def _guess_kind(path: Path) -> str:
    header = set(pd.read_csv(path, nrows=0).columns)
    if "cinc" in header:
        return "capabilities"
    if "sign" in header:
        return "relations"
    if "kind" in header:
        return "supplement"
    return "alliances"


def check_file(path: str | Path, kind: str | None = None) -> list[Problem]:
    """Every problem in a data file (empty list if it is valid).

    Examples
    --------
    >>> check_file(DATA_DIR / "capabilities.csv")
    []
    """
    path = Path(path)
    try:
        kind = kind or _guess_kind(path)
        _validate(path, kind)
    except DataError as err:
        return err.problems
    except (OSError, pd.errors.ParserError, pd.errors.EmptyDataError) as err:
        return [Problem(str(path), 0, "", "", f"cannot read the file as CSV: {err}")]
    return []


def main(argv: list[str] | None = None) -> int:
    """``python -m alliance_lib.datasets check FILE [--kind KIND]``: validate a data file."""
    parser = argparse.ArgumentParser(prog="python -m alliance_lib.datasets")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate a data file and list every problem")
    check.add_argument("file", type=Path)
    check.add_argument("--kind", choices=["capabilities", "alliances", "supplement", "relations"])
    args = parser.parse_args(argv)
    problems = check_file(args.file, args.kind)
    if problems:
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problem(s) in {args.file}", file=sys.stderr)
        return 1
    rows = len(pd.read_csv(args.file, dtype=str, keep_default_na=False))
    print(f"OK: {rows} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
