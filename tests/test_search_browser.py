"""Pagefind search in a real Chromium, on a site served under a sub-path (/sub/).

Uses Debian's chromium (apt-get install chromium), never `playwright install`.
The search page below carries the same snippet templates/search.html uses.
"""
from __future__ import annotations

import contextlib
import functools
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from builder.search import index_site

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None:
    pytest.skip("chromium is not installed (apt-get install -y chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")

BASE = "/sub/"
PEOPLE = ["Donald Trump", "Nayib Bukele", "Xi Jinping", "Ursula von der Leyen", "Lula"]

SEARCH_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Search</title>
<link rel="stylesheet" href="{base}pagefind/pagefind-ui.css">
<script src="{base}pagefind/pagefind-ui.js"></script>
</head><body><h1>Search</h1><div id="search"></div>
<script>
  window.addEventListener("DOMContentLoaded", () => {{
    const base = "{base}";  /* templates: {{{{ base_path|tojson }}}} */
    const ui = new PagefindUI({{
      element: "#search", bundlePath: base + "pagefind/", baseUrl: base,
      showSubResults: true, showImages: false, openFilters: ["person", "country", "organization"],
    }});
    const q = new URLSearchParams(window.location.search).get("q");
    if (q) ui.triggerSearch(q);
  }});
</script></body></html>
"""


def article(i: int) -> str:
    people = [PEOPLE[i % 5], PEOPLE[(i + 2) % 5]]
    tags = "".join(f'<li data-pagefind-filter="person">{p}</li>' for p in people)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Story {i}</title></head>'
            f'<body><main data-pagefind-body><h1>Story {i}</h1>'
            f'<p>{people[0]} met {people[1]} to talk about tariffs.</p><ul>{tags}</ul></main></body></html>')


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    www = tmp_path_factory.mktemp("www")
    site = www / BASE.strip("/")
    for i in range(12):
        page = site / "articles" / f"story-{i}" / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text(article(i), encoding="utf-8")
    (site / "search").mkdir()
    (site / "search" / "index.html").write_text(SEARCH_PAGE.format(base=BASE), encoding="utf-8")
    index_site(site)
    with serve(www) as origin:
        yield origin


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve(folder: Path):
    """Serve folder on a free local port; yields the origin (http://127.0.0.1:PORT)."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM,
                              args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield b
        b.close()


def test_search_and_filter_under_sub_path(server, browser):
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    failed: list[str] = []
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)

    page.goto(server + BASE + "search/")
    page.fill(".pagefind-ui__search-input", "tariffs")
    message = page.locator(".pagefind-ui__message")
    sync_api.expect(message).to_have_text("12 results for tariffs", timeout=15000)
    first = page.locator(".pagefind-ui__result-link").first
    assert first.get_attribute("href").startswith(BASE + "articles/story-")

    # Xi Jinping is on stories 0, 2, 5, 7 and 10.
    page.click('label[for="person-Xi Jinping"]')
    sync_api.expect(message).to_have_text("5 results for tariffs", timeout=15000)

    first.click()
    page.wait_for_url(f"**{BASE}articles/story-*/**")
    assert "Xi Jinping" in page.locator("main").inner_text()
    assert errors == [] and failed == []
    page.close()


def test_query_from_url(server, browser):
    page = browser.new_page()
    page.goto(server + BASE + "search/?q=Bukele")
    # Bukele is on stories 1, 4, 6, 9 and 11.
    sync_api.expect(page.locator(".pagefind-ui__message")).to_have_text("5 results for Bukele", timeout=15000)
    page.close()


RUBIO = """---
title: Rubio visits San Salvador
date: 2025-02-03
---

Secretary of State Marco Rubio met President Nayib Bukele in San Salvador on Monday to discuss migration.
"""
XI = """---
title: Bukele goes to Beijing
date: 2025-02-10
---

President Nayib Bukele of El Salvador met President Xi Jinping in Beijing on Monday to discuss trade.
"""


def test_built_site_search_page(make_site, model, browser):
    """The project's own templates/search.html, in a site built for /sub/."""
    from builder.build import build
    from builder.config import load_config

    site = make_site({"rubio.md": RUBIO, "xi.md": XI},
                     f"title: Test site\nbase_url: {BASE}\noutput_dir: www/sub\n")
    build(load_config(site), model=model)
    with serve(site / "www") as origin:
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(origin + BASE + "search/")
        page.fill(".pagefind-ui__search-input", "Bukele")
        message = page.locator(".pagefind-ui__message")
        sync_api.expect(message).to_have_text("2 results for Bukele", timeout=15000)
        page.click('label[for="person-Marco Rubio"]')
        sync_api.expect(message).to_have_text("1 result for Bukele", timeout=15000)
        link = page.locator(".pagefind-ui__result-link").first
        assert link.get_attribute("href") == BASE + "articles/rubio/"   # slug from the file name
        assert link.inner_text() == "Rubio visits San Salvador"
        assert errors == []
        page.close()
