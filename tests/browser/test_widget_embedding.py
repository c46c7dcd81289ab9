"""A page that embeds live widget state renders it offline, fonts included.

The book's own chapters show their explorers as snapshots and players, so no chapter embeds
widget state; an instructor's page may. This test builds a one-page book with the book's own
configuration and a notebook that stores the state of a slider and a button, serves it on
127.0.0.1 with every other host blocked, and checks that the widget manager (served from
/vendor/) renders both views with no failed request (its icon fonts used to 404) and no
console error.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
import yaml
from conftest import ROOT, serve, visit
from nbclient import NotebookClient

VENDOR = ROOT / "_build" / "extra"

pytestmark = pytest.mark.skipif(
    not (VENDOR / "vendor" / "html-manager" / "embed-amd.js").exists(),
    reason="the vendored assets come with the book build (make book)",
)

CELL = """\
import ipywidgets as widgets
widgets.VBox([widgets.IntSlider(value=3, description="n"),
              widgets.Button(description="Go", icon="check")])
"""


@pytest.fixture(scope="module")
def widget_book(tmp_path_factory) -> Path:
    book = tmp_path_factory.mktemp("widget-book")
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    config["sphinx"]["local_extensions"] = {
        name: str((ROOT / path).resolve())
        for name, path in config["sphinx"]["local_extensions"].items()
    }
    # Key order matters: require.js must load before the widget manager.
    (book / "_config.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    (book / "_toc.yml").write_text("format: jb-book\nroot: page\n", encoding="utf-8")
    for name in ("references.bib", "_templates", "_static"):
        source = ROOT / name
        copy = shutil.copytree if source.is_dir() else shutil.copy
        copy(source, book / name)
    shutil.copytree(VENDOR, book / "_build" / "extra")
    notebook = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell("# Embedded widgets"),
            nbformat.v4.new_code_cell(CELL),
        ],
        metadata={"kernelspec": {"name": "python3", "display_name": "Python 3"}},
    )
    NotebookClient(notebook, timeout=120, store_widget_state=True).execute()
    assert "widgets" in notebook.metadata, "the notebook should carry widget state"
    nbformat.write(notebook, book / "page.ipynb")
    jupyter_book = Path(sys.executable).with_name("jupyter-book")
    subprocess.run(
        [str(jupyter_book), "build", str(book), "-W", "-n", "--quiet"], check=True, cwd=book
    )
    return book / "_build" / "html"


@pytest.fixture(scope="module")
def widget_server(widget_book):
    with serve(widget_book) as url:
        yield url


def test_embedded_widget_views_render_offline_with_their_fonts(browser, widget_server):
    context, page, seen = visit(browser, widget_server, "page.html")
    try:
        page.wait_for_selector(".widget-slider", timeout=10_000)
        assert page.locator(".widget-button").count() == 1
        assert seen["foreign"] == [], seen["foreign"]
        assert seen["failed"] == [], seen["failed"]
        assert seen["console"] == [], seen["console"]
        fonts = page.evaluate(
            "performance.getEntriesByType('resource').map(e => e.name)"
            ".filter(n => /\\.(woff2?|ttf)$/.test(n))"
        )
        assert any("/vendor/html-manager/" in f for f in fonts), fonts
    finally:
        context.close()
