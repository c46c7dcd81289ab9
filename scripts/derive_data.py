"""Derive the bundled data of :mod:`alliance_lib.datasets` from the published sources.

Run from the repository root (re-runnable; overwrites the derived files)::

    .venv/bin/python scripts/derive_data.py [--source ../shared/data] [--out alliance_lib/data]

Inputs (``--source``): COW National Material Capabilities v6.0 (``NMC-60-abridged.csv``) and
ATOP v4.0 (``atop-alliance-level.csv``, ``atop-member-level.csv``), plus the curated
``treaty_names.csv`` in ``--out`` (ATOP has no treaty names).

Outputs (``--out``): ``capabilities.csv``, ``alliances.csv``, ``alliances_supplement.csv``,
``relations_europe_1872_1907.csv`` and ``states.csv``.

Selection rules
---------------
- An ATOP alliance is kept when at least two of its members are among the East Asia/Pacific
  states ``PACIFIC`` and at least one of those is a regional state (``REGIONAL``: not only
  the outside great powers USA, UKG, FRN, RUS, which would otherwise pull in NATO and the
  European pacts), and some member is in it at some time from 1945 to 2016. All members of a
  kept alliance are kept ("whoever else is with them").
- ``capabilities.csv`` keeps 1946-2016 rows of ``CORE_CAPABILITIES`` and of every member of a
  kept alliance whose membership overlaps 1946-2016. NMC ``-9`` is written as an empty cell.
  States missing from NMC in a year (Japan 1946-51, under occupation) stay missing.
- ATOP member rows are merged across phases when consecutive phases give the member the same
  obligations; otherwise each phase is its own row.

Dates: ATOP dates membership from signature (or accession). A day or month coded 0 or -9 is
unknown: an unknown entry day/month becomes the first day of the month/year, an unknown exit
day/month the last day of the month/year (none of the kept rows needs this with ATOP v4.0,
the rule is here for other versions). An exit year of 0 means in force at the end of the data
(2016) and is written as an empty ``end``.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO.parent / "shared" / "data"
DEFAULT_OUT = REPO / "alliance_lib" / "data"

CAP_YEARS = (1946, 2016)
ALLIANCE_YEARS = (1945, 2016)
PACIFIC = {2, 740, 710, 713, 365, 731, 732, 840, 800, 900, 920, 200, 220}
OUTSIDE_POWERS = {2, 200, 220, 365}
REGIONAL = PACIFIC - OUTSIDE_POWERS
CORE_CAPABILITIES = PACIFIC | {750}
EUROPE_1872 = {"GMY": 255, "AUH": 300, "ITA": 325, "RUS": 365, "FRN": 220, "UKG": 200}
NMC_COLUMNS = ["milex", "milper", "irst", "pec", "tpop", "upop", "cinc"]
OBLIGATIONS = {
    "defense": "defense",
    "offense": "offense",
    "neutral": "neutrality",
    "nonagg": "nonaggression",
    "consul": "consultation",
}

# English names of the COW state system members (COW State System Membership List v2016).
STATE_NAMES = {
    2: "United States of America", 20: "Canada", 31: "Bahamas", 40: "Cuba", 41: "Haiti",
    42: "Dominican Republic", 51: "Jamaica", 52: "Trinidad and Tobago", 53: "Barbados",
    54: "Dominica", 55: "Grenada", 56: "St. Lucia", 57: "St. Vincent and the Grenadines",
    58: "Antigua and Barbuda", 60: "St. Kitts and Nevis", 70: "Mexico", 80: "Belize",
    90: "Guatemala", 91: "Honduras", 92: "El Salvador", 93: "Nicaragua", 94: "Costa Rica",
    95: "Panama", 100: "Colombia", 101: "Venezuela", 110: "Guyana", 115: "Suriname",
    130: "Ecuador", 135: "Peru", 140: "Brazil", 145: "Bolivia", 150: "Paraguay", 155: "Chile",
    160: "Argentina", 165: "Uruguay", 200: "United Kingdom", 205: "Ireland",
    210: "Netherlands", 211: "Belgium", 212: "Luxembourg", 220: "France", 221: "Monaco",
    223: "Liechtenstein", 225: "Switzerland", 230: "Spain", 232: "Andorra", 235: "Portugal",
    240: "Hanover", 245: "Bavaria", 255: "Germany", 260: "German Federal Republic",
    265: "German Democratic Republic", 267: "Baden", 269: "Saxony", 271: "Wuerttemberg",
    273: "Hesse Electoral", 275: "Hesse Grand Ducal", 280: "Mecklenburg-Schwerin",
    290: "Poland", 300: "Austria-Hungary", 305: "Austria", 310: "Hungary",
    315: "Czechoslovakia", 316: "Czech Republic", 317: "Slovakia", 325: "Italy",
    327: "Papal States", 329: "Two Sicilies", 331: "San Marino", 332: "Modena", 335: "Parma",
    337: "Tuscany", 338: "Malta", 339: "Albania", 341: "Montenegro", 343: "Macedonia",
    344: "Croatia", 345: "Yugoslavia", 346: "Bosnia and Herzegovina", 347: "Kosovo",
    349: "Slovenia", 350: "Greece", 352: "Cyprus", 355: "Bulgaria", 359: "Moldova",
    360: "Romania", 365: "Russia (USSR)", 366: "Estonia", 367: "Latvia", 368: "Lithuania",
    369: "Ukraine", 370: "Belarus", 371: "Armenia", 372: "Georgia", 373: "Azerbaijan",
    375: "Finland", 380: "Sweden", 385: "Norway", 390: "Denmark", 395: "Iceland",
    402: "Cape Verde", 403: "Sao Tome and Principe", 404: "Guinea-Bissau",
    411: "Equatorial Guinea", 420: "Gambia", 432: "Mali", 433: "Senegal", 434: "Benin",
    435: "Mauritania", 436: "Niger", 437: "Ivory Coast", 438: "Guinea", 439: "Burkina Faso",
    450: "Liberia", 451: "Sierra Leone", 452: "Ghana", 461: "Togo", 471: "Cameroon",
    475: "Nigeria", 481: "Gabon", 482: "Central African Republic", 483: "Chad", 484: "Congo",
    490: "Democratic Republic of the Congo", 500: "Uganda", 501: "Kenya", 510: "Tanzania",
    511: "Zanzibar", 516: "Burundi", 517: "Rwanda", 520: "Somalia", 522: "Djibouti",
    530: "Ethiopia", 531: "Eritrea", 540: "Angola", 541: "Mozambique", 551: "Zambia",
    552: "Zimbabwe", 553: "Malawi", 560: "South Africa", 565: "Namibia", 570: "Lesotho",
    571: "Botswana", 572: "Swaziland", 580: "Madagascar", 581: "Comoros", 590: "Mauritius",
    591: "Seychelles", 600: "Morocco", 615: "Algeria", 616: "Tunisia", 620: "Libya",
    625: "Sudan", 626: "South Sudan", 630: "Iran", 640: "Turkey", 645: "Iraq", 651: "Egypt",
    652: "Syria", 660: "Lebanon", 663: "Jordan", 666: "Israel", 670: "Saudi Arabia",
    678: "Yemen Arab Republic", 679: "Yemen", 680: "Yemen People's Republic", 690: "Kuwait",
    692: "Bahrain", 694: "Qatar", 696: "United Arab Emirates", 698: "Oman",
    700: "Afghanistan", 701: "Turkmenistan", 702: "Tajikistan", 703: "Kyrgyzstan",
    704: "Uzbekistan", 705: "Kazakhstan", 710: "China (PRC)", 712: "Mongolia",
    713: "Taiwan (ROC)", 730: "Korea", 731: "North Korea (DPRK)", 732: "South Korea (ROK)",
    740: "Japan", 750: "India", 760: "Bhutan", 770: "Pakistan", 771: "Bangladesh",
    775: "Myanmar", 780: "Sri Lanka", 781: "Maldives", 790: "Nepal", 800: "Thailand",
    811: "Cambodia", 812: "Laos", 816: "Vietnam (DRV)", 817: "Republic of Vietnam",
    820: "Malaysia", 830: "Singapore", 835: "Brunei", 840: "Philippines", 850: "Indonesia",
    860: "East Timor", 900: "Australia", 910: "Papua New Guinea", 920: "New Zealand",
    935: "Vanuatu", 940: "Solomon Islands", 946: "Kiribati", 947: "Tuvalu", 950: "Fiji",
    955: "Tonga", 970: "Nauru", 983: "Marshall Islands", 986: "Palau",
    987: "Federated States of Micronesia", 990: "Samoa",
}  # fmt: skip

_SUPPLEMENT_COLUMNS = [
    "kind", "id", "atopid", "name", "member", "ccode", "signed", "start", "end",
    "entry_into_force", "type", "asymmetric", "source",
]  # fmt: skip

# Agreements ATOP lacks (after 2016, or alignments without treaty obligations), one row per
# agreement here, expanded to one row per member below. Each source is a published document.
_AGREEMENTS = [
    (
        "JPN-AUL-2007", "Japan-Australia Joint Declaration on Security Cooperation, 2007",
        ["JPN", "AUL"], "2007-03-13", "", "consultation",
        "Ministry of Foreign Affairs of Japan, 'Japan-Australia Joint Declaration on Security "
        "Cooperation' (Tokyo, 13 March 2007)",
    ),
    (
        "QUAD-2017", "Quadrilateral Security Dialogue (Quad), revived 2017",
        ["USA", "JPN", "AUL", "IND"], "2017-11-12", "", "consultation",
        "Ministry of Foreign Affairs of Japan, press release 'Australia-India-Japan-U.S. "
        "Consultations on the Indo-Pacific' (12 November 2017, Manila); first leaders' "
        "meeting (virtual) 12 March 2021, 'Quad Leaders' Joint Statement: The Spirit of the "
        "Quad'",
    ),
    (
        "AUKUS-2021", "AUKUS trilateral security partnership, 2021",
        ["AUL", "UKG", "USA"], "2021-09-15", "", "alignment",
        "'Joint Leaders Statement on AUKUS' (White House, 15 September 2021)",
    ),
    (
        "JPN-AUL-RAA-2022", "Japan-Australia Reciprocal Access Agreement, 2022",
        ["JPN", "AUL"], "2022-01-06", "2023-08-13", "alignment",
        "Ministry of Foreign Affairs of Japan, press release 'Exchange of Diplomatic Notes for "
        "the Entry into Force of Japan-Australia Reciprocal Access Agreement' (8 August 2023): "
        "signed 6 January 2022, in force 13 August 2023",
    ),
    (
        "JPN-AUL-2022", "Japan-Australia Joint Declaration on Security Cooperation, 2022",
        ["JPN", "AUL"], "2022-10-22", "", "consultation",
        "Ministry of Foreign Affairs of Japan, 'Japan-Australia Joint Declaration on Security "
        "Cooperation' (Perth, 22 October 2022)",
    ),
    (
        "JPN-UKG-RAA-2023", "Japan-UK Reciprocal Access Agreement, 2023",
        ["JPN", "UKG"], "2023-01-11", "2023-10-15", "alignment",
        "Ministry of Foreign Affairs of Japan, press release 'Exchange of Diplomatic Notes for "
        "Entry into Force of Japan-UK Reciprocal Access Agreement' (15 September 2023): signed "
        "11 January 2023, in force 15 October 2023",
    ),
    (
        "JPN-PHI-RAA-2024", "Japan-Philippines Reciprocal Access Agreement, 2024",
        ["JPN", "PHI"], "2024-07-08", "2025-09-11", "alignment",
        "Ministry of Foreign Affairs of Japan, 'Japan-Philippines Relations' (8 July 2024, "
        "signature of the Japan-Philippines RAA); entry into force 11 September 2025 after "
        "the exchange of notes of 12 August 2025 (BusinessWorld, 12 August 2025)",
    ),
    (
        "RUS-PRK-2024",
        "Treaty on Comprehensive Strategic Partnership between Russia and North Korea, 2024",
        ["RUS", "PRK"], "2024-06-19", "2024-12-04", "defense",
        "Signed in Pyongyang 19 June 2024; Article 4 commits each party to provide military "
        "and other assistance if the other is attacked; in force 4 December 2024 on the "
        "exchange of instruments of ratification (Interfax, 'Russia-N. Korea Treaty of "
        "Comprehensive Strategic Partnership takes effect - KCNA', 5 December 2024)",
    ),
]  # fmt: skip

# Entry-into-force dates for ATOP alliances (ATOP dates from signature).
_ENTRY_INTO_FORCE = [
    (3220, "1952-04-28",
     "Security Treaty between the United States and Japan (signed 8 Sep 1951), in force with "
     "the Treaty of Peace with Japan on 28 Apr 1952"),
    (3375, "1960-06-23",
     "Treaty of Mutual Cooperation and Security between Japan and the United States of America "
     "(signed 19 Jan 1960), ratifications exchanged and in force 23 Jun 1960"),
    (3215, "1952-04-29",
     "Australian Treaty Series 1952 No 2: ANZUS, entry into force generally 29 April 1952"),
    (3210, "1952-08-27",
     "Mutual Defense Treaty between the Republic of the Philippines and the United States of "
     "America, 177 UNTS 133, TIAS 2529: in force 27 August 1952 on exchange of ratifications"),
    (3240, "1954-11-17",
     "Mutual Defense Treaty between the United States and the Republic of Korea, 5 UST 2368: "
     "in force 17 November 1954 (Eisenhower, Special Message to the Senate, editorial note, "
     "American Presidency Project)"),
    (3270, "1955-03-03",
     "Mutual Defense Treaty between the United States of America and the Republic of China, "
     "6 UST 433, TIAS 3178: in force 3 March 1955"),
]  # fmt: skip

_TAYLOR = (
    "Taylor, A. J. P. 1954. The Struggle for Mastery in Europe 1848-1918. Oxford: Clarendon Press"
)
_ARS = "coded as in Antal, Krapivsky & Redner 2006, Physica D 224:130, Fig. 10"

# Signed relations among the European great powers, 1872-1907 (see the module docstring of
# alliance_lib.datasets). 1872 rows give every pair its initial sign; later rows are changes.
_EUROPE = [
    (1872, "GMY", "AUH", 1, "Three Emperors' League (meeting of the emperors, Berlin, Sep 1872)",
     "Schoenbrunn Convention, 6 Jun 1873, acceded to by Germany 22 Oct 1873; " + _TAYLOR),
    (1872, "GMY", "RUS", 1, "Three Emperors' League", "Schoenbrunn Convention, 1873; " + _TAYLOR),
    (1872, "AUH", "RUS", 1, "Three Emperors' League", "Schoenbrunn Convention, 1873; " + _TAYLOR),
    (1872, "GMY", "FRN", -1, "Franco-Prussian War and annexation of Alsace-Lorraine",
     "Treaty of Frankfurt, 10 May 1871; " + _ARS),
    (1872, "AUH", "FRN", -1, "no alliance; France isolated by Bismarck", _TAYLOR + "; " + _ARS),
    (1872, "RUS", "FRN", -1, "no alliance; France isolated by Bismarck", _TAYLOR + "; " + _ARS),
    (1872, "UKG", "FRN", -1, "colonial rivalry", _TAYLOR + "; " + _ARS),
    (1872, "UKG", "RUS", -1, "Anglo-Russian rivalry in the Near East and Central Asia",
     _TAYLOR + "; " + _ARS),
    (1872, "UKG", "AUH", -1, "no alliance", _ARS),
    (1872, "UKG", "GMY", -1, "no alliance", _ARS),
    (1872, "UKG", "ITA", -1, "no alliance", _ARS),
    (1872, "ITA", "GMY", -1, "no alliance", _ARS),
    (1872, "ITA", "AUH", -1, "Italian irredentism (Trentino, Trieste)", _TAYLOR + "; " + _ARS),
    (1872, "ITA", "FRN", -1, "no alliance", _ARS),
    (1872, "ITA", "RUS", -1, "no alliance", _ARS),
    (1882, "GMY", "ITA", 1, "Triple Alliance",
     "Treaty of Alliance between Austria-Hungary, Germany and Italy, Vienna, 20 May 1882; "
     "Pribram, The Secret Treaties of Austria-Hungary 1879-1914, vol. 1 (1920)"),
    (1882, "AUH", "ITA", 1, "Triple Alliance",
     "Treaty of Alliance between Austria-Hungary, Germany and Italy, Vienna, 20 May 1882; "
     "Pribram, The Secret Treaties of Austria-Hungary 1879-1914, vol. 1 (1920)"),
    (1887, "AUH", "RUS", -1, "Three Emperors' Alliance (18 Jun 1881) not renewed after the "
     "Bulgarian crisis", "Three Emperors' Alliance of 18 Jun 1881, renewed 1884, expired Jun "
     "1887; " + _TAYLOR),
    (1890, "GMY", "RUS", -1, "German-Russian Reinsurance Treaty (18 Jun 1887) lapses",
     "Reinsurance Treaty, Berlin, 18 Jun 1887, not renewed Jun 1890; " + _TAYLOR),
    (1891, "RUS", "FRN", 1, "Franco-Russian Alliance (1891-94)",
     "Exchange of letters 27 Aug 1891; military convention 17 Aug 1892, in force Jan 1894; "
     + _TAYLOR),
    (1904, "UKG", "FRN", 1, "Entente Cordiale",
     "Anglo-French Declarations and Convention, London, 8 Apr 1904"),
    (1907, "UKG", "RUS", 1, "Anglo-Russian Convention (Triple Entente)",
     "Convention between the United Kingdom and Russia relating to Persia, Afghanistan and "
     "Thibet, St Petersburg, 31 Aug 1907"),
]  # fmt: skip


def _date(year: int, month: int, day: float, *, end: bool = False) -> str:
    """ISO date from ATOP year/month/day, filling an unknown (0, -9, blank) month or day."""
    year, month = int(year), int(month)
    day = 0 if pd.isna(day) else int(day)
    if month <= 0:
        month = 12 if end else 1
        day = 0
    if day <= 0:
        day = calendar.monthrange(year, month)[1] if end else 1
    return dt.date(year, month, day).isoformat()


def derive_states(nmc: pd.DataFrame, ccodes: set[int]) -> pd.DataFrame:
    """Abbreviation, ccode, name and NMC span of every state in NMC plus any other ccode."""
    span = nmc.groupby(["stateabb", "ccode"]).year.agg(["min", "max"]).reset_index()
    missing = sorted(set(span.ccode) - set(STATE_NAMES))
    if missing:
        raise SystemExit(f"no English name for ccodes {missing}: add them to STATE_NAMES")
    unknown = sorted(ccodes - set(span.ccode))
    if unknown:
        raise SystemExit(f"ccodes {unknown} are not in NMC")
    out = pd.DataFrame(
        {
            "stateabb": span.stateabb,
            "ccode": span.ccode,
            "name": span.ccode.map(STATE_NAMES),
            "first_year": span["min"],
            "last_year": span["max"],
        }
    )
    return out.sort_values("ccode").reset_index(drop=True)


def derive_alliances(alliance_level: pd.DataFrame, member_level: pd.DataFrame,
                     names: pd.DataFrame, abb: dict[int, str]) -> pd.DataFrame:  # fmt: skip
    """Member-level rows of the kept ATOP alliances, phases merged where obligations agree."""
    m = member_level.copy()
    m["start"] = [_date(y, mo, d) for y, mo, d in zip(m.yrent, m.moent, m.dayent, strict=True)]
    m["end"] = [
        "" if y <= 0 else _date(y, mo, d, end=True)
        for y, mo, d in zip(m.yrexit, m.moexit, m.dayexit, strict=True)
    ]
    first, last = ALLIANCE_YEARS
    live = m[((m.yrexit <= 0) | (m.yrexit >= first)) & (m.yrent <= last)]
    keep = []
    for atopid, grp in live.groupby("atopid"):
        members = set(grp.member)
        if len(members & PACIFIC) >= 2 and members & REGIONAL:
            keep.append(atopid)
    m = m[m.atopid.isin(keep)].sort_values(["atopid", "member", "start"])
    for src, dst in OBLIGATIONS.items():
        m[dst] = m[src].astype(int).eq(1)
    m["asymmetric"] = m["asymm"].astype(int).eq(1)

    rows = []
    cols = list(OBLIGATIONS.values()) + ["asymmetric"]
    for (_, _), grp in m.groupby(["atopid", "member"], sort=False):
        merged: list[dict] = []
        for rec in grp.to_dict("records"):
            prev = merged[-1] if merged else None
            if prev and prev["end"] == rec["start"] and all(prev[c] == rec[c] for c in cols):
                prev["end"] = rec["end"]
            else:
                merged.append(rec)
        rows.extend(merged)
    out = pd.DataFrame(rows)
    signed = alliance_level.set_index("atopid")
    out["signed"] = [
        _date(signed.at[a, "begyr"], signed.at[a, "begmo"], signed.at[a, "begday"])
        for a in out.atopid
    ]
    out["member_abb"] = out.member.map(abb)
    name_of = names.set_index("atopid")["name"].to_dict()
    generic = {}
    for atopid, grp in out.groupby("atopid"):
        abbs = sorted(set(grp.member_abb), key=list(grp.member_abb).index)
        who = " and ".join(abbs) if len(abbs) <= 3 else f"{', '.join(abbs[:3])} and others"
        generic[atopid] = f"Alliance of {who}, {grp.signed.iloc[0][:4]} (ATOP {atopid})"
    out["name"] = [name_of.get(a, generic[a]) for a in out.atopid]
    out = out.rename(columns={"member": "ccode_", "member_abb": "member"})
    out["ccode"] = out.ccode_
    cols = ["atopid", "name", "member", "ccode", "signed", "start", "end"] + cols
    return out[cols].sort_values(["atopid", "start", "ccode"]).reset_index(drop=True)


def derive_capabilities(nmc: pd.DataFrame, alliances: pd.DataFrame) -> pd.DataFrame:
    """NMC rows, 1946-2016, of the core states and of members of the kept alliances."""
    first, last = CAP_YEARS
    overlap = alliances[
        (alliances.start.str[:4].astype(int) <= last)
        & ((alliances.end == "") | (alliances.end.str[:4] >= str(first)))
    ]
    ccodes = CORE_CAPABILITIES | set(overlap.ccode)
    cap = nmc[nmc.ccode.isin(ccodes) & nmc.year.between(first, last)].copy()
    for col in NMC_COLUMNS:
        cap[col] = cap[col].astype(float).where(cap[col] != -9)
    cols = ["stateabb", "ccode", "year"] + NMC_COLUMNS
    return cap[cols].sort_values(["ccode", "year"]).reset_index(drop=True)


def derive_supplement(abb_to_ccode: dict[str, int], names: pd.DataFrame) -> pd.DataFrame:
    """The hand-curated supplement: agreements ATOP lacks and entry-into-force dates."""
    rows = []
    for ident, name, members, signed, in_force, kind, source in _AGREEMENTS:
        for member in members:
            rows.append(
                {
                    "kind": "agreement", "id": ident, "atopid": "", "name": name,
                    "member": member, "ccode": abb_to_ccode[member], "signed": signed,
                    "start": signed, "end": "", "entry_into_force": in_force, "type": kind,
                    "asymmetric": False, "source": source,
                }
            )  # fmt: skip
    name_of = names.set_index("atopid")["name"].to_dict()
    for atopid, in_force, source in _ENTRY_INTO_FORCE:
        rows.append(
            {
                "kind": "entry_into_force", "id": str(atopid), "atopid": atopid,
                "name": name_of[atopid], "member": "", "ccode": "", "signed": "", "start": "",
                "end": "", "entry_into_force": in_force, "type": "", "asymmetric": "",
                "source": source,
            }
        )  # fmt: skip
    return pd.DataFrame(rows, columns=_SUPPLEMENT_COLUMNS)


def derive_relations() -> pd.DataFrame:
    """The signed European great-power relations, 1872-1907."""
    return pd.DataFrame(_EUROPE, columns=["year", "a", "b", "sign", "event", "source"])


def derive(source: Path, out: Path) -> dict[str, pd.DataFrame]:
    """Read the sources under ``source`` and write the bundled files to ``out``."""
    nmc = pd.read_csv(source / "NMC-60-abridged.csv")
    alliance_level = pd.read_csv(source / "atop-alliance-level.csv", low_memory=False)
    member_level = pd.read_csv(source / "atop-member-level.csv", low_memory=False)
    names = pd.read_csv(out / "treaty_names.csv")
    abb = nmc.groupby("ccode").stateabb.first().to_dict()
    alliances = derive_alliances(alliance_level, member_level, names, abb)
    capabilities = derive_capabilities(nmc, alliances)
    states = derive_states(nmc, set(alliances.ccode) | set(EUROPE_1872.values()))
    supplement = derive_supplement(dict(zip(states.stateabb, states.ccode, strict=True)), names)
    tables = {
        "states": states,
        "capabilities": capabilities,
        "alliances": alliances,
        "alliances_supplement": supplement,
        "relations_europe_1872_1907": derive_relations(),
    }
    out.mkdir(parents=True, exist_ok=True)
    for name, table in tables.items():
        table.to_csv(out / f"{name}.csv", index=False, lineterminator="\n")
    return tables


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    for name, table in derive(args.source, args.out).items():
        print(f"{name}.csv: {len(table)} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
