"""Live reload in a real browser: Debian's chromium driven by the playwright package.

Needs `apt-get install chromium` (never `playwright install`). An open page must
reload by itself after a content change, and show, then clear, the build-error
overlay when a save breaks the build and the next save fixes it.
"""
from __future__ import annotations

import html
import io
import shutil
import socket
import time
from pathlib import Path

import pytest

from builder.config import SiteConfig
from builder.errors import DossierError
from builder.serve import DevServer
from builder.write import write_site

CHROMIUM = shutil.which("chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="chromium is not on PATH (apt-get install chromium)"),
]


def fake_build(config: SiteConfig):
    """content/*.md -> one page each; a line containing BROKEN is a DossierError at that line."""
    def build() -> None:
        files = {"404.html": b"<!doctype html><html><body>404</body></html>"}
        for path in sorted(config.content_path.glob("*.md")):
            text = path.read_text()
            for n, line in enumerate(text.splitlines(), 1):
                if "BROKEN" in line:
                    raise DossierError(f"bad value: {line}", str(path), n)
            files[f"{path.stem}/index.html"] = (
                "<!doctype html><html><head><title>t</title></head><body>"
                f"<p id='body'>{html.escape(text)}</p></body></html>").encode()
        write_site(files, config.output_path)
    return build


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def dev(tmp_path):
    (tmp_path / "site.yaml").write_text("title: T\n")
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "a.md").write_text("first version")
    config = SiteConfig(root=tmp_path, base_url="/sub/")
    server = DevServer(config, fake_build(config), port=free_port(), debounce=0.05, log=io.StringIO())
    server.start()
    time.sleep(0.3)  # let the watchers settle
    yield server
    server.shutdown()


@pytest.fixture
def page():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM,
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        try:
            yield browser.new_page()
        finally:
            browser.close()


def test_open_page_reloads_and_shows_then_clears_the_error_overlay(dev, page):
    article = Path(dev.root).parent / "content" / "a.md"
    page.goto(dev.url + "a/")
    assert page.text_content("#body") == "first version"
    page.evaluate("window.__notReloaded = true")  # gone once the page reloads

    article.write_text("second version")
    page.wait_for_function("document.getElementById('body').textContent === 'second version'", timeout=10_000)
    assert page.evaluate("window.__notReloaded") is None

    article.write_text("ok\nBROKEN <b>bold</b>\n")
    overlay = page.wait_for_selector("#dossier-build-error", timeout=10_000)
    text = overlay.text_content()
    assert f"{article}:2: bad value: BROKEN <b>bold</b>" in text  # shown as text, not markup
    assert page.query_selector("#dossier-build-error b") is None
    assert page.text_content("#body") == "second version"  # still the last good site
    assert overlay.is_visible()

    article.write_text("fixed version")
    page.wait_for_function("document.getElementById('body').textContent === 'fixed version'", timeout=10_000)
    assert page.query_selector("#dossier-build-error") is None
