"""builder/search.py: Pagefind over a small staged site."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from builder.errors import DossierError
from builder.search import _read_cbor, index_site

PEOPLE = ["Donald Trump", "Nayib Bukele", "Xi Jinping", "Ursula von der Leyen", "Lula"]
COUNTRIES = ["El Salvador", "China", "Brazil", "Germany"]


def article_page(i: int) -> str:
    people = [PEOPLE[i % 5], PEOPLE[(i + 2) % 5]]
    country = COUNTRIES[i % 4]
    tags = "".join(f'<li><a href="/people/p/" data-pagefind-filter="person">{p}</a></li>' for p in people)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Story {i}</title></head>'
            f'<body><nav>Site menu</nav><main data-pagefind-body><h1>Story {i}</h1>'
            f'<p>{people[0]} met {people[1]} to talk about tariffs and trade number{i}.</p>'
            f'<ul>{tags}<li data-pagefind-filter="country">{country}</li>'
            f'<li data-pagefind-filter="organization">WTO</li></ul>'
            f'<time data-pagefind-meta="date" datetime="2025-01-{i + 1:02d}">Jan {i + 1}</time>'
            f'</main></body></html>')


def make_site(root: Path, count: int = 12) -> Path:
    for i in range(count):
        path = root / "articles" / f"story-{i}" / "index.html"
        path.parent.mkdir(parents=True)
        path.write_text(article_page(i), encoding="utf-8")
    (root / "index.html").write_text('<!DOCTYPE html><html lang="en"><head><title>Home</title></head>'
                                     '<body><h1>Home</h1></body></html>', encoding="utf-8")
    return root


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_index_site_writes_bundle_with_filters(tmp_path):
    site = make_site(tmp_path / "site")
    index_site(site)
    bundle = site / "pagefind"
    for name in ("pagefind.js", "pagefind-ui.js", "pagefind-ui.css", "pagefind-entry.json"):
        assert (bundle / name).is_file()
    entry = json.loads((bundle / "pagefind-entry.json").read_text())
    lang = entry["languages"]["en"]
    assert lang["page_count"] == 12    # only data-pagefind-body pages: the home page is left out
    meta = _read_cbor(bundle / f"pagefind.{lang['hash']}.pf_meta")
    filters = meta[3]
    assert [name for name, _ in filters] == ["country", "organization", "person"]
    person = dict(filters)["person"]
    name, values = _read_cbor(bundle / "filter" / f"{person}.pf_filter")
    assert name == "person"
    assert [v for v, _ in values] == sorted(PEOPLE)
    assert "date" in meta[5]


def test_index_is_byte_identical_across_runs(tmp_path):
    # Pagefind alone writes filters in HashMap order; index_site must sort them.
    first, second = make_site(tmp_path / "a", 40), make_site(tmp_path / "b", 40)
    index_site(first)
    index_site(second)
    assert tree(first) == tree(second)
    again = tree(first)
    index_site(first)   # re-indexing an indexed site starts from a clean bundle
    assert tree(first) == again


def test_errors_are_dossier_errors(tmp_path):
    with pytest.raises(DossierError, match="site folder not found"):
        index_site(tmp_path / "missing")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(DossierError, match="did not contain any html files"):
        index_site(empty)


def test_missing_binary_is_reported(tmp_path, monkeypatch):
    site = make_site(tmp_path / "site", 1)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "no-such-pagefind"))
    with pytest.raises(DossierError, match="Pagefind failed"):
        index_site(site)



def test_bundle_is_reused_only_while_the_indexed_pages_are_unchanged(tmp_path, monkeypatch):
    import builder.search as search
    live, stamp = make_site(tmp_path / "live"), tmp_path / "cache" / "stamp.json"
    index_site(live, previous=tmp_path / "none", stamp=stamp)
    runs = []
    real = search._pagefind
    monkeypatch.setattr(search, "_pagefind", lambda *a, **k: runs.append(1) or real(*a, **k))
    same = make_site(tmp_path / "same")
    (same / "index.html").write_text("<html><body>home page edited</body></html>")  # not indexed anyway
    index_site(same, previous=live, stamp=stamp)
    assert runs == [] and tree(same / "pagefind") == tree(live / "pagefind")
    assert (same / "pagefind" / "pagefind.js").stat().st_ino == (live / "pagefind" / "pagefind.js").stat().st_ino
    changed = make_site(tmp_path / "changed")
    (changed / "articles" / "story-0" / "index.html").write_text(article_page(0).replace("tariffs", "fisheries"))
    index_site(changed, previous=live, stamp=stamp)
    assert runs == [1]
    fresh = make_site(tmp_path / "fresh")
    (fresh / "articles" / "story-0" / "index.html").write_text(article_page(0).replace("tariffs", "fisheries"))
    index_site(fresh)
    assert tree(changed / "pagefind") == tree(fresh / "pagefind")


def test_a_mention_of_the_body_attribute_in_prose_indexes_the_whole_site(tmp_path):
    site = tmp_path / "site"
    for i in range(3):
        page = site / f"p{i}" / "index.html"
        page.parent.mkdir(parents=True)
        text = "Mark the body with data-pagefind-body." if i == 0 else f"Page number {i}."
        page.write_text(f'<!DOCTYPE html><html lang="en"><head><title>P{i}</title></head><body><p>{text}</p></body></html>')
    index_site(site)
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text())
    assert entry["languages"]["en"]["page_count"] == 3
    assert not (site / ".dossier-search-pages").exists()
