"""Create a new chapter from the template and add it to the table of contents.

Usage: ``make chapter name=<slug>`` (or ``python scripts/new_chapter.py <slug>``).

The chapter is written to ``chapters/<slug>.ipynb``, executed once so that its stored outputs
are the ones nbval will compare, and listed in ``_toc.yml`` under the part "Added chapters"
(created before the appendices the first time). A slug that is taken or is not a plain file
name is refused, and nothing is changed; if the new notebook fails to run, everything is put
back as it was.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import nbformat
from myst_nb.core.read import read_myst_markdown_notebook
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = Path(__file__).resolve().parent / "templates" / "chapter.md"
SLUG = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
PART = "Added chapters"
BEFORE_PART = "Appendices"


class Refusal(Exception):
    """A request this script will not carry out; the message says why."""


def check_slug(slug: str, root: Path) -> None:
    """Refuse a slug that is not a safe file name or that names an existing page."""
    if not SLUG.fullmatch(slug):
        raise Refusal(
            f"{slug!r} is not a valid chapter name: use 1-64 lowercase letters, digits, '-' or "
            "'_', starting with a letter or digit (e.g. name=05_korea)"
        )
    for suffix in (".ipynb", ".md"):
        if (root / "chapters" / f"{slug}{suffix}").exists():
            raise Refusal(f"chapters/{slug}{suffix} exists already; choose another name")
    if f"chapters/{slug}" in (root / "_toc.yml").read_text(encoding="utf-8").split():
        raise Refusal(f"_toc.yml already lists chapters/{slug}; choose another name")


def title_of(slug: str) -> str:
    """A readable title from a slug: '05_korean_war' -> 'Korean war'."""
    words = re.sub(r"^\d+[_-]*", "", slug).replace("_", " ").replace("-", " ").strip()
    return (words or slug).capitalize()


def with_toc_entry(toc: str, slug: str) -> str:
    """The text of ``_toc.yml`` with ``chapters/<slug>`` added to the part for added chapters."""
    entry = f"      - file: chapters/{slug}\n"
    lines = toc.splitlines(keepends=True)
    caption = f"  - caption: {PART}\n"
    if caption in lines:
        end = lines.index(caption) + 2  # past "chapters:"
        while end < len(lines) and lines[end].startswith("      "):
            end += 1
        return "".join(lines[:end] + [entry] + lines[end:])
    part = [caption, "    chapters:\n", entry]
    before = f"  - caption: {BEFORE_PART}\n"
    at = lines.index(before) if before in lines else len(lines)
    return "".join(lines[:at] + part + lines[at:])


def notebook_for(slug: str) -> nbformat.NotebookNode:
    """The template with the slug and title filled in, as a notebook."""
    text = TEMPLATE.read_text(encoding="utf-8")
    text = text.replace("{slug}", slug).replace("{title}", title_of(slug))
    return read_myst_markdown_notebook(text)


def create_chapter(slug: str, root: Path = ROOT, execute: bool = True) -> Path:
    """Write, execute and list a new chapter; return its path.

    Raises
    ------
    Refusal
        If the slug is invalid or taken; nothing is changed.
    """
    check_slug(slug, root)
    toc_path = root / "_toc.yml"
    toc_before = toc_path.read_text(encoding="utf-8")
    path = root / "chapters" / f"{slug}.ipynb"
    notebook = notebook_for(slug)
    try:
        if execute:
            NotebookClient(
                notebook,
                timeout=300,
                store_widget_state=False,  # see tests/test_book.py
                resources={"metadata": {"path": str(path.parent)}},
            ).execute()
        nbformat.write(notebook, path)
        toc_path.write_text(with_toc_entry(toc_before, slug), encoding="utf-8")
    except BaseException:
        path.unlink(missing_ok=True)
        toc_path.write_text(toc_before, encoding="utf-8")
        raise
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("slug", help="file name of the new chapter, without .ipynb")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        path = create_chapter(args.slug, args.root)
    except Refusal as refusal:
        print(f"error: {refusal}", file=sys.stderr)
        return 2
    print(f"Created {path.relative_to(args.root)} and listed it in _toc.yml.")
    print("Edit it in JupyterLab (make lab), then run make notebooks and make test.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
