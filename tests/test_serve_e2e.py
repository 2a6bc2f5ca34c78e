"""`dossier serve` end to end: the real pipeline and model behind the real server, real HTTP,
and real Chromium watching a page reload after a content change."""
from __future__ import annotations

import io
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from builder.build import build
from builder.config import load_config
from builder.serve import DevServer


CHROMIUM = shutil.which("chromium")
STORY = "---\ntitle: {title}\ndate: 2025-03-0{day}\n---\n\nForeign Minister Ann Lindqvist visited Kenya on Monday.\n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode("utf-8")


def wait_for(predicate, timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError("timed out")


@pytest.fixture
def served(make_site, model):
    site = make_site({"visit.md": STORY.format(title="First title", day=1)}, "title: Served\nbase_url: /repo/\nsearch: false\n")
    config = load_config(site)
    server = DevServer(config, lambda: build(load_config(site), model=model), port=free_port(),
                       debounce=0.05, log=io.StringIO())
    server.start()
    time.sleep(0.3)
    yield site, server
    server.shutdown()


def test_content_and_template_changes_are_served(served):
    site, server = served
    base = f"http://127.0.0.1:{server.port}/repo/"
    page = fetch(base + "articles/visit/")
    assert "First title" in page and 'href="/repo/people/ann-lindqvist/"' in page
    assert "__dossier__" in page                           # the reload script, added while serving only
    assert "__dossier__" not in (site / "output" / "articles" / "visit" / "index.html").read_text()

    (site / "content" / "visit.md").write_text(STORY.format(title="Second title", day=1))
    wait_for(lambda: "Second title" in fetch(base + "articles/visit/"))

    (site / "content" / "new.md").write_text(STORY.format(title="A new article", day=2))
    wait_for(lambda: "A new article" in fetch(base))

    template = site / "templates" / "article.html"
    template.write_text(template.read_text().replace("<h2>People</h2>", "<h2>People named</h2>"))
    wait_for(lambda: "People named" in fetch(base + "articles/visit/"))


def test_broken_content_keeps_the_last_good_site_and_names_the_file(served):
    site, server = served
    base = f"http://127.0.0.1:{server.port}/repo/"
    (site / "content" / "visit.md").write_text("---\ntitle: [unclosed\n---\nx\n")
    wait_for(lambda: "dossier-build-error" in fetch(base + "articles/visit/"))
    page = fetch(base + "articles/visit/")
    assert "First title" in page and "content/visit.md:" in page
    (site / "content" / "visit.md").write_text(STORY.format(title="Fixed title", day=1))
    wait_for(lambda: "Fixed title" in fetch(base + "articles/visit/"))
    assert "dossier-build-error" not in fetch(base + "articles/visit/")


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not on PATH (apt-get install chromium)")
def test_open_page_reloads_itself_after_a_content_change(served):
    sync_api = pytest.importorskip("playwright.sync_api")
    site, server = served
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM,
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        try:
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{server.port}/repo/articles/visit/")
            assert page.text_content("h1") == "First title"
            page.evaluate("window.__notReloaded = true")
            (site / "content" / "visit.md").write_text(STORY.format(title="Reloaded title", day=1))
            page.wait_for_function("document.querySelector('h1').textContent === 'Reloaded title'", timeout=30_000)
            assert page.evaluate("window.__notReloaded") is None
        finally:
            browser.close()


def test_dossier_serve_command_starts_and_stops(make_site, tmp_path):
    """The console command as a user runs it: builds, serves on 127.0.0.1, stops on Ctrl-C."""
    site = make_site({"visit.md": STORY.format(title="Command title", day=1)}, "search: false\n")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "builder", "serve", "--site", str(site), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        wait_for(lambda: _up(port), timeout=60)
        assert "Command title" in fetch(f"http://127.0.0.1:{port}/articles/visit/")
    finally:
        proc.send_signal(2)
        out, _ = proc.communicate(timeout=20)
    assert proc.returncode == 0, out
    assert f"http://127.0.0.1:{port}/" in out


def _up(port: int) -> bool:
    try:
        fetch(f"http://127.0.0.1:{port}/")
        return True
    except OSError:
        return False
