"""builder/check.py on small output trees made in tmp_path."""
from __future__ import annotations

from pathlib import Path

from builder.check import Problem, check_site, format_problems


def page(body: str, title: str = "T", head: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{title}</title>{head}'
            f"</head><body>{body}</body></html>\n")


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


CLEAN = {
    "index.html": page('<a href="/sub/people/ann/">Ann</a> <a href="articles/one/#quotes">One</a>'
                       '<a href="https://example.org/x">ext</a> <a href="mailto:a@b.c">mail</a>'
                       '<a href="#top" id="top">top</a>',
                       head='<link rel="stylesheet" href="/sub/style.css">'
                            '<link rel="alternate" type="application/atom+xml" href="/sub/feed.xml">'),
    "people/ann/index.html": page('<img src="../../img/a.png" srcset="/sub/img/a.png 1x, /sub/img/a.png 2x" alt="">'
                                  '<a href="/sub/">home</a> <a href="/sub/people/ann/feed.xml">feed</a>'),
    "articles/one/index.html": page('<h2 id="quotes">Quotes</h2><a href="../../people/ann">Ann</a>'),
    "404.html": page('<a href="/sub/">home</a>'),
    "style.css": "body{}",
    "img/a.png": "png",
    "feed.xml": "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'/>",
    "people/ann/feed.xml": "<feed/>",
    "sitemap.xml": "<urlset/>",
    "pagefind/playground/index.html": "not ours, not checked <",
}


def test_clean_site_has_no_problems(tmp_path):
    root = write(tmp_path, CLEAN)
    assert check_site(root, "/sub/") == []
    assert format_problems([]) == ""


def test_broken_site_reports_each_problem(tmp_path):
    files = dict(CLEAN)
    files.update({
        "index.html": page('<a href="/sub/people/ann/">Ann</a> <a href="/sub/people/bob/">Bob</a>'
                           '<a href="articles/one/#missing">One</a> <a href="/elsewhere/">out</a>'
                           '<img src="/sub/img/none.png" alt="">'),
        "orphan/index.html": page("nobody links here"),
        "bad/index.html": "<p>no doctype</p></div>",
        "404.html": page('<a href="people/ann/">relative</a>'),
        "sitemap.xml": "<urlset><url></urlset>",
    })
    files["people/ann/index.html"] = page('<a href="/sub/">home</a> <a href="/sub/bad/">bad</a>')
    root = write(tmp_path, files)
    problems = check_site(root, "/sub")   # base path without the trailing slash works too
    assert problems == [
        Problem("404.html", "people/ann/", "relative link in 404.html (use a root-relative URL)"),
        Problem("bad/index.html", "", "HTML parse error at line 1, column 3: "
                "Unexpected start tag (p). Expected DOCTYPE. (2 parse errors in all)"),
        Problem("index.html", "/sub/people/bob/", "broken link"),
        Problem("index.html", "articles/one/#missing", "missing fragment #missing"),
        Problem("index.html", "/elsewhere/", "link outside base path /sub/"),
        Problem("index.html", "/sub/img/none.png", "broken link"),
        Problem("orphan/index.html", "", "orphan page: no other page links to it"),
        Problem("sitemap.xml", "", "not well-formed XML: mismatched tag: line 1, column 15"),
    ]
    text = format_problems(problems)
    assert text.splitlines()[2] == "index.html: broken link -> /sub/people/bob/"
    assert text.splitlines()[-1] == "8 problems in 5 files"


def test_root_base_path_and_directory_links(tmp_path):
    root = write(tmp_path, {
        "index.html": page('<a href="/a/">a</a> <a href="b">b folder, no slash</a> <a href="/c">c</a>'),
        "a/index.html": page('<a href="/">home</a>'),
        "b/index.html": page(""),
    })
    assert check_site(root, "/") == [Problem("index.html", "/c", "broken link")]
