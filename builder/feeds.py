"""Atom feeds, sitemap.xml and robots.txt, as bytes. Pure functions: no file I/O.

Rules (deterministic output, so two builds of the same content are identical):
- No "now". A feed's <updated> is its newest article's date; with no dated
  article it is `build_date` when the caller passes one, else EPOCH.
- An undated article's entry gets <updated> EPOCH and no <published>; Atom
  requires <updated> on every entry and EPOCH never changes between builds.
- Ids: the entry's public URL when base_url has a host (https://host/...),
  else a `urn:dossier:` id built from the slug or entity id. A root-relative
  URL is not a valid Atom id, and the urn never changes with the deploy path.
- Links and sitemap <loc>s are `url(path)`: absolute when base_url has a host.
  Without a host they are root-relative; feed readers and search engines want
  absolute URLs, so set base_url (or DOSSIER_BASE_URL) to https://host/path/.
- Text from articles is untrusted: ElementTree escapes it, and characters that
  XML 1.0 forbids (most C0 controls) are dropped first so the XML stays well-formed.
"""
from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from typing import Callable, Iterable

from .config import SiteConfig
from .model import Article, Entity, Site

ATOM_NS = "http://www.w3.org/2005/Atom"
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)

SITE_FEED = "feed.xml"
ENTITY_DIRS = {"person": "people", "country": "countries"}  # kinds that get a feed


def article_path(slug: str) -> str:
    """Site-relative path of an article page (the render stage's layout)."""
    return f"articles/{slug}/"


def entity_path(entity: Entity) -> str:
    return f"{ENTITY_DIRS[entity.kind]}/{entity.id}/"


def entity_feed_path(entity: Entity) -> str:
    """`people/<id>/feed.xml` or `countries/<id>/feed.xml`."""
    return entity_path(entity) + "feed.xml"


def has_feed(entity: Entity) -> bool:
    return entity.kind in ENTITY_DIRS


_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _XML_BAD.sub("", text)


def _stamp(when: dt.date | dt.datetime) -> str:
    if not isinstance(when, dt.datetime):
        when = dt.datetime(when.year, when.month, when.day, tzinfo=dt.timezone.utc)
    return when.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _is_absolute(u: str) -> bool:
    return re.match(r"^[a-z][a-z0-9+.-]*://", u) is not None


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, tag, attrs)
    if text is not None:
        el.text = _clean(text)
    return el


def _to_bytes(root: ET.Element) -> bytes:
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def _feed(config: SiteConfig, *, title: str, subtitle: str, feed_path: str, page_path: str,
          urn: str, articles: list[Article], url: Callable[[str], str],
          build_date: dt.date | dt.datetime | None,
          article_path: Callable[[str], str]) -> bytes:
    self_url, page_url = url(feed_path), url(page_path)
    dated = [a.date for a in articles if a.date is not None]
    updated = max(dated) if dated else (build_date or EPOCH)

    # Atom's default namespace written as a plain attribute: no global ET.register_namespace.
    feed = ET.Element("feed", {"xmlns": ATOM_NS, XML_LANG: config.language})
    _sub(feed, "id", self_url if _is_absolute(self_url) else urn)
    _sub(feed, "title", title)
    if subtitle:
        _sub(feed, "subtitle", subtitle)
    _sub(feed, "updated", _stamp(updated))
    _sub(feed, "link", rel="self", type="application/atom+xml", href=self_url)
    _sub(feed, "link", rel="alternate", type="text/html", href=page_url)
    # A feed-level author satisfies Atom for entries that have none of their own.
    _sub(_sub(feed, "author"), "name", config.title)
    _sub(feed, "generator", "Dossier")

    for a in articles:
        link = url(article_path(a.slug))
        entry = _sub(feed, "entry")
        _sub(entry, "id", link if _is_absolute(link) else f"urn:dossier:article:{a.slug}")
        _sub(entry, "title", a.title)
        _sub(entry, "updated", _stamp(a.date or EPOCH))
        if a.date:
            _sub(entry, "published", _stamp(a.date))
        if a.author:
            _sub(_sub(entry, "author"), "name", a.author)
        _sub(entry, "link", rel="alternate", type="text/html", href=link)
        if a.summary:
            _sub(entry, "summary", a.summary)
        # body_html is our renderer's output; type="html" carries it escaped.
        _sub(entry, "content", a.body_html, type="html")
        if a.license:
            _sub(entry, "rights", a.license)
    return _to_bytes(feed)


def site_feed(site: Site, config: SiteConfig, url: Callable[[str], str],
              build_date: dt.date | dt.datetime | None = None, *,
              article_path: Callable[[str], str] = article_path) -> bytes:
    """`feed.xml`: the latest `config.feed_articles` articles (site.dossiers is newest first)."""
    articles = [d.article for d in site.dossiers[:config.feed_articles]]
    return _feed(config, title=config.title, subtitle=config.description, feed_path=SITE_FEED,
                 page_path="", urn="urn:dossier:feed", articles=articles, url=url,
                 build_date=build_date, article_path=article_path)


def entity_feed(site: Site, config: SiteConfig, entity: Entity, url: Callable[[str], str],
                build_date: dt.date | dt.datetime | None = None, *,
                article_path: Callable[[str], str] = article_path) -> bytes:
    """`people/<id>/feed.xml` or `countries/<id>/feed.xml`: the entity's latest articles."""
    if not has_feed(entity):
        raise ValueError(f"no feed for entities of kind {entity.kind!r}")
    slugs = entity.article_slugs[:config.feed_articles]  # newest first already
    articles = [site.dossier(s).article for s in slugs]
    return _feed(config, title=f"{entity.name} · {config.title}",
                 subtitle=f"Articles that mention {entity.name}", feed_path=entity_feed_path(entity),
                 page_path=entity_path(entity), urn=f"urn:dossier:{entity.kind}:{entity.id}",
                 articles=articles, url=url, build_date=build_date, article_path=article_path)


def all_feeds(site: Site, config: SiteConfig, url: Callable[[str], str],
              build_date: dt.date | dt.datetime | None = None) -> dict[str, bytes]:
    """Every feed, keyed by its site-relative output path (for the render stage's output dict)."""
    out = {SITE_FEED: site_feed(site, config, url, build_date)}
    for entity in site.entities.values():
        if has_feed(entity):
            out[entity_feed_path(entity)] = entity_feed(site, config, entity, url, build_date)
    return out


def sitemap(paths: Iterable[str], config: SiteConfig, url: Callable[[str], str]) -> bytes:
    """sitemap.xml listing `paths` (site-relative page paths such as "people/x/"), sorted.

    No <lastmod>: it would need a clock or per-page dates; both are optional in the protocol.
    """
    urlset = ET.Element("urlset", {"xmlns": SITEMAP_NS})
    for path in sorted(set(paths)):
        _sub(_sub(urlset, "url"), "loc", url(path))
    return _to_bytes(urlset)


def robots_txt(config: SiteConfig, url: Callable[[str], str]) -> bytes:
    """Allow everything and point to the sitemap.

    The Sitemap line must be an absolute URL, so it is left out without a host.
    Crawlers read robots.txt only at a host's root: under a sub-path
    (GitHub project pages) the file is harmless but ignored.
    """
    lines = ["User-agent: *", "Allow: /"]
    map_url = url("sitemap.xml")
    if _is_absolute(map_url):
        lines.append(f"Sitemap: {map_url}")
    return ("\n".join(lines) + "\n").encode("utf-8")
