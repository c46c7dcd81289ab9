"""Tests for alliance_lib.datasets: bundled facts, validation of bad files, the check CLI."""

from __future__ import annotations

import importlib.util
import itertools
import sys
from pathlib import Path

import pandas as pd
import pytest

from alliance_lib import datasets
from alliance_lib.datasets import (
    DataError,
    alliance_system,
    load_alliances,
    load_capabilities,
    load_relations,
    relations_graph,
)

REPO = Path(__file__).resolve().parent.parent
SOURCE = REPO.parent / "shared" / "data"
DERIVED = [
    "states.csv",
    "capabilities.csv",
    "alliances.csv",
    "alliances_supplement.csv",
    "relations_europe_1872_1907.csv",
]


def test_1960_treaty_is_asymmetric_us_defense_japan_no_defense():
    rows = load_alliances(include_supplement=False).query("atopid == 3375").set_index("member")
    assert rows.at["USA", "defense"]
    assert not rows.at["JPN", "defense"]
    assert not rows.at["JPN", "offense"] and not rows.at["JPN", "neutrality"]
    assert rows.at["JPN", "consultation"]
    assert rows.at["USA", "asymmetric"]
    G = alliance_system(1961)
    assert G.edges["USA", "JPN"]["obligations"]["USA"] == "defense"
    assert G.edges["USA", "JPN"]["obligations"]["JPN"] != "defense"


def test_1951_security_treaty_counts_from_entry_into_force():
    assert not alliance_system(1951).has_edge("USA", "JPN")
    assert alliance_system(1952).has_edge("USA", "JPN")
    assert alliance_system(1951, date="signed").has_edge("USA", "JPN")
    treaties = alliance_system(1952).edges["USA", "JPN"]["treaties"]
    assert [t["id"] for t in treaties] == ["3220"]


def test_japan_has_no_capabilities_under_occupation():
    assert alliance_system(1950).nodes["JPN"]["cinc"] is None
    assert 0 < alliance_system(1952).nodes["JPN"]["cinc"] < 1
    assert load_capabilities(["JPN"], (1946, 1952)).year.tolist() == [1952]


def test_capabilities_reject_unknown_state_and_year():
    with pytest.raises(ValueError, match="XXX"):
        load_capabilities(["XXX"])
    with pytest.raises(ValueError, match="1900"):
        load_capabilities(["USA"], 1900)


def test_supplement_post_2016_agreements():
    G = alliance_system(2024)
    raa = {t["id"] for t in G.edges["JPN", "UKG"]["treaties"]}
    assert "JPN-UKG-RAA-2023" in raa  # with ATOP 3755 (TAC: Japan 2003, UK 2012)
    assert "JPN-PHI-RAA-2024" not in {
        t["id"] for t in G.edges.get(("JPN", "PHI"), {}).get("treaties", [])
    }
    assert alliance_system(2024, date="signed").has_edge("JPN", "PHI")
    assert G.nodes["JPN"]["cinc"] is None  # NMC ends in 2016


def test_1907_europe_is_two_balanced_blocs():
    G = relations_graph("europe_1872_1907", 1907)
    assert G.number_of_edges() == 15
    entente, alliance = {"UKG", "FRN", "RUS"}, {"GMY", "AUH", "ITA"}
    for a, b in G.edges:
        same = {a, b} <= entente or {a, b} <= alliance
        assert G.edges[a, b]["sign"] == (1 if same else -1)
    for triangle in itertools.combinations(G.nodes, 3):
        product = 1
        for a, b in itertools.combinations(triangle, 2):
            product *= G.edges[a, b]["sign"]
        assert product == 1


def test_europe_snapshots_sign_every_pair():
    for year in (1872, 1882, 1890, 1891, 1904, 1907):
        assert len(load_relations("europe_1872_1907", year=year)) == 15
    assert relations_graph("europe_1872_1907", 1889).edges["GMY", "RUS"]["sign"] == 1
    assert relations_graph("europe_1872_1907", 1890).edges["GMY", "RUS"]["sign"] == -1


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


CAP_HEADER = "stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc\n"


def test_bad_capabilities_file_names_file_row_column_value(tmp_path):
    path = _write(
        tmp_path,
        "caps.csv",
        CAP_HEADER
        + "USA,2,1950,1,1,1,1,1,1,0.3\n"
        + "JPN,740,1953,1,1,1,1,1,1,1.7\n"
        + "ZZZ,740,1954,1,1,1,1,1,1,0.1\n",
    )
    with pytest.raises(DataError) as info:
        load_capabilities(path=path)
    problems = info.value.problems
    assert [(p.row, p.column, p.value) for p in problems] == [
        (3, "stateabb", "ZZZ"),
        (2, "cinc", "1.7"),
    ]
    message = str(info.value)
    assert str(path) in message and "data row 2" in message and "'cinc'" in message
    assert "'1.7'" in message and "'ZZZ'" in message


def test_bad_date_and_missing_column(tmp_path):
    good = load_alliances(include_supplement=False).head(0)
    assert good.empty
    header = "atopid,name,member,ccode,signed,start,end,defense,offense,neutrality,"
    header += "nonaggression,consultation,asymmetric\n"
    path = _write(
        tmp_path,
        "alliances.csv",
        header
        + "1,Pact,USA,2,1951-09-08,1951-09-08,,True,False,False,False,False,False\n"
        + "1,Pact,JPN,740,1951-13-08,1951-09-08,1950-01-01,False,False,False,False,True,False\n",
    )
    with pytest.raises(DataError) as info:
        load_alliances(path=path, include_supplement=False)
    assert [(p.row, p.column, p.value) for p in info.value.problems] == [
        (2, "signed", "1951-13-08"),
        (2, "end", "1950-01-01"),
    ]
    missing = _write(
        tmp_path, "nocinc.csv", CAP_HEADER.replace(",cinc", "") + "USA,2,1950,1,1,1,1,1,1\n"
    )
    with pytest.raises(DataError, match="'cinc'.*missing"):
        load_capabilities(path=missing)


def test_end_before_start_is_rejected(tmp_path):
    header = "atopid,name,member,ccode,signed,start,end,defense,offense,neutrality,"
    header += "nonaggression,consultation,asymmetric\n"
    path = _write(
        tmp_path,
        "a.csv",
        header + "1,Pact,USA,2,1951-09-08,1951-09-08,1950-01-01,1,0,0,0,0,0\n",
    )
    with pytest.raises(DataError, match="data row 1.*'end'.*'1950-01-01'"):
        load_alliances(path=path, include_supplement=False)


def test_instructor_file_loads(tmp_path):
    path = _write(
        tmp_path, "caps.csv", CAP_HEADER + "USA,2,1950,1,1,1,1,1,1,0.3\nJPN,740,1950,,,,,,,\n"
    )
    table = load_capabilities(path=path)
    assert table.cinc.isna().tolist() == [False, True]


def test_cli_lists_every_problem_and_exits_1(tmp_path, capsys):
    path = _write(
        tmp_path,
        "caps.csv",
        CAP_HEADER + "USA,2,1950,1,1,1,1,1,1,2\nJPN,740,year,1,1,1,1,1,1,0.1\n",
    )
    assert datasets.main(["check", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2
    assert "data row 1" in out[1] or "data row 1" in out[0]
    assert any("'year'" in line and "data row 2" in line for line in out)


def test_cli_ok(capsys):
    assert datasets.main(["check", str(datasets.DATA_DIR / "alliances.csv")]) == 0
    n = len(pd.read_csv(datasets.DATA_DIR / "alliances.csv"))
    assert capsys.readouterr().out.strip() == f"OK: {n} rows"


def test_loaders_return_copies():
    first = load_capabilities()
    first.loc[0, "cinc"] = -1.0
    assert load_capabilities().loc[0, "cinc"] != -1.0


@pytest.mark.skipif(not SOURCE.exists(), reason=f"source data {SOURCE} not available")
def test_derived_files_match_the_script(tmp_path):
    spec = importlib.util.spec_from_file_location(
        "derive_data", REPO / "scripts" / "derive_data.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["derive_data"] = module
    spec.loader.exec_module(module)
    out = tmp_path / "data"
    out.mkdir()
    (out / "treaty_names.csv").write_bytes((datasets.DATA_DIR / "treaty_names.csv").read_bytes())
    module.derive(SOURCE, out)
    for name in DERIVED:
        assert (out / name).read_bytes() == (datasets.DATA_DIR / name).read_bytes(), name


def test_alliance_timeline_has_one_row_per_agreement_in_signature_order():
    timeline = datasets.alliance_timeline()
    assert timeline.id.is_unique
    assert timeline.signed.is_monotonic_increasing
    security_1951 = timeline.set_index("id").loc["3220"]
    assert security_1951.members == "USA, JPN"
    assert str(security_1951.signed.date()) == "1951-09-08"
    assert str(security_1951.entry_into_force.date()) == "1952-04-28"
    assert str(security_1951.ended.date()) == "1960-01-19"


def test_alliance_timeline_filters_by_member_and_keeps_whole_agreements():
    japan = datasets.alliance_timeline(["JPN"])
    assert set(japan.id) >= {"3220", "3375", "QUAD-2017"}
    assert "3210" not in set(japan.id)  # US-Philippines: Japan is not a member
    quad = japan.set_index("id").loc["QUAD-2017"]
    assert quad.members.split(", ") == ["USA", "JPN", "AUL", "IND"]
    with pytest.raises(ValueError, match="XYZ"):
        datasets.alliance_timeline(["XYZ"])
