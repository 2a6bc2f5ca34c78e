"""The seed article against its hand annotations (../shared/seed/expected.json): exact match."""
from __future__ import annotations


import pytest

from builder.read import read_article

from .conftest import ROOT, SEED_TEXT


@pytest.fixture(scope="module")
def seed(extractor):
    article = read_article(SEED_TEXT, ROOT)
    return extractor.extract(article.text)


def test_quotes_and_speakers_match_exactly(seed, seed_expected):
    got = [(q.text, q.speaker) for q in seed.quotes]
    want = [(q["text"], q["speaker"]) for q in seed_expected["quotes"]]
    assert got == want


def test_scare_quotes_are_not_quotes(seed, seed_expected):
    texts = {q.text for q in seed.quotes}
    for fragment in seed_expected["fragments_not_quotes"]:
        assert fragment not in texts and fragment.rstrip(".!") not in texts


def test_people_match_exactly(seed, seed_expected):
    names = {p.name for p in seed.people}
    optional = set(seed_expected.get("people_optional", []))
    assert names - optional == set(seed_expected["people"])
    for not_person in seed_expected["not_people"]:
        assert not_person not in names


def test_key_people(seed, seed_expected, make_site):
    from builder.config import load_config
    from builder.link import link
    from builder.model import Article
    site = link([Article("a.txt", "a", "A", None, "", "")], [seed], load_config(make_site({})))
    assert [p.name for p in site.dossiers[0].key_people] == seed_expected["key_people"] or \
        {p.name for p in site.dossiers[0].key_people} == set(seed_expected["key_people"])


def test_trump_is_one_person_with_his_title(seed):
    trump = next(p for p in seed.people if p.name == "Donald Trump")
    assert "Trump" in trump.aliases and "President" in trump.roles
    assert trump.mentions >= 15          # every "Trump", "Trump’s", including those spaCy tags ORG
    rubio = next(p for p in seed.people if p.name == "Marco Rubio")
    assert rubio.roles == ("then-Sen.",)
    assert next(p for p in seed.people if p.name == "Mohammed bin Salman").roles == ("Crown Prince",)


def test_countries_and_regions(seed, seed_expected):
    assert {c.code for c in seed.countries} == set(seed_expected["countries"])
    assert set(seed.regions) == set(seed_expected["regions_not_countries"])
    us = next(c for c in seed.countries if c.code == "US")
    assert us.name == "United States" and us.mentions >= 8     # U.S., America, American, the United States...


def test_organizations(seed):
    orgs = {o.name: o for o in seed.organizations}
    assert orgs["White House"].mentions >= 3
    for name in ("Tren de Aragua", "Politico", "Univisión"):
        assert name in orgs
    assert "MS-13" in orgs["Mara Salvatrucha"].aliases
    assert "CPAC" in orgs["Conservative Political Action Conferences"].aliases
    assert "Trump" not in orgs and "Bukele" not in orgs
