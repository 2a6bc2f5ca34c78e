"""Countries found in running text, with the real model: languages and people named like places."""
from __future__ import annotations


def countries_of(extractor, text):
    return {c.code for c in extractor.extract(text).countries}


def test_a_language_spoken_is_not_a_country(extractor):
    text = ("The castaway survived by catching turtles with his bare hands, but, because he spoke only "
            "Spanish, further details were sketchy. He later thanked the Mexican navy.")
    assert countries_of(extractor, text) == {"MX"}


def test_a_person_named_like_a_nationality_is_not_the_country(extractor):
    text = ("Chris French, head of the psychology unit at Goldsmiths, is a leading researcher. “The "
            "processes are complex,” said Professor French. As the technology develops, said French, "
            "scientists need to think about its uses.")
    assert "FR" not in countries_of(extractor, text)


def test_languages_governed_by_a_preposition_are_not_countries(extractor):
    text = ("My mother tongue followed me from Mexico to other countries and from Spanish to German and "
            "Portuguese. Many friends can be florid in French or Italian when ordering from a restaurant.")
    assert countries_of(extractor, text) == {"MX"}


def test_a_city_in_a_venues_name_names_its_country(extractor):
    text = "He collapsed on court six at Melbourne Park and passed out for a minute."
    assert "AU" in countries_of(extractor, text)


def test_a_nationality_before_a_restaurant_still_names_the_country(extractor):
    text = "The Scandinavian team behind the Danish restaurant Noma brought ants to the menu."
    assert "DK" in countries_of(extractor, text)


def test_a_city_written_with_another_countrys_state_is_a_namesake(extractor):
    text = ("Lauren Raskauskas, 22, Naples, Florida\n\nRaskauskas describes the trip. A friend of hers moved to "
            "Naples for a month.")
    assert countries_of(extractor, text) == {"US"}
    assert countries_of(extractor, "Marco lives in Rome, Italy, with his sister.") == {"IT"}


def test_a_part_of_a_city_is_in_the_city_country_but_a_longer_unknown_place_is_not(extractor):
    assert countries_of(extractor, "The drama depicts a dirty bomb attack on the City of London.") == {"GB"}
    assert countries_of(extractor, "Floods hit the South China Sea coast.") == set()


def test_a_language_someone_has_is_not_a_country(extractor):
    text = "Mourinho said he was just practising my Portuguese with him. He met his Chinese wife in 2001."
    assert countries_of(extractor, text) == {"CN"}


def test_georgia_the_state_is_in_the_us_and_georgia_the_country_is_not(extractor):
    assert countries_of(extractor, "Biden still made stops in Pennsylvania, Georgia, Florida and Iowa.") == {"US"}
    assert countries_of(extractor, "Committee member Doug Collins of Georgia said the vote was a sham.") == {"US"}
    assert countries_of(extractor, "She was born in Atlanta, Georgia, in 1960.") == {"US"}
    assert countries_of(extractor, "The flights went to Armenia, Georgia and Azerbaijan.") == {"AM", "GE", "AZ"}
    # the country named in other ways too stays the country, whoever else is "of" somewhere
    text = "Russian troops entered Georgia in 2008, and Tbilisi protested. Senator John McCain of Arizona visited."
    assert "GE" in countries_of(extractor, text)


def test_a_city_in_a_clubs_name_the_tagger_took_for_a_person_names_its_country(extractor):
    # spaCy tags "Manchester United" PERSON; it is no one's name, so Manchester is still in England
    text = ("AC Milan defender Jaap Stam says Manchester United \"know they made a mistake\" by selling him in "
            "2001. Stam joined the Dutch national side in 1996.")
    assert countries_of(extractor, text) == {"IT", "GB", "NL"}


def test_a_seat_of_government_names_its_country_and_still_speaks_as_a_body(extractor):
    text = ("Downing Street denied the report on Monday. \"The prime minister has full confidence in the "
            "chancellor,\" Downing Street said.\n\nThe Kremlin called the sanctions illegal. The White House said it "
            "would respond.")
    result = extractor.extract(text)
    assert {c.code for c in result.countries} == {"GB", "RU", "US"}
    assert {"Kremlin", "White House"} <= {o.name for o in result.organizations}
    assert [q.speaker for q in result.quotes] == ["Downing Street"]


def test_georgia_that_a_congressman_is_from_is_the_state(extractor):
    text = ("The ceremony featured the civil rights leader John Lewis, a Democratic congressman from Georgia, and "
            "Oprah Winfrey. The law passed in the state of Georgia last year.")
    assert countries_of(extractor, text) == {"US"}
    # (and in a text about two or more of the states)
    text = "Trump leads in Ohio and Florida. Clinton is ahead in Pennsylvania. In Georgia, the race is tied."
    assert countries_of(extractor, text) == {"US"}
    # (a resident of Georgia the country is still there)
    text = "Russian troops entered Georgia in 2008. A resident of Georgia said the shelling lasted all night."
    assert countries_of(extractor, text) == {"GE", "RU"}


def test_a_states_short_form_counts_after_a_town_or_a_party_letter_and_makes_the_town_a_namesake(extractor):
    assert countries_of(extractor, "“It would be nice,” the candidate said in Naples, Fla. He then flew home.") \
        == {"US"}
    assert countries_of(extractor, "Mary Glorioso reports for the Naples (Fla.) Daily News.") == {"US"}
    assert countries_of(extractor, "Sen. Rand Paul (R-Ky.) objected to the bill on Tuesday.") == {"US"}
    # (but not a word that only looks like one: "went to Mass."; and Naples alone is still in Italy)
    assert countries_of(extractor, "On Sunday he went to Mass. Then he went home to Naples.") == {"IT"}


def test_a_county_that_describes_someone_names_its_country_though_the_tagger_calls_it_a_person(extractor):
    # the tagger reads "Devon" in "a Devon man" as a person's name; it is the English county
    text = ("The accusation came after it emerged a Devon man had been told he could use his four dogs to chase away "
            "unwanted animals. North Devon landowner Giles Bradshaw was put in touch with a campaign group.")
    assert countries_of(extractor, text) == {"GB"}
