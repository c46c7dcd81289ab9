"""Page fixes for the published book: self-contained and accessible.

- Jupyter Book 1 always loads sphinx-thebe, which declares its configuration in an inline
  script twice on each page ("Identifier 'THEBE_JS_URL' has already been declared") and names
  a CDN bundle. The book does not use thebe (``launch_buttons.thebe: false``; chapters are run
  with ``make lab``), so its scripts are dropped from every page.
- Sphinx marks the bibliography ``<div role="list">`` although its entries are not list items
  (axe-core: aria-required-children, critical); the role is removed.
"""

from __future__ import annotations

from typing import Any


def is_thebe(script: Any) -> bool:
    """Whether a page script belongs to sphinx-thebe."""
    filename = str(getattr(script, "filename", "") or "")
    body = str(getattr(script, "attributes", {}).get("body", ""))
    return "sphinx-thebe" in filename or "THEBE_JS_URL" in body


def fix_page(app, pagename: str, templatename: str, context: dict, doctree) -> None:
    if "script_files" in context:
        context["script_files"] = [s for s in context["script_files"] if not is_thebe(s)]
    if "body" in context:
        context["body"] = context["body"].replace(
            '<div role="list" class="citation-list">', '<div class="citation-list">'
        )


def setup(app) -> dict[str, Any]:
    app.connect("html-page-context", fix_page, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
