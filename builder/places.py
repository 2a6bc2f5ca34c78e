"""Curated place gazetteer: surface forms in news text -> country or region.

data/places.json is static, hand-curated data (countries by ISO 3166-1 alpha-2
code plus XK for Kosovo, with names, demonyms, major cities and the English names
news uses for places inside them: states, provinces, counties, islands, well-known
areas such as "California", "Sumatra", "Hampshire"; the seats and bodies of
government news names a country by ("Downing Street", "the Kremlin"); and a separate list of
regions). A place inside a country is a mention of it, as a city is. Regions are
never countries: "Latin America" or "Europe" must not be credited to any one
state. Names shared by two countries (Punjab, Galicia), disputed areas (Kashmir,
Crimea), names that are countries of their own (Georgia) and lone common words
(Central, Delta) are left out; a country's "shared_subdivisions" lists its subdivisions named
like another country, which only the text can tell apart (see shared_subdivisions()); its "abbreviations" the
short forms written after a town or a party letter ("Naples, Fla.", "R-Ky."), which only count there.

Matching is exact and case-sensitive, because news capitalises place names and
"US" must not match "us". Normalisation only peels off what surrounds a name in
running text: quotes, brackets, a sentence-final period, a possessive, a leading
"the".
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA_PATH = Path(__file__).with_name("data") / "places.json"

# When one form reaches the same country several ways ("Singapore" is a name and a
# city), report the most direct one.
_VIA_RANK = {"name": 0, "demonym": 1, "city": 2, "subdivision": 3, "seat": 4, "abbreviation": 5, "region": 6}
# Stripped from both ends. "." is not here: it belongs to "U.S." and is only dropped
# as a fallback for a sentence-final period.
_EDGE = " \"'“”‘’«»()[]{}<>,;:!?*_"


@dataclass(frozen=True)
class Place:
    kind: str          # "country" or "region"
    code: str | None   # ISO alpha-2 for countries, None for regions
    name: str          # canonical short English name ("United States", "Latin America")
    via: str           # "name", "demonym", "city", "subdivision", "seat", "abbreviation" ("Fla.") or "region":
                       # how the form matched


def build_index(data: dict) -> dict[str, Place]:
    """Surface form -> Place. Raises ValueError if a form points at two places,
    so a bad edit to the data fails at load rather than mislabelling silently."""
    index: dict[str, Place] = {}

    def add(form: str, place: Place) -> None:
        old = index.get(form)
        if old is not None and (old.kind, old.code) != (place.kind, place.code):
            raise ValueError(f"places.json: {form!r} maps to both {old.name} and {place.name}")
        if old is None or _VIA_RANK[place.via] < _VIA_RANK[old.via]:
            index[form] = place

    for c in data["countries"]:
        for key, via in (("names", "name"), ("demonyms", "demonym"), ("cities", "city"),
                         ("subdivisions", "subdivision"), ("seats", "seat"), ("abbreviations", "abbreviation")):
            forms = [c["name"], *c[key]] if via == "name" else c.get(key, [])
            for form in forms:
                add(form, Place("country", c["code"], c["name"], via))
    for region in data["regions"]:
        add(region, Place("region", None, region, "region"))
    return index


@cache
def _data() -> dict:
    with open(DATA_PATH, encoding="utf-8") as f:
        return json.load(f)


@cache
def _index() -> dict[str, Place]:
    return build_index(_data())


@cache
def _names() -> dict[str, str]:
    return {c["code"]: c["name"] for c in _data()["countries"]}


def _candidates(text: str) -> list[str]:
    """Forms to try, most literal first ("The Hague" before "Hague")."""
    s = " ".join(text.split()).strip(_EDGE)
    out = [s]
    if s.endswith("."):  # sentence-final period, tried after "U.S." as written
        out.append(s.rstrip(".").strip(_EDGE))
    for t in list(out):
        if t.endswith(("'s", "’s")):  # possessive; plural "States’" lost its mark in strip()
            out.append(t[:-2])
    for t in list(out):
        if t.startswith(("the ", "The ")):
            out.append(t[4:])
    return out


def lookup_place(text: str) -> Place | None:
    index = _index()
    for form in _candidates(text):
        if form in index:
            return index[form]
    return None


def country_name(code: str) -> str:
    """Canonical short name for an ISO alpha-2 code; KeyError if unknown."""
    return _names()[code]


@cache
def shared_subdivisions() -> dict[str, str]:
    """Subdivisions named like another country -> the code of the country they are in ("Georgia" -> "US")."""
    return {form: c["code"] for c in _data()["countries"] for form in c.get("shared_subdivisions", [])}


def all_surface_forms() -> dict[str, Place]:
    """Every form in the data (a copy), e.g. to build a spaCy PhraseMatcher."""
    return dict(_index())
