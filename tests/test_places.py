"""The place gazetteer: real lookups against the shipped builder/data/places.json."""
from __future__ import annotations

import json
import re
from collections import defaultdict

import pytest

from builder.places import DATA_PATH, Place, all_surface_forms, build_index, country_name, lookup_place


def code_of(text: str) -> str | None:
    place = lookup_place(text)
    return place.code if place else None


@pytest.mark.parametrize("text", [
    "U.S.", "US", "USA", "America", "the United States of America", "United States’",
    "America's", "(U.S.)", "U.S.'s", "Americans",
])
def test_united_states(text):
    place = lookup_place(text)
    assert place is not None and place.kind == "country" and place.code == "US"
    assert place.name == "United States"


@pytest.mark.parametrize("text, code, via", [
    ("Salvadoran", "SV", "demonym"), ("Salvadorans", "SV", "demonym"),
    ("Chinese", "CN", "demonym"), ("Chinese.", "CN", "demonym"), ("Argentine", "AR", "demonym"),
    ("Wuhan", "CN", "city"), ("Kabul", "AF", "city"), ("Herat", "AF", "city"),
    ("Britain", "GB", "name"), ("British", "GB", "demonym"), ("England", "GB", "name"),
    ("Saudi Arabia", "SA", "name"), ("Saudi", "SA", "demonym"), ("Saudis", "SA", "demonym"),
    ("Washington, D.C.", "US", "city"), ("Singapore", "SG", "name"),
    ("The Hague", "NL", "city"), ("the Netherlands", "NL", "name"), ("Holland", "NL", "name"),
    ("Ivory Coast", "CI", "name"), ("Côte d'Ivoire", "CI", "name"), ("Burma", "MM", "name"),
    ("Kosovo", "XK", "name"), ("Gaza", "PS", "name"), ("Bogota", "CO", "city"),
    ("South Korean", "KR", "demonym"), ("North Korean", "KP", "demonym"),
    ("California", "US", "subdivision"), ("Sumatra", "ID", "subdivision"), ("Hampshire", "GB", "subdivision"),
    ("Bavaria", "DE", "subdivision"), ("Queensland", "AU", "subdivision"), ("Guangdong", "CN", "subdivision"),
    # Hollywood is in the US
    ("Hollywood", "US", "city"),
])
def test_country_lookups(text, code, via):
    place = lookup_place(text)
    assert place == Place("country", code, country_name(code), via)


@pytest.mark.parametrize("text", ["Latin America", "Western Hemisphere", "Europe", "Western Europe",
                                  "the Middle East", "Antarctica", "the West",
                                  # countries that no longer exist have no ISO 3166-1 code: not countries
                                  "the Soviet Union", "USSR", "Czechoslovakia", "Yugoslavia", "East Germany",
                                  # disputed lands: a region, no country ("annexed Crimea from Ukraine")
                                  "Kashmir", "Crimea", "Kurdistan"])
def test_regions_are_not_countries(text):
    place = lookup_place(text)
    assert place is not None and place.kind == "region" and place.code is None and place.via == "region"


@pytest.mark.parametrize("text", ["us", "emoji", "", "  ", "Salvador", "Santiago", "Nice",
                                  "european union", "united states",
                                  # shared by two countries, disputed, or a common word: no country
                                  "Punjab", "Galicia", "Central", "Delta", "Victoria"])
def test_no_match(text):
    assert lookup_place(text) is None


def test_no_surface_form_maps_to_two_places():
    # Scan the raw file independently of build_index, so a conflict fails here by name.
    data = json.loads(DATA_PATH.read_text(encoding="utf-8"))
    owners = defaultdict(set)
    for c in data["countries"]:
        for form in [c["name"], *c["names"], *c["demonyms"], *c["cities"], *c["subdivisions"]]:
            owners[form].add(c["code"])
    for region in data["regions"]:
        owners[region].add("region")
    conflicts = {form: sorted(o) for form, o in owners.items() if len(o) > 1}
    assert conflicts == {}
    assert all_surface_forms()  # and loading does not raise


def test_build_index_rejects_conflicts():
    bad = {"countries": [
        {"code": "CD", "name": "DRC", "names": ["Congo"], "demonyms": [], "cities": []},
        {"code": "CG", "name": "Republic of the Congo", "names": ["Congo"], "demonyms": [], "cities": []},
    ], "regions": []}
    with pytest.raises(ValueError, match="Congo"):
        build_index(bad)


def test_data_shape_and_counts():
    data = json.loads(DATA_PATH.read_text(encoding="utf-8"))
    countries = data["countries"]
    codes = [c["code"] for c in countries]
    assert all(re.fullmatch(r"[A-Z]{2}", code) for code in codes)
    assert codes == sorted(set(codes))  # sorted, no duplicates
    assert all(c["name"].strip() for c in countries)
    assert len(countries) >= 240
    assert sum(len(c["cities"]) for c in countries) >= 400
    assert sum(len(c["subdivisions"]) for c in countries) >= 1500
    for c in countries:
        for key in ("names", "demonyms", "cities", "subdivisions"):
            assert c[key] == sorted(set(c[key])), (c["code"], key)
    assert data["regions"] == sorted(set(data["regions"]))


def test_country_name():
    assert country_name("SV") == "El Salvador"
    assert country_name("GB") == "United Kingdom"
    with pytest.raises(KeyError):
        country_name("ZZ")
