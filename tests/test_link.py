"""Linking alone: hand-made extractions, no model."""
import datetime as dt

from builder.config import EntityRule, SiteConfig
from builder.link import link
from builder.model import Article, CountryMention, Extraction, OrgMention, PersonMention, Quote


def art(slug, day=None, text=""):
    return Article(f"content/{slug}.md", slug, slug.title(), dt.date(2024, 1, day) if day else None, "", text)


def person(name, mentions=2, salience=None, aliases=()):
    return PersonMention(name, mentions, (), aliases, salience if salience is not None else mentions)


def test_bare_surname_joins_the_one_full_name_in_the_corpus(tmp_path):
    articles = [art("a", 1), art("b", 2), art("c", 3)]
    extractions = [
        Extraction(people=(person("Nayib Bukele"),)),
        Extraction(people=(person("Bukele"),), quotes=(Quote("We will always be willing to work.", "Bukele", 0, 1),)),
        Extraction(people=(person("Smith"), person("Ann Smith"), person("Bob Smith"))),
    ]
    site = link(articles, extractions, SiteConfig(root=tmp_path))
    bukele = site.entities["nayib-bukele"]
    assert bukele.article_slugs == ("b", "a")               # newest first
    assert site.dossier("b").quotes[0].speaker_id == "nayib-bukele"
    assert "smith" in site.entities                          # ambiguous surname stays apart


def test_related_articles_keep_the_shared_entities_as_reason(tmp_path):
    articles = [art("a", 1), art("b", 2), art("c", 3), art("d")]
    fr = CountryMention("FR", "France", 1)
    extractions = [
        Extraction(people=(person("Ann Lee"),), countries=(fr,)),
        Extraction(people=(person("Ann Lee"),), countries=(fr,), organizations=(OrgMention("Acme Corp", 1),)),
        Extraction(countries=(fr,), organizations=(OrgMention("Acme Corp", 1),)),
        Extraction(people=(person("Zed Q"),)),
    ]
    site = link(articles, extractions, SiteConfig(root=tmp_path))
    related = site.dossier("b").related
    assert [r.slug for r in related] == ["a", "c"]           # a person shared outweighs an organisation
    assert related[0].shared == ("ann-lee", "france")
    assert related[1].shared == ("acme-corp", "france")
    assert related[0].score > related[1].score
    assert site.dossier("d").related == ()
    assert [d.article.slug for d in site.dossiers] == ["c", "b", "a", "d"]   # undated last


def test_curation_applies_everywhere(tmp_path):
    config = SiteConfig(root=tmp_path, entities=(EntityRule("Donald J. Trump", ("Donald Trump", "Trump")),
                                                 EntityRule("Emoji", drop=True),
                                                 EntityRule("Politico", kind="organization")))
    extractions = [Extraction(people=(person("Donald Trump"), person("Emoji"), person("Politico")),
                              quotes=(Quote("This is a long enough quote.", "Donald Trump", 0, 1),))]
    site = link([art("a", 1)], extractions, config)
    assert set(site.entities) == {"donald-j-trump", "politico"}
    assert site.entities["politico"].kind == "organization"
    assert site.dossier("a").quotes[0].speaker_id == "donald-j-trump"


def test_ids_are_unique_across_kinds(tmp_path):
    extractions = [Extraction(people=(person("Georgia"),), countries=(CountryMention("GE", "Georgia", 1),))]
    site = link([art("a", 1)], extractions, SiteConfig(root=tmp_path))
    assert sorted(site.entities) == ["georgia", "georgia-country"]


def test_a_quoted_speaker_is_linked_to_the_article(tmp_path):
    extractions = [Extraction(people=(person("Ross Anderson"),)),
                   Extraction(quotes=(Quote("The system was never designed for this.", "Ross Anderson", 0, 1),))]
    site = link([art("a", 1), art("b", 2)], extractions, SiteConfig(root=tmp_path))
    assert site.entities["ross-anderson"].article_slugs == ("b", "a")
    assert site.dossier("b").quotes[0].speaker_id == "ross-anderson"
