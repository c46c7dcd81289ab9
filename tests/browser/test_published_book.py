"""The published book as a reader's browser sees it: offline, accessible, responsive.

Run by ``make test`` after the book is built (``make browser`` alone re-runs it). Headless
Debian Chromium, driven by Playwright, loads every page of the toc from a local server while
every request to another host is blocked and recorded. A report of page weight and load time
is written to ``_build/browser-report.txt`` and a screenshot of each page to
``_build/screenshots/``.
"""

from __future__ import annotations

import pytest
import yaml
from conftest import ROOT, serve, visit

HTML = ROOT / "_build" / "html"
SHOTS = ROOT / "_build" / "screenshots"
REPORT = ROOT / "_build" / "browser-report.txt"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
MAX_PAGE_BYTES = 5 * 1024 * 1024

pytestmark = pytest.mark.skipif(
    not (HTML / "index.html").exists(), reason="build the book first (make book)"
)


def toc_pages() -> list[str]:
    """The HTML path of every page in _toc.yml, root first."""
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    pages = [toc["root"]]

    def walk(entries):
        for entry in entries:
            if "file" in entry:
                pages.append(entry["file"])
            for key in ("chapters", "sections"):
                walk(entry.get(key, []))

    walk(toc.get("parts", []) + toc.get("chapters", []))
    return [f"{page}.html" for page in pages]


@pytest.fixture(scope="module")
def server():
    with serve(HTML) as url:
        yield url


@pytest.fixture(scope="module")
def report():
    rows: list[str] = []
    yield rows
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    header = f"{'page':45} {'transferred':>12} {'load (s)':>9}"
    REPORT.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    print("\n" + REPORT.read_text(encoding="utf-8"))


@pytest.mark.parametrize("page_path", toc_pages())
def test_page_is_offline_clean_and_accessible(browser, server, report, page_path):
    context, page, seen = visit(browser, server, page_path)
    try:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / page_path.replace("/", "__").replace(".html", ".png")))
        report.append(f"{page_path:45} {seen['bytes'] / 1024:>9.0f} kB {seen['load_s']:>9.2f}")

        assert seen["foreign"] == [], f"{page_path} asked other hosts: {seen['foreign']}"
        assert seen["failed"] == [], f"{page_path} had failed requests: {seen['failed']}"
        assert seen["console"] == [], f"{page_path} logged console errors: {seen['console']}"
        assert seen["bytes"] <= MAX_PAGE_BYTES, f"{page_path} transferred {seen['bytes']} bytes"

        no_alt = page.eval_on_selector_all(
            "img", "els => els.filter(e => !(e.getAttribute('alt') || '').trim()).map(e => e.src)"
        )
        assert no_alt == [], f"{page_path}: images without alt text: {no_alt[:3]}"

        views = page.eval_on_selector_all(
            'script[type="application/vnd.jupyter.widget-view+json"]',
            "els => els.map(e => !!(e.parentElement && e.parentElement.querySelector("
            "'.jupyter-widgets, .widget-container, .lm-Widget')))",
        )
        assert all(views), f"{page_path}: {views.count(False)} embedded widget views did not render"

        page.add_script_tag(path=str(AXE))
        violations = page.evaluate(
            """async () => (await axe.run(document, {resultTypes: ['violations']})).violations
                 .filter(v => ['serious', 'critical'].includes(v.impact))
                 .map(v => `${v.impact} ${v.id}: ${v.nodes.length} x ${v.nodes[0].target}`)"""
        )
        assert violations == [], f"{page_path}: axe-core violations: {violations}"
    finally:
        context.close()


def test_kernel_free_players_respond_to_their_control(browser, server):
    """Moving a frame player's slider in the static page changes the picture and its alt text."""
    moved = 0
    for page_path in toc_pages():
        context, page, _ = visit(browser, server, page_path)
        try:
            for player in page.query_selector_all(".frame-player"):
                slider = player.query_selector("input[type=range]")
                image = player.query_selector("img")
                before = (image.get_attribute("src"), image.get_attribute("alt"))
                last = slider.get_attribute("max")
                slider.evaluate(
                    "(el, v) => { el.value = v; el.dispatchEvent(new Event('input')); }", last
                )
                after = (image.get_attribute("src"), image.get_attribute("alt"))
                assert after[0] != before[0], f"{page_path}: the picture did not change"
                assert after[1] != before[1], f"{page_path}: the alt text did not change"
                moved += 1
        finally:
            context.close()
    assert moved >= 2, f"expected the timeline and the 1872-1907 stepper, found {moved} players"
