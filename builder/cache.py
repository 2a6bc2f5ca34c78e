"""Content-addressed cache of extractions, so a rebuild only runs spaCy on changed articles.

Cache key (hex sha256) of the JSON array

    [FORMAT, model_id, extractor_version, settings, text]

where `text` is the article's plain text as given to spaCy, `model_id` the model's
name and version ("en_core_web_sm==3.8.0"), `extractor_version` is bumped whenever
the extraction code changes its output, and `settings` holds every site.yaml
setting the extractor reads (e.g. min_quote_words). Changing any of them gives a
new key, so stale entries are never read; they are just left behind (delete
`.cache/` to reclaim the space).

Entries live at `<folder>/extract/<key[:2]>/<key>.json` and embed a sha256 of
their payload, so a truncated or hand-edited entry is detected, deleted and
recomputed rather than trusted. Writes go to a temp file in the same folder
followed by os.replace, so a build and `dossier serve` can share the cache.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from dataclasses import fields
from pathlib import Path
from typing import Any

from .model import CountryMention, Extraction, OrgMention, PersonMention, Quote

FORMAT = 1  # bump when the entry layout or extraction_to_json changes

# Extraction field -> dataclass of its items (None: plain strings).
_ITEMS: dict[str, type | None] = {
    "people": PersonMention, "countries": CountryMention, "regions": None,
    "organizations": OrgMention, "quotes": Quote,
}
_KEY_RE = re.compile(r"[0-9a-f]{64}")


def extraction_to_json(e: Extraction) -> dict[str, Any]:
    """Plain JSON-ready dict; tuples become lists (extraction_from_json turns them back)."""
    out: dict[str, Any] = {}
    for name, cls in _ITEMS.items():
        items = getattr(e, name)
        out[name] = list(items) if cls is None else [
            {f.name: list(v) if isinstance(v := getattr(item, f.name), tuple) else v for f in fields(cls)}
            for item in items]
    return out


def extraction_from_json(d: dict[str, Any]) -> Extraction:
    """Inverse of extraction_to_json. Raises (TypeError/ValueError/KeyError) on anything unexpected."""
    if not isinstance(d, dict) or set(d) != set(_ITEMS):
        raise ValueError(f"expected keys {sorted(_ITEMS)}, got {sorted(d) if isinstance(d, dict) else d!r}")
    values: dict[str, tuple] = {}
    for name, cls in _ITEMS.items():
        raw = d[name]
        if not isinstance(raw, list):
            raise ValueError(f"{name}: expected a list")
        if cls is None:
            if not all(isinstance(s, str) for s in raw):
                raise ValueError(f"{name}: expected strings")
            values[name] = tuple(raw)
            continue
        names = {f.name for f in fields(cls)}
        items = []
        for item in raw:
            if not isinstance(item, dict) or not set(item) <= names:
                raise ValueError(f"{name}: unexpected item {item!r}")
            # every list in an item is a tuple field (roles, aliases)
            items.append(cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in item.items()}))
        values[name] = tuple(items)
    return Extraction(**values)


def _canonical(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


class ExtractionCache:
    def __init__(self, folder: Path, model_id: str, extractor_version: str, settings: str = ""):
        self.folder = Path(folder)
        self.model_id = model_id
        self.extractor_version = extractor_version
        self.settings = settings
        self.hits = 0
        self.misses = 0

    def key(self, text: str) -> str:
        # JSON array, not plain concatenation, so field boundaries can't be confused
        return hashlib.sha256(_canonical([FORMAT, self.model_id, self.extractor_version,
                                          self.settings, text])).hexdigest()

    def _path(self, key: str) -> Path:
        assert _KEY_RE.fullmatch(key)  # keeps every path inside the cache folder
        return self.folder / "extract" / key[:2] / f"{key}.json"

    def get(self, text: str) -> Extraction | None:
        key = self.key(text)
        path = self._path(key)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            self.misses += 1
            return None
        try:
            entry = json.loads(raw)
            payload = entry["extraction"]
            if (entry["format"] != FORMAT or entry["key"] != key
                    or entry["checksum"] != hashlib.sha256(_canonical(payload)).hexdigest()):
                raise ValueError("stale or damaged entry")
            result = extraction_from_json(payload)
        except Exception:
            # never trust a bad entry: drop it so the caller recomputes and re-puts it
            path.unlink(missing_ok=True)
            self.misses += 1
            return None
        self.hits += 1
        return result

    def put(self, text: str, extraction: Extraction) -> None:
        key = self.key(text)
        path = self._path(key)
        payload = extraction_to_json(extraction)
        entry = {"format": FORMAT, "key": key, "model": self.model_id,
                 "extractor": self.extractor_version,
                 "checksum": hashlib.sha256(_canonical(payload)).hexdigest(), "extraction": payload}
        path.parent.mkdir(parents=True, exist_ok=True)
        # temp file in the same folder + os.replace: readers see the old entry or the new, never half
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(_canonical(entry))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
