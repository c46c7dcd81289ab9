"""The student edition is the same book with every solution left out (make book-student)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BOOK = ROOT / "_build" / "html"
STUDENT = ROOT / "_build" / "student" / "html"

pytestmark = pytest.mark.skipif(
    not (STUDENT / "index.html").exists(), reason="build the student edition (make book-student)"
)


def count(html: str, css_class: str) -> int:
    return len(re.findall(rf'class="{css_class}\b[^"]*admonition', html))


def chapter_pages() -> list[Path]:
    return sorted(p.relative_to(BOOK) for p in (BOOK / "chapters").rglob("*.html"))


def test_student_edition_has_every_exercise_and_no_solution():
    with_solutions = 0
    for page in chapter_pages():
        book = (BOOK / page).read_text(encoding="utf-8")
        student = (STUDENT / page).read_text(encoding="utf-8")
        assert count(student, "exercise") == count(book, "exercise"), page
        assert count(student, "solution") == 0, f"{page} shows solutions to students"
        with_solutions += count(book, "solution") > 0
    assert with_solutions >= 4, "the chapters' solutions are missing from the full edition"
    intro = (STUDENT / "chapters" / "intro.html").read_text(encoding="utf-8")
    assert "(student edition)" in intro
