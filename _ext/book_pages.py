"""Page fixes for the published book: self-contained and accessible.

- Jupyter Book 1 always loads sphinx-thebe, which declares its configuration in an inline
  script twice on each page ("Identifier 'THEBE_JS_URL' has already been declared") and names
  a CDN bundle. The book does not use thebe (``launch_buttons.thebe: false``; chapters are run
  with ``make lab``), so its scripts are dropped from every page.
- Three theme elements fail axe-core's serious checks, and are mended in the written pages:
  Sphinx marks the bibliography ``<div role="list">`` although its entries are not list
  items (aria-required-children); the sidebar's section toggles are ``<summary>`` elements
  with only an icon in them (summary-name), so they get a name; and myst-nb labels every
  "Show code cell source" toggle "Toggle hidden content", a name that hides its visible text
  (label-content-name-mismatch), so the label is dropped.
- The student edition (``student_edition: true``, set by ``make book-student``) leaves out
  every solution. sphinx-exercise's own ``hide_solutions`` drops only the opening directive of
  a gated solution and leaves its content on the page, so the solutions are removed here
  instead, after sphinx-exercise has gathered each gated solution into one node.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def is_thebe(script: Any) -> bool:
    """Whether a page script belongs to sphinx-thebe."""
    filename = str(getattr(script, "filename", "") or "")
    body = str(getattr(script, "attributes", {}).get("body", ""))
    return "sphinx-thebe" in filename or "THEBE_JS_URL" in body


ACCESSIBLE_MARKUP = {
    '<div role="list" class="citation-list">': '<div class="citation-list">',
    '<summary><span class="toctree-toggle" role="presentation">': (
        '<summary aria-label="Show or hide the pages of this section">'
        '<span class="toctree-toggle" role="presentation">'
    ),
    '<summary aria-label="Toggle hidden content">': "<summary>",
}


def drop_thebe(app, pagename: str, templatename: str, context: dict, doctree) -> None:
    if "script_files" in context:
        context["script_files"] = [s for s in context["script_files"] if not is_thebe(s)]


def mend_markup(app, exception) -> None:
    """Rewrite the three inaccessible fragments in every written HTML page."""
    if exception is not None or app.builder.format != "html":
        return
    for page in Path(app.outdir).rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        mended = text
        for bad, good in ACCESSIBLE_MARKUP.items():
            mended = mended.replace(bad, good)
        if mended != text:
            page.write_text(mended, encoding="utf-8")


def drop_solutions(app, doctree) -> None:
    if not app.config.student_edition:
        return
    from sphinx_exercise.nodes import solution_node

    for node in list(doctree.findall(solution_node)):
        node.parent.remove(node)


def setup(app) -> dict[str, Any]:
    app.add_config_value("student_edition", False, "env")
    app.connect("doctree-read", drop_solutions)
    app.connect("html-page-context", drop_thebe, priority=900)
    app.connect("build-finished", mend_markup)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
