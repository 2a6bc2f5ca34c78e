"""Check a built site: internal links, fragments, orphans, HTML parse errors, XML.

`check_site(output_dir, base_path)` reads the output folder only; it knows the
site is served under `base_path` ("/" or "/repo/"), so every internal URL must
start with it. External URLs (http:, https:, //host, mailto:, tel:, data:, ...)
and fragment-only links ("#top") are not checked.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import html5lib
from html5lib.constants import E as HTML5_MESSAGES

HOME = "index.html"
NOT_FOUND = "404.html"
SKIP_DIRS = ("pagefind/",)  # Pagefind's bundle: not our pages

# (tag, attribute) pairs that load or link another resource.
URL_ATTRS = {
    "a": ("href",), "area": ("href",), "link": ("href",),
    "img": ("src", "srcset"), "source": ("src", "srcset"), "script": ("src",),
    "iframe": ("src",), "embed": ("src",), "track": ("src",),
    "audio": ("src",), "video": ("src", "poster"), "input": ("src",),
}
NAV_TAGS = ("a", "area")  # links a reader can follow: only these keep a page from being an orphan
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


@dataclass(frozen=True)
class Problem:
    page: str      # site-relative path of the page (or file) at fault
    target: str    # the URL as written, or "" for a problem with the page itself
    message: str


def format_problems(problems: list[Problem]) -> str:
    """One `page: message -> target` line per problem, then a count; "" when there are none."""
    if not problems:
        return ""
    lines = [f"{p.page}: {p.message} -> {p.target}" if p.target else f"{p.page}: {p.message}"
             for p in problems]
    pages = len({p.page for p in problems})
    lines.append(f"{len(problems)} problem{'s' * (len(problems) != 1)} in "
                 f"{pages} file{'s' * (pages != 1)}")
    return "\n".join(lines)


@dataclass
class _Page:
    ids: set[str]
    links: list[tuple[str, str]]   # (tag, url as written), in document order


def check_site(output_dir: Path, base_path: str = "/") -> list[Problem]:
    root = Path(output_dir)
    base = "/" + base_path.strip("/") + "/" if base_path.strip("/") else "/"
    files = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
    existing = set(files)
    html_files = [f for f in files if f.endswith(".html") and not f.startswith(SKIP_DIRS)]

    problems: list[Problem] = []
    pages: dict[str, _Page] = {}
    for rel in html_files:
        page, errors = _parse(root / rel)
        pages[rel] = page
        if errors:
            (line, col), code, data = errors[0]
            first = HTML5_MESSAGES.get(code, code) % (data or {})
            more = f" ({len(errors)} parse errors in all)" if len(errors) > 1 else ""
            problems.append(Problem(rel, "", f"HTML parse error at line {line}, column {col}: {first}{more}"))

    linked: set[str] = set()
    for rel, page in pages.items():
        page_url = base + rel
        for tag, raw in page.links:
            url = raw.strip()
            if not url or url.startswith("#") or url.startswith("//") or _SCHEME.match(url):
                continue
            if rel == NOT_FOUND and not url.startswith("/"):
                # GitHub Pages serves 404.html at every missing URL, so relative links break.
                problems.append(Problem(rel, raw, "relative link in 404.html (use a root-relative URL)"))
                continue
            parts = urlsplit(urljoin(page_url, url))
            if not (parts.path + "/").startswith(base):
                problems.append(Problem(rel, raw, f"link outside base path {base}"))
                continue
            target = unquote(parts.path[len(base):])
            if target == "" or target.endswith("/"):
                target += "index.html"
            elif target not in existing and target + "/index.html" in existing:
                target += "/index.html"   # a folder without the slash: servers redirect
            if target not in existing:
                problems.append(Problem(rel, raw, "broken link"))
                continue
            if tag in NAV_TAGS and target != rel:
                linked.add(target)
            fragment = unquote(parts.fragment)
            if fragment and not fragment.startswith(":~:") and target in pages \
                    and fragment not in pages[target].ids:
                problems.append(Problem(rel, raw, f"missing fragment #{fragment}"))

    for rel in pages:
        if rel not in (HOME, NOT_FOUND) and rel not in linked:
            problems.append(Problem(rel, "", "orphan page: no other page links to it"))

    for rel in files:
        if rel.endswith(".xml"):
            try:
                ET.parse(root / rel)
            except ET.ParseError as exc:
                problems.append(Problem(rel, "", f"not well-formed XML: {exc}"))

    order = {rel: i for i, rel in enumerate(files)}
    return sorted(problems, key=lambda p: order.get(p.page, -1))  # stable: document order within a file


def _parse(path: Path) -> tuple[_Page, list]:
    parser = html5lib.HTMLParser(tree=html5lib.getTreeBuilder("etree"), namespaceHTMLElements=False)
    with path.open("rb") as f:
        tree = parser.parse(f)  # bytes: html5lib sniffs <meta charset> like a browser
    ids: set[str] = set()
    links: list[tuple[str, str]] = []
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue  # comments and doctype
        if "id" in el.attrib:
            ids.add(el.attrib["id"])
        if el.tag == "a" and "name" in el.attrib:
            ids.add(el.attrib["name"])
        for attr in URL_ATTRS.get(el.tag, ()):
            value = el.attrib.get(attr)
            if value is None:
                continue
            if attr == "srcset":
                links += [(el.tag, c.split()[0]) for c in value.split(",") if c.strip()]
            else:
                links.append((el.tag, value))
    return _Page(ids, links), parser.errors
