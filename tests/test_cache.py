"""builder/cache.py: content-addressed extraction cache on real files."""
from __future__ import annotations

import json
import threading

import pytest

from builder.cache import ExtractionCache, extraction_from_json, extraction_to_json
from builder.model import CountryMention, Extraction, OrgMention, PersonMention, Quote

RICH = Extraction(
    people=(PersonMention("Donald Trump", 4, roles=("President",), aliases=("Trump",), salience=0.8125),
            PersonMention("Ana Ruiz", 1)),
    countries=(CountryMention("MX", "Mexico", 3), CountryMention("US", "United States", 2)),
    regions=("Latin America",),
    organizations=(OrgMention("United Nations", 2, aliases=("UN", "U.N.")),),
    quotes=(Quote("We will build it «now»", "Donald Trump", 10, 33), Quote("No comment", None, 40, 50)),
)


def cache(tmp_path, **kw):
    args = {"model_id": "en_core_web_sm==3.8.0", "extractor_version": "1", "settings": "min_quote_words=4"}
    args.update(kw)
    return ExtractionCache(tmp_path / ".cache", **args)


def entry_files(tmp_path):
    return sorted(p for p in (tmp_path / ".cache").rglob("*") if p.is_file())


def test_json_round_trip_is_exact():
    back = extraction_from_json(json.loads(json.dumps(extraction_to_json(RICH))))
    assert back == RICH
    assert isinstance(back.people, tuple) and isinstance(back.people[0].roles, tuple)
    assert isinstance(back.regions, tuple) and isinstance(back.organizations[0].aliases, tuple)
    assert extraction_from_json(extraction_to_json(Extraction())) == Extraction()


@pytest.mark.parametrize("bad", [
    {}, [], {"people": [], "countries": [], "regions": [], "organizations": []},
    {"people": [{"name": "X", "mentions": 1, "evil": 1}], "countries": [], "regions": [],
     "organizations": [], "quotes": []},
    {"people": "x", "countries": [], "regions": [], "organizations": [], "quotes": []},
    {"people": [], "countries": [], "regions": [1], "organizations": [], "quotes": []},
])
def test_from_json_rejects_unexpected_shapes(bad):
    with pytest.raises((ValueError, TypeError)):
        extraction_from_json(bad)


def test_key_covers_text_model_extractor_and_settings(tmp_path):
    base = cache(tmp_path)
    k = base.key("Some text.")
    assert len(k) == 64 and all(c in "0123456789abcdef" for c in k)
    assert k == cache(tmp_path).key("Some text.")  # stable across instances
    assert base.key("Some text!") != k
    assert cache(tmp_path, model_id="en_core_web_sm==3.8.1").key("Some text.") != k
    assert cache(tmp_path, extractor_version="2").key("Some text.") != k
    assert cache(tmp_path, settings="min_quote_words=5").key("Some text.") != k
    # field boundaries are not ambiguous
    assert cache(tmp_path, model_id="a", extractor_version="bc").key("") != \
        cache(tmp_path, model_id="ab", extractor_version="c").key("")


def test_miss_put_hit_sharded_layout(tmp_path):
    c = cache(tmp_path)
    assert c.get("text") is None
    c.put("text", RICH)
    key = c.key("text")
    assert entry_files(tmp_path) == [tmp_path / ".cache" / "extract" / key[:2] / f"{key}.json"]
    got = cache(tmp_path).get("text")  # a new process would see the same
    assert got == RICH
    assert (c.hits, c.misses) == (0, 1)


def test_other_version_misses(tmp_path):
    cache(tmp_path).put("text", RICH)
    assert cache(tmp_path, extractor_version="2").get("text") is None


@pytest.mark.parametrize("damage", ["truncate", "garbage", "tamper", "format", "other_key", "empty"])
def test_bad_entry_is_deleted_and_recomputed(tmp_path, damage):
    c = cache(tmp_path)
    c.put("text", RICH)
    (path,) = entry_files(tmp_path)
    raw = path.read_bytes()
    entry = json.loads(raw)
    if damage == "truncate":
        path.write_bytes(raw[: len(raw) // 2])
    elif damage == "garbage":
        path.write_bytes(b"\x00\xff not json")
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "tamper":  # still valid JSON and a valid Extraction, but not what was stored
        entry["extraction"]["people"][0]["mentions"] = 99
        path.write_text(json.dumps(entry))
    elif damage == "format":
        entry["format"] = 999
        path.write_text(json.dumps(entry))
    elif damage == "other_key":  # another text's entry copied over this one
        c.put("other", Extraction())
        other = json.loads((path.parent.parent / c.key("other")[:2] / f"{c.key('other')}.json").read_text())
        path.write_text(json.dumps(other))
    assert c.get("text") is None
    assert not path.exists()
    c.put("text", RICH)
    assert c.get("text") == RICH


def test_writes_only_inside_the_folder_and_leaves_no_temp_files(tmp_path):
    c = cache(tmp_path)
    for i in range(20):
        c.put(f"text {i}", RICH)
    outside = {p for p in tmp_path.rglob("*") if not p.is_relative_to(tmp_path / ".cache")}
    assert outside == set()
    assert not [p for p in entry_files(tmp_path) if p.name.startswith(".tmp-")]
    assert len(entry_files(tmp_path)) == 20


def test_concurrent_writers_and_readers_never_see_half_an_entry(tmp_path):
    big = Extraction(quotes=tuple(Quote("word " * 200, "Someone", i, i + 1000) for i in range(50)))
    errors = []
    stop = threading.Event()

    def writer():
        w = cache(tmp_path)
        while not stop.is_set():
            w.put("shared", big)

    def reader():
        r = cache(tmp_path)
        for _ in range(300):
            got = r.get("shared")
            if got is not None and got != big:
                errors.append(got)

    writers = [threading.Thread(target=writer) for _ in range(2)]
    for t in writers:
        t.start()
    try:
        readers = [threading.Thread(target=reader) for _ in range(3)]
        for t in readers:
            t.start()
        for t in readers:
            t.join()
    finally:
        stop.set()
        for t in writers:
            t.join()
    assert errors == []
    assert cache(tmp_path).get("shared") == big
