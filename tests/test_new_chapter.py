"""`make chapter name=<slug>`: a new chapter from the template, listed in the toc."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import nbformat
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("new_chapter", ROOT / "scripts" / "new_chapter.py")
new_chapter = importlib.util.module_from_spec(spec)
sys.modules["new_chapter"] = new_chapter
spec.loader.exec_module(new_chapter)

sys.path.insert(0, str(ROOT / "tests"))
from test_book import toc_files  # noqa: E402

TOC = """\
# A book laid out as ours is: parts, then the appendices.
format: jb-book
root: chapters/intro
parts:
  - caption: Theory
    chapters:
      - file: chapters/intro_theory
  - caption: Appendices
    chapters:
      - file: chapters/glossary
  - caption: For instructors
    chapters:
      - file: chapters/instructors/index
"""


@pytest.fixture
def book(tmp_path: Path) -> Path:
    """A small book: a toc shaped like ours (whatever chapters ours has gained) and a page."""
    (tmp_path / "_toc.yml").write_text(TOC, encoding="utf-8")
    (tmp_path / "chapters").mkdir()
    (tmp_path / "chapters" / "intro.md").write_text("# Intro\n", encoding="utf-8")
    return tmp_path


def test_a_new_chapter_is_executed_and_listed_before_the_appendices(book):
    path = new_chapter.create_chapter("05_korea", book)
    assert path == book / "chapters" / "05_korea.ipynb"
    notebook = nbformat.read(path, as_version=4)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert code and all(c.execution_count is not None for c in code)
    assert not [o for c in code for o in c.outputs if o.output_type == "error"]
    text = "".join(c.source for c in notebook.cells)
    for piece in ("Learning objectives", "exercise-start", "solution-start", "{cite:p}", "{term}"):
        assert piece in text, piece
    assert "# Korea" in text and "(05_korea)=" in text

    toc = yaml.safe_load((book / "_toc.yml").read_text(encoding="utf-8"))
    captions = [part["caption"] for part in toc["parts"]]
    assert captions.index("Added chapters") == captions.index("Appendices") - 1
    assert "chapters/05_korea" in toc_files(toc)


def test_a_second_chapter_joins_the_same_part(book):
    new_chapter.create_chapter("05_korea", book, execute=False)
    new_chapter.create_chapter("06_asean", book, execute=False)
    toc = yaml.safe_load((book / "_toc.yml").read_text(encoding="utf-8"))
    added = [p for p in toc["parts"] if p["caption"] == "Added chapters"]
    assert len(added) == 1
    assert [c["file"] for c in added[0]["chapters"]] == ["chapters/05_korea", "chapters/06_asean"]


@pytest.mark.parametrize(
    ("slug", "message"),
    [
        ("intro", "exists already"),
        ("../escape", "not a valid chapter name"),
        ("Bad Name", "not a valid chapter name"),
        ("", "not a valid chapter name"),
    ],
)
def test_a_bad_or_taken_slug_is_refused_and_changes_nothing(book, slug, message):
    before = {p: p.read_bytes() for p in book.rglob("*") if p.is_file()}
    with pytest.raises(new_chapter.Refusal, match=message):
        new_chapter.create_chapter(slug, book, execute=False)
    after = {p: p.read_bytes() for p in book.rglob("*") if p.is_file()}
    assert after == before


def test_the_command_line_refuses_with_exit_code_2(book, capsys):
    assert new_chapter.main(["intro", "--root", str(book)]) == 2
    assert "chapters/intro.md exists already" in capsys.readouterr().err
