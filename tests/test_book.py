"""The book's configuration: the table of contents matches chapters/, and _config.yml is strict."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
PAGE_SUFFIXES = (".ipynb", ".md")


def toc_files(toc: dict) -> list[str]:
    """Every ``file`` entry of a jb-book table of contents, root first."""
    files = [toc["root"]]

    def walk(entries: list[dict]) -> None:
        for entry in entries:
            if "file" in entry:
                files.append(entry["file"])
            for key in ("chapters", "sections", "parts"):
                walk(entry.get(key, []))

    walk(toc.get("parts", []) + toc.get("chapters", []))
    return files


def chapter_pages() -> set[str]:
    """Every page under chapters/, as a toc entry (path without suffix)."""
    pages = set()
    for path in (ROOT / "chapters").rglob("*"):
        if path.suffix not in PAGE_SUFFIXES or ".ipynb_checkpoints" in path.parts:
            continue
        if "_build" in path.parts or path.name.startswith("_"):
            continue
        pages.add(path.relative_to(ROOT).with_suffix("").as_posix())
    return pages


def test_every_toc_entry_has_exactly_one_file():
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    for entry in toc_files(toc):
        found = [s for s in PAGE_SUFFIXES if (ROOT / f"{entry}{s}").exists()]
        assert len(found) == 1, f"_toc.yml entry {entry!r} matches files {found}, expected one"


def test_every_chapter_page_is_in_the_toc():
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    listed = set(toc_files(toc))
    missing = sorted(chapter_pages() - listed)
    assert not missing, f"pages in chapters/ but not in _toc.yml: {missing}"


def test_toc_lists_each_page_once():
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    files = toc_files(toc)
    assert len(files) == len(set(files)), f"duplicate _toc.yml entries in {files}"


def test_no_notebook_stores_widget_state():
    """Live widgets are shown as snapshots; stored widget state would only add weight.

    A page whose notebook stores widget state loads the widget manager and embeds the state
    (images included) although the live widgets' outputs are removed from the page.
    """
    import nbformat

    notebooks = sorted((ROOT / "chapters").rglob("*.ipynb"))
    with_state = [p.name for p in notebooks if "widgets" in nbformat.read(p, as_version=4).metadata]
    assert with_state == [], f"re-run with make notebooks (it stores no widget state): {with_state}"


def known_keys() -> dict:
    """The options Jupyter Book 1 understands, as a nested dict (None where free-form).

    The union of its default configuration and its JSON schema: Jupyter Book itself only
    warns about some unknown keys and ignores the rest, so a typo would pass silently.
    Sphinx checks ``sphinx.config`` during the ``-W`` build.
    """
    from jupyter_book import config as jb_config

    here = Path(jb_config.__file__).parent
    defaults = yaml.safe_load((here / "default_config.yml").read_text(encoding="utf-8"))
    schema = json.loads((here / "config_schema.json").read_text(encoding="utf-8"))

    def from_defaults(value):
        if isinstance(value, dict) and value:
            return {k: from_defaults(v) for k, v in value.items()}
        return None

    def from_schema(node):
        if isinstance(node, dict) and node.get("properties"):
            return {k: from_schema(v) for k, v in node["properties"].items()}
        return None

    def merge(a, b):
        if isinstance(a, dict) and isinstance(b, dict):
            return {k: merge(a.get(k), b.get(k)) for k in a.keys() | b.keys()}
        return a if a is not None else b

    keys = merge(from_defaults(defaults), from_schema(schema))
    keys["sphinx"]["config"] = None
    return keys


def config_errors(config: dict, known: dict | None = None, path: str = "") -> list[str]:
    """Every key of ``config`` that Jupyter Book 1 does not know, as ``a/b/c`` paths."""
    known = known_keys() if known is None else known
    errors = []
    for key, value in config.items():
        where = f"{path}{key}"
        if key not in known:
            errors.append(f"unknown key {where!r} in _config.yml")
        elif isinstance(value, dict) and isinstance(known[key], dict):
            errors.extend(config_errors(value, known[key], f"{where}/"))
    return errors


def test_config_has_only_known_keys():
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    assert config_errors(config) == []


def test_an_unknown_config_key_is_reported():
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    config["execute"]["exectue_notebooks"] = "auto"
    errors = config_errors(config)
    assert any("exectue_notebooks" in e for e in errors), errors


def test_config_builds_only_the_toc_without_executing():
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    assert config["only_build_toc_files"] is True
    # Outputs are committed and compared by nbval; the build must not re-execute them.
    assert config["execute"]["execute_notebooks"] == "off"
