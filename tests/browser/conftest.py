"""Shared by the browser tests: a local server, headless Chromium, and a page visit."""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        pass


@contextlib.contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve ``directory`` on 127.0.0.1 (a free port) and yield its URL."""
    handler = functools.partial(QuietHandler, directory=str(directory))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is missing; `make test` installs it with apt-get")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def visit(browser, server: str, page_path: str):
    """Load one page; return the Playwright page and what happened on the way."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    seen = {"foreign": [], "failed": [], "console": [], "bytes": 0}
    local = urlparse(server).netloc

    def route(r):
        if urlparse(r.request.url).netloc in (local, "") or r.request.url.startswith("data:"):
            r.continue_()
        else:
            seen["foreign"].append(r.request.url)
            r.abort()

    def on_response(response):
        if response.status >= 400:
            seen["failed"].append(f"{response.status} {response.url}")

    context.route("**/*", route)
    page = context.new_page()
    page.on("console", lambda m: m.type == "error" and seen["console"].append(m.text))
    page.on("pageerror", lambda e: seen["console"].append(str(e)))
    page.on("requestfailed", lambda r: seen["failed"].append(f"{r.failure} {r.url}"))
    page.on("response", on_response)
    page.goto(f"{server}/{page_path}", wait_until="load")
    page.wait_for_load_state("networkidle")
    # The browser's own accounting: the page and every resource it loaded, as served
    # (the local server does not compress), and the time from navigation to the load event.
    seen["bytes"], seen["load_s"] = page.evaluate(
        """() => {
            const nav = performance.getEntriesByType("navigation")[0];
            const all = [nav, ...performance.getEntriesByType("resource")];
            return [all.reduce((n, e) => n + (e.decodedBodySize || 0), 0),
                    (nav.loadEventEnd - nav.startTime) / 1000];
        }"""
    )
    return context, page, seen
