"""The whole pipeline end to end on real files with the real model."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from builder.build import build
from builder.config import load_config
from builder.errors import DossierError

from .conftest import ROOT, SEED_TEXT

STORY = """---
title: Bukele meets Rubio
date: 2025-02-03
---

Secretary of State Marco Rubio met Nayib Bukele in San Salvador on Monday.

“We are working together to stop illegal immigration and the gangs that threaten our region,” Rubio said.
"""


@pytest.fixture
def site(make_site):
    return make_site({"seed.txt": SEED_TEXT.read_text(encoding="utf-8"), "2025-02-03-rubio.md": STORY},
                     "title: Test site\nbase_url: /repo/\nsearch: false\n")


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_build_makes_a_cross_linked_site(site, model):
    config = load_config(site)
    report = build(config, model=model)
    out = config.output_path
    assert report.articles == 2 and report.quotes >= 18
    seed_slug = "seed"
    page = (out / "articles" / seed_slug / "index.html").read_text()
    for person, slug in [("Donald Trump", "donald-trump"), ("Nayib Bukele", "nayib-bukele"),
                         ("Joe Biden", "joe-biden"), ("Marco Rubio", "marco-rubio")]:
        assert f'href="/repo/people/{slug}/"' in page             # every name links to its page, under the base path
        assert (out / "people" / slug / "index.html").is_file()
    assert 'href="/repo/countries/el-salvador/"' in page and 'href="/repo/countries/united-states/"' in page
    assert "the White House readout explained" in page
    # the person page gathers articles and quotes across the corpus
    rubio = (out / "people" / "marco-rubio" / "index.html").read_text()
    assert "Bukele meets Rubio" in rubio and "We treat our enemies better" in rubio
    assert "stop illegal immigration and the gangs" in rubio
    # related articles with the shared entities as the reason
    data = json.loads((out / "data" / "articles" / f"{seed_slug}.json").read_text())
    assert set(data) == {"slug", "title", "date", "source_path", "people", "countries", "organizations",
                         "quotes", "related"}
    assert data["source_path"] == "content/seed.txt" and data["date"] is None
    assert data["related"][0]["slug"] == "rubio"
    assert {"marco-rubio", "nayib-bukele"} <= set(data["related"][0]["shared"])
    assert data["quotes"][0] == {"text": "The two leaders discussed working together to stop illegal immigration "
                                         "and crack down on transnational gangs like Tren de Aragua",
                                 "speaker": "White House", "speaker_id": "white-house"}
    assert data["countries"][0] == {"id": "united-states", "name": "United States", "code": "US",
                                    "mentions": data["countries"][0]["mentions"]}
    entities = json.loads((out / "data" / "entities.json").read_text())
    bukele = next(e for e in entities if e["id"] == "nayib-bukele")
    assert bukele["kind"] == "person" and "Bukele" in bukele["aliases"] and len(bukele["articles"]) == 2
    for name in ("index.html", "404.html", "people/index.html", "countries/index.html",
                 "organizations/index.html", "feed.xml", "sitemap.xml", ".nojekyll", "static/style.css"):
        assert (out / name).is_file(), name
    # no absolute link escapes the base path
    for path in out.rglob("*.html"):
        for href in re.findall(r'(?:href|src)="(/[^"]*)"', path.read_text()):
            assert href.startswith("/repo/"), (path, href)


def test_two_builds_are_byte_identical_and_rebuilds_use_the_cache(site, model, tmp_path):
    config = load_config(site)
    build(config, model=model)
    first = files_of(config.output_path)
    report = build(config, model=model)
    assert report.extracted == 0 and report.cached == 2 and report.written == 0
    assert files_of(config.output_path) == first
    # a cold build without the cache gives the same bytes too
    shutil.rmtree(config.output_path)
    build(config, model=model, use_cache=False)
    assert files_of(config.output_path) == first


def test_a_failed_build_leaves_the_previous_output(site, model):
    config = load_config(site)
    build(config, model=model)
    before = files_of(config.output_path)
    (site / "content" / "broken.md").write_text("---\ntitle: [oops\n---\nx\n", encoding="utf-8")
    with pytest.raises(DossierError, match="content/broken.md"):
        build(config, model=model)
    (site / "content" / "broken.md").unlink()
    (site / "templates" / "article.html").write_text("{% block %}", encoding="utf-8")
    with pytest.raises(DossierError, match="article.html"):
        build(config, model=model)
    assert files_of(config.output_path) == before


def test_deleted_articles_and_orphaned_entities_disappear(site, model):
    config = load_config(site)
    build(config, model=model)
    assert (config.output_path / "articles" / "rubio" / "index.html").is_file()
    (site / "content" / "seed.txt").unlink()
    report = build(config, model=model)
    assert report.removed > 0
    assert not (config.output_path / "people" / "donald-trump").exists()
    assert (config.output_path / "people" / "marco-rubio" / "index.html").is_file()


def test_hostile_title_is_escaped(make_site, model):
    site = make_site({"x.md": '---\ntitle: "<script>alert(1)</script> & co"\n---\n\nAnn Smith said hello.\n'},
                     "search: false\n")
    config = load_config(site)
    build(config, model=model)
    html = (config.output_path / "articles" / "x" / "index.html").read_text()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in html


def test_a_quote_over_paragraphs_keeps_its_paragraphs_and_escapes_them(make_site, model):
    text = ("---\ntitle: Organ donation\n---\n\n"
            "“The bill puts <b>families</b> at the heart of organ donation in Wales.\n\n"
            "“Today is a landmark day for all of us,” Health Minister Mark Drakeford said.\n")
    site = make_site({"x.md": text}, "search: false\n")
    config = load_config(site)
    build(config, model=model)
    html = (config.output_path / "articles" / "x" / "index.html").read_text()
    assert ("<blockquote><p>The bill puts &lt;b&gt;families&lt;/b&gt; at the heart of organ donation in Wales.</p>"
            "<p>Today is a landmark day for all of us</p></blockquote>") in html


def test_curation_merges_drops_and_describes(make_site, model):
    site = make_site({"seed.txt": SEED_TEXT.read_text(encoding="utf-8")},
                     "search: false\nentities:\n  - name: Donald J. Trump\n    aliases: [Donald Trump]\n"
                     "    description: 47th president\n  - name: Tucker Carlson\n    drop: true\n"
                     "  - name: Politico\n    kind: person\n")
    config = load_config(site)
    build(config, model=model)
    out = config.output_path
    assert "47th president" in (out / "people" / "donald-j-trump" / "index.html").read_text()
    assert not (out / "people" / "donald-trump").exists() and not (out / "people" / "tucker-carlson").exists()
    assert (out / "people" / "politico" / "index.html").is_file()
    data = json.loads(next((out / "data" / "articles").glob("*.json")).read_text())
    assert any(q["speaker_id"] == "donald-j-trump" for q in data["quotes"])


def test_example_site_builds(tmp_path, model):
    """The project's own site.yaml and content/ build (into a temporary output folder)."""
    config = load_config(ROOT, {"output_dir": str(tmp_path / "out"), "cache_dir": str(tmp_path / "cache")})
    report = build(config, model=model)
    assert report.articles >= 1 and (tmp_path / "out" / "index.html").is_file()


def test_extraction_in_worker_processes_gives_the_same_site(site, model, monkeypatch):
    import builder.build as b
    config = load_config(site)
    build(config, model=model, use_cache=False, jobs=1)
    single = files_of(config.output_path)
    # two articles are too few to fork for; lower the bars so they go to two workers
    monkeypatch.setattr(b, "MIN_TEXTS_FOR_PROCESSES", 1)
    monkeypatch.setattr(b, "BATCH_SIZE", 1)
    calls = []
    real = b._extract_in_processes
    monkeypatch.setattr(b, "_extract_in_processes", lambda *a: calls.append(a[2]) or real(*a))
    report = build(config, model=model, use_cache=False, jobs=2)
    assert calls == [2] and report.extracted == 2
    assert files_of(config.output_path) == single


def test_extraction_processes_policy(monkeypatch):
    import threading

    import builder.build as b
    monkeypatch.setattr(b, "_cpus", lambda: 2)
    assert b.extraction_processes(2, 63) == 1         # too few texts to pay for a second process
    assert b.extraction_processes(2, 64) == 2
    assert b.extraction_processes(8, 64) == 2         # no more workers than batches
    assert b.extraction_processes(1, 1000) == 1
    assert b.extraction_processes(None, 1000) == (2 if threading.active_count() == 1 else 1)
    stop = threading.Event()
    t = threading.Thread(target=stop.wait)
    t.start()
    try:  # a process with other threads (dossier serve) is never forked automatically
        assert b.extraction_processes(None, 1000) == 1
    finally:
        stop.set()
        t.join()


def test_an_article_whose_extraction_fails_is_published_and_named_not_fatal(make_site, model, monkeypatch):
    # a bug in one rule (simulated: the real extraction raises on one text) must not stop the build
    import builder.extract as extract

    real = extract.extract_doc

    def failing(doc, *args, **kwargs):
        if "Zanzibar" in doc.text:
            raise IndexError("simulated rule bug")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(extract, "extract_doc", failing)
    site = make_site({"bad.md": "---\ntitle: Bad\n---\nJane Okafor visited Zanzibar.\n",
                      "good.md": "---\ntitle: Good\n---\nMaria Lopez, a teacher in Lima, said it was fine.\n"})
    config = load_config(site)
    report = build(config, model=model, jobs=1)
    assert report.failed == ("content/bad.md: IndexError: simulated rule bug",)
    assert any("content/bad.md" in w and "extraction failed" in w for w in report.warnings())
    assert report.articles == 2 and report.people >= 1            # the good article keeps its people
    assert (config.output_path / "articles" / "bad" / "index.html").is_file()
    # a failed extraction is not cached: the next build tries again
    monkeypatch.setattr(extract, "extract_doc", real)
    assert build(config, model=model, jobs=1).failed == ()
