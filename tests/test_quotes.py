"""Quote finding and attribution on small texts, with the real model."""
from __future__ import annotations


from builder.extract.lexicon import party_name
from builder.extract.quotes import find_quote_spans, is_scare_quote, looks_like_headline


def quotes_of(extractor, text):
    return [(q.text, q.speaker) for q in extractor.extract(text).quotes]


def test_marks_pair_in_order_whatever_their_direction():
    text = "“Either you stop it,” Ann Lee said, ” They’re making a mistake.”"
    spans = find_quote_spans(text)
    assert [s.text(text) for s in spans] == ["Either you stop it", "They’re making a mistake."]


def test_quote_carried_over_paragraphs_without_a_new_opening_mark():
    text = 'He said, "In the first half it felt good out there.\n\nWe could have scored two goals early." Then he left.'
    assert [s.text(text) for s in find_quote_spans(text)] == [
        "In the first half it felt good out there.", "We could have scored two goals early."]


def test_scare_quotes_titles_and_headlines():
    assert is_scare_quote("freedom!", has_verb=False, min_words=4)
    assert is_scare_quote("much better, of course.", has_verb=False, min_words=4, has_noun=False)
    assert not is_scare_quote("a pile of pants", has_verb=False, min_words=4, has_noun=True)
    assert is_scare_quote("Better Idea of Afghan Girls", has_verb=False, min_words=4)
    assert not is_scare_quote("taking the high road.", has_verb=True, min_words=4)
    # a verbless partial quote of five words or more is a quote ("a hero of our time"), shorter is not
    assert not is_scare_quote("a hero of our time", has_verb=False, min_words=4)
    assert not is_scare_quote("unfair, stupid and against creativity", has_verb=False, min_words=4)
    assert looks_like_headline("Sensitive government document found on rainy Ottawa street")
    assert not looks_like_headline("We will always be willing to work.")


def test_speakers_after_before_pronoun_and_continuation(extractor):
    text = ("Prime Minister Maria Santos met farmers in Lisbon on Monday.\n\n"
            "“We will protect every farm in this country,” Santos said. “Nobody will be left behind.”\n\n"
            "Opposition leader Tomas Ferreira was not convinced. He told reporters: “These promises cost nothing at all.”\n\n"
            "“We have heard this many times before,” he added.")
    assert quotes_of(extractor, text) == [
        ("We will protect every farm in this country", "Maria Santos"),
        ("Nobody will be left behind.", "Maria Santos"),
        ("These promises cost nothing at all.", "Tomas Ferreira"),
        ("We have heard this many times before", "Tomas Ferreira"),
    ]


def test_institutions_bylines_and_according_to(extractor):
    text = ("“The two governments agreed to meet again next month,” the State Department statement said.\n\n"
            "According to Reuters, “the talks will resume in Geneva next week.”\n\n"
            "\"So far, the talks have gone better than anyone expected.\" - Lena Marsh")
    got = quotes_of(extractor, text)
    assert got[0] == ("The two governments agreed to meet again next month", "State Department")
    assert got[1][1] == "Reuters"
    assert got[2] == ("So far, the talks have gone better than anyone expected.", "Lena Marsh")


def test_fragments_are_not_quotes(extractor):
    text = "The minister called the plan an “example” and a “kissy face” moment, and said it was “much better, of course.”"
    assert quotes_of(extractor, text) == []


def test_quote_over_paragraphs_reopened_each_time_is_one_quote(extractor):
    text = ("“We have chosen to highlight the cuts,” said campaigner Anna Walker. “There will be a real focus\n\n"
            "“on refuges and on the services women use every single day.”\n\n"
            "Nobody else spoke at the meeting in Leeds.")
    assert quotes_of(extractor, text) == [
        ("We have chosen to highlight the cuts", "Anna Walker"),
        ("There will be a real focus\n\non refuges and on the services women use every single day.", "Anna Walker"),
    ]


def test_quote_over_paragraphs_attributed_at_its_end(extractor):
    text = ("“The bill puts families at the heart of organ donation in Wales.\n\n"
            "“Today is a landmark day for all of us,” Health Minister Mark Drakeford said.")
    assert quotes_of(extractor, text) == [
        ("The bill puts families at the heart of organ donation in Wales.\n\nToday is a landmark day for all of us",
         "Mark Drakeford")]


def test_he_takes_up_the_main_clause_subject_not_the_last_name(extractor):
    text = ("All the shopkeepers we met in Srinagar wanted more visitors. Amjid Gulzar, 26, said Omar Abdullah "
            "could search for reconciliation as well as encourage tourism. “He must do both, or our economy "
            "will be in chaos,” he said.")
    assert quotes_of(extractor, text) == [("He must do both, or our economy will be in chaos", "Amjid Gulzar")]


def test_she_does_not_go_to_the_last_man_named(extractor):
    text = ("Lady Fiona Carnarvon runs the estate with her husband. Visitors often ask about Peter Fincham, "
            "who produced the series. “The bottom line is quite thin for a house like this,” she said.")
    assert quotes_of(extractor, text) == [("The bottom line is quite thin for a house like this", "Fiona Carnarvon")]


def test_a_document_without_its_owner_speaks_for_the_organisation_named_before(extractor):
    text = ("The charity Sense About Science published advice on allergy tests on Tuesday. "
            "“Hair is not involved in allergic reactions, so testing hair samples cannot help,” the guide says.")
    assert quotes_of(extractor, text) == [
        ("Hair is not involved in allergic reactions, so testing hair samples cannot help", "Sense About Science")]


def test_a_person_noun_with_an_organisation_in_front_is_a_person(extractor):
    text = ("Robert Mysłajek has tracked the pack for ten years. “It ate a red deer last night, right here in "
            "the snow,” the University of Warsaw biologist says.")
    assert quotes_of(extractor, text) == [("It ate a red deer last night, right here in the snow", "Robert Mysłajek")]


def test_a_paragraph_break_always_ends_a_sentence(model):
    doc = model.nlp("Speaking over his shoulder, Obama replied, “No.”\n\nEarlier, the senator Mike Lee had struck "
                    "a defiant tone.")
    assert [s[0].text for s in doc.sents if not s[0].is_space] == ["Speaking", "Earlier"]


def test_an_intro_ending_in_a_colon_and_the_next_quotes_cue(extractor):
    text = ("Speaking over his shoulder, Barack Obama replied, “No, it will not happen again.”\n\n"
            "Earlier, the Republican senator Mike Lee had struck a defiant tone: “The media keeps asking if "
            "it was worth it. It is always worth it to do the right thing.” He added: “This is not over.”")
    assert quotes_of(extractor, text) == [
        ("No, it will not happen again.", "Barack Obama"),
        ("The media keeps asking if it was worth it. It is always worth it to do the right thing.", "Mike Lee"),
        ("This is not over.", "Mike Lee"),
    ]


def test_an_orphan_quote_goes_to_the_person_the_paragraph_is_about(extractor):
    text = ("“DNA tests show our wolves travel far,” said biologist Robert Mysłajek.\n\n"
            "Student Alex Entwisle asked about Scotland. “Could wolves ever come back there?” he said.\n\n"
            "Mysłajek, the son of a shepherd, is puzzled by the wolf’s bad reputation. “Why does one speak of "
            "a lone-wolf gunman?”")
    assert quotes_of(extractor, text)[-1] == ("Why does one speak of a lone-wolf gunman?", "Robert Mysłajek")


def test_a_common_noun_starting_a_sentence_is_not_a_speaker(extractor):
    text = ("Wolf sightings are so rare that droppings mark a good day. Robert Mysłajek found some today. "
            "“It ate a red deer,” says the University of Warsaw biologist. The wolf had moved on.")
    ex = extractor.extract(text)
    assert [p.name for p in ex.people] == ["Robert Mysłajek"]
    assert [q.speaker for q in ex.quotes] == ["Robert Mysłajek"]


def test_the_report_speaks_for_the_organisation_that_owns_it(extractor):
    text = ("Virunga could earn the country $400m a year, said a WWF report. The oil firm SOCO International "
            "disputes the figure and SOCO Chairman Rui de Sousa defended its plans.\n\n"
            "“In all, the park could support 45,000 permanent jobs,” says the report.")
    assert quotes_of(extractor, text)[-1] == ("In all, the park could support 45,000 permanent jobs", "WWF")


def test_a_nationality_as_subject_is_the_person_named_before_the_verb(extractor):
    text = ("Most players followed Roger Federer’s line that conditions were the same for both players. "
            "“It’s just a mental thing,” the Swiss said, before Frank Dancevic collapsed. “If you have trained "
            "hard enough, there is no reason to worry.”")
    assert quotes_of(extractor, text) == [
        ("It’s just a mental thing", "Roger Federer"),
        ("If you have trained hard enough, there is no reason to worry.", "Roger Federer"),
    ]


def test_a_palace_with_a_possessive_is_one_speaker(extractor):
    text = "St James’s Palace said the couple “welcome the judge’s ruling on the photographs”."
    ex = extractor.extract(text)
    assert [q.speaker for q in ex.quotes] == ["St James’s Palace"]
    assert not ex.people


def test_a_document_speaks_for_the_organisation_that_acted_not_one_merely_named(extractor):
    text = ("Bogus tests are misleading thousands, said the information organization Sense About Science, "
            "which has published a guide. Some kits look for specific IgG antibodies in the blood. "
            "“Elevated IgG levels do not suggest an allergy at all,” the guide says.")
    assert quotes_of(extractor, text) == [("Elevated IgG levels do not suggest an allergy at all", "Sense About Science")]


def test_inner_quotes_of_a_quote_running_on_are_part_of_it(extractor):
    text = ("Patrick Hunt built the light.\n\n"
            "For Danae Ringelmann, co-founder of the site, the light is a perfect example. “It is not about "
            "'How do I get access to the bank?' or 'Who do I know in that outfit?' This is different.\n\n"
            "“It is getting smarter faster.”")
    assert quotes_of(extractor, text) == [
        ("It is not about 'How do I get access to the bank?' or 'Who do I know in that outfit?' This is "
         "different.\n\nIt is getting smarter faster.", "Danae Ringelmann")]


def test_a_cue_in_the_next_sentence_belongs_to_the_next_statement(extractor):
    text = ("“We are losing our confidence,” the correspondent, Takashi Yanagisawa, tells me. “We hope he "
            "might be a new solution.” Building the prototype was easy, Takahito Iguchi says.")
    assert quotes_of(extractor, text) == [
        ("We are losing our confidence", "Takashi Yanagisawa"),
        ("We hope he might be a new solution.", "Takashi Yanagisawa"),
    ]


def test_an_orphan_quote_goes_to_the_person_of_the_latest_sentence_naming_anyone(extractor):
    text = ("Michael Day, 30, who lives with his parents in Bristol, says he is caught between rents and "
            "saving. Rents for a one-bedroom home in the city are high. “I don’t really want to move out "
            "to rent as it is more than a mortgage.”")
    assert quotes_of(extractor, text) == [
        ("I don’t really want to move out to rent as it is more than a mortgage.", "Michael Day")]


def test_he_prefers_the_latest_sentence_that_names_someone(extractor):
    text = ("Ruth Allen runs the class. The youngest of the group is 60-year-old Jean Cunion, who credits "
            "the group with helping her. “I remember the first time I came here,” she said.")
    assert quotes_of(extractor, text) == [("I remember the first time I came here", "Jean Cunion")]


def test_he_is_someone_named_before_the_pronoun_not_after_it(extractor):
    text = ("Mark Rathbun asked for donations on his blog to help Daniel Montalvo. He described Montalvo as "
            "a man “facing the penitentiary for leaving a life of slavery”.")
    assert quotes_of(extractor, text)[0][1] == "Mark Rathbun"


def test_given_names_tell_he_from_she(extractor):
    # Peter Fincham is the subject the pronoun would take up, were it not for "she"
    text = ("Peter Fincham met the owner Fiona Carnarvon at the house. “The bottom line is quite thin "
            "for a house like this,” she said.")
    assert quotes_of(extractor, text) == [("The bottom line is quite thin for a house like this", "Fiona Carnarvon")]


def test_a_sentence_of_its_own_before_a_quote_is_not_its_attribution(extractor):
    text = ("Jenna Gavin is trying to save. “A deposit is such a lot of money,” she said. Her parents are "
            "happy not to charge her rent. “They want me to save up and I bring food in.”")
    assert quotes_of(extractor, text)[-1] == ("They want me to save up and I bring food in.", "Jenna Gavin")


def test_a_person_subject_wins_over_a_place_parsed_as_a_second_subject(extractor):
    text = "UK prime minister David Cameron said, “A great light has gone out in the world,” on Thursday."
    assert quotes_of(extractor, text) == [("A great light has gone out in the world", "David Cameron")]


def test_a_first_name_alone_is_the_person_of_that_first_name(extractor):
    text = ("A gunman tried to shoot Malala Yousafzai in October 2012. On Friday, Malala sat in the UN chamber "
            "for the girl from Mingora. “I am not against anyone,” she said.")
    ex = extractor.extract(text)
    assert [q.speaker for q in ex.quotes] == ["Malala Yousafzai"]
    assert "Mingora" not in {p.name for p in ex.people}


AP_STYLE = """WASHINGTON (AP) — Sen. Lisa Murkowski, R-Alaska, who has broken with her party before, said she was open to a compromise. “I think there is a path here if people are willing to talk,” Murkowski said.

The Congressional Budget Office said in a report released Monday that the bill would add $1.2 trillion to deficits. “Interest costs would rise substantially over the decade,” the report said.

“We have to fight for every dollar,” Rep. Alexandria Ocasio-Cortez, D-N.Y., wrote on X. “Working families are counting on us.”

A senior administration official, speaking on condition of anonymity to discuss private negotiations, said the talks were hard. “Nobody wants a shutdown over the holidays,” the official said."""


def test_wire_story_conventions(extractor):
    ex = extractor.extract(AP_STYLE)
    assert [(q.text, q.speaker) for q in ex.quotes] == [
        ("I think there is a path here if people are willing to talk", "Lisa Murkowski"),
        ("Interest costs would rise substantially over the decade", "Congressional Budget Office"),
        ("We have to fight for every dollar", "Alexandria Ocasio-Cortez"),
        ("Working families are counting on us.", "Alexandria Ocasio-Cortez"),
        ("Nobody wants a shutdown over the holidays", None),     # an unnamed official stays unnamed
    ]
    assert {p.name for p in ex.people} == {"Lisa Murkowski", "Alexandria Ocasio-Cortez"}
    assert "Congressional Budget Office" in {o.name for o in ex.organizations}


def test_abbreviations_do_not_end_the_attribution_and_first_person_is_not_a_headline():
    text = "“We have to fight for every dollar,” Rep. Alexandria Ocasio-Cortez, D-N.Y., wrote on X."
    span = find_quote_spans(text)[0]
    from builder.extract.quotes import attribution_regions
    (a_start, a_end), _ = attribution_regions(text, span, -1, len(text), 0, len(text))
    assert "wrote on X" in text[a_start:a_end]
    assert not looks_like_headline("We have to fight for every dollar")


def test_wire_story_ministries_husbands_and_pronouns_across_a_quoted_title(extractor):
    text = ("Ukraine’s Foreign Ministry said in a statement that the strikes were deliberate. “Russia is trying "
            "to break our will, and it will fail,” the ministry said.\n\n"
            "Maria Gonzalez, 41, a nurse in Kharkiv, said her building lost power twice this week. Her husband, "
            "Oleh, joined the army last year. “He calls when he can,” she added.")
    assert quotes_of(extractor, text) == [
        ("Russia is trying to break our will, and it will fail", "Foreign Ministry"),
        ("He calls when he can", "Maria Gonzalez"),
    ]


def test_short_unattributed_lines_are_slogans_not_quotes(extractor):
    text = ("Dutch fans held up banners at the stadium. One read “No wi-fi. Support the team” and another "
            "“You can sit at home”. “I feel sorry for them, looking at life through a screen,” Roger Daltrey said.")
    assert quotes_of(extractor, text) == [("I feel sorry for them, looking at life through a screen", "Roger Daltrey")]


def test_she_after_paragraphs_without_names_is_the_person_the_story_is_about(extractor):
    text = ("Malala Yousafzai was shot by the Taliban in 2012. Malala Yousafzai survived, and Malala Yousafzai "
            "now campaigns for girls’ schooling. She once asked the US envoy Richard Holbrooke for help.\n\n"
            "Multiple operations followed the attack on the bus, including the fitting of a titanium plate "
            "and a cochlear implant to restore her hearing. The family moved to Birmingham, where the "
            "schools are good and the streets are quiet, and where nobody in the neighbourhood knew the "
            "story at first.\n\n"
            "“I am not against anyone,” she said in the UN chamber.")
    assert quotes_of(extractor, text) == [("I am not against anyone", "Malala Yousafzai")]


def test_a_country_s_document_speaks_for_its_government(extractor):
    text = ("The UK’s submission to the UN, which oversees the convention, said that it “acknowledges and "
            "respects the cultural importance of the coca leaf in Bolivia”, but it adds: “The United Kingdom "
            "is concerned that the reservation could lead to increases in coca production.”")
    assert [q[1] for q in quotes_of(extractor, text)] == ["UK government", "UK government"]


def test_paragraph_breaks_with_leading_blank_lines(model):
    doc = model.nlp("\nFirst, the senator spoke\n\nLater the governor spoke too.")
    assert [next(t.text for t in s if not t.is_space) for s in doc.sents] == ["First", "Later"]


def test_a_verbless_partial_quote_of_five_words_is_a_quote(extractor):
    text = ("The prime minister described the rescued captain as “a hero of our time” on Monday, "
            "while the mayor called the plan “much better, of course.”")
    assert [t for t, _ in quotes_of(extractor, text)] == ["a hero of our time"]


def test_a_role_noun_takes_up_the_person_the_sentence_before_is_about(extractor):
    text = ("President Jacob Zuma announced that a state funeral would be held. “We have lost our greatest "
            "son,” Zuma said.\n\n"
            "Barack Obama led tributes from world leaders, referring to Mandela by his clan name. The US "
            "president said: “Through his fierce dignity, Madiba transformed South Africa.”\n\n"
            "Congratulations came from Downing Street, too, from Rishi Sunak and his wife. The prime "
            "minister said: “We are so pleased for the whole country.”")
    speakers = [s for _, s in quotes_of(extractor, text)]
    assert speakers == ["Jacob Zuma", "Barack Obama", "Rishi Sunak"]


def test_a_role_noun_prefers_the_person_just_introduced_and_a_clause_subject_before_said(extractor):
    text = ("Barack Obama spoke to students in London. “Be curious about everything you see,” Obama said.\n\n"
            "Later, Obama met Jeremy Corbyn, who said they had an “excellent” discussion. The Labour leader "
            "said they talked about “the challenges facing postindustrial societies and global firms.”\n\n"
            "Trevor Hicks, the chairman of the group, both of whose daughters died in the crush, said: "
            "“The truth is out today. Tomorrow is for justice.”\n\n"
            "Novelist Ajaz Ashraf wrote on his website: “It is the hope of bringing gurus into the tent.”")
    speakers = [s for _, s in quotes_of(extractor, text)]
    assert speakers == ["Barack Obama", "Jeremy Corbyn", "Trevor Hicks", "Ajaz Ashraf"]


def test_a_cue_in_the_next_sentence_is_not_the_attribution_of_a_partial_quote(extractor):
    text = ("“The bill does not go far enough to address the programmes,” Udall said.\n\n"
            "Another member of the committee, Ron Wyden, said the bill maintains “business as usual” and "
            "“remains far from anything that could be considered meaningful reform”. Dianne Feinstein "
            "defended the programme, but said there was a need to rebuild public trust.")
    assert quotes_of(extractor, text)[-1] == (
        "remains far from anything that could be considered meaningful reform", "Ron Wyden")


def test_he_or_she_after_an_unnamed_person_is_unnamed_unless_a_spokesperson_speaks_for_a_firm(extractor):
    text = ("“We believe this fee is unfair and that it should pay the total tips,” said Chantal Chegrinec, "
            "campaigns officer at Unite.\n\n"
            "One waiter, who does not work for the chain, said that a third of his income is from tips. He does "
            "not want to be identified. “I work in a busy London branch and serve 150 people a night,” he says.\n\n"
            "A spokesperson for PizzaExpress said that the charge covers the cost of the system. “We went to "
            "great lengths to set up this system, which is run by a committee of waiters,” she said.")
    speakers = [s for _, s in quotes_of(extractor, text)]
    assert speakers == ["Chantal Chegrinec", None, "PizzaExpress"]


def test_a_governor_of_an_institution_and_a_secretary_named_beside_the_title_are_people(extractor):
    text = ("Mark Carney said it had been “so important to get this right and have a proper process”.\n\n"
            "“Money is memory for a country and its people,” said the Bank of England governor.\n\n"
            "The Secretary of the Police Federation branch, Constable Paul Middup, told the meeting: “The Chief "
            "Constable had given the secretary a totally free hand.”")
    speakers = [s for _, s in quotes_of(extractor, text)]
    assert speakers[-2:] == ["Mark Carney", "Paul Middup"]


def test_the_subject_outside_the_quote_a_letter_that_said_and_a_misspelt_surname(extractor):
    text = ("Colin Mathers, who coordinates mortality figures at the WHO, was cautious. However, said Mathers, "
            "“the fact that IHME has pushed the envelope with some of these analyses is stimulating”.\n\n"
            "Syed Ali Shah Geelani disagrees with much of it. Geelani wrote an open letter to tourists and "
            "pilgrims that said: “Whatever your faith, we are bound by a common bond.”\n\n"
            "Lydia Buchtmann says they are looking at guidelines. “We have to make sure there is enough iodine "
            "in the food supply,” Ms Bauchtman said.")
    speakers = [s for _, s in quotes_of(extractor, text)]
    assert speakers == ["Colin Mathers", "Syed Ali Shah Geelani", "Lydia Buchtmann"]
    assert "Bauchtman" not in {p.name for p in extractor.extract(text).people}


def test_edit_distance_stops_early():
    from builder.extract.names import edit_distance as _edit_distance, misspelt_surname
    assert _edit_distance("Buchtmann", "Bauchtman", 2) == 2
    assert _edit_distance("Johnson", "Jackson", 1) == 2
    assert misspelt_surname("Water", ["Kathryn Waters"]) == ["Kathryn Waters"]
    assert misspelt_surname("Johnson", ["Ann Johnston", "Bob Johnsen"]) == []     # two as close: neither


def test_inch_marks_are_not_quote_marks():
    text = ("Frustrated with not being able to buy a 40” TV, she rushed off. “I don’t even know how much it "
            "costs,” she said. “There are lads with five tellies,” she added.")
    assert [s.text(text) for s in find_quote_spans(text)] == [
        "I don’t even know how much it costs", "There are lads with five tellies"]


def test_words_on_banners_billboards_and_headlines_are_not_quotes(extractor):
    text = ("Fans protested in their stadium, holding up banners with messages like “No wi-fi. Support the "
            "team,” “You can sit at home.” Billboards boast: “Teff: the ultimate gluten-free crop!” One local "
            "newspaper ran the headline, “Japan’s proud food culture in tears.” “We will keep protesting "
            "until they listen to us,” said Maria Lopez, a supporter.")
    assert quotes_of(extractor, text) == [("We will keep protesting until they listen to us", "Maria Lopez")]


def test_he_after_the_astronaut_is_the_astronaut_and_a_mayor_named_beside_the_title_speaks(extractor):
    text = ("NASA astronaut Scott Kelly returned to Earth after a year in space. “It was a long time,” Kelly said.\n\n"
            "But the astronaut demurred when asked for his thoughts on the likes of Donald Trump and Bernie "
            "Sanders. “I would say that, as a government employee, I am subject to the Hatch Act,” he said.\n\n"
            "“We have been suffering economically in recent years,” said Lemnos Mayor, Dimitris Marinakis.\n\n"
            "Dave Prentis, of the trade union Unison, said: “The vast majority of workers have no choice.”")
    speakers = [s for _, s in quotes_of(extractor, text)]
    assert speakers == ["Scott Kelly", "Scott Kelly", "Dimitris Marinakis", "Dave Prentis"]


def test_a_spokeswoman_with_no_organisation_named_speaks_for_the_one_that_just_acted(extractor):
    text = ("Pub group J D Wetherspoon has 24,000 of its staff on the terms.\n\n"
            "Unions say employers pressure staff into signing the contracts. Nobody knows how many workers "
            "are affected, and ministers have promised a review of the practice before the summer.\n\n"
            "The charity National Trust, which employs many of its seasonal workers on zero-hours contracts, "
            "said it offered the same pay to those workers. “We believe zero-hours contracts are essential in "
            "our organization,” a spokeswoman said.")
    assert quotes_of(extractor, text)[-1][1] == "National Trust"


def test_a_second_quote_after_and_keeps_the_speaker_outside_the_first(extractor):
    text = ("UK prime minister David Cameron said, “A great light has gone out in the world,” and described "
            "Mandela as “a hero of our time”.")
    assert quotes_of(extractor, text) == [("A great light has gone out in the world", "David Cameron"),
                                          ("a hero of our time", "David Cameron")]


def test_a_speaker_who_grins_or_laughs(extractor):
    text = ("“There are certainly MOOC junkies, who take them because they are free,” grins Dr Ben Brabon of "
            "Edgehill University. “It was never meant to be this popular,” laughs Maria Lopez.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Ben Brabon", "Maria Lopez"]


def test_a_cue_without_a_subject_gives_way_to_one_with(extractor):
    text = ("“Learning online is a different thing,” confirms David Kernohan, programme manager at Jisc. While "
            "this may mean that online study is difficult, it does, he says, suggest that MOOCs could be “a "
            "really good tool for continuing education.”")
    assert [s for _, s in quotes_of(extractor, text)] == ["David Kernohan", "David Kernohan"]


def test_the_27_year_old_and_a_lone_name_with_a_who_clause(extractor):
    text = ("“Ice cream is important,” says Louise Ingabire, the shop’s manager.\n\n"
            "True to the motto, the shop makes dreams come true. “I didn’t have a job before: I just stayed at "
            "home,” says the 27-year-old.\n\n"
            "Mathias, who works for the Baltimore City government, deleted his accounts. He “quickly forgot that "
            "Facebook existed”, he said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Louise Ingabire", "Louise Ingabire", "Mathias"]


def test_speakers_who_confess_or_enthuse(extractor):
    text = ("The study seemed to prove the old adage. “Wealth can be a barrier to connecting with people,” "
            "confessed Maria Lopez, a spouse of a tech entrepreneur. “We love every minute of it,” enthused "
            "Tom Baker.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Maria Lopez", "Tom Baker"]


def test_the_man_who_worked_with_stars_the_person_run_into_an_organisation_and_a_quote_opening_a_paragraph(extractor):
    text = ("The age of the big summer festival is drawing to a close, according to the rock promoter Harvey "
            "Goldsmith.\n\n"
            "The man who has worked with most of the biggest stars, from the Who to Madonna and Bob Dylan, said "
            "the biggest problem was a lack of new bands.\n\n"
            "“The festival circuit has peaked,” he said.\n\n"
            "Writing in the journal Nature, former president of the Royal Institute of Navigation Roger McKinlay "
            "argues that our reliance on GPS is misplaced. “If we do not cherish them, our abilities will "
            "deteriorate,” he wrote.\n\n"
            "Viennese-born Helena Hartlauer, 32, said she was not surprised at her city’s top position. The "
            "city has a long tradition of investing in housing.\n\n"
            "“I live in a 100sq-metre apartment in a good area about 20 minutes’ walk from the centre.”")
    assert [s for _, s in quotes_of(extractor, text)] == ["Harvey Goldsmith", "Roger McKinlay", "Helena Hartlauer"]


def test_he_goes_on_past_a_man_his_sentence_only_mentions(extractor):
    text = ("Riley King developed a style that was rooted in blues history. He was always ready to praise "
            "the musicians who had influenced him and would usually mention Eric Clapton first.\n\n"
            "“I’ve tried my best to get that sound,” he told the magazine.")
    assert quotes_of(extractor, text) == [("I’ve tried my best to get that sound", "Riley King")]


def test_i_in_an_interview_turn_is_the_person_whose_turn_it_is(extractor):
    text = ("David Shankbone: You have received a good deal of attention recently.\n\n"
            "Frank Messina: When people come up to me, I say, “Hey John, my name is Frank,” and they laugh.\n\n"
            "David Shankbone: What goes through your head?\n\n"
            "Frank Messina: Not much, really.")
    assert quotes_of(extractor, text) == [("Hey John, my name is Frank", "Frank Messina")]


def test_a_gendered_role_noun_never_goes_to_someone_of_the_other_gender(extractor):
    text = ("Mary Steenburgen lost her hearing for a week after surgery. Her son, filmmaker Charlie McDowell, "
            "remembers it as a trying time. “It was definitely a change,” he said.\n\n"
            "Despite the few roles for women in their fifties, the actress was not itching to do something "
            "else. “I had been somebody who really liked music,” she said.")
    assert dict(quotes_of(extractor, text))["I had been somebody who really liked music"] == "Mary Steenburgen"


def test_a_sentence_opening_he_is_a_pronoun_even_beside_a_man_surnamed_he(extractor):
    text = ("In a letter to the president in May, Zippy Duvall, the president of the American Farm Bureau, said "
            "farmers faced hardship. He urged Mr. Trump to make a deal, saying “time is running out for many in "
            "agriculture.”\n\nThe president announced the deal in a meeting with Liu He, China’s top trade "
            "negotiator.")
    ex = extractor.extract(text)
    assert {q.text: q.speaker for q in ex.quotes}["time is running out for many in agriculture."] == "Zippy Duvall"
    assert next(p for p in ex.people if p.name == "Liu He").mentions == 1


def test_an_inverted_subject_the_parser_took_for_an_object_still_speaks(extractor):
    text = ('Sondland was known for telling others "he was in charge of Ukraine" despite being the U.S. envoy in '
            'Brussels, said another witness in the impeachment probe, former White House Russia adviser Fiona Hill.')
    assert dict(quotes_of(extractor, text))["he was in charge of Ukraine"] == "Fiona Hill"


def test_he_is_never_the_person_he_speaks_to(extractor):
    text = ('Tim Cook and Marc Benioff met on stage.\n\n"I run my business on my phone. I have for years," he told '
            'Cook.\n\nCook said the admiration is mutual.\n\n"I love the way you\'re constantly taking all the new '
            'things," he told Benioff.')
    assert quotes_of(extractor, text) == [("I run my business on my phone. I have for years", "Marc Benioff"),
                                          ("I love the way you're constantly taking all the new things", "Tim Cook")]


def test_a_reporting_verb_hung_off_a_person_noun_takes_that_person(extractor):
    text = ("The leader of Ennahda, Rachid Ghannouchi, condemned Wednesday’s attack, saying in a statement that it "
            "“will not break our people’s will and will not undermine our revolution.”")
    assert quotes_of(extractor, text) == [
        ("will not break our people’s will and will not undermine our revolution.", "Rachid Ghannouchi")]


def test_a_reporting_verb_with_a_subject_outranks_according_to(extractor):
    text = ('Rep. David McKinley spoke at a town hall in Wheeling on Monday.\n\nBorder agents "say you’ve got to pay '
            'attention to this — $53 million a week is coming across the border," he said, according to the '
            'Intelligencer, the Wheeling News-Register.')
    assert [s for _, s in quotes_of(extractor, text)] == ["David McKinley"]


def test_an_acronym_of_an_organisation_the_article_spells_out_is_that_organisation(extractor):
    text = ("For methamphetamine, we used data published in October 2018 by the Drug Enforcement Administration. "
            "That said, the DEA says that the southwestern border “remains the primary entry point for heroin into "
            "the United States.”")
    ex = extractor.extract(text)
    assert [q.speaker for q in ex.quotes] == ["Drug Enforcement Administration"]
    dea = next(o for o in ex.organizations if o.name == "Drug Enforcement Administration")
    assert dea.mentions == 2 and "DEA" in dea.aliases
    assert "DEA" not in {o.name for o in ex.organizations}
    # a word in capitals gives all its letters: UKIP is the UK Independence Party
    ukip = ("The UK Independence Party has denied the claims. But a UKIP spokesman said: \"These accusations are "
            "empty and everybody knows it.\"")
    ex = extractor.extract(ukip)
    assert [q.speaker for q in ex.quotes] == ["UK Independence Party"]
    assert [o.name for o in ex.organizations] == ["UK Independence Party"]


def test_a_particle_capitalised_at_a_sentence_start_is_still_the_same_person(extractor):
    text = ("In the 2012 book, newly translated into English by Michael Wells, the philosopher Luis de Miranda "
            "weaves a history of neon lighting. Even de Miranda’s own example is telling.\n\n"
            "De Miranda evokes the notion in his introduction: “When we hear the word neon, an image pops into "
            "our heads.”")
    ex = extractor.extract(text)
    assert [q.speaker for q in ex.quotes] == ["Luis de Miranda"]
    assert [p.name for p in ex.people if "Miranda" in p.name] == ["Luis de Miranda"]


def test_organisations_short_forms_statements_and_the_company_that_just_acted(extractor):
    text = ("On Monday, Big Machine Records issued a statement about Taylor Swift’s performance at the awards.\n\n"
            "The statement, which was obtained by Variety, claimed that Big Machine and the producers had “come to "
            "terms on a licensing agreement that approves their artists’ performances.”\n\n"
            "Shortly after, Dick Clark Productions denied that it had settled on an arrangement with the label.\n\n"
            "“At no time did Dick Clark Productions agree to a statement in partnership with Big Machine,” the "
            "production company said in a separate statement.")
    ex = extractor.extract(text)
    assert [q.speaker for q in ex.quotes] == ["Big Machine Records", "Dick Clark Productions"]
    assert "Dick Clark Productions" not in {p.name for p in ex.people}
    label = next(o for o in ex.organizations if o.name == "Big Machine Records")
    assert "Big Machine" in label.aliases and "Big Machine" not in {o.name for o in ex.organizations}


def test_an_anonymous_user_of_a_platform_is_no_speaker_the_platform_is_not_either(extractor):
    text = ("Li explained that plague cases need to be carefully verified. But her post was still taken down.\n\n"
            "“Don't hide things like this,” one Weibo commenter said, per Feng. “Let’s face whatever it is together.”")
    assert [s for _, s in quotes_of(extractor, text)] == [None, None]


def test_what_a_committee_or_its_mps_found_is_the_committees(extractor):
    # "The MPs found the system was “…”": the committee the MPs sit on, written in two cases one body; "the
    # report warns", with no one's report named, is the report of the body said to have found things
    text = ("The Child Support Agency has been criticised by the Commons work and pensions committee.\n\n"
            "The MPs found the agency's computer system was \"nowhere near being fully functional and the number "
            "of angry customers continues to escalate\". Faced with the Commons Work and Pensions Committee's "
            "criticism, the government has suspended its plan to cut staff.")
    extraction = extractor.extract(text)
    assert [o.name for o in extraction.organizations if "ommittee" in o.name] == \
        ["Commons work and pensions committee"]
    assert [q.speaker for q in extraction.quotes] == ["Commons work and pensions committee"]
    text = ("A failed scheme to offer courses online has been criticised by MPs. The Commons education select "
            "committee found the venture had been badly run.\n\nA Department for Education and Skills spokeswoman "
            "said: \"The venture was ambitious and ground-breaking, and we learned from it.\"\n\nThe report warns "
            "that the government should not be scared off risky schemes, but \"should learn the lessons from this "
            "disaster\".")
    assert [q.speaker for q in extractor.extract(text).quotes] == ["Department for Education and Skills",
                                                                  "Commons education select committee"]


def test_a_surname_that_is_also_a_given_name_does_not_decide_the_gender(extractor):
    # "Clinton" alone is a man's given name, but "Clinton said she would" and "she said" are hers, not Sanders's
    text = ("In an interview with NBC's \"Meet the Press,\" Clinton said she would \"absolutely\" debate Sanders "
            "again. \"I think we should have as many debates as the voters want,\" she said.")
    assert [q.speaker for q in extractor.extract(text).quotes] == ["Clinton"]


def test_someone_acting_for_a_named_person_is_never_that_person(extractor):
    # "Hillary Clinton's right-hand woman ... saying" is not Clinton: the one the next sentence names as hers; an
    # aide no one names stays unnamed
    texts = ["In response to Donald Trump's proposal, Hillary Clinton's right-hand woman rallied supporters, saying: "
             "\"We have to be ready to stop him.\"\n\nHuma Abedin, vice chairwoman for Clinton's presidential "
             "campaign, emailed supporters on Monday evening.",
             "The mayor left early. The mayor's aide rallied the crowd, saying: \"We will win this fight together.\""]
    assert [[q.speaker for q in extractor.extract(t).quotes] for t in texts] == [["Huma Abedin"], [None]]


def test_the_document_the_sentence_before_says_someone_sent_is_theirs(extractor):
    # "Donald Trump tweeted ... The tweet said", "John McCain wrote to ... The letter said", "Huma Abedin ...
    # emailed supporters ... The email goes on to say"
    texts = ["Donald Trump tweeted about the debate late on Tuesday night. The tweet said: \"Megyn Kelly was terrible "
             "tonight and should be fired by Fox.\"",
             "Senator John McCain wrote to the defense secretary on Friday. The letter said: \"The Pentagon must "
             "explain these failures to the American people.\"",
             "Huma Abedin, vice chairwoman for Clinton's campaign, emailed supporters on Monday evening, telling them, "
             "\"I am a proud Muslim and I am proud of my country.\"\n\nThe email goes on to say: \"Trump wants to "
             "literally write racism into our law books and we must stop him.\""]
    assert [[q.speaker for q in extractor.extract(t).quotes] for t in texts] == [
        ["Donald Trump"], ["John McCain"], ["Huma Abedin", "Huma Abedin"]]


def test_what_a_named_body_found_is_its_words(extractor):
    # "Pew found that “…”", Pew left untagged: Pew's
    text = ("Gun control is a very popular topic with Democratic voters. In 2014, Pew found that “about twice as many "
            "Democrats said it was more important to control gun ownership than to protect gun rights.”")
    assert [q.speaker for q in extractor.extract(text).quotes] == ["Pew"]


def test_he_after_a_quote_given_to_a_name_the_tagger_missed_is_that_person(extractor):
    # "Patrol Chief James Hall" is tagged as a work of art; the quote he is given leads the "he" after it
    text = ("Forecaster Todd Borek predicted some snow. \"The worst of the storm is over now,\" he said.\n\n"
            "The balloons in the parade are to be grounded if winds reach 23 mph. A decision will be made Thursday "
            "morning.\n\n\"Tomorrow before the event, we'll make a determination,\" Patrol Chief James Hall with "
            "the New York Police Department said Wednesday.\n\n\"It looks good. It looks very good,\" he said about "
            "the possibility of balloons in the air.")
    assert [q.speaker for q in extractor.extract(text).quotes] == ["Todd Borek", "James Hall", "James Hall"]


def test_what_a_thing_is_dubbed_by_no_one_named_has_no_speaker(extractor):
    text = ("The CRISPR technology was developed by Jennifer Doudna and Emmanuelle Charpentier. No CRISPR drug yet "
            "exists.\n\nThe CRISPR system, dubbed a “search and replace function” for DNA, lets scientists easily "
            "disable genes or change their function.")
    assert not any(speaker for _, speaker in quotes_of(extractor, text))     # (not "CRISPR")


def test_a_possessive_owning_the_next_word_is_no_part_of_a_bodys_name(extractor):
    # "BBC Radio 4's Today programme": the body is BBC Radio 4 (the tagger ends the span at the possessive after a
    # number); "McDonald's said" keeps its own
    texts = ["Speaking on BBC Radio 4's Today programme, Mr Johnson said: \"We will fix this agency once and for "
             "all.\"",
             "McDonald's said profits rose. \"Sales were strong in every region,\" McDonald's said."]
    assert [[o.name for o in extractor.extract(t).organizations] for t in texts] == [["BBC Radio 4"], ["McDonald's"]]


def test_a_headline_clause_or_a_user_name_is_no_part_of_a_bodys_name(extractor):
    # tagged as bodies: "Trump Would Put Liberals On Court" (a headline's clause) and "Twitter @IanHanchett"
    text = ("Cruz: Trump Would Put Liberals On Court, for Rubio.\n\nTed Cruz argued that Donald Trump would put "
            "liberals on the court.\n\nFollow Ian Hanchett on Twitter @IanHanchett.")
    assert [o.name for o in extractor.extract(text).organizations] == ["Twitter"]


def test_a_website_named_by_its_address_is_a_body_that_speaks(extractor):
    # "GunBroker.com", left untagged, is the company a statement comes from
    text = ("A statement posted on the website GunBroker.com said listings are user generated, and that the company "
            "reserved the right to reject any.\n\n\"Mr. Zimmerman never contacted anyone at GunBroker.com prior to "
            "listing the item,\" the company wrote in its statement.")
    extraction = extractor.extract(text)
    assert [o.name for o in extraction.organizations] == ["GunBroker.com"]
    assert [q.speaker for q in extraction.quotes] == ["GunBroker.com"]


def test_a_party_member_named_by_state_and_party_is_the_one_written_so(extractor):
    # "the Maryland Democrat" after "Rep. Elijah Cummings (D-Md.)", "the Kentucky Republican" after "(R-Ky.)",
    # "the Democrat" when one is named: not the person named last
    text = ("Rep. Jason Chaffetz (R-Utah), Rep. Elijah Cummings (D-Md.) and Sen. Mitch McConnell (R-Ky.) clashed.\n\n"
            "\"We will get to the bottom of this, whatever it takes,\" the Utah Republican said.\n\n"
            "\"This is nonsense and a waste of money,\" the Kentucky Republican said.\n\n"
            "\"This is a waste of taxpayer money and everybody knows it,\" the Democrat said.")
    assert [q.speaker for q in extractor.extract(text).quotes] == ["Jason Chaffetz", "Mitch McConnell",
                                                                  "Elijah Cummings"]


def test_a_title_with_a_state_is_the_one_person_written_with_that_state(extractor):
    # "the Florida senator" after "Sen. Marco Rubio (R-Fla.)", "the Ohio governor" after "Ohio Gov. John Kasich",
    # "the California Democrat" after "Adam B. Schiff, a Democrat of California": not whoever spoke last
    texts = ["Billionaire businessman Donald Trump and Sen. Marco Rubio (R-Fla.) sparred in Houston.\n\n\"He is a "
             "choke artist and everybody knows it now,\" Trump said.\n\n\"He is a con artist who has been ripping "
             "people off for years,\" the Florida senator said.",
             "Ohio Gov. John Kasich and former Florida Gov. Jeb Bush spoke at the forum.\n\n\"We need to balance the "
             "budget and we need to do it now,\" the Ohio governor said.",
             "Senator John Cornyn, Republican of Texas, and Representative Adam B. Schiff, a Democrat of California, "
             "spoke on Sunday.\n\n\"We will keep pushing on this until it is fixed,\" the Texas Republican said.\n\n"
             "\"This is a very positive development for all of us,\" the California Democrat said."]
    assert [[q.speaker for q in extractor.extract(t).quotes] for t in texts] == [
        ["Donald Trump", "Marco Rubio"], ["John Kasich"], ["John Cornyn", "Adam B. Schiff"]]


def test_a_title_someone_holds_is_theirs_after_a_sentence_about_another_title(extractor):
    # "the former secretary of state" is Hillary Clinton, not the senator the sentence before is about
    text = ("Vermont Sen. Bernie Sanders and former Secretary of State Hillary Clinton met in Brooklyn for a debate on "
            "Thursday.\n\n\"We need a political revolution in this country,\" the Vermont senator said.\n\n\"I have a "
            "record of getting things done for people,\" the former secretary of state replied.")
    assert [q.speaker for q in extractor.extract(text).quotes] == ["Bernie Sanders", "Hillary Clinton"]


def test_the_company_is_a_firm_named_before_not_a_party(extractor):
    # Labour acts in the story, but "the company said" is Tesco
    text = ("Labour has vowed to fight the plan to open shops on Sundays. \"This will hurt workers and families,\" "
            "said Labour MP John Smith.\n\nThe plan drew support from big retailers such as Tesco, which backed the "
            "change. \"We welcome the decision and we will open more stores,\" the company said.")
    assert [q.speaker for q in extractor.extract(text).quotes] == ["John Smith", "Tesco"]


def test_whom_an_unnamed_source_speaks_to_is_not_the_speaker(extractor):
    text = ("The Clinton Foundation is under investigation.\n\nAnother intelligence source speaking to Fox News said, "
            "\"The agents are investigating the possible intersection of Clinton Foundation donations and the State "
            "Department.\"")
    assert [q.speaker for q in extractor.extract(text).quotes] == [None]


def test_a_speaker_the_tagger_ran_into_the_body_they_are_of_is_a_person(extractor):
    # "Meenakshi Ganguly of Human Rights Watch" is tagged as one organisation
    text = ("Concerns rose Monday over claims that military ballots had flowed in late. \"People stood hours in line "
            "in the sun and celebrated yesterday,\" said Meenakshi Ganguly of Human Rights Watch, who observed voting "
            "in Kachin state.")
    extraction = extractor.extract(text)
    assert [q.speaker for q in extraction.quotes] == ["Meenakshi Ganguly"]
    assert "Meenakshi Ganguly" in {p.name for p in extraction.people}
    assert "Human Rights Watch" in {o.name for o in extraction.organizations}


def test_an_age_makes_any_noun_a_person_and_the_portuguese_can_be_one(extractor):
    # "the 22-year-old centre" is the player the sentence before names; "the Portuguese", read by the tagger as
    # a people, is the one man introduced just before (while "the Chinese" after officials stays the country)
    texts = ["Wales beat England 11-9 at the Millennium Stadium. Gavin Henson kicked the winning penalty.\n\n\"It was "
             "a dream come true for me,\" said the 22-year-old centre.",
             "Chelsea boss Jose Mourinho was less happy. \"We did not start the game and we paid for it,\" the "
             "Portuguese said.",
             "Chinese officials met American envoys in Beijing on Monday. \"We want peace and stability in the "
             "region,\" the Chinese said."]
    assert [[q.speaker for q in extractor.extract(t).quotes] for t in texts] == [["Gavin Henson"], ["Jose Mourinho"],
                                                                                ["China"]]


def test_a_name_with_a_plural_verb_is_a_band_that_speaks(extractor):
    # "U2 have announced", "The Darkness have split": a band, so "the band said" is it; "England have" stays a place
    texts = ["U2 have announced a world tour starting in March.\n\nA statement from the band said: \"We can't wait to "
             "get back on the road and see our fans again.\"",
             "The Darkness have split from their bassist Frankie Poullain.\n\n\"Frankie has left the band because of "
             "musical differences,\" the band said on their website."]
    assert [[q.speaker for q in extractor.extract(t).quotes] for t in texts] == [["U2"], ["Darkness"]]
    assert not extractor.extract("England have beaten Wales in Cardiff on Saturday.").organizations


def test_a_candidates_campaign_speaks_for_the_candidate(extractor):
    # "Trump's campaign said", "the Clinton campaign said", "her campaign said", and "it" after the campaign: the
    # candidate, not the body named last (the Supreme Court)
    texts = ["Donald Trump said women should be punished. The Supreme Court struck down the law on Monday.\n\n"
             "“The woman is a victim of this terrible procedure,” Trump’s campaign said in a statement.",
             "Donald Trump said women should be punished. The Supreme Court struck down the law on Monday.\n\n"
             "Trump’s campaign backtracked, putting out a statement. In cases of abortion, it said, “the woman is a "
             "victim of this terrible procedure.”",
             "The Supreme Court ruled on Monday. Bernie Sanders won in Michigan and Hillary Clinton won in "
             "Mississippi.\n\n\"We are confident of victory in the end,\" the Clinton campaign said.",
             "The Supreme Court ruled on Monday. Hillary Clinton spoke in Ohio and Donald Trump was in Florida.\n\n"
             "\"She has the experience the country needs right now,\" her campaign said."]
    assert [quotes_of(extractor, t)[0][1] for t in texts] == ["Donald Trump", "Donald Trump", "Hillary Clinton",
                                                              "Hillary Clinton"]


def test_a_spokesperson_speaks_for_the_organisation_named_with_them(extractor):
    text = ("The New York State Attorney General is investigating WeWork, according to two people familiar with "
            "the matter. WeWork is expected to lay off thousands of employees.\n\n"
            "“We received an inquiry from the office of the New York State Attorney General and are cooperating in "
            "the matter,” said a WeWork spokesperson when contacted by Reuters.")
    assert [s for _, s in quotes_of(extractor, text)] == ["WeWork"]


def test_the_place_in_a_based_adjective_is_no_speaker(extractor):
    text = ("How big an impact have the tariffs had?\n\nAs we have noted, a March 2019 study by the Centre for "
            "Economic Policy Research, a London-based think tank, concluded that, using standard economic methods, "
            "\"the full incidence of the tariff falls on domestic consumers, with a reduction in U.S. real income.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Centre for Economic Policy Research"]


def test_a_pronoun_after_a_subordinate_subject_says_nothing_of_its_gender(extractor):
    text = ("Taylor Swift's first six albums were released through Big Machine, which was bought by a company owned "
            "by talent manager Scooter Braun.\n\nBraun has worked with Kanye West and Kim Kardashian - both of whom "
            "Taylor Swift has had feuds with in the past.\n\nHe has consistently denied being unfair to her.\n\n"
            "Then, last week, Taylor Swift posted on Twitter.\n\nShe claimed the label thought the performance "
            "would amount to a re-recording.\n\n\"I just want to be able to perform my own music,\" she said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Taylor Swift"]


def test_a_possessive_that_owns_nothing_is_part_of_the_organisations_name(extractor):
    text = ("Sales will slow next year, said Mark Zandi, chief economist at Moody's Analytics Inc. \"It will become "
            "increasingly important,\" Moody's Analytics said in a note.\n\n"
            "McDonald's said sales rose in the quarter. \"We are pleased with the results,\" McDonald's said in a "
            "statement. Apple's chief executive did not comment.")
    ex = extractor.extract(text)
    assert [s for _, s in quotes_of(extractor, text)] == ["Moody's Analytics", "McDonald's"]   # (no "Inc")
    names = {o.name for o in ex.organizations}
    assert {"McDonald's", "Apple"} <= names and "McDonald" not in names and "Apple's" not in names


def test_a_quote_reopened_mid_line_runs_on_as_one_quote_by_one_speaker(extractor):
    # scraped text that lost its paragraph breaks: each lost paragraph reopened the mark
    text = ("Pay will rise next year, the minister said on Sunday.\n\n"
            "Ms Hewitt said: \"We have already doubled the length of maternity pay. \"We are going to extend the "
            "pay to nine months by 2007.\" She said new mothers were entitled to 12 months leave. \"We have made "
            "a firm commitment and we will keep it.\" The Conservatives' Theresa May said: \"These plans were "
            "announced by Gordon Brown in December.\"")
    assert quotes_of(extractor, text) == [
        (("We have already doubled the length of maternity pay. We are going to extend the pay to nine months by "
          "2007."), "Hewitt"),
        ("We have made a firm commitment and we will keep it.", "Hewitt"),
        ("These plans were announced by Gordon Brown in December.", "Theresa May")]


def test_a_closing_mark_before_said_with_no_quote_open_closes_a_quote_begun_with_the_paragraph(extractor):
    text = ("Tory spokesman David Davis said the proposals were \"little more than a PR exercise\".\n\n"
            "Police forces were already \"buried\" under existing initiatives and there was little to reassure "
            "them,\" said Mr Davis. Earlier Mark Oaten said the government was right. \"But these measures "
            "will only work with less paperwork,\" he said.")
    assert [q for q in quotes_of(extractor, text) if len(q[0].split()) > 6] == [
        ("Police forces were already \"buried\" under existing initiatives and there was little to reassure them",
         "David Davis"),
        ("But these measures will only work with less paperwork", "Mark Oaten")]


def test_a_role_noun_is_not_a_name_in_its_own_clause_nor_a_title_set_beside_it(extractor):
    text = ("Liam Neeson is to help raise money to rebuild the Lyric Theatre in Belfast.\n\n"
            "The Oscar-nominated actor, whose films include Schindler's List, Michael Collins and Star Wars: "
            "The Phantom Menace, said: \"The Lyric is too important to the cultural life of the city to fall "
            "apart.\"")
    ex = extractor.extract(text)
    assert [q.speaker for q in ex.quotes] == ["Liam Neeson"]
    assert not any("Phantom" in p.name for p in ex.people)


def test_a_surname_a_firm_also_has_is_the_person_the_article_named_in_full(extractor):
    text = ("Tory co-chairman Liam Fox was speaking after Mr Blair's speech.\n\n"
            "Dr Fox accused Mr Blair of telling lies about his opponents. \"What we learned at the weekend is "
            "what Labour tactics are going to be,\" he told BBC News. Dr Fox refused to discuss reports that the "
            "party had repaid a loan to Lord Ashcroft after he said the party could not win. \"We repay loans when "
            "they are due,\" he said.")
    ex = extractor.extract(text)
    assert [q.speaker for q in ex.quotes] == ["Liam Fox", "Liam Fox"]
    assert next(p for p in ex.people if p.name == "Liam Fox").mentions == 3


def test_a_plural_person_noun_speaks_for_the_group_named_with_it_before(extractor):
    text = ("Using a graphics engine, Bafta-winning artists Langlands & Bell have created a 3D model of the "
            "cellars. Frank Stone, of the BT research lab, said the project was new.\n\n"
            "\"The river was integral to the city's survival for hundreds of years,\" said the artists.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Langlands & Bell"]


def test_the_one_an_outlet_quotes_as_saying_is_the_speaker_and_an_outlet_relaying_a_source_is_not(extractor):
    text = ("Jaynes was found guilty on Wednesday. Prosecutors said Jaynes was \"a snake oil salesman in a new "
            "format\", using the internet to peddle useless wares, news agency Associated Press reported.\n\n"
            "\"He's been successful ripping people off all these years,\" AP quoted prosecutor Russell McGuire "
            "as saying.")
    assert [s for _, s in quotes_of(extractor, text)] == [None, "Russell McGuire"]


def test_a_forecast_is_a_reporting_verb(extractor):
    text = ("Up to 2,500 jobs are to go at US insurance broker Marsh & McLennan, chief executive Michael Cherkasky "
            "said.\n\n"
            "\"We will cut costs in every unit we have,\" finance chief Sandra Wilson said on Monday. Looking ahead, "
            "Mr Cherkasky forecast growth for the year ahead, \"with an operating margin in the upper-teens, and "
            "with the opportunity for further margin expansion\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["Sandra Wilson", "Michael Cherkasky"]


def test_a_first_name_after_a_noun_it_does_not_name_is_still_the_person(extractor):
    text = ("Rock star Ozzy Osbourne tackled a burglar at his home. His wife Sharon Osbourne said the items taken "
            "included a ring and the handmade wedding bands Ozzy gave her when they renewed their vows.\n\n"
            "Ozzy said he was \"just coming to grips\" with it. \"We lived in Los Angeles where people get shot "
            "every day,\" Ozzy said.")
    ex = extractor.extract(text)
    assert [q.speaker for q in ex.quotes] == ["Ozzy Osbourne", "Ozzy Osbourne"]
    assert next(p for p in ex.people if p.name == "Ozzy Osbourne").mentions == 4


def test_her_document_speaks_for_her(extractor):
    text = ("Marion Jones has sued Victor Conte for defamation. In an email to the Associated Press on Wednesday, "
            "Conte said he stood by his claims. Her lawsuit, filed in the US District Court in San Francisco, said "
            "the sprinter had passed a lie detector test and that she \"has never taken banned performance-enhancing "
            "drugs\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["Marion Jones"]


def test_underlined_reports_speech(extractor):
    text = ("Farmers in Huaral have been trained to use computers, said Carlos Saldarriaga, of the Cepes research "
            "centre. The programme promoters say the experience has been very positive, and the \"feedback has "
            "been great\", as Maria Vargas put it.\n\n"
            "\"This is a pilot project, and we have been very keen on its potential,\" underlined Mr Saldarriaga.")
    assert [s for _, s in quotes_of(extractor, text)][-1] == "Carlos Saldarriaga"


def test_he_is_never_the_subject_of_the_words_he_reports(extractor):
    text = ("Former WorldCom chief Bernie Ebbers has denied claims that he knew accountants were doctoring the "
            "books.\n\n"
            "Speaking in court, Mr Ebbers rejected allegations he pressured ex-finance chief Scott Sullivan to "
            "falsify statements. Mr Sullivan \"made all the accounting decisions at the firm,\" he told the federal "
            "court.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Bernie Ebbers"]


def test_a_plural_noun_that_looks_like_a_reporting_verb_is_not_one(extractor):
    text = ("“This is not like any other recovery,” said John Herrmann, director of rate strategy at Mitsubishi "
            "UFJ Securities USA Inc., who tracks the gross domestic products of states. “There is a tremendous "
            "disparity, not a uniform recovery at all.”")
    assert [s for _, s in quotes_of(extractor, text)] == ["John Herrmann", "John Herrmann"]


def test_they_after_an_organisation_acted_is_that_organisation_named_untagged_again(extractor):
    text = ("Taylor Swift says Big Machine Records will not let her perform her old songs.\n\n"
            "\"I just want to be able to perform my own music,\" she said.\n\n"
            "Big Machine have twice denied doing anything wrong.\n\n"
            "\"At no point did we say Taylor could not perform on the AMAs,\" they said in a statement on their "
            "website last Friday.")
    assert [s for _, s in quotes_of(extractor, text)][-1] in ("Big Machine", "Big Machine Records")


def test_an_orphan_quote_after_a_paragraph_about_one_person_is_theirs_not_the_last_speakers(extractor):
    text = ("Hundreds of whales have stranded on the beaches this year.\n\n"
            "\"It was a shock. We are working to adapt but the ocean is changing so fast,\" says ranger Jamie "
            "Werner.\n\n"
            "In his office he quotes Sun Tzu's The Art of War.\n\n"
            "\"We need to listen to the sea and to the people who live by it.\"\n\n"
            "But for Maria Gonzalez and her family the slow, painful deaths of the whales are personal.\n\n"
            "\"It is very emotional. Our ancestors tell us the strandings are a sign from the sea.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Jamie Werner", "Jamie Werner", "Maria Gonzalez"]


def test_a_spokesperson_speaks_for_the_body_named_with_them_not_the_last_one_that_acted(extractor):
    text = ("The National Audit Office said the department had paid most of the invoices.\n\n"
            "A Defra spokesman said: \"We welcome the report and the progress it finds the department has made.\"\n\n"
            "The woman said she was assaulted after a recording of the show on the ABC network. The rapper's "
            "spokesman said the woman was \"misusing the legal system as a means of extracting financial gain\". "
            "ABC said the claims had \"no merit\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["Defra", None]


def test_a_short_form_of_an_energy_firm_is_the_firm(extractor):
    text = ("Shares in Cairn Energy, a UK oil firm, have closed down 18% after a disappointing drilling update. "
            "Investors had piled into Cairn after the company announced significant oil finds in India this year. "
            "But Cairn said estimates had been revised in what was a \"significant downgrade of the initial "
            "expectation\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["Cairn Energy"]


def test_a_cue_nested_in_the_quotes_own_words_gives_way_to_the_one_that_introduces_them(extractor):
    text = ("Finance Minister Sue Essex said most households would see little change.\n\n"
            "Conservative spokesman Glyn Davies said that for the minister to claim that the majority of council "
            "tax payers in Wales should see very little change \"is taking spin to the very verge of deception\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["Glyn Davies"]


def test_the_name_a_reporting_verb_inverts_outranks_a_subject_the_parser_found_higher_up(extractor):
    text = ("Interest in the new products launched at the expo was so strong that the websites struggled to cope "
            "with demand, Mr Jobs said.\n\n"
            "\"I think fundamentally it's a good idea because it's cheap even for a PC,\" said Nick Ross, deputy labs "
            "editor at PC Pro. Apple's work on making things easy to use would also help the Mac mini win fans, he "
            "said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Nick Ross"]


def test_a_source_relayed_according_to_an_outlet_keeps_the_words(extractor):
    text = ("The minister resigned on Friday.\n\n"
            "Chancellor Ann Weber said the plan was \"dead in the water and should be dropped\", according to "
            "Reuters.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Ann Weber"]


def test_a_reporting_verb_inside_the_last_quote_does_not_introduce_the_next(extractor):
    text = ("Plaid Cymru's local government spokesman Dai Lloyd called the announcement disappointing. He said: "
            "\"Wales has been short changed yet again. This is not whinging as the Labour Assembly Government so "
            "often claims - it is anger.\" \"This will mean either a massive hike in council tax, massive cuts in "
            "services, or both.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Dai Lloyd", "Dai Lloyd"]


def test_a_quote_with_no_cue_goes_to_the_new_subject_not_the_last_speaker_of_the_paragraph(extractor):
    text = ("The Plaid Cymru health spokesman said: \"It's exactly the same target she set in 1999, from a failed "
            "minister with a failed policy.\" For the Welsh Liberal Democrats, Kirsty Williams called the new "
            "target \"hugely unambitious\". \"It leaves patients in Wales still waiting two years before they're "
            "treated.\"")
    assert quotes_of(extractor, text)[-1][1] == "Kirsty Williams"


def test_a_role_noun_after_a_sentence_about_someone_described_is_that_one_not_the_newly_named(extractor):
    text = ("Jose Antonio Reyes has added to speculation linking him with a move to Real Madrid after falling "
            "victim to a radio prank.\n\n"
            "The Spaniard believed he was talking to Real Madrid sporting director Emilio Butragueno when he "
            "berated his team-mates. \"I wish I was playing for Real Madrid,\" the 21-year-old told Cadena Cope.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Jose Antonio Reyes"]


def test_an_acronym_the_tagger_left_untagged_that_speaks_is_a_body_and_it_is_that_body(extractor):
    text = ("A Texas company plans to let web users fire a rifle by remote control.\n\n"
            "John Underwood, who runs the website, said the idea came to him a year ago.\n\n"
            "Handlers can stop the gun being fired. In a statement the RSPCA said it had \"grave concerns\" about "
            "people being allowed to control a rifle online. \"We think it would be very hard to control a gun in "
            "this way from a home computer,\" it said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["RSPCA"]


def test_words_someone_owns_are_theirs(extractor):
    text = ("Andrew Fisher, 20, is auctioning advertising space on his forehead.\n\n"
            "On the auction site he calls himself an average young man. His sales pitch adds: \"Take advantage of "
            "this unusual advertising campaign and become a part of history.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Andrew Fisher"]
    # (but the people around someone speak for themselves)
    text = ("Andrew Fisher, 20, is auctioning advertising space on his forehead.\n\n"
            "His family said: \"We have always known he would try something like this one day.\"")
    assert [s for _, s in quotes_of(extractor, text)] != ["Andrew Fisher"]


def test_a_name_between_the_and_a_role_noun_only_says_whose_the_role_is(extractor):
    text = ("Frank Arnesen said the coach had left for personal reasons.\n\n"
            "\"When it comes down to personal problems, I don't think we should talk about timing,\" he said. "
            "And he denied reports of a large pay-off. \"That is absolute nonsense. He chose to go and so he "
            "went,\" said the Spurs sporting director.\n\n"
            "However, former Spurs and England defender Gary Stevens believes the club will recover.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Frank Arnesen", "Frank Arnesen"]


def test_a_spokesperson_speaks_for_a_body_named_before_them_with_commas_and_small_words(extractor):
    text = ("Musicians say visas for the US are getting harder to obtain, added Mr Seller. A Department for "
            "Media, Culture and Sport spokeswoman said: \"We're aware that people are experiencing problems, and "
            "are working with the embassy to see what we can do about it.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Department for Media, Culture and Sport"]


def test_a_name_the_parser_set_beside_a_noun_before_the_verb_is_its_subject_and_a_person(extractor):
    text = ("The plans have been criticised by Labour backbencher Gwyneth Dunwoody.\n\n"
            "In an article for the Times newspaper, Ms Dunwoody, who chairs the Transport Select Committee, says: "
            "\"Slight increases to low car speeds increase hugely the risks to pedestrians and cyclists.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Gwyneth Dunwoody"]


def test_an_inverted_speaker_after_title_words_is_the_person_they_lead_to(extractor):
    text = ("The Conservatives claimed the plans would amount to an extra tax on every new house. \"This is "
            "typical of Lib Dem hypocrisy,\" said Tory shadow local government secretary Caroline Spelman.\n\n"
            "\"In 115 years, banks opened only 1,045 branches,\" write Omwansa and Sullivan.")
    assert [s for _, s in quotes_of(extractor, text)][0] == "Caroline Spelman"


def test_the_party_spokesman_is_the_politician_followed_and_a_party_spokesman_is_the_party(extractor):
    text = ("Shadow foreign secretary Michael Ancram told MPs a new White Paper was propaganda.\n\n"
            "Mr Ancram condemned the document. \"Isn't the government now involved in a propaganda exercise to "
            "sell the new EU to the country?\" he asked. The Tory spokesman also criticised the government for its "
            "claims. \"The government had to publish a commentary of 500 pages to explain this simple "
            "constitution,\" he said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Michael Ancram", "Michael Ancram"]


def test_he_is_not_someone_named_in_the_participle_he_leads_with(extractor):
    text = ("Viktor Makarov says the government broke its promises to him.\n\n"
            "Oleg Gordievsky, a senior KGB officer who became a British agent, said he was happy with the way he "
            "had been treated. Commenting on Mr Makarov's case, he said: \"The British state is not a fat cow - "
            "it is impossible to come here and demand more money every week.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Oleg Gordievsky"]


def test_a_spokeswoman_the_parser_lost_the_body_of_still_speaks_for_it_and_she_is_her(extractor):
    text = ("Officials now say Mr Smith did not resign.\n\n"
            "A Department for Work and Pensions spokeswoman confirmed Mr Smith was still in post and that he "
            "would continue in the job until a replacement was found. \"No date was ever given for Doug Smith's "
            "departure,\" she said adding that the post had been advertised.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Department for Work and Pensions"]


def test_a_list_of_two_channels_is_no_fuller_name_of_the_first(extractor):
    text = ("The BBC launched Freeview in 2002 to allow its digital channels such as BBC Three and News 24 to be "
            "seen.\n\n"
            "A BBC spokeswoman said: \"We share the committee's interest in ensuring the public money we receive "
            "is spent well.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["BBC"]


def test_a_name_after_the_verb_speaks_when_the_parser_took_the_quote_for_the_subject(extractor):
    text = ("Rick Fleming will push the agency to spend more on oversight.\n\n"
            "\"Fraudulent or abusive practices by an investment advisor,\" said Fleming, \"can be very difficult "
            "for an individual investor to detect, particularly if the advisor falsifies records.\"\n\n"
            "Vincent Cable called for an audit. \"It is very clear that there are some serious loose ends in "
            "government public spending,\" Mr Cable told MPs.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Rick Fleming", "Rick Fleming", "Vincent Cable"]


def test_a_set_off_reporting_verb_inverts_its_speaker(extractor):
    text = ("Charlotte Beyer, a veteran of Wall Street, has four tips for keeping wealthy clients.\n\n"
            "The biggest reason advisors get fired, writes Beyer, is \"it's always about communication — usually "
            "a lack of — every time.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Charlotte Beyer"]


def test_the_attribution_before_a_quote_runs_back_past_scare_quotes_and_past_a_thing_that_maintains(extractor):
    text = ("Former shadow attorney general Bill Cash said there was still deep disquiet among senior Tories. "
            "He told BBC Radio 4's Today the government was \"intensely authoritarian\" and was creating "
            "\"increasingly a Big Brother society\".\n\n"
            "Another member of the committee, Ron Wyden, said the bill maintains \"business as usual\" and "
            "\"remains far from anything that could be considered meaningful reform\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["Bill Cash", "Ron Wyden"]


def test_the_one_told_is_never_the_speaker_after_a_quote_that_runs_on(extractor):
    # the first quote reopens its mark without closing it, so the marks before "He told" are odd in number
    text = ("The Finance Minister, Tom McCabe, said: \"Last week in parliament I announced an additional 419m "
            "for core expenditure. \"That's a 5.5% increase and sits against an inflation rate of 1.6%.\" "
            "Mr McCabe is also looking for local authorities to become more efficient. He told BBC Radio "
            "Scotland's Sunday Live programme: \"Here in Scotland we have 32 councils who all have their own "
            "collection systems.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Tom McCabe", "Tom McCabe"]


def test_a_spokesman_named_beside_with_letters_after_the_name(extractor):
    text = ("The Conservatives accuse the Scottish Executive of using the council tax to raise funds.\n\n"
            "The Tory finance spokesman, Brian Monteith MSP, said: \"It's a form of disguise, yet again we see "
            "that council tax is being used as a way of passing on costs.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Brian Monteith"]


def test_difficult_to_say_is_no_attribution(extractor):
    text = ("Mobile companies have to think carefully about what they offer, said Gartner. Analyst Carolina "
            "Milanesi said 3G phones could drive upgrades, but Ms Milanesi said it was difficult to say how "
            "quickly that would happen. \"At the end of the day, people have cameras and colour screens on "
            "their mobiles already.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Carolina Milanesi"]


def test_a_note_written_by_someone_named_beside_a_noun_is_theirs(extractor):
    text = ("The awards were given on Wednesday night in New York.\n\n"
            "One fiction judge, Stewart O'Nan, wrote a letter that said: \"I would hope that our caring more for "
            "the quality of a work than its sales figures makes us a friend of books.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Stewart O'Nan"]


def test_he_is_not_someone_his_own_words_speak_of(extractor):
    text = ("Charles Kennedy said his party could win seats everywhere. But he said Mr Blair had lost the trust "
            "of the British people. \"There is a fundamental lack of trust in Tony Blair as prime minister and "
            "in his government,\" he said.\n\n"
            "James Goodfellow invented the cash machine but earned just 10 pounds from it. He came up with an "
            "invention that generated billions \"and I got nothing, so who's going to want to follow in James "
            "Goodfellow's footsteps?\"\n\n"
            "Felix Baumgartner thanked his team. He added: \"The best moment was when Mike Todd [the engineer "
            "who dressed Baumgartner in his suit] showed up with a smile on his face.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Charles Kennedy", "James Goodfellow", "Felix Baumgartner"]


def test_wikinews_attributions(extractor):
    text = ("Germany on Monday banned Iranian airline Mahan Air from flying in the European nation.\n\n"
            "Mahan has been the subject of United States sanctions since 2011. \"The airline transports weapons "
            "and fighters across the Middle East,\" according to a tweet on Monday by US Secretary of State "
            "Mike Pompeo.\n\n"
            "US Ambassador to Germany Richard Grenell alleged, by way of example, Mahan had \"contributed to "
            "incredible human suffering, violence, and political instability,\" by supporting the regime.\n\n"
            "The Vice President, Mike Pence, said on Friday the United States is \"in the midst of a crisis on "
            "our southern border.\"\n\n"
            "Jo Anne Van Tilburg of the University of California, Los Angeles disagreed with these findings: "
            "\"The existence of fresh water seeps near coastal ahu is well-known and was certainly important.\"")
    assert [s for _, s in quotes_of(extractor, text)] == [
        "Mike Pompeo", "Richard Grenell", "Mike Pence", "Jo Anne Van Tilburg"]


def test_a_department_named_in_full_speaks_by_its_full_name(extractor):
    text = ("Sirhan Sirhan was stabbed in prison on Friday.\n\n"
            "The California Department of Corrections and Rehabilitation (CDCR) did not identify Sirhan as the "
            "victim.\n\n"
            "The Department issued a statement that an inmate had been stabbed: \"There was an assault on an "
            "inmate on Friday, August 30 at the prison.\" The CDCR said the inmate was in stable condition.")
    extraction = extractor.extract(text)
    assert [q.speaker for q in extraction.quotes] == ["California Department of Corrections and Rehabilitation"]
    assert "California Department of Corrections and Rehabilitation" in {o.name for o in extraction.organizations}


def test_the_one_a_newspaper_quotes_is_the_speaker(extractor):
    text = ("\"This is a delicate time for the company,\" Tony Woodley said. "
            "SAIC says none of its money will be paid to the four owners of Rover, who have been accused by unions "
            "of awarding themselves exorbitant salaries, the FT reports. \"SAIC is "
            "extremely concerned to ensure that its money is used to invest in the business,\" the newspaper "
            "quotes a source close to the Chinese firm.\n\n"
            "The Times quoted Tony Woodley, the union leader, saying the deal was close. \"This is a very crucial "
            "and delicate time for our members,\" the paper quotes Mr Woodley.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Tony Woodley", None, "Tony Woodley"]


def test_statements_from_someone_and_people_named_by_a_participle(extractor):
    text = ("King Maha Vajiralongkorn objected to the nomination of his sister.\n\n"
            "The palace issued the following statement from the king: \"Even though she relinquished her title "
            "according to royal laws, she still retains her status as a member of the dynasty.\"\n\n"
            "Pope Francis imposed a new law on Thursday.\n\n"
            "The decree signed by the Pope read \"The crimes of sexual abuse offend Our Lord and harm the community "
            "of the faithful.\"\n\n"
            "\"She's just doing this to try and disintegrate the movement. A lot of people think that,\" said a "
            "protester using the pseudonym Katya.\n\n"
            "\"This announcement cannot change the fact that the authorities have chosen to suppress protests,\" "
            "Hong Kong director of Amnesty International Man-kei Tam said in a statement.")
    extraction = extractor.extract(text)
    assert [q.speaker for q in extraction.quotes] == ["Maha Vajiralongkorn", "Francis", "Katya", "Man-kei Tam"]
    assert "Amnesty International" in {o.name for o in extraction.organizations}


def test_the_one_told_is_not_the_speaker_when_scare_quotes_come_before(extractor):
    text = ("Archbishop Wojciech Polak said, \"I am deeply disturbed by what I saw in the film.\" Calling it "
            "\"just another apology\", Anna Franowska of \"Have no fear\", an abuse victim support charity, told "
            "Reuters \"it almost appears as if the statement was prepared before the church officials saw the "
            "movie\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["Wojciech Polak", "Anna Franowska"]


def test_told_by_and_a_sentence_opened_by_its_reporting_verb(extractor):
    text = ("President Vladimir Putin flew to Magnitogorsk on Monday. In a meeting that day he was told by "
            "Emergencies Minister Yevgeny Zinichev of \"presumably between 36 and 40 people under the rubble\", "
            "while officials indicated 68 people were missing.\n\n"
            "The monarch population was 144% greater than last year.\n\n"
            "Remarked Center for Biological Diversity scientist Tierra Curry, \"This reprieve from bad news on "
            "monarchs is a thank-you from the butterflies to all the people who planted milkweeds.\"\n\n"
            "\"Doctors should be cautious about the clinical potential of this hormone until we know much more.\" "
            "Said Simon Baron-Cohen.\n\n"
            "Uta Frith, who studies autism, was not involved in the study.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Yevgeny Zinichev", "Tierra Curry", "Simon Baron-Cohen"]


def test_words_quoted_in_an_interviewees_answer_are_theirs(extractor):
    text = ("Wikinews reached out to Pablo Greco and Rich Bowen of the CentOS project.\n\n"
            "((WN))  What is the relationship between CentOS and RHEL?\n\n"
            "((Pablo Greco))  CentOS started as an external project, that was acquired by Red Hat years ago.\n\n"
            "((Rich Bowen))  In many ways, it's the same as it's always been.\n\n"
            "In the past, the relationship was effectively, \"Fedora gets snapshot every so many years, then "
            "engineers develop it behind closed doors until release day.\" That is an oversimplification.\n\n"
            "((WN))  How has CentOS evolved?\n\n"
            "((Rich Bowen))  We understand that this explanation sounds to some like, \"We considered that and then "
            "decided to ignore it.\" That's not the case.")
    extraction = extractor.extract(text)
    assert [q.speaker for q in extraction.quotes] == ["Rich Bowen", "Rich Bowen"]
    assert "WN" not in {p.name for p in extraction.people}


def test_more_wikinews_attributions(extractor):
    text = ("Nancy Pelosi, the Speaker of the House, announced an impeachment inquiry on Tuesday.\n\n"
            "Pelosi called Trump's conduct a \"breach of his Constitutional responsibilities,\" according to "
            "NBC.\n\n"
            "A federal judge in Texas has ruled the male-only draft unconstitutional. U.S. District Judge Gray "
            "Miller ruled the draft violated the Due Process Clause.\n\n"
            "Part of the judge's statement reads \"the average woman could conceivably be better suited "
            "physically for some of today's combat positions than the average man.\" He went on to cite the "
            "Supreme Court ruling.\n\n"
            "Not everyone agreed. One MP told the BBC, \"We know that 16 million people wanted to stay in the "
            "EU, but it was always a minority\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["Nancy Pelosi", "Gray Miller", None]


def test_a_note_carried_by_someone_set_beside_a_role_is_theirs(extractor):
    text = ("The jury overlooked the favourites. One festival judge, Harriet Lomax, carried around a note "
            "written on a napkin that said: “Good books deserve readers whatever the sales figures say.” The "
            "prize went to a first novel by Philip Dane.")
    assert [speaker for _, speaker in quotes_of(extractor, text)] == ["Harriet Lomax"]


def test_a_source_named_by_a_user_name_is_the_speaker(extractor):
    text = ("Buyers on the market now test what they buy. “Some vendors are sending people poison without "
            "knowing it,” ScreamMyName told me in an encrypted message. As one buyer, elmo666, wrote to me, "
            "“My first motive was to keep the vendor honest.” “I am trying the cola based on those results,” "
            "wrote user jayk1984. “The McCain campaign has nothing to add,” McCain said.")
    assert [speaker for _, speaker in quotes_of(extractor, text)] == ["ScreamMyName", "elmo666", "jayk1984", "McCain"]


def test_a_new_sentence_reporting_its_own_words_is_not_the_attribution_of_the_quote_before(extractor):
    text = ("Anna Berg, the firm's sales chief, said the company was talking to broadcasters. Bo Lind said "
            "game makers had to work more closely with celebrities. “People will want to play games if their "
            "heroes are in them.” Ms Berg said the real challenge was to keep people playing in their 30s.")
    assert [speaker for _, speaker in quotes_of(extractor, text)] == ["Bo Lind"]


def test_a_relative_clause_cue_before_a_sentence_break_is_not_an_attribution(extractor):
    text = ("Gerd Frey, the firm's managing director, said: “Doubling our industry is not rocket science.” He "
            "said it would take years before the firm could challenge Disney - which in 2004 reported revenues "
            "of $30bn (£16bn) - but it remained a goal. “We will bring more people into gaming because games "
            "will be more emotional.” Mr Frey predicted that new consoles would give developers more power.")
    assert [speaker for _, speaker in quotes_of(extractor, text)] == ["Gerd Frey", "Gerd Frey"]


def test_an_inverted_subject_parsed_as_an_object_is_the_speaker(extractor):
    text = ("The musical will not reach London before 2026. Producer Kevin Walsh said it would be “worth "
            "waiting for”. “I know there will be a lot of disappointed fans who hoped to see the show in "
            "London, but we could not get a theatre in time,” added the British producer.")
    assert [speaker for _, speaker in quotes_of(extractor, text)] == ["Kevin Walsh"]


def test_a_spokesperson_or_statement_of_an_institution_named_by_its_noun_speaks_for_it(extractor):
    text = ("The UK Film Council said the drop was partly due to a very good year before. Fewer US films were "
            "shot in the UK, Screen International added. “The drop was expected as there was no way last "
            "year's record could be bettered,” the council's spokesperson said. The International Atomic Energy "
            "Agency wants more funds. So far it has only received money from the US and the UK. “Failure to "
            "replace the hardware will carry large risks,” said an agency statement.")
    assert [speaker for _, speaker in quotes_of(extractor, text)] == [
        "UK Film Council", "International Atomic Energy Agency"]


def test_his_lawyer_is_not_the_man_his_stands_for(extractor):
    text = ("Comic book writer Stan Leeds will get a windfall. Of the money now due to Leeds, 82, his lawyer "
            "said: “It could be tens of millions of dollars, and that is no exaggeration.” Leeds sued in 2002.")
    assert [speaker for _, speaker in quotes_of(extractor, text)] == [None]


def test_a_speaker_introduced_after_according_to_is_the_speaker(extractor):
    text = ("Gordon Brown addressed the conference behind closed doors. Mr Brown also called for party unity. "
            "According to an advance text released by officials, he told delegates: “We must all show the "
            "strength and unity of purpose to take the long-term decisions.”")
    assert [speaker for _, speaker in quotes_of(extractor, text)] == ["Gordon Brown"]


def test_whoever_calls_something_the_quoted_words_is_their_speaker(extractor):
    text = ("Vanderbilt also wrote several books, including the 2009 novel Obsession, which the New York Times "
            "called “the steamiest book ever written by an octogenarian.” Vanderbilt is survived by two sons.")
    assert [speaker for _, speaker in quotes_of(extractor, text)] == ["New York Times"]


def test_an_inverted_subject_ending_with_a_person_beside_a_role_is_that_person(extractor):
    text = ("Munk earned a PhD from the University of California. “Walter was the most brilliant scientist I "
            "have ever known,” said University of California, San Diego's chancellor, Pradeep Khosla.")
    assert [speaker for _, speaker in quotes_of(extractor, text)] == ["Pradeep Khosla"]


def test_an_institution_expressing_relief_that_something_happened_speaks_the_quote(extractor):
    text = ("The bill passed hours before the deadline. The World Bank, too, expressed its relief that the "
            "global economy had “dodged a potential catastrophe”, and markets rose.")
    assert [speaker for _, speaker in quotes_of(extractor, text)] == ["World Bank"]


def test_a_subject_after_a_quote_that_reopened_mid_line_is_outside_it(extractor):
    # (the paragraph break before "There was" was lost, so three marks stand before "He")
    text = ('Mr Brown announced plans to merge agencies. Mark Serwotka, the union leader, said: "Last year we '
            'had the day of the long knives. "There was a time when the only worry was the price of petrol." '
            'He said Mr Brown had made welcome announcements, while cutting "the very people who deliver them."')
    assert [speaker for _, speaker in quotes_of(extractor, text)] == ["Mark Serwotka", "Mark Serwotka"]


def test_a_body_quoted_by_its_ampersand_short_form_is_quoted_by_name(extractor):
    text = ("Bradford & Bingley said profits rose. But B&B said the buy-to-let sector “continues to grow at a "
            "rate well above that of the whole market”. B&B shares rose.")
    result = extractor.extract(text)
    assert [q.speaker for q in result.quotes] == ["Bradford & Bingley"]
    assert [(o.name, o.aliases) for o in result.organizations if "B" in o.name] == [("Bradford & Bingley", ("B&B",))]


def test_a_cue_further_on_holds_a_quote_its_verb_reports_past_scare_quotes(extractor):
    text = ("Tory leader Michael Howard dismissed Gordon Brown's Budget. \"Their only answer is to tax and to "
            "waste,\" Mr Howard said.\n\nMr Brown liked to rattle off \"magical balances conjured out of thin air\" "
            "in a bid to convince "
            "people there was no \"black hole\" in the nation's finances, the Tory leader said.")
    assert [speaker for _, speaker in quotes_of(extractor, text)] == ["Michael Howard", "Michael Howard"]


def test_a_cue_further_on_does_not_hold_a_quote_inside_a_relative_clause(extractor):
    text = ("The shop, which has “ice cream, coffee, dreams” across its signage, is milking local curiosity "
            "about the dessert – and “changing lives” in the process, says Inzozi Nziza’s manager, Louise Ingabire.")
    assert quotes_of(extractor, text) == []


def test_a_role_written_in_lowercase_before_a_name_is_collected_and_names_the_speaker(extractor):
    text = ("SNP leader Alex Salmond and Gordon Brown clashed over the Budget on Wednesday. Mr Brown said the "
            "plans were fair.\n\n"
            "“This is a Budget for the south of England and nowhere else,” the SNP leader said.")
    result = extractor.extract(text)
    assert [q.speaker for q in result.quotes] == ["Alex Salmond"]
    assert next(p.roles for p in result.people if p.name == "Alex Salmond") == ("SNP leader",)


def test_a_two_word_firm_name_has_its_short_form_and_that_speaks_as_it(extractor):
    text = ("Shares in Multiplex Group, which is building the new Wembley stadium, fell as much as 19%.\n\n"
            "To recoup any profit from Wembley, where the firm changed its steel contractor, Multiplex will have "
            "to win legal claims against subcontractors. \"Multiplex believes its claims are sound and will "
            "exceed the level needed,\" it said.")
    assert [speaker for _, speaker in quotes_of(extractor, text)] == ["Multiplex Group"]


def test_a_whole_sentence_before_a_quote_attributes_it_by_its_main_verb(extractor):
    text = ("\"A Conservative government will axe 162 quangos.\" Lib Dem spokesman Ed Davey meanwhile said instead "
            "of the \"bonfire of quangos\" New Labour had promised, there had been an \"explosion\" of them. \"For "
            "over two decades, under both Tory and Labour governments, these unaccountable agencies have mushroomed.\"")
    assert quotes_of(extractor, text)[-1][1] == "Ed Davey"


def test_he_goes_on_past_the_subject_of_a_clause_he_reports(extractor):
    text = ("Earlier Mr Kennedy said the new home secretary had time to think again. He told the Today "
            "programme that Mr Clarke had been reported to be less enthusiastic about ID cards than his "
            "predecessors. \"Wouldn't this be a good opportunity for a new home secretary to sweep clean?\" he asked.")
    assert [speaker for _, speaker in quotes_of(extractor, text)] == ["Kennedy"]


def test_a_spokesman_for_a_firm_named_after_a_firm_noun_speaks_for_it_and_goes_on_as_he(extractor):
    text = ("The film is by animator Hayao Miyazaki. A spokesman for distributor Toho said the film \"has received "
            "strong interest from domestic audiences\". \"We have a good feeling about this film. We saw very good "
            "viewer response,\" he added.")
    result = extractor.extract(text)
    assert [q.speaker for q in result.quotes] == ["Toho", "Toho"]
    assert [o.name for o in result.organizations] == ["Toho"]


def test_a_later_quote_in_the_paragraph_goes_to_the_last_person_who_became_the_subject(extractor):
    text = ("Producer Bruce Davey said they would not campaign. \"This film should be judged on its artistic "
            "merit,\" Davey said. Last year, the academy formed a "
            "committee to tighten the rules. Academy president Frank Pierson praised Gibson's move for working to "
            "restore the Oscars as a \"celebration and appreciation of excellence,\" and resisting the \"crass "
            "commercialisation that was threatening the integrity of the award\".")
    assert [speaker for _, speaker in quotes_of(extractor, text)][:2] == ["Bruce Davey", "Frank Pierson"]


def test_a_later_quote_in_the_paragraph_is_not_the_subject_of_its_own_words(extractor):
    text = ("\"Already, Israeli and Palestinian leaders have demonstrated a willingness to take risks,\" Obama said "
            "in his speech. Palestinian Authority President Mahmoud Abbas \"has put aside efforts to shortcut the "
            "pursuit of peace and come to the negotiating table.\"")
    assert [speaker for _, speaker in quotes_of(extractor, text)] == ["Obama", "Obama"]


def test_a_cue_further_on_does_not_take_a_quote_a_cue_before_it_reports(extractor):
    text = ("President Andrzej Duda said the victims were \"joyful girls starting out in life [who] have had life "
            "torn away from them\" in an \"appalling tragedy\" while Interior Minister Joachim Brudziński wrote he "
            "had ordered fire safety checks on escape rooms.")
    assert [speaker for _, speaker in quotes_of(extractor, text)] == ["Andrzej Duda"]


def test_an_outlet_whose_name_holds_a_surname_is_an_organisation_and_speaks(extractor):
    text = ("Oliver Stone's film Alexander was panned. \"Though the battles have the blood-and-sinew bravado you "
            "expect from Oliver Stone, this film is hamstrung by a hectoring grandiosity,\" wrote one reviewer in "
            "Rolling Stone magazine.\n\nIn Sweden last Thursday, to pick up a lifetime achievement award at the "
            "Stockholm International Film Festival, Stone expressed the hope that Alexander might be better "
            "appreciated in Europe.")
    result = extractor.extract(text)
    assert [q.speaker for q in result.quotes] == ["Rolling Stone"]
    assert "Rolling Stone" in [o.name for o in result.organizations]


def test_a_saying_cited_by_its_author_name_is_the_author_s(extractor):
    text = ("The couple encouraged attendees to keep going. They felt that they learned more from failed projects, "
            "citing the Chuck Jones quote that \"every artist has thousands of bad drawings,\" and that you have "
            "to work through them.")
    assert [speaker for _, speaker in quotes_of(extractor, text)] == ["Chuck Jones"]


def test_the_singer_of_quoted_lyrics_is_their_speaker(extractor):
    text = ("\"Shaving off one millisecond can make huge profits,\" Tim Stronge says. And cables should inspire awe. "
            "\"These are the days of miracle and wonder,\" Paul Simon once sang.")
    assert [speaker for _, speaker in quotes_of(extractor, text)] == ["Tim Stronge", "Paul Simon"]


def test_the_statement_is_whoever_was_said_to_speak_in_it(extractor):
    text = ("Two service members have been killed in a helicopter crash in Afghanistan, the US military said in a "
            "statement on Wednesday.\n\n\"The cause of the crash is under investigation, however preliminary "
            "reports do not indicate it was caused by enemy fire,\" the statement said.")
    assert [speaker for _, speaker in quotes_of(extractor, text)] == ["US military"]


def test_the_chancellor_is_not_the_shadow_chancellor(extractor):
    # (after BBC News, "Chancellor rallies Labour voters", 2005)
    text = ("Gordon Brown has issued a rallying cry, telling supporters the \"stakes are too high\" to stay at "
            "home.\n\n"
            "To a packed audience, the chancellor said the cuts proposed by shadow chancellor Oliver Letwin were the "
            "equivalent of sacking every teacher, GP and nurse in the country, he told activists. \"Never again Tory "
            "boom and bust,\" he said. Turning to the economy, the chancellor pledged to continue economic "
            "stability and growth in a third term in power.\n\n"
            "He said Labour was now \"the only party trusted with the economy\". It was now a \"party not just of "
            "employees, but of employers and managers\", he said. The speech pleased Mr Brown's audience.")
    assert [speaker for _, speaker in quotes_of(extractor, text)][-2:] == ["Gordon Brown", "Gordon Brown"]


def test_nouns_that_stand_for_someone_named_before(extractor):
    # "the MP", "the Dutchman", "the Scot", "the host", "the legal assistant" were read as names ("MP") or not at all
    cases = [
        ('Labour MP John Smith criticised the plan on Monday. The MP said: "This is a terrible idea for all of us."',
         "John Smith"),
        ('Ruud van Nistelrooy scored twice on Saturday. The Dutchman said: "It was a great day for all of the team."',
         "Ruud van Nistelrooy"),
        ('Andy Murray won in straight sets. The Scot said: "I played really well in the second set today."',
         "Andy Murray"),
        ('Kim Smith, who hosts the show, was angry. The host said: "We will not back down on this at all."',
         "Kim Smith"),
        ('Austin Aitken is taking action against NBC. He said the show made him ill. The legal assistant said NBC '
         'was "sending the wrong message to viewers about money".', "Austin Aitken"),
    ]
    for text, speaker in cases:
        assert [s for _, s in quotes_of(extractor, text)] == [speaker], text


def test_a_name_set_between_commas_after_said_is_the_speaker(extractor):
    text = ("But analysts said the respite was likely to be only temporary. The European ministers' comments, said "
            "Junya Tanase of JPMorgan Chase bank in Tokyo, were \"generally too weak to produce a market reaction\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["Junya Tanase"]


def test_a_reflexive_the_parser_made_the_subject_gives_way_to_the_name(extractor):
    text = ("Ford said in its filing that the matter was serious. In the filing itself Ford also made this point, "
            "writing \"In addition, we have notified a number of other state and federal agencies.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Ford"]


def test_a_role_noun_matches_a_word_of_the_role_not_letters_inside_one(extractor):
    # "MP" is in "campaigner" as letters only
    text = ("Labour MP John Smith spoke first at the rally on Saturday. Jane Hill, a campaigner for the group, later "
            "led the march through the town. The MP said: \"This is a terrible idea for all of us.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["John Smith"]


def test_a_name_spelled_out_before_its_acronym_in_brackets_is_the_organisation(extractor):
    # untagged by the model, with small words in the acronym ("TfL") or left out of it ("DfES")
    text = ("A man died at Waterloo station. Transport for London (TfL) told passengers to avoid the station. An "
            "official from TfL stated: \"We are working with colleagues in the British Transport Police.\"")
    ex = extractor.extract(text)
    assert [q.speaker for q in ex.quotes] == ["Transport for London"]
    assert "TfL" in next(o for o in ex.organizations if o.name == "Transport for London").aliases
    text = "The Department for Education and Skills (DfES) said: \"We will look at the results very closely.\""
    ex = extractor.extract(text)
    assert [o.name for o in ex.organizations] == ["Department for Education and Skills"]
    assert [q.speaker for q in ex.quotes] == ["Department for Education and Skills"]


def test_taoiseach_is_a_title(extractor):
    text = "Johnson visited Ireland with Taoiseach Leo Varadkar on Monday."
    people = {p.name: p.roles for p in extractor.extract(text).people}
    assert people.get("Leo Varadkar") == ("Taoiseach",)


def test_the_chief_is_the_boss_named_last_not_an_earlier_chief_executive(extractor):
    text = ("Glaxo's chief executive, Jean-Pierre Garnier, said: \"We are confident that the drug will be approved "
            "next year.\"\n\nRyanair boss Michael O'Leary said the fine was \"a scandalous waste of public money\". "
            "The airline's chief said: \"We will fight this in the courts all the way.\"")
    assert [s for _, s in quotes_of(extractor, text)][1:] == ["Michael O'Leary", "Michael O'Leary"]


def test_a_plural_noun_for_people_opening_a_sentence_names_nobody(extractor):
    # the tagger takes "Detectives" for an organisation and "Neighbours" for a name
    for noun in ("Detectives", "Neighbours"):
        text = f"The fire broke out on Monday. {noun} said the building was \"completely destroyed by the flames\"."
        ex = extractor.extract(text)
        assert [q.speaker for q in ex.quotes] == [None], noun
        assert noun not in {o.name for o in ex.organizations} | {p.name for p in ex.people}
    text = "The fire broke out on Monday. Jones said the building was \"completely destroyed by the flames\"."
    assert [q.speaker for q in extractor.extract(text).quotes] == ["Jones"]


def test_words_run_into_a_sentence_are_a_quote_not_a_headline(extractor):
    text = ("Aid agencies warned on Monday. The report, by the charity Save the Children, found that \"millions of "
            "children are at risk of hunger this winter\".")
    assert [q for q, _ in quotes_of(extractor, text)] == ["millions of children are at risk of hunger this winter"]
    # a title cited as a source still is not
    text = "\"Sensitive government document found on rainy Ottawa street\" ran on the front page."
    assert quotes_of(extractor, text) == []


def test_someone_elses_lawyer_is_never_the_last_person_named(extractor):
    text = ("Mark Dean posted on Instagram: \"What a night that was, I will never forget it.\" The mayor's lawyer "
            "said: \"My client denies all of these allegations absolutely.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Mark Dean", None]
    text = ("Mayor Tom Reed was charged on Monday. Reed's lawyer, Ann Cole, spoke outside court. The mayor's lawyer "
            "said: \"My client denies all of these allegations absolutely.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Ann Cole"]


def test_a_countrys_government_speaking_is_the_country(extractor):
    for opening in ("The government of Canada said:", "Canada's government said:"):
        text = f"{opening} \"We will not accept these tariffs on our steel exports.\""
        assert [s for _, s in quotes_of(extractor, text)] == ["Canada"], opening
    # and "their statement" after it issued one is still the country's
    text = ("The government of American Samoa issued a statement agreeing the issue should be decided by Congress "
            "and not by judges: \"imposition of citizenship by judicial fiat would fail to recognize our "
            "sovereignty.\" Their statement also read \"imposition of citizenship over our objections violates "
            "fundamental principles.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["American Samoa", "American Samoa"]


def test_a_statement_which_reads_is_whoever_released_it(extractor):
    text = ("The court ruled on Thursday. Facebook released a statement which read, in part, \"This judgment raises "
            "critical questions around freedom of expression.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Facebook"]


def test_a_participle_hung_off_the_reported_clause_is_the_reporters(extractor):
    text = ("The NIESR report was optimistic about the economy. It said the rise in oil prices would have a limited "
            "effect, saying the \"world economy will continue to grow strongly\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["NIESR"]


def test_a_name_the_tagger_missed_before_of_and_a_firm_is_the_speaker(extractor):
    text = ("Analysts were more cautious. Clive Black of Shore Capital said: \"The turnaround will take longer than "
            "the market thinks.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Clive Black"]


def test_one_described_by_another_as_something_is_described_not_speaking(extractor):
    text = ("Bishop Dinualdo Gutierrez died on Sunday. Gutierrez was described by the CBCP as \"a strong advocate "
            "for the environment in a province\". Under him, the diocese protested.")
    assert [s for _, s in quotes_of(extractor, text)] == ["CBCP"]
    # but someone enthused by an idea still says what follows
    text = ("Fatuma Ndangiza runs the board. Ndangiza is enthused by the idea of the shop. \"I think it's great. "
            "It requires a lot of skills and changing people's mindsets,\" she says.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Fatuma Ndangiza"]


def test_an_office_written_in_full_with_no_holder_named_is_the_office(extractor):
    text = ("The vote went ahead on Monday. The United Nations High Commissioner for Human Rights said the US "
            "decision did \"not modify existing international law, nor its interpretation by the court\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["United Nations High Commissioner for Human Rights"]
    # a title set after a name is that person's
    text = ("Red Hat announced the change. In the blog post Chris Wright, the Chief Technological Officer of Red Hat "
            "said Red Hat was \"shifting our investment fully from CentOS Linux to CentOS Stream\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["Chris Wright"]


def test_a_body_that_speaks_in_a_which_clause_is_the_body(extractor):
    text = ("The warning was about the rhetoric from Netanyahu's Likud party, which tried to rally support by "
            "saying that Arab Israeli voters were \"coming out in droves to the polls.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Likud"]


def test_a_body_owned_by_a_person_speaks_for_itself(extractor):
    text = ("The Doris Day Animal Foundation announced the death of Doris Day on Monday. Day's animal foundation "
            "said she had been in otherwise \"excellent physical health for her age\" but had pneumonia.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Doris Day Animal Foundation"]
    text = "Leeds United sacked their manager on Tuesday. The club said \"we have made this decision with a heavy heart\"."
    assert [s for _, s in quotes_of(extractor, text)] == ["Leeds United"]


def test_a_firm_named_after_a_person_is_a_firm_and_its_it_speaks(extractor):
    text = ("The market remains robust, according to mortgage lender Bradford & Bingley and housebuilder George "
            "Wimpey.\n\nB&B said the buy-to-let market would continue to grow. Wimpey reported a 19% rise in profits "
            "and said new home reservations were better than expected.\n\nWimpey's profit figures came in at the top "
            "of expectations. Wimpey said the UK housing market had proved \"challenging\" last year. \"By late "
            "summer, the market in general had slowed sharply across the country,\" it added.")
    extraction = extractor.extract(text)
    assert "George Wimpey" not in [p.name for p in extraction.people]
    assert [q.speaker for q in extraction.quotes] == ["Wimpey"]


def test_an_office_with_its_holder_before_it_is_the_office(extractor):
    text = ("The fraud was uncovered at the ministry. The prime minister's office said auditors had found "
            "\"irregularities in the career structure of certain civil servants\". According to a statement released "
            "by Erdogan's office, \"neutralizing the threat stemming from terrorists\" is an aim.")
    assert [s for _, s in quotes_of(extractor, text)] == ["prime minister's office", "Erdogan's office"]


def test_a_warning_reads_as_whoever_issued_it(extractor):
    text = ("The orange warning issued by Met Éireann applied to County Galway and starts at 6 p.m. local time "
            "tomorrow. Though Lorenzo was forecast to diminish, gusts of wind were forecast to reach 60 mph. \"Storm "
            "Lorenzo will produce significant swell, high waves and sizeable storm surges\", read the warning.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Met Éireann"]


def test_a_states_body_keeps_the_country_written_into_its_name(extractor):
    text = ("Whales strand often, according to the New Zealand Department of Conservation. Some tribes let the "
            "Department of Conservation take the lead. The Department of Conservation said it was \"working hard to "
            "save every whale on the beach\".")
    extraction = extractor.extract(text)
    assert [o.name for o in extraction.organizations] == ["New Zealand Department of Conservation"]
    assert [q.speaker for q in extraction.quotes] == ["New Zealand Department of Conservation"]


def test_a_name_the_tagger_took_for_a_place_speaks_when_it_says_something(extractor):
    text = ("The study was led by Dr Mukerjee of the university. \"We found the effect in nearly every patient we "
            "tested,\" said Mukerjee. \"It is a big step,\" he added.")
    extraction = extractor.extract(text)
    assert [q.speaker for q in extraction.quotes] == ["Mukerjee", "Mukerjee"]
    assert [p.name for p in extraction.people] == ["Mukerjee"]


def test_a_subject_right_after_a_quote_holds_it_however_long_its_description(extractor):
    text = ("While air quality in Delhi has improved somewhat in recent days, analysts say it's because of shifts in "
            "the weather, not policy.\n\n\"This is mainly due to the change in wind direction from north-westerly to "
            "south-easterly, which allowed Delhi's air to slightly improve,\" Kurinji Selvaraj, a research analyst at "
            "the Delhi-based Council on Energy, Environment and Water think tank told CBS News.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Kurinji Selvaraj"]


def test_a_spokesperson_after_a_sentence_about_a_body_speaks_for_it(extractor):
    text = ("Schools are trying new ideas. The Scottish government is also supportive. A spokesperson said: "
            "\"Learning in PE is enhanced by initiatives like the daily mile.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Scottish government"]


def test_he_never_goes_to_a_woman_through_the_noun_he_stands_for(extractor):
    text = ("Michelle Paver's Wolf Brother is the first in a planned series of six books. The director said he was "
            "\"thrilled\" with the project. \"Wolf Brother is an enchanting book,\" he said.")
    assert [s for _, s in quotes_of(extractor, text)] == [None]      # the only person named is a woman


def test_a_body_the_tagger_broke_at_its_and_is_one_body(extractor):
    text = ("A spokesman for the Medicines and Healthcare Products Regulatory Authority said: \"The legislative process "
            "is still not complete.\" The High Court of England and Wales also ruled on the same day: \"In our view "
            "the decision of the Prime Minister is not justiciable.\" Profits at the Bank of England and Barclays rose.")
    extraction = extractor.extract(text)
    assert [q.speaker for q in extraction.quotes] == ["Medicines and Healthcare Products Regulatory Authority",
                                                      "High Court of England and Wales"]
    assert {"Bank of England", "Barclays"} <= {o.name for o in extraction.organizations}


def test_unnamed_people_at_a_body_speak_for_the_body(extractor):
    text = ("Shares fell on Monday. Analysts at Barclays said the results were \"disappointing but not a disaster for "
            "the group\". Analysts said the shares were \"worth rather less than they were a year ago\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["Barclays", None]


def test_a_body_speaks_under_its_name_without_legal_form_or_lower_case_tail(extractor):
    text = ("Walt Disney Co. said in a note: \"Attendance at our parks is at a record for the season.\" The "
            "Likud party said voters were \"coming out in droves to support the prime minister\". Tiffany & Co. "
            "said: \"Our holiday sales were the best in the history of the company.\" The Ministry of defence said: "
            "\"No soldiers were hurt in the exercise.\"")
    extraction = extractor.extract(text)
    assert [s for _, s in quotes_of(extractor, text)] == ["Walt Disney", "Likud", "Tiffany & Co",
                                                          "Ministry of defence"]
    assert {"Walt Disney", "Likud", "Tiffany & Co"} <= {o.name for o in extraction.organizations}


def test_an_untagged_body_whose_name_ends_in_its_noun_speaks_under_its_whole_name(extractor):
    # (the tagger leaves these two untagged; the noun "Police" is part of the name, not only "West Midlands")
    text = ("Shoppers queued all night. West Midlands Police also reported receiving calls from staff after they "
            "became \"concerned due to the volume of people who had turned up\". Humberside Police said officers "
            "were \"called to three stores before the doors had even opened\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["West Midlands Police", "Humberside Police"]


def test_a_capitalised_word_the_tagger_left_off_a_body_is_part_of_its_name(extractor):
    text = ("Shoppers queued all night. Thames Valley Police also said staff became \"concerned about the size of the "
            "crowds outside\". Prosecutor Kama Melly said the girls were \"ripe and vulnerable to manipulation\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["Thames Valley Police", "Kama Melly"]


def test_a_body_named_with_its_nation_in_front_keeps_it(extractor):
    text = ("Commenting on the decision, a Scottish Labour Party spokesman said: \"This should mean he does not breach "
            "the rules in future.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Scottish Labour Party"]


def test_a_guess_for_a_part_nobody_is_said_to_have_said_gives_way_to_a_later_parts_cue(extractor):
    # scraped text that lost its paragraph break: the second part's "he added" is the spokesman's, unnamed
    text = ("IHRC chairman Massoud Shadjareh accused Ms Blears of \"playing an Islamophobia card\".\n\n"
            "\"She is demonising and alienating our community,\" he said. Later, the prime minister's official "
            "spokesman urged people to put the comments into context. The minister had been saying that was not what "
            "was happening, the spokesman said.\n\n"
            "\"What is happening is that those powers are aimed at those who are suspected. \"It is not aimed at a "
            "particular community,\" he added.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Massoud Shadjareh", "Massoud Shadjareh", None]


def test_a_reporting_verb_with_no_subject_goes_on_with_the_one_just_quoted(extractor):
    text = ("Ms Jowell insisted: \"We have a good track record for extracting planning gain in this country.\" And "
            "continued: \"We can be proud to have one of the lowest rates of problem gambling in the world.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Jowell", "Jowell"]


def test_according_to_a_bodys_people_the_body_speaks_not_the_one_told(extractor):
    text = ("Giles Bradshaw had been in contact with the rural affairs ministry, Defra. In a later conversation Mr "
            "Bradshaw was told that according to Defra's lawyers chasing away unwanted animals was \"not in fact "
            "hunting as described in the Hunting Act 2004\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["Defra"]


def test_a_short_phrase_that_names_something_is_a_quote_one_that_names_nothing_is_not(extractor):
    text = ("Labour backbencher Stephen Pound labelled the schemes \"a pile of pants\". Mr Kennedy said Iraq had "
            "become a \"crucible of militant terrorism\". Bukele said working with Trump was \"much better, of "
            "course.\"")
    assert quotes_of(extractor, text) == [("a pile of pants", "Stephen Pound"),
                                          ("crucible of militant terrorism", "Kennedy")]


def test_words_inside_someones_suggestion_are_theirs(extractor):
    text = ("Irfan Hanif, a doctor from Bolton, was a little thrown by Mr MacKenzie's suggestion that young drunks "
            "should be \"given a good beating and left to die\". Ms Kelly said Mr MacKenzie's view was \"utterly "
            "heartless and cruel to say the least\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["MacKenzie", "Kelly"]


def test_a_new_sentences_cue_that_reports_the_next_quote_is_not_the_last_ones(extractor):
    text = ("Mr MacKenzie thought the former solicitor deserved a chance to progress. \"He could join the rest of the "
            "crooks in the Houses of Parliament.\" But Ms Kelly said she \"would not trust him as far as she could "
            "throw him\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["MacKenzie", "Kelly"]


def test_the_judges_speak_for_their_court_not_for_the_last_person_named(extractor):
    text = ("The High Court ruled on Tuesday that the death fell within the convention. The families' solicitor Phil "
            "Shiner described it as \"a historic day for human rights\". And it was difficult to say that the "
            "investigation \"has been timely, open or effective\", the judges said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Phil Shiner", "High Court"]
    prize = ("John Guy won the biography prize. At the book awards, the judges said the winner was \"an impressive "
             "and readable piece of scholarship\".")
    assert [s for _, s in quotes_of(extractor, prize)] == [None]          # no court: judges of a prize, unnamed


def test_the_prime_minister_is_one_person_all_through_a_story_and_never_the_deputy(extractor):
    text = ("Tony Blair has dismissed claims he struck a deal with Gordon Brown. \"You don't do deals over jobs like "
            "this,\" the prime minister told the BBC. According to journalist Robert Peston, Mr Blair felt he was no "
            "longer an asset. At a dinner hosted by Deputy Prime Minister John Prescott he told Mr Brown of his "
            "intention. According to Mr Peston the prime minister said: \"Help me to get through the year and I will "
            "then stand down.\" The deputy prime minister said: \"There was no deal at my dinner, none at all.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Tony Blair", "Tony Blair", "John Prescott"]


def test_a_by_from_before_the_reporting_verb_is_no_manner_phrase(extractor):
    text = ("Mr Blair said states had to work with the US to fight global terrorism.\n\nBut there was a need to "
            "recognise it would not be defeated by \"military might alone but also by demonstrating the strength of "
            "our common values\" he added.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Blair"]


def test_words_someone_accuses_another_of_are_theirs(extractor):
    text = ("But director of the Victims of Crime Trust, Norman Brennan, accused Lord Woolf of having an \"arrogant "
            "contempt for victims of crime and the law abiding public\". The Tories have already accused the prime "
            "minister of behaving like \"schoolboys squabbling in a playground\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["Norman Brennan", "Tories"]


def test_a_ledes_unnamed_speaker_is_the_person_the_next_sentence_names(extractor):
    text = ("Wales's health minister has warned drink-drivers that she wants to hit them \"where it hurts most\" by "
            "taking their cars.\n\nJane Hutt said seizures were one of several measures under review.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Jane Hutt"]
    # not past the lede, nor a kin of someone unnamed, nor a spokesperson
    later = ("Jane Hutt spoke first.\n\nThe party's leader said the plan was \"doomed from the very start\" on "
             "Monday. Tom Ellis said seizures were one of several measures under review.")
    assert [s for _, s in quotes_of(extractor, later)] == ["Jane Hutt"]
    past_lede = ("Protests went on all week in the city.\n\nThe ambassador warned that his government \"will not sit "
                 "on its hands any longer\". Police chief Tom Ellis said the rioters were criminals.")
    assert [s for _, s in quotes_of(extractor, past_lede)] == [None]
    kin = ("The father of a man who drowned has said the lifeguards were \"nowhere to be seen that whole afternoon\". "
           "Tom Ellis, 21, was swimming off Tenby.")
    assert [s for _, s in quotes_of(extractor, kin)] == [None]
    spokesman = ("A council spokesman said the road was \"closed for the safety of everyone\". Tom Ellis said the "
                 "closure was a mistake.")
    assert [s for _, s in quotes_of(extractor, spokesman)] == [None]


def test_a_claim_whose_owner_is_his_or_hers_holds_the_words_of_the_one_taken_up(extractor):
    text = ("But Sir Bernard Ingham, a former press secretary, took a less charitable view. \"It is a circus,\" he "
            "said. The real star of the show is Kelvin MacKenzie, in the judge's seat. The former editor dispensed a "
            "stream of insults. His advice for one young contestant was to \"get a haircut and a brain transplant\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["Bernard Ingham", "Kelvin MacKenzie"]


def test_he_is_never_someone_his_own_main_clause_names_as_an_owner(extractor):
    text = ("Film critic Tim Dams thinks the voters play it safe. \"They go for epic pictures,\" he said. While he "
            "said the panel were not \"snubbing\" Moore's film, he thought a documentary could never win. \"It is "
            "more a misjudgement than a snub,\" he said.\n\nThe problem with Mel Gibson's film, he believed, was the "
            "language. \"Hollywood does not like foreign-language films at all,\" he said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Tim Dams"] * 3


def test_he_is_not_the_subject_of_the_clause_he_reports(extractor):
    text = ("The chancellor will speak on Monday. The prime minister's enthusiasm for the job remains undimmed, Alan "
            "Milburn, the party's election strategist, told the radio programme. Mr Blair has \"the same passion and "
            "the same commitments for the job\" as in 1997, he said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Alan Milburn"]
    # a quote set apart by a colon (or a dash) may be the subject's own
    apart = ("Bar owner Martha Wood is worried. Councilwoman LaToya Cantrell, who introduced and pushed the ban, "
             "disagrees: \"The responsibility is on the bar-owner to keep their clientele respectful,\" she says.")
    assert [s for _, s in quotes_of(extractor, apart)] == ["LaToya Cantrell"]


def test_a_body_is_never_the_person_who_chairs_or_joins_it(extractor):
    text = ("Senator Mary Green chairs the committee. The committee said the program had \"failed to meet any of its "
            "goals\".")
    assert [s for _, s in quotes_of(extractor, text)] == [None]


def test_a_body_taken_up_by_the_noun_for_its_trade_speaks(extractor):
    for noun in ("retailer", "carmaker", "lender", "watchdog", "airline", "museum"):
        text = (f"Shares in {noun} Vantor Holdings fell 5% after chief executive John Smith resigned. The {noun} said "
                "the results were \"better than anyone at all had expected\".")
        assert [s for _, s in quotes_of(extractor, text)] == ["Vantor Holdings"], noun


def test_a_reporting_verb_the_parser_hung_off_the_quote_speaks_for_the_next_one(extractor):
    for joint in ("before adding", "before going on to say"):
        text = (f"Mary Jones lost her home. \"It was a shock,\" she said, {joint}: \"But we will get through it "
                "together.\"")
        assert [s for _, s in quotes_of(extractor, text)] == ["Mary Jones", "Mary Jones"], joint


def test_a_quote_after_the_last_ones_own_cue_is_that_speakers(extractor):
    text = ("\"It's a tough one to take,\" said Redknapp. \"We had chances and didn't take them,\" he added. \"But we "
            "go again on Saturday.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Redknapp"] * 3


def test_a_persons_widow_or_lawyers_are_not_that_person(extractor):
    widow = "John Smith's widow said: \"He was the kindest man I ever knew, and I miss him every day.\""
    assert [s for _, s in quotes_of(extractor, widow)] == [None]
    lawyers = "Lawyers for John Smith said the charges were \"without any foundation whatsoever in fact or law\"."
    assert [s for _, s in quotes_of(extractor, lawyers)] == [None]


def test_she_is_not_a_man_whose_short_given_name_comes_first(extractor):
    text = ("Tom Lee runs the bakery and Mary Jones runs the cafe. \"We used to have three shops on this street,\" he "
            "said.\n\n\"Now there is only one left, and it is ours,\" she said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Tom Lee", "Mary Jones"]


def test_a_title_with_the_same_marks_outranks_whoever_was_just_named(extractor):
    text = ("Tory leader Michael Howard attacked the plans. Gordon Brown defended them. \"This is a tax on "
            "hard-working families,\" the Tory leader said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Michael Howard"]


def test_the_one_just_named_whose_title_fits_the_role_noun_is_meant(extractor):
    text = ("Bill Gates met German Chancellor Angela Merkel in Berlin. \"It was a very productive meeting,\" the "
            "chancellor said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Angela Merkel"]


def test_a_lost_dash_is_read_as_a_dash_and_the_quote_kept_as_written(extractor):
    # plain-text copies of the BBC's news (bbc14, bbc16 in ../shared/corpus) lost their dashes and kept the
    # spaces round them: "Lord Bingham   a senior law lord   said the rules were ..."
    text = ("Lord Hale   a senior law lord   said: \"The rules discriminate on the ground of nationality and "
            "cannot stand.\"\n\nHe added: \"There is some truth in that   the heavy handedness was wrong.\"")
    assert quotes_of(extractor, text) == [
        ("The rules discriminate on the ground of nationality and cannot stand.", "Lord Hale"),
        ("There is some truth in that   the heavy handedness was wrong.", "Lord Hale"),
    ]


def test_talk_reported_with_be_like_inside_an_interview_answer_is_not_the_interviewee_s(extractor):
    # "she's like", "people went like": words the interviewee heard, not said; "I'm like" and "I said" are hers
    # (and '“…?” and I said, “…”' brings in the next quote, not this one's)
    text = ("Zara Kay, an activist, spoke to Wikinews about leaving her faith.\n\n"
            "Wikinews: How did your family take it?\n\n"
            "Zara Kay: I told my mom I have anxiety, and she's like \"you need to pray more and it will pass\". And I "
            "said, \"You're not listening to me at all.\" Some people went like \"Are you a Shi'a or a Sunni?\" and I "
            "said, \"No, I am just a Muslim.\" Every time I ask this question, people are like, \"But he's my god and "
            "that is that.\" And I'm like, \"Yes, and you should know your own scripture.\"\n\n"
            "Wikinews: And now?\n\n"
            "Zara Kay: Not much has changed, really.")
    assert [s for _, s in quotes_of(extractor, text)] == [None, "Zara Kay", None, "Zara Kay", None, "Zara Kay"]
    # a thing that "is like" something quoted reports nobody's words
    plan = ("Mary Jones runs the clinic. The new plan is like \"a sticking plaster on a broken leg\", "
            "she said.")
    assert [s for _, s in quotes_of(extractor, plan)] == ["Mary Jones"]
    # nor does "it": a likeness, not talk
    slap = ("The Tories lost the vote. Labour welcomed it. Mr Howard said it was like \"a slap in the face for "
            "every voter in the country\".")
    assert [s for _, s in quotes_of(extractor, slap)] == ["Howard"]
    # and people at large who only "tell him" are no cue of their own
    told = "Mr Howard said people tell him \"they are fed up with being taken for granted by this government\"."
    assert [s for _, s in quotes_of(extractor, told)] == ["Howard"]


def test_number_10_speaks_for_downing_street(extractor):
    # British news calls the prime minister's office "No 10" or "Number 10": Downing Street when the article
    # names it so, else as written; never a shirt or a place in the charts
    text = ("Downing Street would not be drawn on the claim. A Number 10 spokeswoman would only say: \"He will "
            "announce an election when he wants to.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Downing Street"]
    assert [s for _, s in quotes_of(extractor, "No 10 said: \"The prime minister has made his position on this "
                                              "very clear.\"")] == ["No 10"]
    shirt = "Rooney wore the No 10 shirt. The song reached No 10 in the charts."
    assert extractor.extract(shirt).organizations == ()


def test_a_role_noun_takes_up_the_subject_before_when_only_mr_is_written_with_them(extractor):
    # "Mr" says nothing against being the Tory leader; the last speaker (Howard Flight) is not meant
    text = ("Howard Flight was sacked as a candidate. Mr Flight told BBC News: \"They selected me and they can "
            "dispose of me.\"\n\nAt a news conference, Mr Howard insisted he had played by the party's rules. The Tory "
            "leader, who argues he is ensuring honesty, said: \"We do not say one thing in private and another in "
            "public.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Howard Flight", "Howard"]


def test_a_spokesman_for_a_person_speaks_for_that_person(extractor):
    # as "Michael Howard's spokesman" does; and "the spokesman" later is that same spokesman
    text = ("Labour welcomed him. A spokesman for Michael Howard said Mr Jackson's views on policy issues were \"very "
            "different\" from those of the party leadership. \"He believes students should pay tuition fees, that Tony "
            "Blair should not be criticised,\" the spokesman said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Michael Howard"]
    blair = ("A spokesman for the prime minister, Tony Blair, said: \"We believe the threat is real and growing "
             "every day.\"")
    assert [s for _, s in quotes_of(extractor, blair)] == ["Tony Blair"]


def test_saying_hung_off_a_clause_a_noun_holds_is_the_main_subject_s(extractor):
    text = ("Mr Boateng also laughed off suggestions that his re election in Brent South seat had been in danger "
            "saying it was \"one of the safest Labour seats in the country\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["Boateng"]


def test_a_name_of_either_gender_abroad_tells_no_gender(extractor):
    # "Kim" is a woman's name in the US census but a man's in Scandinavia, Finland and St Kitts: "he" is Kim Collins
    text = ("World and Commonwealth 100m champion Kim Collins will compete in Birmingham. The St Kitts and Nevis star "
            "joins Athens Olympic 100m silver medallist Francis Obikwelu. Collins ran in Birmingham in 2003. \"I'm "
            "looking forward to competing against such a strong field,\" he said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Kim Collins"]


def test_two_apostrophes_standing_for_a_double_mark_open_and_close_quotes(extractor):
    # as some newspaper archives write quotes; an apostrophe pair inside a word or after a digit is no mark
    text = ("Mr. Guajardo dismissed the threats. ''We must not overreact to campaign rhetoric,'' he told me. "
            "''If we are to go to war, of course we have rifles,'' Mr. Rubio said. He is 5'11'' tall.")
    assert quotes_of(extractor, text) == [("We must not overreact to campaign rhetoric", "Guajardo"),
                                          ("If we are to go to war, of course we have rifles", "Rubio")]


def test_the_person_named_between_the_quote_and_the_verb_says_it_not_the_day(extractor):
    # the parser takes the quote's own words for the subject; the day after the verb is no inverted name
    text = ("Retired Lt. Gen. Michael Flynn spoke on Fox News.\n\n“He's absolutely right. There's a severe "
            "disconnect between this White House and our military,” Flynn, a top Trump surrogate, said Thursday "
            "morning on Fox News’s “Fox and Friends.”\n\nThe Department of Justice is investigating the shooting. "
            "“I will just make this promise to you: We will achieve justice in this case,” Tulsa police Chief Chuck "
            "Jordan said Monday.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Michael Flynn", "Chuck Jordan"]


def test_mr_and_a_surname_is_not_the_woman_of_that_surname_named_in_full(extractor):
    text = ("President Obama spoke at the gala. \"My name may not be on the ballot, but our progress is on the "
            "ballot,\" Mr. Obama said on Saturday night. The campaign plans to employ Mr. Obama and the first lady, "
            "Michelle Obama, as much as possible.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Obama"]


def test_a_name_set_off_beside_the_object_of_a_role_nouns_preposition_is_the_role_holder(extractor):
    text = ("The budget has been criticized. \"He should have had a strategy,\" Liberal Leader and former "
            "Environment Minister under Jean Chrétien, Stéphane Dion, said today.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Stéphane Dion"]


def test_the_place_a_person_is_from_is_not_the_one_who_speaks(extractor):
    text = ("Echoing the comments of many Kurdish Iraqis, Mohammed Saleh, a 42-year-old Kurd in Kirkuk, told "
            "reporters: \"Today Jalal Talabani made it to the seat of power, while Saddam Hussein is sitting in "
            "jail.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Mohammed Saleh"]


def test_the_church_is_the_one_church_of_the_article(extractor):
    # a generic word for a body, capitalised, after the one body the article names with it and "of"
    text = ("The Church of Scientology has accused the group Anonymous of a school shooting. \"Anonymous member "
            "Pekka-Eric Auvinen shot and killed seven students,\" said the Church in a press release.")
    extraction = extractor.extract(text)
    assert [q.speaker for q in extraction.quotes] == ["Church of Scientology"]
    churches = [(o.name, o.mentions) for o in extraction.organizations if "Church" in o.name]
    assert churches == [("Church of Scientology", 2)]


def test_he_after_a_quote_is_the_subject_who_was_saying_it_before(extractor):
    text = ("Dennis Ferguson has become the center of a row with Ipswich Mayor Paul Pisale. Protesters gathered "
            "outside Mr Ferguson's new home. The Mayor has defended the actions of the protesters saying \"All the "
            "residents are doing is showing their democratic right,\" he said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Paul Pisale"]


def test_a_sentence_after_a_question_reporting_its_own_words_with_that_is_not_its_attribution(extractor):
    text = ("\"If Mr Rudd wants to unify Australia, the most important person he should be negotiating with is me,\" "
            "Mr Nelson said yesterday. \"We're two days away from this. He should be sitting down with me and "
            "saying what do you think?\" Prime Minister Kevin Rudd said that the words must be tabled first.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Nelson", "Nelson"]
    recalls = ("Rothman taught the paper for years. \"Jesus … who is Ellen Fetter?\" Rothman recalls thinking at "
               "the time.")
    assert [s for _, s in quotes_of(extractor, recalls)] == ["Rothman"]


def test_as_someone_put_it_attributes_the_quote(extractor):
    text = "The team played \"like a bunch of tired old men on a Sunday,\" as coach Bill Jones put it."
    assert [s for _, s in quotes_of(extractor, text)] == ["Bill Jones"]


def test_he_takes_up_the_one_a_sentence_is_according_to_not_an_owner(extractor):
    text = ("Retired Army Maj. Gen. Norman Ham backs Donald Trump. According to Ham, the current administration has "
            "shuffled through military leaders because many disagreed with Obama's policies.\n\n\"We're on our fourth "
            "secretary of defense,\" he said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Norman Ham"]


def test_whoever_calls_something_the_quotes_words_may_be_set_beside_the_parsed_subject(extractor):
    text = ("It is hard for Mrs. Clinton to replicate the deep personal affection that many African-Americans feel for "
            "Mr. Obama.\n\n\"People say, 'It doesn't matter because Hillary Clinton will get 90 percent of the "
            "African-American vote,'\" said Charlie King, a prominent New York Democrat. \"The question is, 'Ninety "
            "percent of what?' Turnout makes a difference.\"\n\nWith 50 days until the election, Minyon Moore, a "
            "senior adviser to the Clinton campaign, called Mr. Obama's remarks on Saturday \"a true wake-up call\" to "
            "his coalition of supporters.")
    assert quotes_of(extractor, text)[-1] == ("a true wake-up call", "Minyon Moore")


def test_a_role_noun_that_says_she_of_itself_is_a_woman(extractor):
    # (Terence Crutcher, a man, is the one just introduced; Clinton was named in the headline)
    text = ("Hillary Clinton Speaks ‘Directly To White People’ After Latest Police Shooting.\n\n"
            "Hillary Clinton spoke out Tuesday about the death of Terence Crutcher in Tulsa, Oklahoma, arguing that "
            "the epidemic of police officers killing unarmed black people should be recognized as “intolerable.”\nOn "
            "Tuesday’s episode of “The Steve Harvey Morning Show,” the former secretary of state and current "
            "Democratic presidential nominee said she wanted to speak “directly to white people” and let them know "
            "that “this is not who we are.”")
    assert [s for _, s in quotes_of(extractor, text)] == ["Hillary Clinton"] * 2


def test_demanded_and_other_reporting_verbs_are_cues_but_not_a_deal_agreed(extractor):
    text = ("Sens. Jon Tester and David Vitter raised the prospect of breaking up the bank. \"Every time you say that, "
            "you give ammunition to the people who want to break up the big banks,\" Tester said.\n\n\"Why isn't this "
            "crystal clear proof that an entity as big as Wells is too big to fail?\" Vitter demanded.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Jon Tester", "David Vitter"]
    deal = ("Foreign Secretary Jack Straw told the Commons that the US had agreed to release the four after "
            "\"intensive and complex discussions\" over security.")
    assert [s for _, s in quotes_of(extractor, deal)] == ["Jack Straw"]


def test_a_he_read_again_as_the_next_quotes_cue_is_whoever_it_was_for_the_last(extractor):
    text = ("Many African-Americans take the birther controversy personally; it’s an insult to Obama.\n\n“It’s a "
            "dog whistle,” Rep. Gwen Moore said Friday. “If indeed Barack Obama is not legitimate, how can you feel "
            "good about yourself?”\n\n"
            "Trump has record low support from black voters. He recently pitched himself to African-Americans by "
            "telling them that their lives are terrible.\n\n“Look at how much African-American communities are "
            "suffering from Democratic control,” he said in August. “To those I say the following: What do you have "
            "to lose by trying something new like Trump?”\n\nEditor’s note: Donald Trump regularly incites political "
            "violence and is a serial liar who has repeatedly pledged to ban all Muslims from entering the U.S.")
    assert [s for _, s in quotes_of(extractor, text)][-2:] == ["Donald Trump", "Donald Trump"]


def test_a_name_the_tagger_missed_set_right_after_the_quote_says_it(extractor):
    text = ("Trump told the anchor to go back to Univision, and Jorge Ramos was escorted out.\n\n"
            "“We were tremendously wrong to not have confronted him from the beginning,” Ramos, 58, told AFP in an "
            "interview in Mexico City on Monday.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Jorge Ramos"]


def test_a_she_is_not_someone_named_in_the_participle_that_opens_her_clause(extractor):
    # the one asked is the one replying, not the candidate the question was about
    text = ("Actress Susan Sarandon is not sure she can vote for Hillary Clinton.\n\n"
            "“I think Bernie would encourage people to back her,” she said.\n\n"
            "Asked about her own vote in the event that Clinton faces Donald Trump, she replied: “I don’t know. "
            "I’m going to see what happens.”")
    assert [s for _, s in quotes_of(extractor, text)] == ["Susan Sarandon", "Susan Sarandon"]


def test_a_her_is_not_a_name_that_only_qualifies_a_noun(extractor):
    text = ("Hillary Clinton is bidding to be the first female president. "
            "Former secretary of state Madeleine Albright, a Clinton supporter, caused a row this year over her "
            "remark that “there’s a special place in hell for women who don’t help each other.”")
    assert [s for _, s in quotes_of(extractor, text)] == ["Madeleine Albright"]


def test_any_verb_after_its_subject_right_after_a_quote_closed_on_a_comma_reports_it(extractor):
    text = ("Donald Trump said France had lost its identity. “France is no longer France,” he claimed.\n\n"
            "“France will always be France,” an angry François Hollande retaliated.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Donald Trump", "François Hollande"]


def test_a_title_written_short_is_the_role_a_noun_takes_up(extractor):
    # "Sen." is a senator: "the Vermont senator" is Sanders, not the woman last named
    text = ("\"This is a dangerous provocation,\" Hillary Clinton said on Wednesday.\n\nSen. Bernie Sanders also "
            "called on the U.S. to press China.\n\n\"China is equally concerned about what North Korea is doing,\" "
            "the Vermont senator told ABC.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Hillary Clinton", "Bernie Sanders"]


def test_one_member_of_a_party_is_an_unnamed_source_not_a_body_named_near(extractor):
    text = ("Democrats met the White House counsel on Wednesday. \"It wasn't a convincing argument,\" said one "
            "Democrat familiar with the discussion, who added that the White House seemed rattled.")
    assert [s for _, s in quotes_of(extractor, text)] == [None]


def test_a_second_verb_the_parser_joined_to_the_clause_reported_is_the_speakers(extractor):
    text = ("Appearing before supporters at NLD headquarters, Aung San Suu Kyi said it was too early to congratulate "
            "winners but added, \"I think you all have an idea of the results.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Aung San Suu Kyi"]


def test_a_participle_after_someone_elses_attribution_is_theirs(extractor):
    # the clause "Comey cannot say that" reports a quote too: "saying" goes on from "Lewandowski added"
    text = ("Corey Lewandowski criticised James Comey on Wednesday.\n\nComey cannot say that “from his perspective,” "
            "Lewandowski added, saying it should be “up to the prosecutor to move forward or not.”")
    assert quotes_of(extractor, text)[-1] == ("up to the prosecutor to move forward or not.", "Corey Lewandowski")


def test_three_apostrophes_close_a_single_mark_and_a_doubled_one(extractor):
    text = ("In 2008, Vladimir Putin complained about the West. ''We are told all the time, 'Kosovo is a special "
            "case,''' Mr. Putin said. ''It is all lies.'' Mikhail Dmitriyev, an economist, disagreed.")
    assert quotes_of(extractor, text) == [("We are told all the time, 'Kosovo is a special case,'", "Vladimir Putin"),
                                          ("It is all lies.", "Vladimir Putin")]


def test_a_name_with_a_long_description_between_the_quote_and_the_verb_says_it(extractor):
    text = ("Joe Biden felt slighted by the party.\n\n''They were professionals, but also competitors,'' William M. "
            "Daley, President Obama's former chief of staff, said of their time in the administration.")
    assert [s for _, s in quotes_of(extractor, text)] == ["William M. Daley"]


def test_a_verb_after_the_quote_that_only_describes_a_noun_gives_way_to_the_cue_before(extractor):
    text = ("While President Obama has cautioned against \"a betrayal of our values\" in the way the United States "
            "responds to threats, he has ordered a review of the visa program.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Obama"]


def test_a_participle_hung_off_an_it_goes_on_from_the_clause_before(extractor):
    text = ("Elizabeth Warren attacked Donald Trump. It was a potent one-two punch by the two most prominent women "
            "in the Democratic Party, as Mrs. Clinton echoed the criticism, saying Mr. Trump \"reminds us every day "
            "that he's not in it for the American people.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Clinton"]


def test_a_word_of_a_courts_name_is_no_reporting_verb(extractor):
    text = ("Paul Ryan said Donald Trump's criticism of the judge, Gonzalo P. Curiel of United States District Court, "
            "was \"the textbook definition of a racist comment.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Paul Ryan"]


def test_a_quote_after_a_statement_issued_is_the_issuers_not_a_cue_nested_in_the_sentence(extractor):
    text = ("The Democratic National Committee apologised to Bernie Sanders on Monday.\n\n"
            "At the chair's direction, the DNC issued a statement apologizing to Sanders for the emails, which "
            "included staff members suggesting someone should question his faith.\n\n"
            "“On behalf of everyone at the DNC, we want to offer a deep and sincere apology to Senator Sanders.”")
    assert [s for _, s in quotes_of(extractor, text)] == ["Democratic National Committee"]


def test_any_verb_after_its_subject_right_after_a_question_reports_it(extractor):
    text = ("Sean Hannity interviewed Donald Trump, and Megyn Kelly asked him about bullying.\n\n"
            "“People are bullied when they’re 55,” Trump said.\n\n“Can happen when you’re 45,” Kelly responded.\n\n"
            "“You know, it happens, right?” Trump went on, as if he didn’t hear her.\n\n"
            "“Would it be negotiable about the 11 million?” Hannity pressed.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Donald Trump", "Megyn Kelly", "Donald Trump", "Sean Hannity"]


def test_saying_before_a_name_is_no_inverted_said(extractor):
    # '..., said Junya Tanase, were' inverts its subject; '..., saying Clinton would' does not
    text = ("“By the way, if she gets to pick her judges, nothing you can do, folks,” Donald Trump told a rally in "
            "North Carolina, saying Hillary Clinton would “abolish the second amendment.”")
    assert [s for _, s in quotes_of(extractor, text)] == ["Donald Trump", "Donald Trump"]


def test_a_subject_the_parser_gave_to_the_clause_set_off_before_the_verb_says_it(extractor):
    # the tagger reads "Sanders" as a noun, and the parser makes it the subject of "who sits"
    text = ("Hillary Clinton has 40 endorsements in the Senate, where her rival Bernie Sanders serves. Sanders, "
            "meanwhile, who sits at zero such "
            "endorsements, said that fact speaks volumes about which of the two Democratic presidential candidates "
            "is \"prepared to take on the establishment.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Bernie Sanders"]


def test_headlines_in_title_case_are_no_interview_turns(model):
    # "Name: Title Case Words" lines are headlines, not an interview's turns; "Name: I called it ..." are turns
    from builder.extract.person_context import transcript_labels
    headlines = ("Bernie Sanders: ‘It Is Not A Radical Idea’ To Ask For A $15 Minimum Wage.\n\n"
                 "The senator defended his call.\n\nBernie Sanders: I’m Not Much Of A Socialist Compared To Ike.")
    turns = ("Aner Shalev: I called it a test of our patience.\n\nWikinews: Why?\n\n"
             "Aner Shalev: Because nobody was listening to us.")
    assert transcript_labels(model.nlp(headlines)) == []
    assert len(transcript_labels(model.nlp(turns))) == 2


def test_after_someone_had_said_read_as_a_preposition_still_gives_the_speaker(extractor):
    text = ("Donald J. Trump defended his praise of Vladimir V. Putin.\n\nThe issue had come up Friday after Mr. "
            "Trump, asked about the deaths of journalists under Mr. Putin, had said, ''I think our country does "
            "plenty of killing also.''")
    assert [s for _, s in quotes_of(extractor, text)] == ["Donald J. Trump"]


def test_a_quote_closing_a_single_mark_after_a_full_stop_ends_its_sentence(extractor):
    # the next sentence's verb is not this quote's cue
    text = ("Mr. Cruz seemed to mock his tough talk, saying at one point, ''The answer is not simply to yell, "
            "'China bad, Muslims bad.''' But Mr. Trump, again, did not respond in kind.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Cruz"]


def test_an_infinitive_with_its_own_object_after_the_quote_is_no_cue(extractor):
    text = ("Republican candidate Donald Trump skipped the debate. "
            "Ted Cruz, who has seen his lead in Iowa polling evaporate, challenged Trump to a one-on-one "
            "debate before Monday's caucus. In an interview on Fox, Cruz said any candidate who wants to win Iowa "
            "\"owes it to the men and women\" of the state to answer questions.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Ted Cruz"]


def test_a_reporting_verb_joined_to_the_end_of_a_clause_reported_is_the_first_speakers(extractor):
    text = ("Marco Rubio pushed back on those claims Thursday, saying that the bill had the correct security "
            "components but was waylaid by voter mistrust - and arguing that he and Cruz shared \"almost all the "
            "same views on immigration.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Marco Rubio"]


def test_a_participle_the_parser_hung_off_the_object_of_a_preposition_is_not_that_persons(extractor):
    # the climb to the subject runs past the nouns the parser hung the participle on
    text = ("At the final debate, Ted Cruz only hinted at Donald Trump by mentioning the need for a wall on the "
            "Mexican border and adding, \"I've got an idea of who should build it.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Ted Cruz"]


def test_a_thing_described_by_someone_as_a_quote_is_in_their_words(extractor):
    text = ("Sharon Osbourne said burglars took her jewellery. Also taken was a sapphire bought as an investment for "
            "their daughters described by Sharon as \"one of the only 24-carat sapphires that is absolutely pure\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["Sharon Osbourne"]


def test_the_object_of_a_verb_right_after_the_quote_is_its_inverted_subject(extractor):
    text = ("Donald J. Trump's campaign sent Paul Manafort to the meeting.\n\nMr. Manafort, a longtime Republican "
            "strategist who has taken over much of the organization from Mr. Trump's campaign manager, offered an "
            "olive branch to the party officials at the start of his remarks.\n\n"
            "''Is Donald Trump running against the Republican National Committee?'' asked Mr. Manafort, referring "
            "to the candidate's assault on the nominating process. ''The answer is he is not.''")
    assert [s for _, s in quotes_of(extractor, text)] == ["Paul Manafort", "Paul Manafort"]


def test_a_relative_clause_about_a_noun_of_the_quote_is_no_cue(extractor):
    text = ("\"If State obtains additional State Department records, it intends to search them for records\" that "
            "would respond to requests from Judicial Watch, Justice Department senior trial counsel Caroline Lewis "
            "Wolverton wrote in a court filing.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Caroline Lewis Wolverton"]


def test_a_subject_inside_quote_marks_is_no_speaker(extractor):
    # the parser makes the one-word quote "Meh" the subject of the next quote's cue: nobody named said either
    text = ("The company itself said the deal was on.\n\n\"Meh,\" wrote a Trump supporter who runs the Twitter account "
            "@WomenForTrump. \"What does Ford know about it . . .\"")
    assert quotes_of(extractor, text) == [("What does Ford know about it . . .", None)]


def test_a_quote_mark_glued_between_two_words_is_still_a_mark_of_its_own(extractor):
    # no space after the closing mark: the tokenizer, splitting at spaces, would make 'cards,"Kaplan' one word
    text = ("\"We have prevailed because we have devoted all of our attention to tarot cards,\"Kaplan says. \"Other "
            "companies have not.\"")
    assert quotes_of(extractor, text) == [
        ("We have prevailed because we have devoted all of our attention to tarot cards", "Kaplan"),
        ("Other companies have not.", "Kaplan")]
    # and after a colon ('said:“We …': "said:“We" as one word had hidden the quote's opening mark)
    text = "Lopez said:“We will keep fighting for every job here,” before leaving."
    assert quotes_of(extractor, text) == [("We will keep fighting for every job here", "Lopez")]


def test_any_verb_right_after_the_quote_with_the_name_after_it_reports_the_quote(extractor):
    # "reacted" is no word for speech; set right after the mark, with the name after it ending the clause, it
    # reports the quote (not Obama, named in the quote and the sentence before)
    text = ("Obama spoke about the economy on Sunday.\n\n\"Obama said in his speech that wages are rising. Which "
            "wages is he talking about, and where? Is Obama dreaming?\" reacted Trump.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Trump"]


def test_a_name_the_tagger_read_as_a_modal_right_before_the_verb_is_the_speaker(extractor):
    # "Will" (George Will) tagged MD, the aux of "wrote": no parsed subject; the capitalised modal is the name
    text = ("Conservative columnist George Will attacked the outsider candidates this week.\n\n\"This might, and "
            "should, hasten the eclipse of the outsider candidates,\" Will wrote.")
    assert [s for _, s in quotes_of(extractor, text)] == ["George Will"]


def test_a_participle_after_a_clause_of_the_quote_s_own_verb_is_its_own_subject_s(extractor):
    # the parser hangs "Weaver didn't seem ..." under the quote's "said": that verb is no one's who spoke
    text = ("Mayor Karen Weaver met the governor on Monday.\n\nWeaver didn't seem particularly impressed with "
            "Sanders' comments Tuesday, telling reporters, \"A lot of people said the governor should step down.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Karen Weaver"]


def test_whoever_someone_was_asked_by_asks_the_quoted_question(extractor):
    text = ("Senator Bernie Sanders appeared on the show on Friday.\n\nSanders was asked by host Bill Maher, who is "
            "supporting Sanders, \"Now, you famously said you were tired of hearing about the emails. Are you still "
            "tired of hearing about them?\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Bill Maher"]


def test_a_person_noun_takes_up_the_name_its_sentence_says_it_has(extractor):
    # "she" takes up "The woman", whom the same sentence names ("a ... resident named Caroline")
    text = ("The rally went on late into the night.\n\nThe woman who started the chant identified herself to "
            "reporters as a 52-year-old local resident named Caroline.\n\n\"He truly cares about the people of this "
            "country,\" she said of the candidate.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Caroline"]


def test_a_spokesperson_for_a_party_the_tagger_calls_a_group_speaks_for_the_party(extractor):
    # "Liberal Democrats" and "Scottish Greens" are tagged NORP (or not at all), not ORG: still the body spoken for,
    # not the body that last acted
    text = ("The Home Office announced new rules for asylum seekers on Monday.\n\n\"We will not accept this kind of "
            "behaviour from anyone,\" said a spokesman for the Liberal Democrats.\n\nA spokeswoman for the Scottish "
            "Greens said: \"These rules will hurt the people who need help the most.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Liberal Democrats", "Scottish Greens"]


def test_news_epithets_for_a_person_take_up_the_person_named_before(extractor):
    # "champion" and "pollster" stand for the person the sentence before is about, as "the president" does
    text = ("Distance runner Paula Radcliffe has not ruled out the cross country championships.\n\n\"I haven't "
            "decided what events I will run before London,\" said the two-time champion.\n\nTop Republican "
            "pollster Frank Luntz believes the candidate speaks for many voters. As the pollster notes: \"He says "
            "what they are thinking, and the more outrageous he is, the more they agree with him.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Paula Radcliffe", "Frank Luntz"]


def test_an_unnamed_writer_in_a_publication_writes_for_it(extractor):
    # "one critic" is unnamed; the magazine they write in is the source, as "analysts at Barclays" are Barclays'
    text = ("The film opened to poor reviews across the United States on Friday.\n\n\"This three-hour epic is "
            "hamstrung by a hectoring grandiosity from start to finish,\" wrote one critic in Rolling Stone "
            "magazine.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Rolling Stone"]


def test_an_unattributed_quote_in_a_sentence_about_a_body_is_the_body_s(extractor):
    # no cue: the sentence's subject is the body whose words these are, not the person who spoke last
    text = ("Tim Cook spoke at the event on Monday. \"We all miss Steve so much,\" Cook said.\n\nApple regards "
            "privacy as \"a fundamental human right that must be protected at every step,\" and builds it into its "
            "products.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Tim Cook", "Apple"]


def test_a_cue_in_the_next_sentence_is_not_that_of_words_quoted_inside_a_sentence(extractor):
    # the sentence ends right after the quote ('… as a “…”.'): "Passengers could claim" opens the next one
    text = ("The European Commission is facing two legal challenges, one from the budget airlines and the other "
            "from the International Air Transport Association (IATA), which has attacked the package as a \"bad "
            "piece of legislation\". Passengers could claim more.")
    assert [s for _, s in quotes_of(extractor, text)] == ["International Air Transport Association"]


def test_words_listed_with_a_quote_nobody_named_said_are_nobody_s_either(extractor):
    # "Some of the protesters" said both; neither goes to the last person quoted, nor does the next sentence's cue
    # ("One interviewee said") take the second
    text = ("Nicola Sturgeon said it was \"the moment of maximum opportunity for stopping a no-deal Brexit\".\n\n"
            "Some of the protesters said they had gone to \"defend their children's right to live and work in "
            "Europe\" and \"secure their own right to work in the EU\". One interviewee said people changed their "
            "minds.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Nicola Sturgeon", None, None]


def test_an_office_noun_is_never_someone_the_article_titles_otherwise(extractor):
    # the mayor is the sentence's subject and the last person quoted, but "London mayor" says he is not
    # "the prime minister"; the man the sentence names last is
    text = ("London mayor Mr Livingstone says he is \"standing by\" his remarks to the reporter. Tony Blair has "
            "asked him to apologise.\n\nLabour's Mr Livingstone has said his comments were not "
            "racist, and said he would not apologise even if Mr Blair asked. Later the prime minister said: \"He "
            "should apologise to the journalist, and he should do it today.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Tony Blair"]


def test_a_name_after_the_verb_speaks_when_the_parser_loses_the_subject(extractor):
    # the parser reads "ranking" as a verb and the name as its object, so "said" has no subject; and a party
    # or place before the name is not the speaker ("said Tory shadow ... secretary Caroline Spelman")
    text = ("Democrats blasted the Republicans on Monday. \"They are so frustrated with the decision that they "
            "are now unloading on her,\" said Oversight ranking Democrat Elijah Cummings (D-Md.).\n\n"
            "\"This is typical of Lib Dem hypocrisy,\" said Tory shadow local government secretary Caroline "
            "Spelman.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Elijah Cummings", "Caroline Spelman"]


def test_the_topic_opening_a_sentence_is_not_its_speaker(extractor):
    # "Of Carson" says whom the words are about; the parser takes "Of" for the subject
    text = ("“He’s funny, and I’d love to see him on vacation,” New York attorney Eric Levine said of Trump. Of "
            "Carson, Levine, who has given money to Marco Rubio, said, “He’s flat-out scary. I think he’s a "
            "wonderful man, but he’s totally vapid.”")
    assert [s for _, s in quotes_of(extractor, text)] == ["Eric Levine", "Eric Levine"]


def test_a_quote_inside_a_quote_with_the_same_curly_marks_is_part_of_it(extractor):
    # “ “ ” ”: each mark points its way, so the inner pair is nested, not a quote's end and a new quote
    text = ("Already, his comments had angered conservative groups. “The candidate’s absurd claim that a peace deal "
            "“has to do with whether the country is willing to sacrifice certain things” makes clear that he does "
            "not understand the conflict,” wrote Morton Klein, president of the Zionist Organization of America.")
    assert [s.text(text) for s in find_quote_spans(text)] == [
        "The candidate’s absurd claim that a peace deal “has to do with whether the country is willing to "
        "sacrifice certain things” makes clear that he does not understand the conflict"]
    assert [s for _, s in quotes_of(extractor, text)] == ["Morton Klein"]


def test_the_unnamed_source_taken_up_again_is_still_unnamed(extractor):
    # "a senior Cruz adviser" is nobody named, "Cruz" only says whose adviser; "the senior Cruz adviser"
    # later is the same unnamed source, not the senator named in between; a predicate ("wanted to be a
    # writer") introduces no one
    text = ("“That can go a long way toward establishing good relationships,” said a senior Cruz adviser.\n\n"
            "Cruz’s advisers say his finish makes him a valuable asset. National Republican Senatorial Committee "
            "Chairman Roger Wicker said he expects Cruz to play a major role.\n\n"
            "“I think politicians are practical people,” said the senior Cruz adviser.\n\n"
            "Arthur Hailey wanted to be a writer from an early age. The writer was known for his research. \"I "
            "have never been able to write quickly or easily,\" he once said.")
    assert [s for _, s in quotes_of(extractor, text)] == [None, None, "Arthur Hailey"]


def test_a_quote_without_a_cue_shares_the_cue_of_the_next_quote_in_its_sentence(extractor):
    # the first quote has no verb of its own; the sentence's "according to" gives both their source, not the
    # economist who spoke last
    text = ("“The state has lost a lot of jobs,” said James Diffley, an economist at IHS.\n\n"
            "While the auto industry remains dominant in Michigan, “education, tourism, green technologies” and "
            "information technology “will become increasingly important,” according to a Moody’s Analytics "
            "forecast in June.")
    assert [s for _, s in quotes_of(extractor, text)] == ["James Diffley", "Moody’s Analytics", "Moody’s Analytics"]


def test_more_verbs_of_speech_are_cues(extractor):
    # "riffed" (like "exhorted", "bragged", "reminded") is a reporting verb, whose subject speaks: not a
    # quote with no cue, which nobody would be said to have said here
    text = ("A shaky balancing act for Kelly Ayotte.\n\nAs she seeks reelection, senator struggles to keep her "
            "distance from Trump.\n\nMANCHESTER, N.H. - At a rally here last week, Mike Pence showed the crowd a "
            "clip of Gov. Maggie Hassan awkwardly trying to defend Hillary Clinton's honesty.\n\n\"Governor Hassan, "
            "let me help you out - the answer's no,\" the Republican vice-presidential nominee riffed on Hassan's "
            "non-answer to whether Clinton was honest, drawing applause and laughs from the crowd. \"And that's why we need Kelly Ayotte back in "
            "the U.S. Senate!\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Mike Pence", "Mike Pence"]


def test_a_video_that_says_something_speaks_for_whoever_released_it(extractor):
    # the video is the object of "released": its words are Trump's; a video nobody is said to have made
    # speaks for no one (not for the last person named)
    text = ("In selling the courses, Trump released a marketing video that said, \"We are going to have professors "
            "and adjunct professors that are absolutely terrific.\"\n\nThe vultures have been given names: Capitan "
            "Huggin and Capitana Aella. A tongue-in-cheek video adds a voiceover, in which \"humanity is "
            "placidly ignoring the danger\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["Trump", None]


def test_a_name_alone_before_a_colon_labels_the_quote(extractor):
    # two candidates quoted side by side, each labelled by name: not the first speaker's twice
    text = ("Jeb Bush and Hillary Clinton, among others, reject the term containment.\n\nClinton: \"Our goal is "
            "not to deter or contain ISIS, but to defeat and destroy ISIS.\" Bush: \"The mission is to destroy "
            "ISIS -- not to contain it.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Hillary Clinton", "Jeb Bush"]


def test_a_colon_hands_the_words_to_the_person_named_before_it_when_the_subject_is_a_thing(extractor):
    # the sentence's subject is "the timing" (of Sanders' surge); the pollster named before the colon speaks
    text = ("Bernie Sanders has surged in the national polls this month.\n\nThe timing of Sanders’ surge doesn’t "
            "surprise Republican pollster Daron Shaw: “Historically, lesser-known candidates beating establishment "
            "candidates in early contests have seen the biggest boost in their national support.”")
    assert [s for _, s in quotes_of(extractor, text)] == ["Daron Shaw"]


def test_a_participle_parsed_as_a_clausal_subject_takes_the_subject_of_the_verb_it_follows(extractor):
    # "mentioning" is parsed as the subject clause of "is", whose own subject is "the album": the one
    # mentioning it is Kiedis, who said the quote before
    text = ("“We had written two dozen songs before we got with [Danger Mouse],” Anthony Kiedis said, mentioning "
            "the long-awaited album is “in the home stretch.”")
    assert [s for _, s in quotes_of(extractor, text)] == ["Anthony Kiedis", "Anthony Kiedis"]


def test_an_ad_and_its_narrator_speak_for_whoever_made_it(extractor):
    # "the clip" takes up the last video someone is said to have made ("by the Republican National Committee",
    # past "the ad" that names no maker); the narrator of "the Clinton ad" speaks for Clinton. An ad someone
    # only criticised is not theirs.
    text = ("A web video by the Republican National Committee lists four cases in which Tim Kaine defended people "
            "accused of murder.\n\nThe ad also mentions Percy Walton, a death row inmate.\n\nThe clip says Kaine "
            "\"has a passion for defending the wrong people.\"\n\nHillary Clinton has a new campaign ad hitting "
            "Donald Trump for not paying federal income tax.\n\n\"If he thinks that makes him smart,\" the ad's "
            "narrator says, \"what does he think of you?\"\n\nTrump criticised the ad. \"It is a disgrace to our "
            "country,\" he said.")
    assert [s for _, s in quotes_of(extractor, text)] == [
        "Republican National Committee", "Hillary Clinton", "Hillary Clinton", "Donald Trump"]


def test_a_who_clause_after_a_list_of_names_is_the_last_one_s(extractor):
    # the parser hangs "who joked" off a name early in the list; the comma before "who" follows Wonder
    text = ("His speech was the centerpiece of a ceremony featuring the civil rights leader John Lewis, a "
            "Democratic congressman from Georgia, as well as celebrities like Oprah Winfrey, Will Smith, Robert "
            "DeNiro, Patti LaBelle and Stevie Wonder, who joked of the museum, \"I haven't seen it yet, but I'm "
            "going to.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Stevie Wonder"]


def test_a_word_of_speech_the_tagger_took_for_an_adjective_still_cues_the_name_after_it(extractor):
    # "implored" tagged an adjective of "guitar": the quote is the campaigner's, not the man asked before
    text = ("The former Sun editor dispensed a stream of insults. Wheelchair user Kevin Donnellon was asked: \"Why on "
            "earth do you want our elected representatives to be disabled?\" \"Don't you care about the Inuit?\", "
            "implored guitar toting environmental campaigner Barry Lim. \"I don't care about them. I care about "
            "myself,\" replied Mr MacKenzie.")
    assert [s for _, s in quotes_of(extractor, text)][1:] == ["Barry Lim", "MacKenzie"]


def test_a_speaker_named_only_where_he_speaks_keeps_the_hyphen_of_his_name(extractor):
    # the tagger misses the name; as written it is "Jean-Michel Lemetayer", not "JeanMichel Lemetayer"
    text = ("French farmers marched in Paris.\n\n\"I am afraid the resources are not up to the ambitions,\" "
            "Jean-Michel Lemetayer, from the FNSEA agricultural union, told the Associated Press news agency.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Jean-Michel Lemetayer"]


def test_a_statement_is_whoever_issued_it_not_whoever_got_hold_of_it(extractor):
    # "she said in a statement" and "Baker's statement" say whose the statement is; a document "obtained by
    # the Guardian" is not the Guardian's
    issued = ("Senator Jane Miller criticised the plan on Friday. Later, she said in a statement that the cuts were "
              "unfair. The White House declined to comment.\n\n\"I will not stand by while our veterans are ignored "
              "by this administration,\" the statement said.")
    owned = ("Mayor Tom Baker's statement came hours after the vote. The council was split.\n\n\"We need a new "
             "budget for the city,\" the statement added.")
    leaked = ("The National Security Agency has been collecting phone records for years. A secret document obtained "
              "by the Guardian describes the programme in detail.\n\n\"Collection directly from the servers of major "
              "providers is essential,\" the document claims.")
    assert [s for _, s in quotes_of(extractor, issued)] == ["Jane Miller"]
    assert [s for _, s in quotes_of(extractor, owned)] == ["Tom Baker"]
    assert [s for _, s in quotes_of(extractor, leaked)] == ["National Security Agency"]


def test_the_company_is_never_a_public_body(extractor):
    # the regulator acted last, but "the company" is the firm it fined
    text = ("Barclays Bank was fined £2m on Monday. The Financial Services Authority said the firm had misled thousands of "
            "customers about its savings accounts.\n\n\"We accept the ruling and will compensate every customer who "
            "lost money,\" the company said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Barclays Bank"]


def test_an_email_an_alliance_and_a_documentary_speak_for_whoever_is_behind_them(extractor):
    emailed = ("Labour MP John Smith has criticised the plans. In an email to constituents, Mr Smith said the cuts "
               "would hurt families.\n\n\"This budget takes from those who have least and gives to those who have "
               "most,\" the email said.")
    allied = ("The Green Alliance, a coalition of environmental charities, attacked the scheme on Tuesday.\n\n"
              "\"Ministers have ignored every warning about the damage to wildlife,\" the alliance said.")
    filmed = ("Channel 4 broadcast a documentary about the factory last year.\n\n\"Workers were locked inside for "
              "twelve hours at a time,\" the documentary says.")
    assert [s for _, s in quotes_of(extractor, emailed)] == ["John Smith"]
    assert [s for _, s in quotes_of(extractor, allied)] == ["Green Alliance"]
    assert [s for _, s in quotes_of(extractor, filmed)] == ["Channel 4"]


def test_an_aide_named_by_whose_aide_they_are_is_not_that_person(extractor):
    text = ("Senator Mary Fields spoke at the rally on Friday. The campaign was struggling.\n\n"
            "\"The campaign has lost its way and nobody will say so in public,\" one Fields aide said.")
    assert [s for _, s in quotes_of(extractor, text)] == [None]


def test_a_quote_inside_the_participle_that_opens_a_sentence_is_the_sentences_subject(extractor):
    text = ("Senator Richard Burr faces a close race in North Carolina. Calling Mr. Burr's challenger, Deborah Ross, "
            "\"exactly the kind of partner I need in the Senate,\" Hillary Clinton attacked Mr. Burr for failing to "
            "reject his party's nominee.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Hillary Clinton"]


def test_a_participle_the_parser_hung_off_a_quotes_words_goes_on_from_whoever_spoke(extractor):
    # "adding" is parsed as part of the first quote's last sentence, its subject lost
    text = ("Mayor Tom Harris spoke to reporters on Monday. Harris said the council had failed. “This wasn’t the time "
            "to relax. It’s over,” adding, “And this was the time to double up. I didn’t see that happening.”")
    assert [s for _, s in quotes_of(extractor, text)] == ["Tom Harris", "Tom Harris"]


def test_words_in_a_clause_someone_reports_are_that_persons_not_the_clauses_it_or_they(extractor):
    opened = ("WASHINGTON -- Mayor Sarah Cole, opening the new city library on Saturday, said it would tell a local "
              "story, one of \"hardship and hope, of struggle and of the promise of better days.\"")
    # (and a subject inside the quote's own words is nobody's: "It’s over,” adding' is not "It")
    felt = ("The film was reviewed by Rolling Stone last week.\n\nDirector Tom Harris said he felt voters were tired. "
            "He said they were saying, “We’re safe now. It’s over,” adding, “And this was the time to double up. I "
            "didn’t see that happening.”")
    assert [s for _, s in quotes_of(extractor, opened)] == ["Sarah Cole"]
    assert [s for _, s in quotes_of(extractor, felt)] == ["Tom Harris", "Tom Harris"]


def test_a_he_in_a_clause_hung_off_a_reported_one_is_that_clauses_subject(extractor):
    text = ("Retired General Mike Flood said Tom Dunn was “absolutely right” when he said on Wednesday that under the "
            "last government, “the generals have been reduced to rubble.”")
    assert [s for _, s in quotes_of(extractor, text)] == ["Tom Dunn"]


def test_a_verb_with_an_object_of_its_own_in_the_next_sentence_does_not_report_the_quote(extractor):
    text = ("Sharon Stone said the thieves had taken everything. \"But the thing is, we worked for everything.\" "
            "\"If I choose to make an investment for my kids in whatever way I choose to make it, that's my "
            "business.\" Ozzy Stone also lamented two years in which the family has been plagued by problems.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Sharon Stone", "Sharon Stone"]


def test_the_lawmaker_is_the_representative_or_senator_who_just_spoke(extractor):
    text = ("Hillary Clinton could be impeached if she's elected president, Texas Rep. Mike McCaul said Wednesday.\n\n"
            "\"This investigation will continue whether she wins or not,\" the Republican lawmaker told Fox News.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Mike McCaul"]


def test_the_one_a_storys_opening_sentence_introduces_is_the_role_noun_that_comes_back_after_naming_them(extractor):
    text = ("Lawmaker wants ban\n\nA lawmaker in the Philippines is calling for a film star to be banned from the "
            "country after the star's remarks about its people.\n\n\"There is no basis for the wholesale labeling of "
            "Filipinos,\" Joey Salceda said in a bill filed in Manila.\n\nThe lawmaker, who represents a district "
            "in Albay province, said the remarks \"have had widespread dissemination across the whole country.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Joey Salceda", "Joey Salceda"]


def test_whoever_calls_someone_the_quotes_words_said_them_never_the_one_called(extractor):
    # the parser hangs "called" off "one lawmaker" as if the lawmaker were named Trump
    named = ("That proposal prompted Britain's Parliament to call a debate in January on whether to ban Donald Trump; "
             "one lawmaker called Trump \"the orange prince of American self-publicity.\" But the move failed.")
    # (and "call for" asks for something: not a naming)
    asked = ("A survey of 1709 schoolchildren was carried out by the Medical Journal of Australia. The authors say "
             "the results confirm the existence of "
             "inadequate iodine intake. They call for \"urgent implementation of mandatory iodisation of all edible "
             "salt in Australia.\"")
    assert [s for _, s in quotes_of(extractor, named)] == [None]
    assert [s for _, s in quotes_of(extractor, asked)] == [None]


def test_a_nations_people_speaking_as_one_are_its_government(extractor):
    text = ("Russia and the United States met in Geneva on Monday. \"We have made no progress on the main questions "
            "before us today,\" the Russians said after the meeting.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Russia"]


def test_a_title_with_the_that_praises_someone_for_the_quotes_words_is_its_holders_not_the_praised(extractor):
    text = ("Treasury Secretary Jacob J. Lew nominated Jim Yong Kim on Friday. \"President Kim has used his first "
            "term well,\" Mr. Lew said.\n\nThe Treasury secretary also lauded Mr. Kim, whose term ends next June, "
            "for the \"needed reforms at the World Bank.\"")
    # (and a group with "the" is no one person: "The MPs found the system was “…”")
    group = ("David Willetts, the work and pensions secretary, spoke on Monday.\n\nThe MPs found the system was "
             "\"nowhere near being fully functional and the number of angry customers continues to escalate\".")
    # (and "called the event on 21 June" still calls it something)
    named = ("Narendra Modi led the yoga day in Delhi. One commentator called the event on 21 June \"a mix of "
             "cultural nationalism, commercialization and subtle coercion\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["Jacob J. Lew", "Jacob J. Lew"]
    assert [s for _, s in quotes_of(extractor, group)] == [None]
    assert [s for _, s in quotes_of(extractor, named)] == [None]


def test_a_report_owned_by_a_body_in_one_tagged_name_speaks_for_the_body(extractor):
    # the tagger makes one ORG of "the Federal Reserve’s Beige Book"
    text = ("Uncertainty is weighing on some business sectors, the Federal Reserve’s Beige Book survey said "
            "Wednesday.\n\nThe survey said most regions continued to expand at a “modest or moderate pace.”")
    extraction = extractor.extract(text)
    assert {"Federal Reserve", "Beige Book"} <= {o.name for o in extraction.organizations}
    assert [q.speaker for q in extraction.quotes] == ["Federal Reserve"]


def test_a_horizontal_bar_set_for_a_dash_and_a_name_the_tagger_took_for_a_noun_still_cue_the_quote(extractor):
    text = ("Donald Trump and Hillary Clinton debated on Monday.\n\nWhen Clinton noted that Trump has occasionally "
            "not paid anything in federal income taxes ― as was true for the few years his tax returns were made "
            "public ― Trump boasted, “That makes me smart.” Trump was similarly defensive.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Donald Trump"]


def test_a_name_the_tagger_missed_speaks_for_itself_not_for_whoever_its_description_names(extractor):
    text = ("Hillary Clinton spoke in Ohio.\n\nProgressive super PACs immediately jumped on the comments.\n\n"
            "Priorities USA, a pro-Clinton super PAC, emailed  a link to the video with one sentence: \"THIS IS NOT "
            "OK.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Priorities USA"]


def test_words_set_in_the_writers_own_sentence_are_nobodys_unless_it_speaks_of_someone(extractor):
    # an unattributed quote goes on with the last speaker when it opens its sentence or the sentence speaks
    # of someone; words quoted in a sentence about something else stay a quote, of nobody named
    text = ("“We will open the café in the spring,” said Lauren Pears, its founder.\n\n"
            "The café is billed as somewhere people can “come in from the cold to a warm chair and a good book”.\n\n"
            "The main worry she has is “whether the cats will get along with each other”.")
    assert quotes_of(extractor, text) == [
        ("We will open the café in the spring", "Lauren Pears"),
        ("come in from the cold to a warm chair and a good book", None),
        ("whether the cats will get along with each other", "Lauren Pears")]


def test_he_said_after_a_sentence_that_already_says_who_speaks_is_that_speaker(extractor):
    # the clause the quote sits in has its own subjects (the campaign, Cruz), but its speaker is the one who "said
    # that": the "he said" at the end only repeats him
    text = ("Donald Trump attacked Ted Cruz again on Friday. Trump called him a nasty man, and Trump said he would "
            "keep up the attacks.\n\n"
            "Cruz spokesman Rick Tyler said that the campaign will show voters that Cruz has “the judgment to make "
            "hard decisions as commander in chief,” he said.")
    assert quotes_of(extractor, text) == [("the judgment to make hard decisions as commander in chief",
                                           "Rick Tyler")]


def test_the_countrys_leader_may_be_its_president(extractor):
    # "the Russian leader" is the president the story is about, not the man he was talking about
    text = ("President Vladimir V. Putin held his annual news conference on Thursday. “Our economy has passed the "
            "peak of the crisis,” Mr. Putin said.\n\n"
            "He also spoke warmly of Donald J. Trump, the American businessman.\n\n"
            "“There is no doubt that he is a very bright and talented man,” the Russian leader said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Vladimir V. Putin", "Vladimir V. Putin"]


def test_words_someone_casts_another_as_are_theirs_not_the_speakers_of_the_sentence(extractor):
    text = ("Donald Trump said on Monday that he did not expect to get along with David Cameron, because the British "
            "prime minister had cast him as “divisive, stupid and wrong” in a debate in parliament.")
    assert quotes_of(extractor, text) == [("divisive, stupid and wrong", "David Cameron")]


def test_a_spokeswoman_for_a_firm_named_after_it_is_the_one_who_speaks(extractor):
    # "a spokesman for the prime minister, Tony Blair" speaks for Blair; a name set after a firm is the spokeswoman's
    text = ("The company has not signed a deal for the site.\n\n"
            "\"We plan to open hotels in key U.S. and international locations,\" said a spokeswoman for Trump "
            "hotels, Jennifer Rodstrom. \"While we do not have confirmed deals nor any investments in Austin, we "
            "remain interested.\"")
    extraction = extractor.extract(text)
    assert "Jennifer Rodstrom" in {p.name for p in extraction.people}
    assert [q.speaker for q in extraction.quotes] == ["Jennifer Rodstrom", "Jennifer Rodstrom"]


def test_a_nickname_in_quote_marks_inside_a_titled_name_does_not_cut_off_the_attribution(extractor):
    # the marks around "Cia" are part of the name, not a quote, and "Del." (a state delegate) ends no sentence
    text = ("Bobby Scott held a cookout on Monday.\n\n"
            "\"This is a big year for our potential senator, Bobby Scott!\" Scott's niece, state Del. Marcia \"Cia\" "
            "Price (D-Newport News), shouted to the crowd. \"The nation is watching Virginia,\" she said.")
    extraction = extractor.extract(text)
    assert "Marcia Price" in {p.name for p in extraction.people}
    assert [q.speaker for q in extraction.quotes] == ["Marcia Price", "Marcia Price"]


def test_a_newspaper_the_tagger_missed_speaks_through_its_editorial(extractor):
    # "Newspaper" opening the headline is the common noun, not a body; "The Advocate", named as the paper people
    # work for, is; "the editorial read" (the tagger taking "read" for a noun) is its cue
    text = ("Newspaper Says Governor Must Visit Flooded Towns.\n\n"
            "A Baton Rouge newspaper called on the governor to visit the flooded parishes. That did not sit well "
            "with the editors of The Advocate, who aimed their Friday editorial at him.\n\n"
            "“If he wants to keep his job, the governor should act like a leader and come to the towns,” the "
            "editorial read.\n\n"
            "“Louisiana’s crisis should be a call to conscience and compassion,” the newspaper said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Advocate", "Advocate"]


def test_words_someone_is_blamed_for_saying_are_theirs_not_the_blamers(extractor):
    # the quote is what the one slammed said; the verb after it ("bragged about") is another thing the subject did
    text = ("Barack Obama spoke in Ohio on Monday.\n\n"
            "In 2008, Hillary Clinton slammed Barack Obama as elitist and out-of-touch for suggesting that rural "
            "voters “cling to guns or religion,” and bragged about her father teaching her how to shoot.")
    assert quotes_of(extractor, text) == [("cling to guns or religion", "Barack Obama")]


def test_a_message_is_its_posters_not_what_it_is_said_to_refer_to(extractor):
    text = ("During the siege, Omar Mateen also posted messages on Facebook.\n\n"
            "One message, apparently referring to air strikes against Islamic State by the United States, said: "
            "“You kill innocent women and children by doing us air strikes, now taste the vengeance.”")
    assert quotes_of(extractor, text) == [
        ("You kill innocent women and children by doing us air strikes, now taste the vengeance.", "Omar Mateen")]


def test_the_prime_ministers_spokesman_speaks_for_the_prime_minister_the_story_named(extractor):
    # "the British prime minister" is Cameron; his spokesman, "the spokesman" after, speaks for him; an office the
    # story never put a name to leaves its spokesman's words with no one named
    text = ("Donald Trump said he did not expect to get on with David Cameron, because the British prime minister "
            "had cast him as “divisive, stupid and wrong” in a debate in parliament.\n\n"
            "Cameron will work with whoever is elected, the prime minister’s spokesman said.\n\n"
            "“The PM has made his views on these comments very clear. He disagrees with them,” the spokesman said. "
            "Asked about a meeting, the spokesman said none was planned, adding: “If one is proposed we will "
            "consider it.”")
    assert [s for _, s in quotes_of(extractor, text)] == ["David Cameron"] * 3
    text = ("The minister was wrong on stop and search, Mr Shadjareh said.\n\n"
            "Later, the prime minister's official spokesman urged people to put the comments into context, the "
            "spokesman said.\n\n"
            "“What is happening is that those powers are aimed at those who are suspected of crimes,” he added.")
    assert [s for _, s in quotes_of(extractor, text)] == [None]


def test_a_role_noun_takes_up_the_subject_just_named_though_another_role_was_written_with_her(extractor):
    # "British team member" is no office, so it does not make Yelling someone other than "the champion"
    text = ("Paula Radcliffe has been granted extra time to decide whether to run in the championships. "
            "British team member Hayley Yelling said the team would understand if Radcliffe opted out of the event. "
            "“It would be fantastic to have Paula in the team,” said the European cross country champion.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Hayley Yelling"]


def test_two_descriptions_joined_before_a_name_describe_that_one_person(extractor):
    text = ("The hashtag had become an international phenomenon, and messages to Ahmed Mohamed, a student, poured in. "
            "American academic and professor Marc Lamont Hill commented, “Hoping that the movement translates into "
            "a substantive national conversation on race.”")
    assert [s for _, s in quotes_of(extractor, text)] == ["Marc Lamont Hill"]


def test_the_prime_minister_is_the_known_holder_the_story_names_when_it_titles_no_one_so(extractor):
    # two Blairs, neither titled: "the prime minister" is the one known to hold that office, not the police chief
    # named since (data/office_holders.json)
    text = ("Terror warning\n\nOn Monday, Tony Blair defended his anti-terror plans. Sir Ian Blair, the head of the "
            "Metropolitan Police, warned of attacks before the election. Sir Ian told a meeting it would be unwise to "
            "speculate.\n\n"
            "Asked about Sir Ian's comments, the prime minister's official spokesman said: “We believe the threat is "
            "real and we are ready for it.”\n\n"
            "Writing in a newspaper, the prime minister said the plans raised “difficult issues for any government "
            "to face”.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Tony Blair", "Tony Blair"]
    # "the French president" is France's, though the US president is the sentence's subject
    text = ("Leaders meet in Paris\n\nGeorge W. Bush met Jacques Chirac in Paris on Tuesday.\n\n"
            "“We have our differences but we are friends and allies,” the French president said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Jacques Chirac"]


def test_a_headline_word_and_an_untagged_seat_of_government_are_the_bodies_the_story_names(extractor):
    # the headline's "Bank" is the Bank of England, not a body of its own that the story's "it" stands for
    text = ("Bank raises rates\n\nThe Bank of England raised interest rates to 4.75% on Thursday. In a statement, it "
            "said: “Inflation is expected to rise above target over the next year.”")
    extraction = extractor.extract(text)
    assert [q.speaker for q in extraction.quotes] == ["Bank of England"]
    assert [o.name for o in extraction.organizations] == ["Bank of England"]
    # the tagger leaves this "Downing Street" untagged; its spokesman is not the headline's Labour
    text = ("Labour denies split\n\nDowning Street has denied reports of a rift between the prime minister and the "
            "chancellor. A spokesman told reporters: “The two men work closely together every day.”")
    assert [q.speaker for q in extractor.extract(text).quotes] == ["Downing Street"]


def test_a_role_noun_with_a_party_is_never_someone_of_another_party(extractor):
    # "the Republican nominee" is not the Democratic nominee named last, nor the one a role of hers matches
    text = ("Trump rallies in Ohio\n\nDonald Trump held a rally in Columbus on Tuesday as Democratic nominee Hillary "
            "Clinton campaigned in Florida.\n\n"
            "“We are going to win Ohio, and we are going to win big,” the Republican nominee told supporters.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Donald Trump"]
    # each party's nominee, as the text wrote them, however the quotes alternate
    text = ("Debate night\n\nRepublican nominee Donald Trump and Democratic nominee Hillary Clinton met on stage in "
            "St. Louis on Sunday.\n\n"
            "“I will bring back jobs to this country,” the Republican nominee said.\n\n"
            "“He has no plan and no idea,” the Democratic nominee said.\n\n"
            "“She has been there for thirty years and done nothing,” the Republican nominee replied.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Donald Trump", "Hillary Clinton", "Donald Trump"]


def test_a_party_leader_is_the_known_leader_of_that_party_the_story_names(extractor):
    # no one is titled "Tory leader", and Mr Blair is the subject just named: the Conservative leader the story
    # names speaks (data/office_holders.json, "party leader")
    text = ("Howard attacks Blair\n\nMichael Howard has accused Tony Blair of broken promises on tax. Speaking in "
            "Birmingham, Mr Blair said the Conservatives would cut services.\n\n"
            "“Labour has raised taxes 66 times since 1997,” the Tory leader said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Michael Howard"]


def test_a_mixed_case_acronym_is_the_body_it_abbreviates_and_the_judges_speak_for_their_court(extractor):
    text = ("Army criticised\n\nThe Ministry of Defence has been criticised over the deaths. An MoD spokesman said: "
            "“Our thoughts are with the families at this difficult time.”")
    extraction = extractor.extract(text)
    assert [q.speaker for q in extraction.quotes] == ["Ministry of Defence"]
    assert [(o.name, o.aliases) for o in extraction.organizations] == [("Ministry of Defence", ("MoD",))]
    text = ("Court ruling\n\nThe Court of Appeal has overturned the conviction. “The evidence was not safe and the "
            "verdict cannot stand,” the judges said in their ruling.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Court of Appeal"]


def test_a_known_office_holder_comes_before_whoever_was_just_named(extractor):
    text = ("Senate stalls\n\nMitch McConnell and Barack Obama spoke by phone on Tuesday. Obama urged a vote.\n\n"
            "“We will not be rushed on this,” the Senate majority leader said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Mitch McConnell"]


def test_a_he_or_she_after_a_title_standing_alone_is_its_holder(extractor):
    text = ("Papal visit\n\nThe Pope arrived in Poland on Friday. “I have come as a pilgrim to the land of my "
            "predecessor,” he said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Pope"]
    # (but a title with words of its own goes by the usual rules: "the outgoing European Commissioner" after
    # "Mr Kinnock" is Kinnock)
    text = ("Lords reform\n\nNeil Kinnock is to join the Lords. On a Sunday programme it was put to Mr Kinnock that "
            "he had once called its members “brigands, muggers and gangsters”. But the outgoing European "
            "Commissioner said his comments needed to be put in context. He said reformers needed to be inside the "
            "house. “It was pointed out to me that reform needs people inside the house to vote for it,” he said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Neil Kinnock", "Neil Kinnock"]


def test_a_club_the_tagger_missed_speaks_through_its_spokesman(extractor):
    # the tagger calls "Leeds" a product and "Leeds United" nothing; "the United States" is no club
    text = ("Club statement\n\nLeeds United have sacked their manager after a run of defeats. A club spokesman "
            "said: “We thank him for his efforts and wish him well for the future.”")
    extraction = extractor.extract(text)
    assert [q.speaker for q in extraction.quotes] == ["Leeds United"]
    text = "Talks\n\nThe United States and the United Nations disagreed. Manchester United beat Wigan Athletic."
    names = {o.name for o in extractor.extract(text).organizations}
    assert "Wigan Athletic" in names and not any(n.startswith("The United") for n in names)


def test_a_party_under_its_several_names_is_one_body_and_its_spokesman_speaks_for_it(extractor):
    text = ("The Conservative Party has unveiled new plans on immigration. A Tory spokesman said: \"We will set an "
            "annual limit on the number of people coming here.\" The Tories also promise tax cuts. The Labour Party "
            "said the plans were \"a fantasy that would cost billions of pounds\". Labour will reply on Monday.")
    extraction = extractor.extract(text)
    orgs = {o.name: set(o.aliases) for o in extraction.organizations}
    assert orgs == {"Conservative Party": {"Tories"}, "Labour Party": {"Labour"}}
    assert [q.speaker for q in extraction.quotes] == ["Conservative Party", "Labour Party"]
    # a party the tagger calls a group ("Democrats", "Liberal" left out) is a body all the same
    text = ("The Liberal Democrats have launched their campaign. A Lib Dem spokesman said: \"We are the only party "
            "offering a real alternative to the voters.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Liberal Democrats"]
    # a party's branch or its MPs are not the party
    names = ("Lib Dems", "the Liberal Democrats", "GOP", "Scottish Labour Party", "Labour MPs")
    assert [party_name(n) for n in names] == ["LD", "LD", "R", None, None]


def test_a_firm_named_with_an_ampersand_and_firms_by_their_trade(extractor):
    text = ("Shares in Marks & Spencer rose 3% on Tuesday. The retailer said in a statement: \"We are pleased with "
            "the progress we have made this year.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Marks & Spencer"]
    # a firm's trade names it, and the country before the trade only says where it is from
    text = ("Boeing has delayed the 787 again. The US planemaker said: \"We regret the delay and apologise to our "
            "customers.\"\n\nIntel has cut prices. The chipmaker said: \"We expect demand to pick up again in the "
            "second half of the year.\"\n\nShell has raised its dividend. The oil giant said: \"We are confident "
            "about the outlook for the rest of the year.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Boeing", "Intel", "Shell"]


def test_a_spokesman_for_a_title_speaks_for_its_holder(extractor):
    text = ("Tony Blair is under pressure over Iraq. A spokesman for the prime minister said: \"There is no question "
            "of the policy being changed.\"\n\nJack Straw flew to Washington on Monday. A spokeswoman for the "
            "foreign secretary said: \"He will hold talks with his American counterpart this week.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Tony Blair", "Jack Straw"]


def test_the_lib_dem_spokesman_is_the_one_the_article_follows(extractor):
    # the tagger takes "The Lib Dem" for a person; it is a party, as "The Tory spokesman" has one
    text = ("Sir Menzies Campbell criticised Jack Straw on Monday. The Lib Dem foreign affairs spokesman said Mr Straw "
            "had \"misled Parliament about the legal advice\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["Menzies Campbell"]


def test_a_name_the_next_sentence_takes_up_as_the_firm_is_a_company(extractor):
    # the tagger calls Yukos a person and Gazprom nothing
    text = ("Yukos has filed for bankruptcy protection in the US. The Russian oil firm said it \"had no choice but "
            "to seek protection from the courts\".\n\nGazprom has raised its gas prices. The Russian energy giant "
            "said it \"had no choice but to raise prices for its customers\".")
    extraction = extractor.extract(text)
    assert {o.name for o in extraction.organizations} == {"Yukos", "Gazprom"}
    assert [q.speaker for q in extraction.quotes] == ["Yukos", "Gazprom"]
    # a person the sentence is about stays a person
    text = ("John Smith has joined Tesco as chairman. The company said he would \"bring a wealth of experience to "
            "the board\".")
    extraction = extractor.extract(text)
    assert [p.name for p in extraction.people] == ["John Smith"]
    assert [q.speaker for q in extraction.quotes] == ["Tesco"]


def test_a_name_run_on_after_the_words_of_a_title_is_the_speaker(extractor):
    # the parser hangs the name off "for": "the minister for [civil aviation Praful Patel]"
    text = ("Air travel in India is booming. \"Cheap flights are here to stay for good,\" the minister for civil "
            "aviation Praful Patel said on Tuesday.\n\nShares rose sharply. \"This is a very strong set of results "
            "indeed,\" the head of the trade body Roger Bennett said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Praful Patel", "Roger Bennett"]


def test_a_title_after_a_sentence_in_the_passive_is_the_one_who_acted(extractor):
    text = ("Jack Straw was questioned by John Humphrys on the Today programme. The presenter asked: \"Why should "
            "anyone believe a word you say about this?\"\n\nTony Blair was attacked by Michael Howard over Iraq on "
            "Wednesday. The opposition leader said the prime minister had \"lost all credibility on the issue of the "
            "war\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["John Humphrys", "Michael Howard"]


def test_the_aid_agency_is_not_the_news_agency(extractor):
    text = ("The International Federation of the Red Cross told the Reuters news agency that it was seeking $6.5m "
            "for emergency aid.\n\n\"The biggest health challenge we face is the spread of disease,\" the aid agency "
            "was quoted as saying.")
    assert [s for _, s in quotes_of(extractor, text)] == ["International Federation of the Red Cross"]


def test_a_dash_the_tagger_ran_into_a_body_name_is_no_part_of_it(extractor):
    text = ("The creditors have agreed a deal. Korea Development Bank - one of the firm's creditors - welcomed it. "
            "\"LG Card will not need any more financial aid after this,\" the bank said.")
    extraction = extractor.extract(text)
    assert "Korea Development Bank" in {o.name for o in extraction.organizations}
    assert [q.speaker for q in extraction.quotes] == ["Korea Development Bank"]


def test_a_name_ending_in_a_lower_case_part_after_a_hyphen_is_still_the_speakers(extractor):
    # the tagger calls "Laah" a place and leaves "Chong-gyu" untagged; the body is only where he works
    text = ("The creditors have agreed a deal. \"LG Card will not need any more financial aid after this,\" Laah "
            "Chong-gyu, executive director of Korea Development Bank, said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Laah Chong-gyu"]


def test_a_person_called_by_nationality_is_the_one_the_sentence_before_is_about(extractor):
    text = ("Roger Federer beat Lleyton Hewitt in the final. The Swiss said: \"This is one of the best matches I have "
            "played all year.\"\n\nLleyton Hewitt lost to Roger Federer in the final. \"He was just too good for me "
            "today,\" said the Australian.\n\nPeter Jackson said there was a desire to make The Hobbit. \"I think "
            "it's going to be a lot of lawyers sitting in a room,\" said the New Zealander.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Roger Federer", "Lleyton Hewitt", "Peter Jackson"]


def test_a_sir_is_no_title_that_rules_out_a_role(extractor):
    # "Sir" before Alex Ferguson says nothing against his being "the Manchester United manager"
    text = ("Sir Alex Ferguson has hit out at referee Mike Riley. \"He made some terrible decisions and cost us the "
            "game,\" the Manchester United manager said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Alex Ferguson"]


def test_a_verb_the_parser_took_for_an_adjective_still_has_its_subject(extractor):
    # the parser reads "told" in "the 25-year-old told reporters" as an adjective of "reporters"
    text = ("Michael Owen scored twice for Real Madrid. \"It was a great night for me and for the team,\" the "
            "25-year-old told reporters.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Michael Owen"]


def test_a_title_is_not_someone_named_only_in_a_clause_of_their_own(extractor):
    # Ken Bigley is first named in the sentence before, but only inside a clause about Mr Johnson's article
    text = ("Boris Johnson has criticised Tony Blair.\n\nMr Johnson, who apologised last year for an article about "
            "the death of hostage Ken Bigley, said Mr Blair should stay out of the row. \"I don't see why the prime "
            "minister has to get involved in this,\" the magazine editor said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Boris Johnson"]


def test_a_question_put_to_someone_is_not_theirs(extractor):
    # the one asked is not the asker, and "He answered," introduces the next quote, not the question
    text = ("Sidney Blumenthal appeared on CNN on Wednesday. Blumenthal was asked, \"If you had known she had a "
            "personal server, would you have told her not to use it?\" He answered, \"I have no idea. We are old "
            "friends.\"")
    assert [s for _, s in quotes_of(extractor, text)] == [None, "Sidney Blumenthal"]


def test_an_ad_by_a_body_the_tagger_missed_is_that_bodys(extractor):
    text = ("The Club for Growth is spending $1.5 million on advertisements. One Club for Growth ad, which is "
            "currently airing, argues that \"only Ted Cruz can beat Donald Trump. John Kasich can't do it.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Club for Growth"]


def test_a_participle_opening_a_sentence_goes_on_from_the_sentence_before(extractor):
    text = ("Bill Maher spoke about the email scandal on Friday.\n\nLater in the show, Maher stated of the scandal "
            "that the report \"wasn't good.\" Adding, \"Now, like with all Clinton scandals, what they actually do "
            "is not the problem.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Bill Maher"]


def test_an_unnamed_spokesman_or_official_speaks_for_the_body_the_story_names(extractor):
    text = ("The RSPCA has launched an appeal for the dogs. The charity has rescued more than 40 animals this year "
            "alone. A spokesman said: \"These animals have suffered terribly and need loving homes now.\"\n\n"
            "Greenpeace activists boarded the ship on Monday. Police arrested six people. A spokeswoman for the "
            "group said: \"We will continue to protest until the whaling stops for good.\"\n\nThe Football "
            "Association is investigating the incident. In a statement, the governing body said: \"We take these "
            "matters extremely seriously and will act.\"\n\nThe National Union of Teachers will ballot its members. "
            "The union's general secretary said: \"Teachers have had enough of being treated like this.\"")
    assert [s for _, s in quotes_of(extractor, text)] == [
        "RSPCA", "Greenpeace", "Football Association", "National Union of Teachers"]


def test_two_names_or_a_quotes_attribution_are_not_taken_up_as_a_body(extractor):
    text = ("Rolling Stone magazine published its list. Veterans Simon and Garfunkel were in 10th place.\n\n"
            "\"Prince returned to centre stage after a decade in the commercial wilderness,\" the magazine reported.")
    extraction = extractor.extract(text)
    assert not any("Simon" in o.name for o in extraction.organizations)
    assert [q.speaker for q in extraction.quotes] == ["Rolling Stone"]


def test_a_regulator_a_corporation_and_officials_at_a_body(extractor):
    text = ("Shell has been fined by the Financial Services Authority. The regulator said the oil giant had "
            "\"seriously misled the market over its reserves\".\n\nThe BBC has been criticised over its coverage. A "
            "corporation spokeswoman said: \"We stand by our journalists and the way they have covered the "
            "story.\"\n\nThe World Health Organization has warned of a pandemic. Officials at the agency said they "
            "were \"extremely worried about the spread of the virus\".")
    assert [s for _, s in quotes_of(extractor, text)] == [
        "Financial Services Authority", "BBC", "World Health Organization"]


def test_a_think_tank_and_a_fund_taken_up_by_their_nouns(extractor):
    text = ("The OECD has cut its growth forecast for the eurozone. In its twice-yearly Economic Outlook, the "
            "Paris-based think tank said growth would be \"much weaker than previously expected\".\n\nThe "
            "International Monetary Fund has warned about the US deficit. In a report, the fund said the deficit "
            "posed \"significant risks for the rest of the world economy\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["OECD", "International Monetary Fund"]


def test_a_body_the_tagger_named_keeps_its_whole_name_when_taken_up(extractor):
    text = ("Channel 4 has defended the show. The broadcaster said the programme was \"an important piece of public "
            "service television\".\n\nThe Academy of Motion Picture Arts and Sciences has changed its rules. The "
            "academy said the changes were \"designed to make the process fairer for everyone\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["Channel 4", "Academy of Motion Picture Arts and Sciences"]


def test_a_colon_after_a_verb_the_parser_left_without_subject_hands_the_quote_to_the_name_before(extractor):
    # "Theresa May hit back:": "May" parsed as a modal, so "hit" has no subject; the name the sentence opens
    # with is who hit back, not the one quoted before
    text = ("Labour leader Jeremy Corbyn said the plan was “a shambles from start to finish”. Theresa May hit back: "
            "“The Labour party has no plan at all for Brexit.”")
    assert [s for _, s in quotes_of(extractor, text)] == ["Jeremy Corbyn", "Theresa May"]


def test_the_first_lady_is_the_woman_named_before(extractor):
    text = ("Michelle Obama spoke at the convention on Monday night, and Barack Obama watched from the White House. "
            "“When they go low, we go high,” the first lady said.\n\nHillary Clinton campaigned in Ohio, where Bernie "
            "Sanders had won. “We need to come together as a party,” the former first lady said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Michelle Obama", "Hillary Clinton"]


def test_a_reporting_verb_in_a_when_clause_does_not_introduce_the_quote(extractor):
    # "suggested" says when Rubio fired back; the words after the colon are Rubio's
    text = ("When Donald Trump suggested that Cuba would sue the U.S. for reneging on the deal, Marco Rubio fired back "
            "forcefully: “If they sue us in a court in Miami, they’re going to lose.”")
    assert [s for _, s in quotes_of(extractor, text)] == ["Marco Rubio"]


def test_he_after_a_sentence_about_the_party_member_who_spoke_is_that_member(extractor):
    # "The Wisconsin Republican" is Ryan, who spoke last, though Trump was named last; "he" then goes on with him
    # (and not the Republican Party, which the story names too)
    text = ("Paul Ryan met Donald Trump on Thursday. Both are leaders of the Republican Party.\n\nRyan said in the CNN "
            "interview that the onus is on Trump to "
            "show that he can be a true leader. “I think the bulk of the burden will have to come from our presumptive "
            "nominee,” he said.\n\nThe Wisconsin Republican did give Trump some credit during the interview, but he "
            "suggested the reality TV star is no Ronald Reagan.\n\n“We don’t always nominate a Lincoln and a Reagan "
            "every four years,” he said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Paul Ryan", "Paul Ryan"]


def test_said_the_woman_after_an_unnamed_cashier_is_nobody_named(extractor):
    text = ("Donna Lages runs the bakery. “We are all in shock,” she said.\n\nAt a drugstore near the mosque, a "
            "middle-aged cashier was shaken by the harsh talk she has heard since the shooting. “One guy came in and "
            "said maybe we should start killing them,” said the woman, who did not want to be named.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Donna Lages", None]


def test_as_for_a_name_turns_the_he_to_that_person(extractor):
    text = ("Ted Cruz said the race was far from over. “We are going to win in Cleveland,” the Texas senator said.\n\n"
            "As for Donald Trump, he said he’s not worried. “First of all, I think I'm going to have the delegates, "
            "OK?” he said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Ted Cruz", "Donald Trump"]


def test_a_cue_in_a_while_clause_after_the_quote_is_someone_else_beside_it(extractor):
    text = ("Paul Ryan said he was not ready.\n\nNew Hampshire Sen. Kelly Ayotte’s campaign, for example, said she "
            "would “support the nominee” but “isn’t planning to endorse anyone this cycle,” while Maine Sen. Susan "
            "Collins suggested she would only offer conditional support.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Kelly Ayotte"]


def test_the_former_president_is_the_brother_who_held_the_office(extractor):
    # no record has Jeb Bush as president; George W. Bush, named last of those who were, is "the former president",
    # and "President Bush" is he, not his brother
    text = ("Jeb Bush, facing pressure in South Carolina, on Monday brought his older brother, George W. Bush, to "
            "vouch for him.\n\n“There seems to be a lot of name-calling going on,” the former president told a crowd."
            "\n\nDonald Trump criticised President Bush's performance after the attacks.")
    extraction = extractor.extract(text)
    assert [q.speaker for q in extraction.quotes] == ["George W. Bush"]
    roles = {p.name: p.roles for p in extraction.people}
    assert "President" in roles["George W. Bush"] and "President" not in roles["Jeb Bush"]
    # with no "President Bush": of the two holders named (Trump is one too), the one named last
    text = ("Jeb Bush went after Donald Trump on Monday.\n\nJeb Bush brought his older brother, George W. Bush, to "
            "vouch for him.\n\n“There seems to be a lot of name-calling going on,” the former president told a crowd.")
    assert [q.speaker for q in extractor.extract(text).quotes] == ["George W. Bush"]


def test_words_a_newspaper_reports_someone_pledged_are_that_persons(extractor):
    text = ("Hillary Clinton visited Orlando on Thursday. Earlier in the day, Clinton held a roundtable meeting with "
            "community leaders and pledged to \"promote the kinds of changes that will prevent this from happening "
            "again,\" the Orlando Sentinel reported.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Hillary Clinton"]


def test_it_after_the_document_a_quote_was_read_from_goes_on_with_it(extractor):
    text = ("The Ted Cruz campaign sent a fundraising email Wednesday saying that Cruz and Trump are in a two-man "
            "race. In addition, Keep the Promise I, a pro-Cruz super PAC, has bought ads.\n\n\"Friend, let me be "
            "blunt. I can "
            "beat Hillary Clinton. Donald can't,\" the email read. It stated that Trump had decided \"to continue his "
            "scorched earth campaign in an attempt to burn down everyone.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Ted Cruz", "Ted Cruz"]


def test_the_campaign_of_a_role_noun_speaks_for_the_one_it_names(extractor):
    text = ("Former Arkansas governor Mike Huckabee called the H1-B program \"worse than amnesty.\" And Rick Santorum "
            "turned his sights on Cruz, with the campaign of the former senator from Pennsylvania saying Cruz was "
            "\"not a real conservative on immigration.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Rick Santorum"]


def test_a_pull_quote_is_the_one_its_last_line_credits(extractor):
    # HuffPost sets a pull quote with the speaker on its last line, inside the marks
    text = ("Hillary Clinton attacked Donald Trump's plans. “We know what happens to countries that tried that,” "
            "Clinton said.\n\n\"I worry that we may see a resurgence of Democrats singing the virtues of balanced "
            "budgets.\nDean Baker, Center for Economic and Policy Research.\"\n\nDean Baker, who co-directs the "
            "centre, has long argued for stimulus.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Hillary Clinton", "Dean Baker"]
    # (the credit a paragraph of its own, as a plain-text article's lines become)
    text = text.replace("budgets.\nDean", "budgets.\n\nDean")
    assert [s for _, s in quotes_of(extractor, text)] == ["Hillary Clinton", "Dean Baker"]


def test_saying_after_a_to_verb_in_a_reported_clause_is_the_reporters(extractor):
    # "saying" hangs off "choose", inside what the strategist said: the strategist's words, and he is unnamed
    text = ("Donald Trump was in Iowa. Even a top GOP strategist said Clinton will have to choose, saying, \"At some "
            "point, she's going to have to come down on one side or the other.\"")
    assert [s for _, s in quotes_of(extractor, text)] == [None]


def test_a_name_then_an_aide_said_without_a_comma_is_the_aide_speaking_of_the_name(extractor):
    text = ("Hillary Clinton prepared for the debate. Clinton, a top aide said, \"is very confident, very confident in "
            "the case she will make.\"\n\nJennifer Palmieri, a spokeswoman, said: \"She is ready for the debate.\"")
    assert [s for _, s in quotes_of(extractor, text)] == [None, "Jennifer Palmieri"]


def test_a_body_named_with_its_noun_calling_on_someone_says_the_words_itself(extractor):
    text = ("The NAACP sent a letter on Tuesday. The NAACP group is calling on Hillary Clinton to \"stop taking black "
            "votes for granted and start listening to us.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["NAACP"]


def test_the_noun_for_someone_brought_in_unnamed_is_still_nobody_named(extractor):
    text = ("\"If I was a donor, I'd want answers,\" said a prominent Republican National Committee member who "
            "supports Trump, asking for anonymity.\n\nDonald Trump spent millions on his jet.\n\n\"Nobody cares when "
            "you're spending your own money,\" the RNC member said.\n\nJohn Smith is a lawyer in Boston. \"We will "
            "appeal the ruling at once,\" the lawyer said.")
    assert [s for _, s in quotes_of(extractor, text)] == [None, None, "John Smith"]


def test_a_participle_describing_a_noun_is_no_cue(extractor):
    # "continued struggles": no one continued speaking; the quote after the paragraph is Humphrey's
    text = ("Former Sen. Gordon Humphrey wants to stop Donald Trump. \"The first thing is to stop Trump on the first "
            "ballot,\" Humphrey said.\n\nHumphrey said he doesn't believe the effort requires a settled alternative. "
            "Rather, he said, continued struggles by Trump's campaign will coalesce support around stopping him.\n\n"
            "\"To my knowledge, there is no heavy-hitter as yet involved.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Gordon Humphrey", "Gordon Humphrey"]


def test_according_to_him_is_the_man_just_named(extractor):
    text = ("Speaking on al-Masirah TV, Houthi military spokesperson Yahya Sarea said it had carried out the attack "
            "using ten drones. According to him, it was among the largest operations inside Saudi Arabia and was "
            "accomplished with the help of \"honourable people inside the kingdom\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["Yahya Sarea"]


def test_according_to_an_agency_then_someone_said_is_that_someones(extractor):
    # the parser makes ISNA the subject of "said", with the prosecutor as its apposition
    text = ("Iran issued an arrest warrant on Monday. According to semi-official news agency ISNA, the prosecutor "
            "general of Tehran, Ali Alghasi Mehr, said the 36 must face \"murder and terrorism charges\", adding Iran "
            "will pursue the prosecution.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Ali Alghasi Mehr"]


def test_what_a_crowd_chants_is_no_ones_named(extractor):
    text = ("Hillary Clinton spoke in Ohio on Monday. Protesters interrupted her with chants of \"Hillary for prison, "
            "she belongs in prison, lock her up now\" before being removed.")
    assert [s for _, s in quotes_of(extractor, text)] == [None]


def test_a_paragraph_of_reported_speech_introduces_the_quote_after_it_by_its_own_verb(extractor):
    # "predicting" is in what Carter said; the quote opening the next paragraph is Carter's, not the critics'
    text = ("\"The uncertainty of China's future is the main driving concern,\" Malaysian Defence Minister "
            "Hishammuddin Hussein said.\n\nUS Defense Secretary Ash Carter said that for decades some critics had "
            "been predicting an impending U.S. withdrawal from the region, but this would not happen.\n\n\"That's "
            "because this region remains the most consequential for America's own security and prosperity.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Hishammuddin Hussein", "Ash Carter"]


def test_a_source_familiar_with_someones_thinking_is_no_one_named(extractor):
    text = ("Ted Cruz met donors in Houston. Another source familiar with Cruz's thinking said, \"I think he'll "
            "certainly try to get to be the nominee in four years.\"\n\nThe chancellor spoke on Monday. A Treasury "
            "source said the figures were \"complete nonsense from beginning to end\".")
    assert [s for _, s in quotes_of(extractor, text)] == [None, "Treasury"]


def test_a_surname_read_as_a_modal_before_a_past_tense_opens_the_sentence_as_its_subject(extractor):
    text = ("George Will is a conservative columnist. Donald Trump attacked him on Sunday. Will described Trump as a "
            "\"caricature of democracy's most embarrassing tendencies\" in his column.\n\nFrom Trump's speech in "
            "Iowa to his call for a deportation force, Will described Trump as a \"candidate with no conservative "
            "principles at all\" in the column.")
    assert [s for _, s in quotes_of(extractor, text)] == ["George Will", "George Will"]


def test_the_email_is_the_one_the_sentence_before_says_sent_it(extractor):
    text = ("Bernie Sanders won New Hampshire. Hillary Clinton's campaign sent out an email fundraising appeal on "
            "Wednesday. \"We absolutely, critically need to make sure we have the resources to compete,\" the email "
            "said.\n\nThe club was dissolved on Friday. An email was sent from the club's executive director, Jeremy "
            "Boreing, to members. The email said: \"Effective immediately, we are going to be closing our doors.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Hillary Clinton", "Jeremy Boreing"]


def test_a_clause_joined_after_the_quote_with_its_own_subject_does_not_take_it(extractor):
    text = ("Hillary Clinton said the plan was \"a recipe for disaster in the region,\" and Donald Trump replied that "
            "she was wrong.\n\nTed Cruz said he would make sand \"glow in the dark all night,\" for instance, but "
            "Donald Trump vowed to bomb the oil fields.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Hillary Clinton", "Ted Cruz"]


def test_the_document_a_quote_was_read_from_goes_on_in_the_next_sentence(extractor):
    text = ("The club was dissolved on Friday. An email was sent from the club's executive director, Jeremy Boreing, "
            "to members. The email said, \"Effective immediately, we are going to begin to wind down the club.\"\n\n"
            "The email went on to say, \"Today, because we have been successful in creating a community, we can "
            "step back.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Jeremy Boreing", "Jeremy Boreing"]


def test_a_name_owning_something_after_the_verb_is_not_its_inverted_subject(extractor):
    text = ("Bob was the CIA base chief. He said the base immediately \"went into collect mode to try to figure out "
            "what was happening\" and said Stevens's rescue was always a priority.\n\nGermany relaxed its guidelines "
            "for travellers in 2011. \"Foreigners are generally not direct targets of clashes,\" counselled "
            "Germany's amended advice.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Bob", "Germany"]


def test_one_trump_confidant_is_no_one_named(extractor):
    text = ("Donald Trump met Reince Priebus on Thursday. \"What Reince and the mainstream media do not get is that "
            "the voters have spoken,\" said one Trump confidant.")
    assert [s for _, s in quotes_of(extractor, text)] == [None]


def test_a_statement_that_names_itself_as_its_issuer_does_not_loop(extractor):
    # "the statement" is taken up through whoever issued the statement before it, here itself: the rules looped
    # until Python's recursion limit and the article lost every quote
    text = ("Bernie Sanders lost New York. In a separate statement issued by the Sanders campaign, the statement "
            "talked about giving voters the right to \"determine who they want as president and who they want as "
            "the nominee.\"")
    extraction = extractor.extract(text)
    assert not extraction.failed
    assert [q.speaker for q in extraction.quotes] == ["Bernie Sanders"]


def test_a_state_written_with_a_role_is_never_someone_of_another_state(extractor):
    # USA Today writes the party and state after a comma: ", R-Iowa"
    text = ("Marco Rubio, who is third in many Iowa polls, stressed defense issues during an appearance with Sen. "
            "Joni Ernst, R-Iowa.\n\nThe Florida senator told reporters he feels good about his campaign in Iowa, and "
            "\"we'll see what it translates to a week from tonight.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Marco Rubio"]


def test_what_people_no_name_is_given_for_chant_is_no_ones(extractor):
    text = ("Hillary Clinton spoke in Atlantic City on Wednesday. About 50 protesters had gathered on Wednesday "
            "morning, chanting \"no contract, no peace, no justice for the workers of this city\" outside.\n\n"
            "Donald Trump spoke in Ohio. Trump chanted \"build the wall, build the wall\" with the crowd.")
    assert [s for _, s in quotes_of(extractor, text)] == [None, "Donald Trump"]


def test_it_after_a_sentence_about_a_document_is_the_documents_sender(extractor):
    text = ("Ted Cruz is giving away a shotgun. The GOP presidential candidate sent out an email to supporters Tuesday "
            "inviting them to enter the contest.\n\nThe email includes a photo of Cruz wearing hunting gear. At the "
            "bottom it reads, \"P.S. You can further support the cause by chipping in $35 today.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Ted Cruz"]


def test_a_day_owning_a_document_is_not_its_author(extractor):
    text = ("The Select Committee on Benghazi released a memo. Thursday's memo from the panel seemed aimed at "
            "bolstering the validity of the investigation.\n\n\"So far, 59 of the 75 witnesses interviewed by the "
            "committee have never been interviewed before,\" it stated.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Select Committee"]


def test_a_role_noun_after_a_quote_of_several_sentences_takes_up_the_sentence_before_the_quote(extractor):
    text = ("Donald Trump said, \"I really don't want Jeb's endorsement, because he is a weak man.\"\n\n"
            "Bush went after Trump at the debate, refusing to recant earlier remarks, when he called the businessman "
            "\"unhinged.\" \"So Donald, you know, is great at the one-liners, but he's a chaos candidate. And he'd "
            "be a chaos president. He would not be the commander in chief we need,\" the former Florida governor said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Donald Trump", "Bush"]


def test_a_name_written_as_an_owner_before_a_quote_is_not_the_one_a_role_noun_takes_up(extractor):
    text = ("Louise Ingabire serves ice cream at a shop in Butare. \"Ice cream is important,\" she says.\n\n"
            "True to Inzozi Nziza's motto, the shop can certainly make dreams come true. \"I didn't have a job before: "
            "I just stayed at home. Now, I have a vision for the future. I am making money and I can give some of it "
            "to my family,\" says the 27-year-old.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Louise Ingabire", "Louise Ingabire"]


def test_someone_recalled_saying_the_words_is_their_speaker(extractor):
    text = ("Freddy Trump was a pilot. \"I hope you don't mind, I have to take my brother Donald along,\" another "
            "fraternity brother, Stuart Oltchick, recalled him saying.\n\n"
            "Mr. Obama appointed George J. Mitchell as special envoy. \"I really want to try to do something here,\" "
            "Mr. Mitchell recalled the president telling him.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Freddy Trump", "Obama"]


def test_a_title_keeps_its_full_stop_inside_the_marks_but_a_sentence_of_names_is_a_quote(extractor):
    text = ("On Monday night, Clinton campaign manager Robby Mook released a memo titled \"The Facts on Where the Race "
            "Stands.\"\n\n\"That's Jeb Bush and Marco Rubio,\" said Rick Wilson, a strategist. \"He is right, that's "
            "Jeb Bush and Marco Rubio.\"\n\nThe ad ends: \"THIS IS NOT OK.\"")
    assert [t for t, _ in quotes_of(extractor, text)] == ["He is right, that's Jeb Bush and Marco Rubio.",
                                                          "THIS IS NOT OK."]


def test_an_unnamed_party_member_is_no_one_named_in_the_phrase(extractor):
    text = ("Hillary Clinton is ahead in Iowa. \"If Sanders wins Iowa and New Hampshire, the energy and the media "
            "coverage are going to be substantial,\" said one well-connected Democrat familiar with the Clinton "
            "campaign's organization, who requested anonymity to share private worries.")
    assert [s for _, s in quotes_of(extractor, text)] == [None]


def test_the_narrator_speaks_for_the_maker_of_the_ad_the_sentence_before_brings_in(extractor):
    text = ("Many Democrats are expected to follow the lead of Rep. Ann Kirkpatrick of Arizona, who is challenging "
            "Sen. John McCain. Last month, she released a web ad compiling some of Trump's most inflammatory "
            "statements, followed by a clip of McCain saying he will support the nominee. \"We need leaders to stand "
            "up to Donald Trump,\" the narrator says.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Ann Kirkpatrick"]


def test_the_man_after_one_man_is_still_unnamed(extractor):
    text = ("Bernie Sanders spoke in Manchester. One man in Manchester, responding to Sanders' description of the "
            "recession, interrupted the candidate:\n\n\"They stole the whole country from us,\" the man shouted.")
    assert [s for _, s in quotes_of(extractor, text)] == [None]


def test_the_ad_goes_back_past_ads_naming_no_maker_to_the_one_brought_in(extractor):
    text = ("The Jeb Bush campaign is releasing a new online ad Monday aimed at John Kasich.\n\nThe \"No Comparison\" "
            "ad contrasts Bush's record with Kasich's record.\n\nThe nearly 90-second ad slams Kasich for his vote.\n\n"
            "The ad claims \"Jeb is the conservative you can trust.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Jeb Bush"]


def test_to_continue_to_be_is_no_cue(extractor):
    text = ("Ted Cruz and Marco Rubio have been rivals for months. Rubio suspended his campaign on Tuesday.\n\n"
            "In a statement released shortly after the Florida senator suspended his presidential campaign, Cruz said "
            "he's certain Rubio will continue to be \"a champion for limitless opportunity in America.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Ted Cruz"]


def test_a_person_the_parser_hung_inside_a_bodys_name_before_the_verb_speaks(extractor):
    text = ("The Council on American-Islamic Relations National Executive Director Nihad Awad says in a statement "
            "that Trump's \"inflammatory rhetoric has crossed the line from spreading hatred to inciting violence.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Nihad Awad"]


def test_he_opening_the_sentence_after_one_about_a_person_is_them_even_if_their_words_name_them(extractor):
    text = ("Sen. Bernie Sanders is speaking Thursday to the National Action Network conference led by the Rev. Al "
            "Sharpton.\n\nSanders is outlining a litany of policy proposals on jobs. He says if people think the "
            "issues will be addressed by \"establishment politics and establishment economics, you've got a very "
            "good candidate to vote for but it's not Bernie Sanders.\"\n\n"
            "For Kevin Allton, a USI instructor, Andy Warhol was also a legend. He said, \"Andy Warhol was the center "
            "of the Zeitgeist for the 20th century and everything since.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Bernie Sanders", "Kevin Allton"]


def test_a_short_sentence_opening_a_quote_that_runs_on_is_its_start(extractor):
    text = ("Former professional cyclist Billy Bilsland knew Millar well. Robert Millar was a great rider.\n\n"
            "Bilsland, to whom Millar gifted his "
            "1984 King of the Mountains polka dot jersey which now hangs on the wall of his bike shop, added: "
            "\"Robert was special.\n\n\"He was focused on what he was about. He believed in himself.\"")
    assert quotes_of(extractor, text) == [
        ("Robert was special.\n\nHe was focused on what he was about. He believed in himself.", "Billy Bilsland")]


def test_the_one_who_also_spoke_after_a_quote_nobody_was_said_to_say_said_it(extractor):
    text = ("\"Trump's comments were, one, outrageous and dangerous. I also think it opened up a whole line of "
            "conversation which is important.\"\n\nCecile Richards also spoke about the case currently before the "
            "Supreme Court.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Cecile Richards"]


def test_the_state_party_member_is_a_person_even_where_the_party_is_a_body(extractor):
    text = ("George Pataki said Trump would \"drive the Republican Party off the cliff.\"\n\nSpeaker Paul Ryan says "
            "the whole world is watching American politics.\n\nIn an interview with reporters Thursday, the "
            "Wisconsin Republican criticized the president's foreign policy and said allies wanted to know if the "
            "U.S. is \"still in the game of world affairs.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["George Pataki", "Paul Ryan"]


def test_a_quote_opening_a_paragraph_after_one_about_a_person_and_an_owner_is_the_persons(extractor):
    text = ("Donald Trump is taking questions in an Elks Lodge in Salem. The billionaire businessman began by talking "
            "about the state's drug crisis, saying that obtaining heroin is now \"cheaper than getting candy in a "
            "shop.\"\n\nNew Jersey Gov. Chris Christie hopes his latest celebrity endorsement will give him a boost."
            "\n\nChristie was joined Monday at a town hall meeting in Hudson by Buddy Valastro, star of a reality "
            "show.\n\nValastro praised Christie's leadership in the aftermath of Hurricane Sandy.\n\n"
            "\"We need someone who's going to cut through the bullcrap and bring people together.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Donald Trump", "Buddy Valastro"]


def test_a_call_to_words_is_its_owners_but_words_said_of_a_comment_are_not(extractor):
    text = ("Donald Trump mocked Marco Rubio. And he said that Hillary Clinton's call earlier in the night to \"make "
            "America whole again\" was an inferior slogan.\n\nAmerican Bridge President Jessica Mackler issued a "
            "statement saying his comment \"has absolutely no place in American democracy\" and said more.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Hillary Clinton", "Jessica Mackler"]


def test_a_guess_for_a_later_paragraph_does_not_outrank_the_cue_of_the_first(extractor):
    text = ("Neil O'Brien, the think tank's director, said: \"The truth is I don't believe anybody has the right to "
            "live in the most expensive parts of town.\"\n\nThe prime minister's official spokesman said: \"This is "
            "something that councils can choose to do already.\n\n\"Councils should be looking for ways to use their "
            "social housing stock as efficiently as they can.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Neil O'Brien", None]


def test_a_government_official_of_a_country_speaks_for_its_government(extractor):
    text = ("The Eurogroup met on Friday. Angela Merkel spoke to Alexis Tsipras.\n\nOne Greek government official "
            "described the phone call as \"constructive\", adding: \"The conversation was held in a positive "
            "climate, geared towards finding a solution.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Greek government"]


def test_the_subject_of_what_a_named_speaker_says_is_not_the_speaker(extractor):
    text = ("Samuel Nunberg filed a petition.\n\nTrump's attorney, Alan Garten, said Nunberg was \"looking for free "
            "publicity using categorically false claims.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Alan Garten"]


def test_a_surname_the_tagger_takes_for_an_adverb_after_said_is_the_speaker(extractor):
    text = ("Bill Skelly worked for Trump.\n\n\"Having access to the RNC file and two people who understand it is "
            "valuable,\" said Skelly, explaining he worked more closely with others.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Bill Skelly"]


def test_one_of_someones_supporters_is_not_that_someone(extractor):
    text = ("Alan Grayson is running for the Senate. His wife, Dena Grayson, is running for his House seat.\n\nOne of "
            "Grayson's former supporters who still backs Randolph, former Colorado Rep. Pat Schroeder, lives in his "
            "Orlando-based district and wrote in an email to POLITICO that Dena Grayson's campaign was \"tragic in "
            "the Year of the Woman, when a woman should run on her own accomplishments.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Pat Schroeder"]


def test_for_someone_opening_a_sentence_gives_whose_view_a_he_after_it_is(extractor):
    text = ("Liberal writers are reveling in Kevin D. Williamson's poverty-shaming. For Jonathan Chait, Williamson is "
            "exposing the perverse moral logic of hardline libertarianism. \"The marketplace hasn't failed the white "
            "working class,\" he mocks.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Jonathan Chait"]


def test_a_person_hung_inside_a_bodys_name_speaks_for_a_participle_too(extractor):
    text = ("The Executive Council of Australian Jewry Robert Goot said the comment was \"injudicious and "
            "unfortunate\", saying there was \"a fundamental difference between organised acts of terrorism and a "
            "genocide\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["Robert Goot"]


def test_a_name_before_the_letters_of_an_office_is_a_persons(extractor):
    text = ("Tristram Hunt MP, who was involved in the campaign, said the sale was \"fantastic news\".\n\n\"The items "
            "contained within the Wedgwood collection chart a significant part of Britain's cultural development,\" "
            "he said.")
    extraction = extractor.extract(text)
    assert [q.speaker for q in extraction.quotes] == ["Tristram Hunt"]
    assert "Tristram Hunt" in {p.name for p in extraction.people}


def test_they_after_a_spokesman_for_a_body_is_the_body(extractor):
    text = ("Lord Nash criticised the trust. \"I am deeply mindful of the need to eliminate discrimination,\" he said."
            "\n\nA spokesman for Park View School said they would challenge the Ofsted report.\n\nThey said "
            "terminating the funding agreement would mean the trust could be removed.\n\n\"What happens to the schools "
            "after that would be the decision of the secretary of state,\" they said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Lord Nash", "Park View School"]


def test_it_after_a_sentence_set_in_a_letter_is_the_letters_writer(extractor):
    text = ("A spokesman for Park View School said they would challenge the report. \"We will fight this,\" they said."
            "\n\nIn a letter to Dr Achmad da Costa, chair of Oldknow Academy Trust, Lord Nash said it was not meeting "
            "the requirements.\n\n\"Therefore the Secretary of State is minded to terminate the funding agreement,\" "
            "it said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Park View School", "Lord Nash"]


def test_a_speaker_the_story_says_it_does_not_name_stays_unnamed(extractor):
    text = ("A head teacher at one of the Trojan Horse schools said parents tried to undermine her authority.\n\nThe "
            "head teacher, who wished to remain anonymous, said she heard parents speaking to an inspector.\n\n"
            "\"From 2012 I felt alone,\" she said.")
    assert [s for _, s in quotes_of(extractor, text)] == [None]


def test_the_news_outlet_is_the_outlet_named_before(extractor):
    text = ("The FBI is investigating Hillary Clinton's emails, Fox News reported on Wednesday.\n\nSection 1001 can be "
            "applied, \"when individuals make misleading or false statements causing federal agents to expend "
            "additional resources,\" according to the news outlet.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Fox News"]


def test_he_after_a_sentence_whose_subject_is_someones_article_is_its_writer(extractor):
    text = ("Donald Trump won the endorsement of Sen. Jeff Sessions. National Review writer Ian Tuttle wrote an "
            "article about Trump.\n\nTuttle's article also attacked Christie by accusing him of endorsing Trump in "
            "an attempt to gain a position in the Trump administration. He calls Christie's endorsement \"the most "
            "transparent display of affection since Judas Iscariot's Gethsemane smooch.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Ian Tuttle"]


def test_a_report_quoting_someone_unnamed_gives_no_one(extractor):
    text = ("The Washington Post reported that Corey Lewandowski was ousted.\n\n\"It just came to a head. There were a "
            "lot of voices that came together at once,\" the Post reported, quoting an anonymous Republican official."
            "\n\n\"We will win this fight,\" the Times reported, quoting Senator John Smith.\n\n"
            "\"Crooked Hillary Clinton and her team 'were extremely careless in their handling of very sensitive "
            "information.' Not fit!\" Donald Trump tweeted, quoting James Comey's statement.")
    assert [s for _, s in quotes_of(extractor, text)] == [None, "John Smith", "Donald Trump"]


def test_a_name_run_on_from_a_bodys_name_is_the_person_after_it(extractor):
    text = ("Chair of UK Sport Rod Carr said the government has \"confirmed its commitment\" for Tokyo 2020. He added: "
            "\"These are critical funding decisions for sports to take them on their journey to Tokyo.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Rod Carr"]


def test_a_described_name_before_a_colon_labels_the_quote(extractor):
    text = ("Australia will no doubt still fancy their chances of pulling off a record-breaking victory.\n\n"
            "Australia spinner Nathan Lyon: \"We're definitely still in it. If we bat two days the result will go our "
            "way.\"\n\nEngland batsman Ian Bell: \"There are no gimmes and we expect more tomorrow.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Nathan Lyon", "Ian Bell"]


def test_a_name_set_beside_the_body_a_role_noun_heads_is_the_role_holder(extractor):
    text = ("Brexit was described by the former head of the World Trade Organisation, Pascal Lamy, as \"taking an egg "
            "out of omelette\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["Pascal Lamy"]


def test_a_body_a_noun_speaks_to_is_not_the_body_it_stands_for(extractor):
    text = ("Temasek's investment in Olam means that \"the people of Singapore have unwittingly financed it,\" the "
            "report by Mighty says.\n\nTemasek has dismissed the allegations, explaining that they \"fully support "
            "no-burn policies for land clearance.\"\n\nThe fund told the BBC: \"Olam's operations are properly matters "
            "for the board and management of Olam to address.\"")
    assert "BBC" not in [s for _, s in quotes_of(extractor, text)]


def test_a_set_off_he_said_is_not_the_subject_of_the_clause_it_interrupts(extractor):
    text = ("There's also resistance. Jon Russell is a councilman in Culpeper, Va.\n\nRussell said states should be "
            "the primary regulator of labor conditions. Obama, he said, is \"hop-skipping over the states.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Jon Russell"]


def test_it_after_a_sentence_about_a_country_is_that_country(extractor):
    text = ("Shares fell on the Nasdaq on Tuesday. On Wednesday, however, South Korea moved to steady the financial "
            "markets. It issued a statement that \"the Bank of Korea will not change the portfolio of currencies in "
            "its reserves due to short term movements.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["South Korea"]


def test_said_a_body_then_a_title_then_a_name_is_the_name(extractor):
    text = ("The group has pushed superdelegates hard.\n\n\"MoveOn members overwhelmingly endorsed Sanders for "
            "president. But superdelegates shouldn't overrule the will of the Democratic grassroots,\" said MoveOn "
            "Washington Director Ben Wikler. \"If the primary and caucus winner is Hillary Clinton, she should be the "
            "nominee.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Ben Wikler", "Ben Wikler"]


def test_an_unnamed_republican_is_no_one_and_so_is_the_republican_after_one(extractor):
    text = ("Ted Cruz leads in Iowa.\n\n\"If you talk to my peers around town, collectively it's an appreciation the "
            "guy is smart as hell,\" explained a senior Washington Republican who is backing another candidate.\n\n"
            "But a leading Republican in frequent touch with high-level donors said even though those contributors "
            "may despise Cruz, they are learning to live with him. \"If that's what we need to do to beat Trump,\" the "
            "Republican said, \"then that's what you get.\"")
    assert [s for _, s in quotes_of(extractor, text)] == [None, None, None]


def test_the_republican_after_a_named_one_is_still_that_one(extractor):
    # the guard: "the Republican" takes up a named party member as before
    text = ("Senator Susan Collins of Maine spoke on Sunday. \"I will not vote for Donald Trump,\" the Republican "
            "said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Susan Collins"]


def test_an_owner_split_off_as_a_subject_does_not_speak_for_the_named_relative(extractor):
    text = ("Omar Mateen killed 49 people.\n\nMateen’s ex-wife, Sitora Yusufiy, told CNN: “Well, when we had gotten "
            "married, he confessed to me about his past.”")
    assert [s for _, s in quotes_of(extractor, text)] == ["Sitora Yusufiy"]


def test_the_paper_is_the_newspaper_named_not_the_last_body(extractor):
    text = ("On Thursday, for instance, the New York Times editorial board called upon New Jersey Gov. Chris "
            "Christie to abandon his bid. Fleischer predicted that the GOP is about to enter a volatile phase.\n\n"
            "“New Jersey is in trouble, and the governor is off pursuing a presidential run that’s turned out to be a "
            "vanity project,” the paper wrote.")
    assert [s for _, s in quotes_of(extractor, text)] == ["New York Times"]


def test_told_by_telephone_is_still_a_report_of_speech(extractor):
    text = ("Israeli Prime Minister Benjamin Netanyahu, a persistent critic of the negotiations, told Obama by "
            "telephone that a final deal based on the parameters announced Thursday “would threaten the survival of "
            "Israel,” according to an Israeli statement.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Benjamin Netanyahu"]


def test_he_after_an_unnamed_official_set_off_in_the_sentence_before_is_no_one_named(extractor):
    text = ("Ibrahim El Bakraoui was deported by Turkey to the Netherlands last year, a senior Turkish official told "
            "CNN.\n\nBelgian authorities, the Turkish official said, responded soon after saying he had a criminal "
            "record but no known ties to terrorism.\n\n\"These two deceased suicide bombers had lengthy criminal "
            "records,\" he said, \"but (were) not linked to terrorism.\"")
    assert [s for _, s in quotes_of(extractor, text)] == [None, None]


def test_he_is_the_one_a_relative_clause_hangs_off_not_a_name_inside_it(extractor):
    text = ("Only 14 images of the composer are known.\nThe best physical description came from baritone Luigi Bassi, "
            "for whom Mozart had written the role of Don Giovanni.\n\"Mr Mozart was an extremely eccentric and "
            "absent-minded young man,\" he said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Luigi Bassi"]


def test_saying_hung_off_a_clause_about_a_thing_goes_on_from_the_one_who_made_it_clear(extractor):
    text = ("Bernie Sanders met the pope at the Vatican.\n\nOn Saturday, Francis made clear that his meeting with "
            "Sanders was not political, saying that those who thought it was should \"look for a psychiatrist,\" "
            "according to Reuters.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Francis"]


def test_with_a_named_officer_urging_is_that_officer_and_the_quote_before_stays_the_bodys(extractor):
    text = ("The World Bank, too, expressed its relief that the global economy had “dodged a potential catastrophe”, "
            "with its president, Jim Yong Kim, urging policymakers in all countries to “continue to focus on crafting "
            "and implementing policies that promote economic growth.”")
    assert [s for _, s in quotes_of(extractor, text)] == ["World Bank", "Jim Yong Kim"]


def test_a_participle_hung_off_a_time_clause_goes_on_from_the_one_who_said_it(extractor):
    text = ("Fox News host Sean Hannity indicated Tuesday night that any bad blood with Florida Sen. Marco Rubio has "
            "largely abated.\n\n\"I think we need him back in the Senate,\" Hannity said during a panel on his show "
            "after the first-term senator easily won his Senate primary, remarking that while there are \"still some "
            "conservatives angry over comprehensive immigration reform,\" Rubio already \"paid a very heavy political "
            "price for that.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Sean Hannity"] * 3


def test_a_plural_apostrophe_inside_single_marks_does_not_close_the_quote(extractor):
    text = ("He said: 'Patriotism means supporting a strong parliament. It doesn't mean rejecting the money that comes "
            "from the bankers' bonus tax that will allow young people to have jobs.' Critics called the plan 'a "
            "gimmick'.\n\nThese steel-framed 'supertrees' not only have flowers growing up them but act to absorb "
            "heat, the council's engineers' report says.")
    assert [t for t, _ in quotes_of(extractor, text)] == [
        "Patriotism means supporting a strong parliament. It doesn't mean rejecting the money that comes from the "
        "bankers' bonus tax that will allow young people to have jobs."]


def test_an_orphan_quote_after_a_sentence_of_reported_speech_naming_others_is_the_reporters(extractor):
    text = ("The plan was unveiled on Monday.\n\nLike many supporters, Nora Jahangir said she was angered by the media "
            "declaring Clinton the nominee before the vote. Doing so “appeared to be an attempt at poisoning the "
            "California election.”")
    assert [s for _, s in quotes_of(extractor, text)] == ["Nora Jahangir"]


def test_what_someone_may_find_is_no_finding(extractor):
    text = ("Kiev wants progress on trade and visas.\n\nUkraine may find it has a sympathetic ear in Brussels \"The EU "
            "has said again that we support a fast entry to the WTO for Ukraine,\" said Claude Veron-Reville, a "
            "spokesman for the trade commissioner.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Claude Veron-Reville"]


def test_the_bank_is_the_bank_acting_since_the_last_quote_not_one_named_in_it(extractor):
    text = ("JP Morgan has apologised for the role two banks it later took over played in slavery.\n\n\"We apologise "
            "for the role that Citizens Bank and Canal Bank played,\" chief executive William Harrison said in a "
            "letter. JP Morgan said that it was setting up a scholarship for students in Louisiana. The bank said "
            "that it is a \"very different company than the Citizens and Canal Banks of the 1800s\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["William Harrison", "JP Morgan"]


def test_a_credit_line_after_a_quote_is_no_cue(extractor):
    text = ("Julie Burkhart, who runs a clinic in Wichita, said the signing marked a sad day. \"This law puts women at "
            "risk and ties doctors' hands,\" she said. \"We'll continue to fight!\" CNN's Sam Stringer contributed to "
            "this report.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Julie Burkhart", "Julie Burkhart"]


def test_a_speakers_name_the_tagger_takes_for_a_noun_is_still_the_speaker(extractor):
    text = ("The Reds beat third-placed Chinnor 29-12 for a second win in a row.\n"
            "\"Three of our forwards really led the team from the front,\" Churcher told BBC Cornwall.\n"
            "The Reds face seven teams who are below them in the table in their next eight games.\n"
            "Churcher believes his side still has a lot of room for improvement, adding: \"Chinnor wasn't the "
            "complete performance, but emotionally it was a really dogged performance.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Churcher", "Churcher"]


def test_a_names_plural_apostrophe_does_not_close_a_single_marked_quote(extractor):
    text = ("Carnival Cruise Lines officials confirmed that the ship was due early this morning. 'The scheduled "
            "arrival of Carnival Cruise Lines’ Carnival Spirit has been delayed by severe weather which has closed "
            "the port,' the statement said.")
    assert quotes_of(extractor, text) == [
        ("The scheduled arrival of Carnival Cruise Lines’ Carnival Spirit has been delayed by severe weather which "
         "has closed the port", "Carnival Cruise Lines")]


def test_a_body_acting_outranks_one_something_is_done_to(extractor):
    text = ("Shares fell sharply on Monday.\n\nCarnival Cruise Lines officials confirmed to reporters that Carnival "
            "Corporation was told by the port to wait because of the storm. \"The ship is now waiting off the coast "
            "until the port is re-opened,\" the statement said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Carnival Cruise Lines"]


def test_said_after_a_quote_by_an_owners_noun_is_the_one_named_beside_it(extractor):
    text = ("Clinton spoke about jobs and schools. Then there was the most obvious change of all: \"It's about time "
            "that we had a woman running this country,\" exhorted Clinton's introducer, actress Jamie Lee Curtis.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Jamie Lee Curtis"]


def test_it_after_a_sentence_opening_on_someones_website_is_theirs(extractor):
    text = ("Bernie Sanders has not yet endorsed anyone. Congress returns next week.\n\nOn his website, Sanders has "
            "already started to make the change from candidate to another kind of leader. \"This is your "
            "movement,\" it now says, showing a montage of faces.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Bernie Sanders"]


def test_it_reads_is_the_email_a_sentence_shortly_before_is_about(extractor):
    text = ("\"They hid this email for years,\" said Judicial Watch President Tom Fitton.\n\n"
            "The email, released by Judicial Watch, was sent at 7:19 p.m. by Chief of Staff Jeremy Bash, more "
            "than three hours after the first attack. Two Americans were killed at each location.\n\n"
            "\"I just tried you on the phone but you were all in a meeting,\" it reads.\n\n"
            "\"We have identified the forces that could move. They are spinning up as we speak,\" it said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["Tom Fitton", "Jeremy Bash", "Jeremy Bash"]


def test_comments_from_someone_that_are_quoted_are_theirs(extractor):
    text = ("The email was sent by Jeremy Bash to three officials.\n\nThe email appears to contradict 2013 comments "
            "from former Secretary of Defense Leon Panetta that \"time, distance, the lack of an adequate warning "
            "prevented a more immediate response.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Leon Panetta"]


def test_a_surname_with_two_letters_swapped_is_that_person(extractor):
    text = ("Gary Byrne served in the Secret Service for years. He wrote, \"She simply lacks the integrity to "
            "serve in the office.\"\n\nBryne went on to say, \"From the bottom of my soul, I know this to be true.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Gary Byrne", "Gary Byrne"]


def test_words_going_on_from_a_set_off_he_said_are_his(extractor):
    text = ("Jeffery Hemsley, the co-author of a book about viral news, said people tend to pick their own news.\n\n"
            "This makes it increasingly difficult to dislodge misinformation, he said. Good information can still "
            "drive out bad, but usually only when \"the truth is sexier than the lie.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Jeffery Hemsley"]


def test_a_role_noun_after_a_colon_is_the_one_the_colon_brings_in(extractor):
    text = ("Sen. John McCain has criticised the plan.\n\nTed Cruz defends his record in a commercial running on "
            "Iowa TV: \"Securing our borders is a matter of national security,\" the senator says directly to the "
            "camera. \"That's why I fought so hard against the amnesty plan.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Ted Cruz", "Ted Cruz"]


def test_words_said_of_someones_comments_are_not_theirs(extractor):
    text = ("Muslim groups wrote to Hillary Clinton on Thursday about Wesley Clark.\n\nClark's comments further "
            "\"the anti-Muslim mob mentality\" fostered by Trump and other GOP hopefuls, the groups say.")
    assert [s for _, s in quotes_of(extractor, text)] == [None]


def test_a_body_named_more_often_without_its_countrys_name_is_named_so(extractor):
    text = ("Uncertainty before the election is weighing on business, the Federal Reserve's survey said on Wednesday. "
            "The Federal Reserve policymakers meet next week. The US Federal Reserve has not raised rates this year.")
    extraction = extractor.extract(text)
    assert "Federal Reserve" in {o.name for o in extraction.organizations}
    assert "US Federal Reserve" not in {o.name for o in extraction.organizations}


def test_a_body_a_demonym_names_keeps_it(extractor):
    text = ("The Chinese Foreign Ministry summoned the ambassador on Monday. The Foreign Ministry said the visit was "
            "a provocation. The Foreign Ministry has protested before.")
    assert "Chinese Foreign Ministry" in {o.name for o in extractor.extract(text).organizations}


def test_a_statement_attributed_to_someone_is_theirs(extractor):
    text = ("\"It's plagiarism. It's flat-out plagiarism,\" David Axelrod said.\n\nManafort and campaign spokesman "
            "Jason Miller worked to craft the campaign's first statement, which landed at 1:48 a.m.\n\n\"In writing "
            "her speech, her team took notes on her life's inspirations,\" read the statement, which was attributed "
            "to Miller.")
    assert [s for _, s in quotes_of(extractor, text)] == ["David Axelrod", "Jason Miller"]


def test_a_report_someone_failed_to_make_is_no_cue(extractor):
    text = ("Republic said the coverage was excessive.\nGraham Smith, the pressure group's chief executive, added that "
            "the BBC had \"failed completely\" to report the birthday in a way that was \"fair, balanced and "
            "proportionate\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["Graham Smith"]


def test_a_body_named_by_whom_it_is_made_of_is_its_own(extractor):
    text = ("The World Bank has nominated Jim Yong Kim for a second term.\n\nA letter this month to the bank board "
            "from the staff association urged consideration of other nominees. \"We have accepted decades of "
            "back-room deals which selected an American male,\" it said.")
    assert [s for _, s in quotes_of(extractor, text)] == ["staff association"]


def test_a_participle_after_a_while_clause_goes_on_from_its_subject(extractor):
    text = ("The post drew mixed reactions. 'The mind boggles,' commented Tracy Ayre while Suzi Force believes the man "
            "should have been punished, saying: 'Give him a holiday in a cell, maybe he will think twice next time!'")
    assert [s for _, s in quotes_of(extractor, text)] == ["Suzi Force"]


def test_a_name_a_person_noun_makes_after_a_capitalised_the_is_that_name(extractor):
    text = ("President Barack Obama announced his support for gay marriage in 2012. The Economist called Clinton's "
            "stance on gay marriage, 'cautious to the point of cowardice.'")
    assert [s for _, s in quotes_of(extractor, text)] == ["Economist"]


def test_he_after_a_quote_is_its_sentences_subject_not_one_it_names_after_the_quote(extractor):
    text = ("Kennedy questions trust of Blair\n\nLib Dem leader Charles Kennedy has said voters now have a "
            "\"fundamental lack of trust\" of Tony Blair as prime minister.\n\nHe said backing his party was not a "
            "wasted vote, adding that with the Lib Dems \"what you see is what you get\".")
    assert [s for _, s in quotes_of(extractor, text)] == ["Charles Kennedy", "Charles Kennedy"]


def test_he_after_a_quote_is_the_one_its_sentence_names_speaking_after_it(extractor):
    text = ("Five girls died in the fire.\nPresident Andrzej Duda said the victims were \"joyful girls starting out in "
            "life\" while Interior Minister Joachim Brudziński wrote he had ordered fire safety checks. He tweeted, "
            "\"I want to express my sympathy and regrets to the families of the victims.\"")
    assert [s for _, s in quotes_of(extractor, text)] == ["Andrzej Duda", "Joachim Brudziński"]
