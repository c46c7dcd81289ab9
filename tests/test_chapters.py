"""The four core chapters keep the book's standard (issue: every chapter has ...)."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
CORE = ["01_balance_of_power", "02_occupation", "03_brzezinski_pivot", "04_alliance_debates"]
BIB_KEYS = set(re.findall(r"@\w+\{([^,\s]+),", (ROOT / "references.bib").read_text("utf-8")))


def load(name: str) -> tuple[str, list[nbformat.NotebookNode]]:
    notebook = nbformat.read(ROOT / "chapters" / f"{name}.ipynb", as_version=4)
    prose = "\n".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    code = [c for c in notebook.cells if c.cell_type == "code"]
    return prose, code


def words(markdown: str) -> int:
    text = re.sub(r"```\{[^}]+\}.*?\n|^:\w+:.*$|\{\w+(?::\w+)?\}`[^`]*`", " ", markdown, flags=re.M)
    return len(re.findall(r"[A-Za-z][A-Za-z'’-]*", text))


@pytest.mark.parametrize("name", CORE)
def test_chapter_has_every_required_part(name):
    prose, code = load(name)
    assert "Learning objectives" in prose or "learning objectives" in prose.lower()
    assert re.search(r"^#+ Summary", prose, re.M), "a Summary section"
    assert re.search(r"^#+ Further reading", prose, re.M), "a Further reading section"
    assert re.search(r"^#+ Discussion questions", prose, re.M), "a Discussion questions section"
    assert "What the essay says, and what to check" in prose
    assert words(prose) >= 2500, f"{words(prose)} words of prose"


@pytest.mark.parametrize("name", CORE)
def test_chapter_exercises_have_labelled_solutions(name):
    prose, _ = load(name)
    labels = re.findall(r"```\{exercise-start\}\s*\n:label: (\S+)", prose)
    solved = set(re.findall(r"```\{solution-start\} (\S+)", prose))
    assert len(labels) >= 4, labels
    assert set(labels) <= solved, f"exercises without a solution: {set(labels) - solved}"
    assert prose.count(":class: dropdown") >= len(labels)


@pytest.mark.parametrize("name", CORE)
def test_chapter_has_figures_with_alt_text_and_a_widget_snapshot(name):
    _, code = load(name)
    html = [
        o.data["text/html"]
        for c in code
        for o in c.get("outputs", [])
        if o.output_type in ("display_data", "execute_result") and "text/html" in o.data
    ]
    figures = [h for h in html if 'class="alliance-figure"' in h or 'class="frame-player"' in h]
    assert len(figures) >= 3, "at least two figures and a widget snapshot"
    assert all(re.search(r'<img [^>]*alt="[^"]{20,}"', h) for h in figures)
    assert any("snapshot()" in c.source for c in code), "a widget shown by its snapshot"
    live = [c for c in code if "nbval-ignore-output" in c.metadata.get("tags", [])]
    assert live and all("remove-output" in c.metadata["tags"] for c in live)


@pytest.mark.parametrize("name", CORE)
def test_chapter_cites_at_least_ten_works_all_in_the_bibliography(name):
    prose, _ = load(name)
    keys = {
        k.strip()
        for group in re.findall(r"\{cite:[pt]\}`([^`]+)`", prose)
        for k in group.split(",")
    }
    assert len(keys) >= 10, sorted(keys)
    assert keys <= BIB_KEYS, f"missing from references.bib: {sorted(keys - BIB_KEYS)}"


@pytest.mark.parametrize("name", CORE)
def test_chapter_code_cells_are_short(name):
    _, code = load(name)
    long_cells = [c.source.splitlines()[0] for c in code if len(c.source.splitlines()) > 12]
    assert not long_cells, (
        f"code cells over 12 lines (move the logic to alliance_lib): {long_cells}"
    )
