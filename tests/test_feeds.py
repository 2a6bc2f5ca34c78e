"""builder/feeds.py: Atom feeds, sitemap and robots.txt, parsed back with an XML parser."""
from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from builder.config import SiteConfig
from builder.feeds import all_feeds, entity_feed, robots_txt, site_feed, sitemap
from builder.model import Article, Dossier, Entity, Site

A = "{http://www.w3.org/2005/Atom}"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
HOSTILE = "</title><script>alert(1)</script> & \x07bell"


def make_url(config: SiteConfig):
    # Same contract as the render stage's helper: site-relative path -> public URL.
    return lambda path: config.site_origin + config.base_path + path


def article(slug, day, title=None, author=None):
    return Article(source_path=f"content/{slug}.md", slug=slug, title=title or slug.title(),
                   date=dt.date(2025, 1, day) if day else None, body_html="<p>Body &amp; more</p>",
                   text="Body & more", author=author, summary=f"About {slug}")


def make_site(*articles: Article) -> Site:
    dossiers = tuple(Dossier(article=a, people=(), key_people=(), countries=(), organizations=(),
                             regions=(), quotes=(), related=()) for a in articles)
    slugs = tuple(a.slug for a in articles)
    entities = {
        "donald-trump": Entity(id="donald-trump", kind="person", name="Donald Trump", aliases=(),
                               article_slugs=slugs[:2], mentions=3),
        "el-salvador": Entity(id="el-salvador", kind="country", name="El Salvador", aliases=(),
                              article_slugs=slugs[1:], mentions=2, code="SV"),
        "un": Entity(id="un", kind="organization", name="UN", aliases=(), article_slugs=slugs, mentions=1),
    }
    return Site(dossiers=dossiers, entities=entities)


@pytest.fixture
def config(tmp_path: Path) -> SiteConfig:
    return SiteConfig(root=tmp_path, title="News <Dossier>", description="Who is who",
                      base_url="https://example.org/repo/", feed_articles=2)


@pytest.fixture
def site() -> Site:
    return make_site(article("latest", 20, title=HOSTILE, author="Ann Writer"),
                     article("middle", 10), article("oldest", 1), article("undated", None))


def parse(data: bytes) -> ET.Element:
    assert data.startswith(b"<?xml version='1.0' encoding='utf-8'?>\n")
    return ET.fromstring(data)


def test_site_feed_has_required_atom_elements(site, config):
    feed = parse(site_feed(site, config, make_url(config)))
    assert feed.tag == A + "feed"
    assert feed.findtext(A + "id") == "https://example.org/repo/feed.xml"
    assert feed.findtext(A + "title") == "News <Dossier>"
    assert feed.findtext(A + "subtitle") == "Who is who"
    assert feed.findtext(A + "updated") == "2025-01-20T00:00:00Z"   # newest article, not "now"
    assert feed.find(A + "author").findtext(A + "name") == "News <Dossier>"
    links = {l.get("rel"): l.get("href") for l in feed.findall(A + "link")}
    assert links == {"self": "https://example.org/repo/feed.xml", "alternate": "https://example.org/repo/"}
    entries = feed.findall(A + "entry")
    assert len(entries) == 2   # feed_articles
    for entry in entries:
        for tag in ("id", "title", "updated"):
            assert entry.findtext(A + tag)
        assert entry.find(A + "link").get("rel") == "alternate"
        assert entry.findtext(A + "id") == entry.find(A + "link").get("href")
    assert entries[1].findtext(A + "id") == "https://example.org/repo/articles/middle/"
    assert entries[1].findtext(A + "published") == "2025-01-10T00:00:00Z"
    assert entries[1].findtext(A + "summary") == "About middle"
    content = entries[1].find(A + "content")
    assert content.get("type") == "html" and content.text == "<p>Body &amp; more</p>"


def test_hostile_title_is_escaped_text(site, config):
    data = site_feed(site, config, make_url(config))
    assert b"<script>" not in data and b"</title><script>" not in data
    entry = parse(data).find(A + "entry")
    # Text survives as text; the control character XML forbids is dropped.
    assert entry.findtext(A + "title") == "</title><script>alert(1)</script> & bell"
    assert entry.find(A + "author").findtext(A + "name") == "Ann Writer"


def test_entity_feed_follows_the_entity(site, config):
    feed = parse(entity_feed(site, config, site.entities["el-salvador"], make_url(config)))
    assert feed.findtext(A + "title") == "El Salvador · News <Dossier>"
    assert feed.findtext(A + "id") == "https://example.org/repo/countries/el-salvador/feed.xml"
    links = {l.get("rel"): l.get("href") for l in feed.findall(A + "link")}
    assert links["alternate"] == "https://example.org/repo/countries/el-salvador/"
    assert [e.findtext(A + "id") for e in feed.findall(A + "entry")] == [
        "https://example.org/repo/articles/middle/", "https://example.org/repo/articles/oldest/"]
    assert feed.findtext(A + "updated") == "2025-01-10T00:00:00Z"
    with pytest.raises(ValueError):
        entity_feed(site, config, site.entities["un"], make_url(config))


def test_all_feeds_paths(site, config):
    assert sorted(all_feeds(site, config, make_url(config))) == [
        "countries/el-salvador/feed.xml", "feed.xml", "people/donald-trump/feed.xml"]


def test_undated_articles_and_root_relative_urls(tmp_path):
    config = SiteConfig(root=tmp_path, base_url="/sub/", feed_articles=5)
    site = make_site(article("undated", None))
    feed = parse(site_feed(site, config, make_url(config)))
    # No dated article: fixed epoch, never the clock; ids fall back to urns.
    assert feed.findtext(A + "updated") == "1970-01-01T00:00:00Z"
    assert feed.findtext(A + "id") == "urn:dossier:feed"
    entry = feed.find(A + "entry")
    assert entry.findtext(A + "updated") == "1970-01-01T00:00:00Z"
    assert entry.find(A + "published") is None
    assert entry.findtext(A + "id") == "urn:dossier:article:undated"
    assert entry.find(A + "link").get("href") == "/sub/articles/undated/"
    person = parse(entity_feed(site, config, site.entities["donald-trump"], make_url(config)))
    assert person.findtext(A + "id") == "urn:dossier:person:donald-trump"
    # build_date is only a fallback for a feed with no dated article.
    dated = parse(site_feed(site, config, make_url(config), dt.date(2025, 3, 1)))
    assert dated.findtext(A + "updated") == "2025-03-01T00:00:00Z"


def test_output_is_deterministic(site, config):
    url = make_url(config)
    assert site_feed(site, config, url) == site_feed(site, config, url)
    assert all_feeds(site, config, url) == all_feeds(site, config, url)


def test_sitemap_sorted_and_unique(config):
    data = sitemap(["people/b/", "", "people/a/", "people/b/"], config, make_url(config))
    root = parse(data)
    assert root.tag == SM + "urlset"
    assert [u.findtext(SM + "loc") for u in root.findall(SM + "url")] == [
        "https://example.org/repo/", "https://example.org/repo/people/a/", "https://example.org/repo/people/b/"]


def test_robots_txt(config, tmp_path):
    assert robots_txt(config, make_url(config)) == (
        b"User-agent: *\nAllow: /\nSitemap: https://example.org/repo/sitemap.xml\n")
    local = SiteConfig(root=tmp_path, base_url="/")
    assert robots_txt(local, make_url(local)) == b"User-agent: *\nAllow: /\n"
