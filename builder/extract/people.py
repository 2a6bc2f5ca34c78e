"""People: one entry per person, not per mention.

Four passes: the names the tagger calls people (tagged_mentions), the names it missed or mislabelled
that the context shows to be people's (untagged_mentions), the names the context shows to be things,
groups or places taken out (drop_non_people), and the rest clustered under the fullest form, with
surnames and repeats the tagger called ORG or GPE joining it (cluster_mentions). Titles are split off
into roles. What a name is comes from names.py; what its sentence says, from person_context.py.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Span

from ..places import lookup_place
from .lexicon import (CORPORATE_SUFFIXES, DOUBLE_MARKS, FIRM_OR_PERSON_NOUNS, HONORIFICS, KIN_NOUNS,
                      KNOWN_ORGANIZATIONS, NAME_SUFFIXES, NOBLE_TITLES, NON_PERSON_HEADS, ORG_NAME_WORDS, PARTY_LABELS,
                      PERSON_NOUNS, PLACE_FIRST_WORDS, PLACE_LAST_WORDS, POST_NOMINALS, PRODUCT_LINES,
                      PRODUCT_MODEL_WORDS, ROLE_NOUNS, SHOP_WORDS, SPEECH_VERBS, SURNAME_HONORIFICS, WELL_KNOWN_PEOPLE)
from .names import (NAME_PARTICLES, NICKNAMES, any_given_name, bare_surname, clean_name, common_given_name, common_word,
                    demonym, given_name_gender, holds_office, is_title, looks_like_name, misspelt_surname, name_word,
                    opens_with_common_word, org_shaped, personal_title, public_office, same_first_name, split_title,
                    starts_with_given_name, surname_first, word_gender)
from .person_context import (GEOGRAPHIC_NOUNS, LOCATIVE_PREPOSITIONS, affiliation,
                             after_indefinite_article, aged, appositive_role, beside_person_noun, clause_head,
                             conjuncts, context_noun, counted_firms, doc_ents, doc_text, first_conjunct,
                             hyphen_bounds, inverted_names, listed_after_person_noun, listed_with_people,
                             paragraph_starts, member_of_group, name_bounds, name_head, names_a_thing,
                             next_subject_pronoun, non_person_context,
                             organisation_relation, person_evidence, person_noun_before_or_beside, person_noun_word,
                             played_part, preceding_role, spelled_out, starts_paragraph, thing_relation,
                             transcript_labels, verb_number, who_clause, with_noun_role)
from .quotes import closes_quote, open_before


@dataclass
class PersonCluster:
    name: str                                  # fullest form
    mentions: list[tuple[int, int]] = field(default_factory=list)   # token range of each mention
    roles: list[str] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    first_char: int = 0
    quoted: int = 0
    described: bool = False                    # an age beside a mention ("Alamin, ten, ..."), or a list
                                               # of people it is in ("Bono, Amadou Bagayoko and Elton John")


# Titles of peers, written with the place they are "of" ("Lord Nicholls of Birkenhead").
PEERAGE_TITLES = frozenset({"Lord", "Baroness", "Lady", "Viscount", "Viscountess"})

_LEADING_THE = re.compile(r"^(?:the|The)\s+")


@dataclass(frozen=True)
class _Words:
    """What the passes below read from one Doc, gathered once: token texts (the scans index these,
    not the Doc), entities, the words written in lowercase, the names the tagger calls people."""
    texts: list[str]
    ents: list
    lower_words: set[str]
    person_texts: set[str]
    turns: list[tuple[int, int]]             # interview-transcript labels ("Aner Shalev:")


Mention = tuple[int, int, str, str | None]      # (start token, end token, name, role)


def collect_people(doc) -> tuple[list[PersonCluster], set[str], dict[int, str]]:
    """Cluster person mentions in one Doc. Returns clusters in order of first mention, the names
    rejected as non-people (so organisations can pick them up) and a map token index -> person."""
    texts = [t.text for t in doc]
    ents = joined_person_ents(doc)
    words = _Words(texts, ents, {w for w in texts if w[:1].islower()},
                   {clean_name(e.text) for e in ents if e.label_ == "PERSON"}, transcript_labels(doc))
    full, rejected, by_context = tagged_mentions(doc, words)
    full = untagged_mentions(doc, words, full)
    clusters, token_person = cluster_mentions(doc, words, drop_non_people(doc, words, full, by_context))
    return clusters, rejected, token_person


def joined_person_ents(doc) -> list:
    """doc.ents, with two person names the tagger set side by side made one ("Susilo Bambang" +
    "Yudhoyono's government"; "Tomas" + "Eloy Martinez", the middle name between left untagged)."""
    out: list = []
    for ent in doc_ents(doc):
        prev = out[-1] if out else None
        if prev is not None and ent.label_ == prev.label_ == "PERSON" and doc[prev.end - 1].tag_ != "POS" \
                and doc[prev.end - 1].whitespace_ == " " \
                and (name_part(doc[prev.end - 1].text) or is_title(doc[prev.end - 1].text)) \
                and (ent.start == prev.end or ent.start == prev.end + 1 and doc[prev.end].pos_ == "PROPN"
                     and name_part(doc[prev.end].text) and doc[prev.end].whitespace_ == " ") \
                and not (len(ent) > 1 and starts_with_given_name(ent.text) and not starts_with_given_name(prev.text)
                         and not common_given_name(prev.text)):
            # (but not a full name after a label: "Sex Pistol John Lydon")
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    title = headline_line(doc)
    if title:
        body = {n for e in out if e.label_ == "PERSON" and e.start not in title
                for n in [" ".join(t.text for t in e)] if " " in n}
        out = [part for e in out
               for part in (names_in_headline(doc, e, body) if e.label_ == "PERSON" and e.start in title else (e,))]
    return out


def names_in_headline(doc, ent, body: set[str]) -> tuple:
    """A headline in title case runs names and words into one "name" ("Hillary Clinton Slams Donald Trump On
    Abortion", "Clinton Email Story Has Moved"): the names in it the story writes in full, or one word of such a
    name, are the people, the rest is not a name."""
    words = {w for n in body for w in n.split()}
    parts: list = []
    i = ent.start
    while i < ent.end:
        j = next((j for j in range(ent.end, i + 1, -1) if doc[i:j].text in body), None)
        if j is None and doc[i].text in words:
            j = i + 1
        if j is not None:
            parts.append(Span(doc, i, j, label="PERSON"))
        i = j or i + 1
    return (ent,) if not parts or len(parts) == 1 and len(parts[0]) == len(ent) else tuple(parts)


def name_part(word: str) -> bool:
    """A capitalised word that can be part of a name: not a title, a person noun ("Supervisor") or
    an everyday word."""
    return word.istitle() and word.isalpha() and not is_title(word) and not common_word(word) \
        and word.lower() not in PERSON_NOUNS | ROLE_NOUNS


# Relatives who keep a family's surname (a sister, daughter or wife may have married out of it)
BLOOD_KIN = frozenset("son brother father nephew grandson twin".split())


def tagged_mentions(doc, words: _Words) -> tuple[list[Mention], set[str], set[str]]:
    """The names the tagger calls people, with titles split off and edges corrected. Returns them,
    the names rejected as non-people, and the names the context shows to be groups or places."""
    texts, ents, lower_words, person_texts = words.texts, words.ents, words.lower_words, words.person_texts
    rejected: set[str] = set()
    # multi-word organisation names: a "person" holding one ("Univisión White House") is not a person
    # (not a name the tagger also calls a person elsewhere: "Sanchéz Barba said" tagged ORG once)
    org_texts = {n for e in ents if e.label_ == "ORG" for n in [clean_name(e.text)]
                 if len(n.split()) > 1 and n not in person_texts
                 and not (n.split()[0].lower() in NAME_PARTICLES and any(p.endswith(" " + n) for p in person_texts))}
    # (nor a surname opening with a particle, as a person's name the tagger tags ends: "El Guerrouj" of Hicham El
    # Guerrouj)
    org_words = {clean_name(e.text) for e in ents if e.label_ == "ORG"}
    by_context: set[str] = set()
    acronyms = spelled_out(doc)      # ("Kris (Criminals’ Return Into Society)" is a body all through)
    # one word that ends a firm's or a product's name, and no one's ("Glass" after "Google Glass"), or opens a
    # town's ("Stratford" after "Stratford-upon-Avon"), is that thing
    things = ({n.split()[-1] for e in doc_ents(doc) if e.label_ in ("ORG", "PRODUCT") for n in [clean_name(e.text)]
               if len(n.split()) > 1 and not any_given_name(n.split()[0])}
              - {n.split()[-1] for n in person_texts if " " in n}) \
        | {t.text for t in doc[:-2] if doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ in ("upon", "on", "under")}
    full: list[Mention] = []
    # the surname of a person the article names in full, though a firm has it as its name ("Dr Fox"
    # after "Liam Fox"; Fox is also the network)
    known_surnames = {n.split()[-1] for n in person_texts
                      if len(n.split()) >= 2 and n.split()[-1] in KNOWN_ORGANIZATIONS}
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        first, end = name_bounds(doc, ent.start, ent.end, lower_words)
        title, rest = split_title(clean_name(doc[first:end].text).split())
        inner_title = [k for k, w in enumerate(rest[:-1]) if k and is_title(w)]
        if inner_title and (not any_given_name(rest[0])
                            or any(w.lower() in PERSON_NOUNS | ROLE_NOUNS for w in rest[1:inner_title[-1]])):
            # "former Tory Treasurer Lord Ashcroft", one name as tagged: the name follows the title
            title, rest = title + rest[:inner_title[-1] + 1], rest[inner_title[-1] + 1:]
        while rest and rest[-1] in NAME_SUFFIXES and rest[-1] not in ("II", "III", "IV"):
            rest = rest[:-1]                     # "Jr." goes; "Richard III" keeps his number
        if len(rest) >= 3 and (rest[0].lower() in PERSON_NOUNS | ROLE_NOUNS
                               or rest[0].endswith("s") and rest[0][:-1].lower() in PERSON_NOUNS) \
                and (common_given_name(rest[1]) or doc[first].is_sent_start):
            title, rest = title + rest[:1], rest[1:]     # "Novelist Ajaz Ashraf", "Singers Jennifer Lopez and …"
        elif len(rest) >= 3 and demonym(rest[0]) and common_given_name(rest[1]):
            title, rest = title + rest[:1], rest[1:]     # "Kenyan Paul Tergat": where he is from
        elif len(rest) >= 3 and first and doc[first - 1].lower_ in ("late", "former", "fellow", "the") \
                and not any_given_name(rest[0]) and common_given_name(rest[1]):
            title, rest = title + rest[:1], rest[1:]     # "late Beatle George Harrison": what he was
        elif len(rest) >= 3 and first and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_alpha \
                and doc[first - 1].text[:1].isupper() and not doc[first].is_sent_start \
                and not is_title(doc[first - 1].text) and not any_given_name(rest[0]) and common_given_name(rest[1]):
            rest = rest[1:]                              # "Chair of UK Sport Rod Carr": the body's last word
        if len(rest) >= 3 and doc[first].is_sent_start and rest[0].lower() in NON_PERSON_HEADS:
            by_context.add(" ".join(rest[1:]))   # "Bookmaker William Hill said": a firm named after a man,
            continue                               # everywhere in the article
        name = " ".join(rest)
        if name.startswith(tuple(h + " " for h in HONORIFICS)):
            name = name.split(" ", 1)[1]
        before = doc[ent.start - 1] if ent.start else None
        if name == "Bill" and before is not None and before.text[:1].isupper() and before.is_alpha \
                and not any_given_name(before.text) and not personal_title(before.text):
            rejected.add(name)                   # "the Finance Bill": a law
            continue
        # "St James’s Palace"; "Lady Dinah’s Cat Emporium", a shop
        owned = ent.root.head
        owner_of_place = ent.root.dep_ == "poss" and (
            owned.i == ent.end and owned.text in PLACE_LAST_WORDS
            or owned.text in SHOP_WORDS and all(t.tag_ == "POS" or t.dep_ == "compound" and t.text[:1].isupper()
                                                for t in doc[ent.end: owned.i]))
        grouped = non_person_context(doc, ent.start, ent.end) and not member_of_group(doc, ent.start, name) \
            and not honoured_person(doc, ent) or name in acronyms
        if owner_of_place or grouped \
                or affiliation(doc[first:end]) \
                or (name.isupper() and name in org_words):
            by_context.add(name)
        if not (looks_like_name(name) or name in known_surnames) or lookup_place(name) or name in by_context \
                or name in things or texts[end: end + 2] == ["and", "Goliath"] \
                or (any(f" {o} " in f" {name} " for o in org_texts if len(o) > 3 and o != name)
                    and not starts_with_given_name(name)) \
                or (org_shaped(name) and not any(p.endswith(" " + name) or p.endswith(" " + name[0].lower() + name[1:])
                                                 for p in person_texts)):   # "De Miranda" for Luis de Miranda
            rejected.add(clean_name(ent.text))
            continue
        role = with_noun_role(doc, first, " ".join(title)) or preceding_role(doc, first)
        full.append((first, end, name, role))
    # "Rob and Lisa Fruchtman", "Bill and Melinda Gates", "Kent, Stephanie, Marlon and Rachel Jordan": the
    # given names before share the surname
    for k, (s_, e_, n, role) in enumerate(list(full)):
        if s_ >= 2 and texts[s_ - 1] == "and" and len(n.split()) >= 2 and doc[s_ - 2].pos_ == "PROPN" \
                and common_given_name(texts[s_ - 2]) and texts[s_ - 2] not in WELL_KNOWN_PEOPLE \
                and (s_ < 3 or (doc[s_ - 3].pos_ != "PROPN" and texts[s_ - 3] not in ("-", "–"))):
            given = [s_ - 2]
            while given[-1] >= 2 and texts[given[-1] - 1] == "," and doc[given[-1] - 2].pos_ == "PROPN" \
                    and common_given_name(texts[given[-1] - 2]) and doc[given[-1] - 2].ent_type_ != "GPE" \
                    and (given[-1] < 3 or doc[given[-1] - 3].pos_ != "PROPN"):
                given.append(given[-1] - 2)
            for g in given:
                shared = f"{texts[g]} {n.split(' ', 1)[1]}"
                full = [f for f in full if (f[0], f[1]) != (g, g + 1)] + [(g, g + 1, shared, None)]
    # "Kelly and his twin brother, Mark", "Smith's son, Tom": a relative named by a given name alone bears the
    # family's surname
    for k, (s_, e_, n, role) in enumerate(full):
        beside = first_conjunct(doc[s_])
        kin = beside.head if e_ - s_ == 1 and beside.dep_ == "appos" else None
        owner = next((c for c in kin.children if c.dep_ == "poss"), None) \
            if kin is not None and kin.lemma_.lower() in BLOOD_KIN and common_given_name(n) else None
        if owner is None:
            continue
        family = [f for f in full if f[1] <= owner.i and f[0] >= owner.sent.start] \
            if owner.lower_ in ("his", "her") else [f for f in full if f[0] <= owner.i < f[1]]
        relative = max(family)[2] if family else n
        surname = relative.split()[-1]      # (a name alone must be someone's surname: "Kelly" of "Scott Kelly")
        if surname != n and surname not in NAME_SUFFIXES and not re.fullmatch(r"[IVX]+", surname) \
                and (" " in relative or any(f[2].endswith(" " + surname) for f in full)):   # (not "Edward V")
            full[k] = (s_, e_, f"{n} {surname}", role)
    return full, rejected, by_context


def untagged_mentions(doc, words: _Words, full: list[Mention]) -> list[Mention]:
    """The mentions above plus names the tagger missed or mislabelled that the context shows to be
    people's (a title, a person noun, an age, a list of people, an interview turn), sorted."""
    texts, ents, lower_words = words.texts, words.ents, words.lower_words
    in_person = {i for s_, e_, _, _ in full for i in range(s_, e_)}
    family_names = {n.split()[-1] for n in words.person_texts if " " in n}
    # a person's full name the tagger ran into the name of a body before it ("For the Lib Dems David Laws
    # said"): a common first name and name words after a plural name
    for ent in ents:
        if ent.label_ != "ORG" or in_person.intersection(range(ent.start, ent.end)):
            continue
        k = next((k for k in range(ent.start + 1, ent.end - 1) if common_given_name(texts[k])
                  and texts[k - 1].endswith("s") and len(texts[k - 1]) > 3 and doc[k - 1].pos_ == "PROPN"
                  and not common_given_name(texts[k - 1])), None)
        # (capitalised words only: not "Amos and" of "Baroness Amos and", tagged as one body)
        if k is not None and ent.end - k <= 3 and all(name_word(texts[j]) and texts[j][:1].isupper()
                                                      and not demonym(texts[j])
                                                      and texts[j] not in ORG_NAME_WORDS | PLACE_LAST_WORDS
                                                      for j in range(k, ent.end)) \
                and not (ent.end < len(doc) and doc[ent.end].tag_ == "POS"):
            full.append((k, ent.end, doc[k:ent.end].text, None))
            in_person.update(range(k, ent.end))
    # an untagged name after a title: "the Most Rev Justin Welby", "Sen. Jane Doe"
    for i, word in enumerate(texts[:-2]):
        if not word[:1].isupper() or i + 1 in in_person or not is_title(word):
            continue
        end = i + 1
        while end < len(doc) and end - i <= 4 and doc[end].pos_ == "PROPN" and doc[end].ent_iob_ == "O" \
                and texts[end][:1].isupper() and name_word(texts[end].replace("-", "")) and not is_title(texts[end]):
            end += 1
        name = doc[i + 1:end].text
        # (a name going on with "of" only when it opens with a first name: "Lt Col Eric Schnaible of the PCO")
        if end - i >= 3 and looks_like_name(name) and not lookup_place(name) \
                and (end == len(doc) or texts[end] != "of" or common_given_name(texts[i + 1])):
            full.append((i + 1, end, name, preceding_role(doc, i + 1)))
            in_person.update(range(i + 1, end))
    # a lone surname after a personal title, whatever the tagger called it ("Mr. Trump", "President-elect
    # Trump" tagged ORG), unless the article also writes it in lowercase or it names a place or a body
    # ("Mayor Street", "the Jewish Representative Council")
    for i in range(1, len(doc) - 1):
        if i in in_person or not texts[i][:1].isupper() or not texts[i].isalpha() \
                or not is_title(texts[i - 1]) and texts[i - 1] != "elect" or doc[i].pos_ != "PROPN":
            continue                              # (cheap tests first: every token)
        role = preceding_role(doc, i)
        # ("Lord Rennard told reporters"; but "Lady" also names characters: "Lady Cassandra from Doctor Who")
        if not role or not (personal_title(role) or role.split()[-1] in (HONORIFICS | NOBLE_TITLES) - {"Lady"}) \
                or doc[i].ent_type_ not in ("", "ORG", "NORP", "PRODUCT") \
                and not (doc[i].ent_type_ == "GPE" and role.split()[-1] in HONORIFICS) \
                or (doc[i + 1].pos_ == "PROPN" and texts[i + 1][:1].isupper()) \
                or texts[i].lower() in lower_words or is_title(texts[i]) \
                or texts[i] in ORG_NAME_WORDS | PLACE_LAST_WORDS \
                or lookup_place(texts[i]):
            continue
        full.append((i, i + 1, texts[i], role))
        in_person.add(i)
    # peers named by their title: "the Duke of Cambridge", "the Duchess of Cornwall"
    for i, word in enumerate(texts[:-2]):
        if word not in NOBLE_TITLES or texts[i + 1] != "of" or doc[i + 2].pos_ != "PROPN" or i in in_person \
                or (i and doc[i - 1].pos_ == "PROPN"):
            continue
        end = i + 3
        while end < len(doc) and doc[end].pos_ == "PROPN" and texts[end][:1].isupper():
            end += 1
        full.append((i, end, doc[i:end].text, None))
        if i >= 2 and texts[i - 1] == "and" and texts[i - 2] in NOBLE_TITLES:
            # "the Duke and Duchess of Cambridge": two people
            full.append((i - 2, i - 1, f"{texts[i - 2]} {doc[i + 1:end].text}", None))
    # names the tagger called organisations that the context shows to be people
    for ent in ents:
        if ent.label_ == "NORP" and len(ent) >= 3 and demonym(ent[0].text) and starts_with_given_name(ent[1:].text) \
                and looks_like_name(ent[1:].text) and not ORG_NAME_WORDS.intersection(t.text for t in ent[1:]):
            # "Russian Irina Shevchenko", "Kenyan Paul Tergat", tagged as a nationality: the person it describes
            full.append((ent.start + 1, ent.end, ent[1:].text, ent[0].text))
            continue
        if ent.label_ not in ("ORG", "GPE", "FAC"):
            continue
        if len(ent) >= 3 and common_given_name(doc[ent.end - 2].text) and doc[ent.end - 1].pos_ == "PROPN" \
                and (len(ent) >= 4 and ORG_NAME_WORDS.intersection(t.text for t in ent[:-2])
                     or lookup_place(_LEADING_THE.sub("", ent[:-2].text))) and looks_like_name(ent[-2:].text) \
                and not common_word(ent[-1].text) and ent[-1].text not in PLACE_LAST_WORDS | ORG_NAME_WORDS:
            # "the Royal Institute of Navigation Roger McKinlay", "ambassador to the Ukraine Marie
            # Yovanovitch": the person the tagger ran into the name
            full.append((ent.end - 2, ent.end, ent[-2:].text, None))
            continue
        # "said Meenakshi Ganguly of Human Rights Watch, who ...": a speaker the tagger ran into the body she is of
        of = next((t.i for t in ent[2:4] if t.lower_ == "of"), None) if ent.label_ == "ORG" else None
        if of is not None and ent.end - of >= 3 and doc[ent.end - 1].text in ORG_NAME_WORDS \
                and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text not in ORG_NAME_WORDS
                        for t in doc[ent.start:of]) \
                and looks_like_name(doc[ent.start:of].text) and not lookup_place(doc[ent.start:of].text) \
                and (ent.root.dep_ == "nsubj" and ent.root.head.lemma_ in SPEECH_VERBS
                     or doc[ent.end: ent.end + 2].text in (", who", ", a", ", an")):
            full.append((ent.start, of, doc[ent.start:of].text, None))
            continue
        # "director of Amnesty International Man-kei Tam said": the person the tagger ran into the name of
        # the body they work for, after its last word that only a body's name ends in
        org_end = max((k for k, t in enumerate(ent) if t.text in ORG_NAME_WORDS | {"International"}), default=None)
        if org_end is not None and ent.start >= 2 and doc[ent.start - 1].lower_ == "of" \
                and doc[ent.start - 2].lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS and len(ent) - org_end - 1 >= 2:
            person = ent[org_end + 1:]
            name = "".join(t.text_with_ws for t in person).strip()
            if all(t.text[:1].isupper() or t.text == "-" or t.i > person.start and doc[t.i - 1].text == "-"
                   for t in person) and looks_like_name(name.replace("-", "")):
                full.append((person.start, person.end, name, None))
                continue
        first, end = name_bounds(doc, ent.start, ent.end, lower_words)
        title, rest = split_title(clean_name(doc[first:end].text).split())
        titled_name = len(rest) >= 3 and rest[0].lower() in PERSON_NOUNS | ROLE_NOUNS and common_given_name(rest[1])
        if titled_name:
            title, rest, first = title + rest[:1], rest[1:], first + 1    # "Constable Paul Middup"
        name = " ".join(rest)
        titled_name = titled_name or bool(title) and starts_with_given_name(name)   # "President Joe Biden" tagged ORG
        if titled_name and looks_like_name(name) and not ORG_NAME_WORDS.intersection(rest):
            full.append((first, end, name, " ".join(title)))
        elif " " not in name and (common_given_name(name) or any_given_name(name) and not lookup_place(name)) \
                and beside_person_noun(doc[first:end]):
            # "his daughters, Malia and Sasha", "Trump's wife, Melania" (tagged GPE)
            full.append((first, end, name, None))
        elif name and looks_like_name(name) and not name.isupper() and not lookup_place(name) \
                and ent[0].text != "The" and not ORG_NAME_WORDS.intersection(rest) and name not in KNOWN_ORGANIZATIONS \
                and not non_person_context(doc, ent.start, ent.end) \
                and (ent.label_ == "ORG" or starts_with_given_name(name) or aged(doc, end)) \
                and (person_evidence(doc, first, end, given_name_counts=ent.label_ == "ORG"
                                                               and not listed_with_organisations(ent))
                     or acting_first_named(doc[first:end], ent.label_)
                     or ent.label_ == "ORG" and end - first == 2 and only_people_beside(doc[first:end])
                     or ent.label_ == "ORG" and end - first == 2 and texts[end - 1] in family_names
                     and not any(common_word(texts[k]) or lookup_place(texts[k]) for k in (first, end - 1))
                     and doc[end - 1].dep_ != "compound"):
            # (or a two-word name listed with people: "Mulugeta Wondimu, Abiyote Abate and Markos Geneti")
            # (or one sharing a surname with someone the tagger called a person: "Mr. Obama called Naghmeh Abedini.
            # Her husband, Saeed Abedini")
            # (a place-tagged name needs a given name and more: "Julia Rochester, who ...", not
            # "R-Alaska, who ..." nor "a student from Cole Harbour, Nova Scotia")
            full.append((first, end, name, " ".join(title) or preceding_role(doc, first)))
    # a name the tagger missed or mislabelled, set beside a person noun: "illustrator Johnnie
    # Christmas", "the claimants’ lawyer, Martyn Day", "Valeska Paris, an Australian woman"
    in_person = {i for s_, e_, _, _ in full for i in range(s_, e_)}
    lone_person_words = {n for n in words.person_texts if " " not in n}
    i = 0
    while i < len(doc):
        end = i
        while end < len(doc) and end - i < 4 and texts[end][:1].isupper() and doc[end].pos_ == "PROPN" \
                and name_word(texts[end].replace("-", "")) and not is_title(texts[end]) and end not in in_person:
            end += 1
        first_of_run = i
        # a capitalised person noun or nationality opening the run is not part of the name ("Novelist
        # Ajaz Ashraf wrote", "the Paraguayan Juan Ángel Napout"), nor is a country owning it ("France’s
        # Benoît Paire"); each shows that the rest is a person's name
        described = False
        while end - i > 2 and (texts[i].lower() in PERSON_NOUNS | ROLE_NOUNS or demonym(texts[i])
                               or texts[i] in PARTY_LABELS) \
                or end - i == 2 and texts[i] in PARTY_LABELS:          # "Democrat Spearman, a minister"
            i, described = i + 1, True
        described = described or (i >= 2 and texts[i - 1] in ("’s", "'s") and bool(lookup_place(texts[i - 2]))
                                  and doc[i - 2].ent_type_ == "GPE")
        described = described and all(doc[t].ent_type_ == "" for t in range(i, end))
        # a lone word only with a who-clause or a person noun before it ("Mathias, who works", "fashion
        # designer Halston")
        relative = end - i == 1 and who_clause(doc[i]) and doc[i].ent_iob_ == "O"
        listed = end - i == 1 and doc[i].ent_iob_ == "O" and listed_after_person_noun(doc, i)
        lone = end - i == 1 and (relative or listed or (i > 0 and person_noun_word(doc[i - 1])))
        if (end - i >= 2 or lone) and end - i <= 3 and (first_of_run == 0 or doc[first_of_run - 1].pos_ != "PROPN") \
                and (end == len(doc) or doc[end].pos_ != "PROPN" or texts[end] in POST_NOMINALS):
            start, end = hyphen_bounds(doc, i, end)
            name = doc[start:end].text
            root = doc[i:end].root
            # (a given name says it is a person, or a tagged person it is listed with: "Hideo Shiogama and
            # Tomoo Ogura ... said")
            with_person = any(t.ent_type_ == "PERSON" and t.i >= end for t in conjuncts(root) if t.i != root.i)
            described = described or (common_given_name(texts[i]) and listed_with_people(doc[i:end]))
            speaks = (common_given_name(texts[i]) or with_person) and root.dep_ == "nsubj" \
                and root.head.lemma_ in SPEECH_VERBS             # "Dave Prentis ... said:"
            # a first name and a surname no one writes in lowercase, doing something ("Zach Parise scored
            # twice"; not "Morgan Stanley", which the tagger calls an organisation)
            acts = end - i == 2 and root.dep_ == "nsubj" and root.head.pos_ == "VERB" \
                and all(doc[t].ent_iob_ == "O" and texts[t].lower() not in lower_words for t in range(i, end)) \
                and not common_word(texts[i + 1]) and (any_given_name(texts[i]) or not common_word(texts[i]))
            # a given name, then words the tagger calls a person elsewhere, alone ("Guadalupe Salinas
            # Hernández" untagged, then "Salinas had an abortion")
            known_part = end - i >= 2 and any_given_name(texts[i]) and (i == 0 or doc[i - 1].lower_ != "the") \
                and all(doc[t].ent_iob_ == "O" for t in range(i, end)) \
                and any(texts[t] in lone_person_words and doc[t].tag_ != "NNPS" for t in range(i + 1, end))
            # (or a name followed by the letters of an office or honour: "Tristram Hunt MP, who was involved")
            # (not a constituency: "said the Ealing North MP")
            post_nominal = end - i >= 2 and end < len(doc) and texts[end] in POST_NOMINALS - {"MPs", "AM", "MD", "CH"} \
                and (i == 0 or doc[i - 1].pos_ != "DET")
            # (a title the tagger began with "The" is no one's name: "Star Wars: The Phantom Menace")
            titled_work = i > 0 and texts[i - 1] == "The" and doc[i - 1].ent_iob_ == "B" and doc[i].ent_iob_ == "I"
            # (nor letters a body goes by: "television broadcaster PBS")
            if looks_like_name(name) and not lookup_place(name) and not ORG_NAME_WORDS.intersection(name.split()) \
                    and not titled_work and not (" " not in name and name.isupper() and len(name) > 1) \
                    and (person_noun_before_or_beside(doc[i:end]) or speaks or acts or relative or listed or described
                         or known_part or post_nominal):
                full.append((start, end, name, preceding_role(doc, start)))
                in_person.update(range(start, end))
        i = max(end, i + 1)
    # a first name, then a surname the parser read as a modal ("Theresa May hit back", "George Will wrote"):
    # the tagger still calls it a proper noun
    for i in range(len(doc) - 2):
        if doc[i + 1].pos_ == "AUX" and doc[i + 1].tag_ == "NNP" and texts[i + 1][:1].isupper() \
                and common_given_name(texts[i]) and doc[i].pos_ == "PROPN" and i not in in_person \
                and i + 1 not in in_person and (i == 0 or doc[i - 1].pos_ != "PROPN"):
            full.append((i, i + 2, f"{texts[i]} {texts[i + 1]}", preceding_role(doc, i)))
            in_person.update((i, i + 1))
    # a first name the tagger calls a person's elsewhere, here with a surname it left untagged ("Lupita
    # Nyong'o's now-famous dress", then "Lupita told cops")
    lone_first_names = {n for n in words.person_texts if " " not in n and common_given_name(n)}
    for i in range(len(doc) - 1):
        if texts[i] in lone_first_names and i not in in_person and i + 1 not in in_person \
                and doc[i + 1].pos_ == "PROPN" and doc[i + 1].ent_type_ in ("", "PERSON") \
                and texts[i + 1][:1].isupper() and name_word(texts[i + 1]) \
                and not is_title(texts[i + 1]) and doc[i + 1].tag_ != "NNPS" \
                and (i + 2 == len(doc) or doc[i + 2].pos_ != "PROPN") and texts[i + 1].lower() not in lower_words \
                and not common_word(texts[i + 1]):           # not "Super Mario Run", "Mohamed Image: ..."
            full = [f for f in full if not f[0] <= i < f[1]] + [(i, i + 2, f"{texts[i]} {texts[i + 1]}", None)]
            in_person.update((i, i + 1))
    # the surname of someone named in full, written alone where the tagger missed it ("Luther Stan Pate IV ...
    # Pate claimed in an interview"), unless the article writes it as a word or it names a place
    surnames = {surname_of(n) for _, _, n, _ in full if " " in n and starts_with_given_name(n)}
    for i in range(len(doc)):
        if texts[i] in surnames and i not in in_person and doc[i].pos_ == "PROPN" and doc[i].ent_type_ == "" \
                and texts[i].lower() not in lower_words and not lookup_place(texts[i]) \
                and not (i and doc[i - 1].pos_ == "PROPN") and not (i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN"):
            full.append((i, i + 1, texts[i], None))
            in_person.add(i)
    # a nickname in quote marks between a first name and a surname ("Al “Bunchy” Carter"): the person is
    # "Al Carter", and the surname is not a first name of the next one ("Carter and John Huggins")
    # (a middle initial may come first: 'Robert C. "Bobby" Scott' is Robert C. Scott)
    for i in range(len(doc) - 4):
        initial = i + 2 < len(doc) and len(texts[i + 1]) == 2 and texts[i + 1][0].isupper() and texts[i + 1][1] == "."
        mark = i + 2 if initial else i + 1
        if not common_given_name(texts[i]) or texts[mark] not in DOUBLE_MARKS:
            continue
        # (the tagger may have taken the first name alone, or with the mark: 'Marcia "' of 'Marcia "Cia" Price')
        if i in in_person and not any(f[0] == i and f[1] <= mark + 1 for f in full):
            continue
        close = next((k for k in range(mark + 1, min(mark + 5, len(doc) - 1)) if texts[k] in DOUBLE_MARKS), None)
        if close is None or close == mark + 1 or not all(texts[k][:1].isupper() for k in range(mark + 1, close)):
            continue
        last = close + 1
        # (a capitalised word there is a surname even when it is also a word: 'Marcia "Cia" Price')
        if doc[last].pos_ in ("PROPN", "NOUN") and texts[last][:1].isupper() and texts[last].isalpha() \
                and not is_title(texts[last]) and (last + 1 == len(doc) or doc[last + 1].pos_ != "PROPN"):
            name = " ".join(texts[k] for k in (i, i + 1, last) if k != i + 1 or initial)
            full = [f for f in full if f[1] <= i or f[0] > last] + [(i, last + 1, name, None)]
            in_person.update(range(i, last + 1))
    # a reading list, surname first ("Austen, Jane. Pride and Prejudice"): the person, not "Jane" alone
    for s_, e_, name in inverted_names(doc):
        full = [f for f in full if f[1] <= s_ or f[0] >= e_] + [(s_, e_, name, None)]
        in_person.update(range(s_, e_))
    # a well-known person named by one word the tagger left untagged ("Pelé scored reams of goals")
    for i in (i for i, word in enumerate(texts) if word in WELL_KNOWN_PEOPLE):
        tok = doc[i]
        if tok.ent_iob_ == "O" and tok.pos_ == "PROPN" and i not in in_person \
                and not (i and doc[i - 1].pos_ == "PROPN") and not (i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN"):
            full.append((i, i + 1, tok.text, None))
            in_person.add(i)
    # the people who take turns in an interview transcript ("Marymegan Daly: I was amazed ...")
    for s_, e_ in words.turns:
        name = clean_name(doc[s_:e_].text)
        if s_ not in in_person and looks_like_name(name) and not lookup_place(name) and not name.isupper() \
                and not ORG_NAME_WORDS.intersection(name.split()) and doc[s_].ent_type_ not in ("ORG", "GPE"):
            full.append((s_, e_, name, None))
    full.sort()
    return full


def only_people_beside(span) -> bool:
    """Every other item of the list the name is in is a person's full name as tagged ("Mulugeta Wondimu,
    Abiyote Abate and Markos Geneti")."""
    if common_word(span[0].text):
        return False                                 # ("Big Machine": a thing's name)
    others = [t for t in conjuncts(span.root) if not span.start <= t.i < span.end]
    return bool(others) and all(t.ent_type_ == "PERSON" and t.i > 0 and t.nbor(-1).ent_type_ == "PERSON"
                                for t in others)


def acting_first_named(span, label: str) -> bool:
    """A two-word name opening with a common first name that the tagger called a building, acting as
    the subject of a verb ("Cyrus Field rounded up cash", tagged FAC)."""
    words = span.text.split()
    return label == "FAC" and len(words) == 2 and common_given_name(words[0]) \
        and span.root.dep_ == "nsubj" and span.root.head.pos_ == "VERB"


def honoured_person(doc, ent) -> bool:
    """A name with "Ms", "Dr" or "Sir" and a who-clause is a person's, whatever it is set beside ("the
    Times newspaper, Ms Dunwoody, who chairs ..."; not the novel "Jonathan Strange & Mr Norrell")."""
    words = clean_name(ent.text).split()
    first = doc[ent.start - 1].text if ent.start and doc[ent.start - 1].text in HONORIFICS else None
    return bool(words) and (words[0] in HONORIFICS or first is not None) and who_clause(doc[ent.end - 1])


def multi_words_of(full: list[Mention]) -> set[str]:
    """Every word of the names of more than one word."""
    return {w for _, _, n, _ in full if " " in n for w in n.split()}


_PLACE_OR_ORG_WORDS = PLACE_LAST_WORDS | ORG_NAME_WORDS | GEOGRAPHIC_NOUNS


def only_ever(full: list[Mention], test) -> set[str]:
    """The names every mention of which passes test(start, end, name)."""
    always: dict[str, bool] = {}
    for s_, e_, n, _ in full:
        always[n] = always.get(n, True) and test(s_, e_, n)
    return {n for n, yes in always.items() if yes}


def headline_tokens(doc) -> set[int]:
    """The tokens of paragraphs that are headlines: sixteen words at most, no sentence punctuation (but a
    full stop at the end: "George Zimmerman Auctioning Off Gun Used To Kill Trayvon Martin."), every word
    of four letters or more capitalised, and no verb in lower case, as title case has none (not "President
    Jacques Chirac met Tony Blair in Paris on Tuesday."). Worked out once per Doc (people and organisations
    both ask)."""
    if "headline_tokens" in doc.user_data:
        return doc.user_data["headline_tokens"]
    out: set[int] = set()
    start = 0
    for i in range(len(doc) + 1):
        if i < len(doc) and not (doc[i].is_space and "\n" in doc[i].text):
            continue
        words = [t for t in doc[start:i] if t.is_alpha]
        stop = i - 1 if i - 1 > start and doc[i - 1].text == "." else i
        if 2 <= len(words) <= 16 and not any(t.text in ".!?…,;:" for t in doc[start:stop]) \
                and all(t.text[:1].isupper() for t in words if len(t) >= 4) \
                and not any(t.pos_ == "VERB" and t.text.islower() for t in words):
            out.update(range(start, i))
        start = i + 1
    doc.user_data["headline_tokens"] = out
    return out


def first_paragraph_end(doc) -> int:
    """Where the first paragraph (a story's title) ends."""
    starts = paragraph_starts(doc)
    return starts[1] if len(starts) > 1 else len(doc)


_HEADLINE_SMALL_WORDS = frozenset("from with into over about than upon onto against under".split())


def headline_line(doc) -> range:
    """The tokens of the first line when it is set in title case, as a headline is ("Clinton Wades In: Urges
    Britain to Remain")."""
    end = first_paragraph_end(doc)
    # (small words may stay lower case: "Glenn Beck Blasts Drudge ... to ‘Turn Away’ from ‘Boasters’")
    words = [t for t in doc[:end] if t.is_alpha and len(t) >= 4 and t.lower_ not in _HEADLINE_SMALL_WORDS]
    return range(end) if len(words) >= 2 and all(t.text[0].isupper() for t in words) else range(0)


def quoted_title(doc, start: int, end: int) -> bool:
    """A name inside quote marks that hold only a few capitalised words ("“Mary Poppins”", "“Melvin and
    Howard”"): a title, not a quote."""
    left = start - 1
    while left >= 0 and start - left <= 4 and doc[left].text not in DOUBLE_MARKS and not doc[left].is_space:
        left -= 1
    right = end
    while right < len(doc) and right - end <= 4 and doc[right].text not in DOUBLE_MARKS and not doc[right].is_space:
        right += 1
    if left < 0 or right >= len(doc) or doc[left].text not in DOUBLE_MARKS or doc[right].text not in DOUBLE_MARKS:
        return False
    # (marks that open and close around it: not the close of one quote and the opening of the next, '“…
    # apology”, Anna Franowska of “Have no fear”')
    opens = doc[left].text in "“„«‟" or doc[left].text == '"' and not doc[left].whitespace_ \
        and (left == 0 or bool(doc[left - 1].whitespace_) or doc[left - 1].is_space)
    if not opens or doc[right].text in "“„«‟" or not closes_quote(doc_text(doc), doc[right].idx):
        return False
    inside = [t for t in doc[left + 1:right] if t.is_alpha]
    return bool(inside) and all(t.text[:1].isupper() or t.lower_ in ("and", "of", "the", "&") for t in inside)


def listed_with_organisations(ent) -> bool:
    """An organisation-tagged name in a list of other organisations ("SpaceX and Blue Origin, Sierra
    Nevada and Tyvak")."""
    root = ent.root
    return any(t.ent_type_ == "ORG" and not ent.start <= t.i < ent.end for t in conjuncts(root) if t.i != root.i)


# plural nouns that label a team or a firm by its standing ("champions Chelsea", "games giants Electronic Arts")
GROUP_LABELS = frozenset("giant rival champion holder leader newcomer underdog finalist".split())


def drop_non_people(doc, words: _Words, full: list[Mention], by_context: set[str]) -> list[Mention]:
    """The mentions left once names the context shows to be things, groups, places or common nouns
    are taken out."""
    multi_last = {n.split()[-1] for _, _, n, _ in full if len(n.split()) > 1}
    speakers = {n for s_, e_, n, role in full if role or doc[s_:e_].root.dep_ == "nsubj"
                and doc[s_:e_].root.head.lemma_ in SPEECH_VERBS}
    out = group_names(doc, words, full, by_context, multi_last, speakers) | thing_names(doc, words, full) \
        | thing_shaped_names(doc, words, full, multi_last, speakers)
    return [f for f in full if f[2] not in out]


def group_names(doc, words: _Words, full: list[Mention], by_context: set[str], multi_last: set[str],
                speakers: set[str]) -> set[str]:
    """Names the context shows to be groups, places, firms or things (and their last words: "UK
    Uncut", then "Uncut"); `by_context` holds those tagged_mentions found and grows."""
    texts, ents, person_texts = words.texts, words.ents, words.person_texts
    with_role = {n for _, _, n, role in full if role and " " in n and starts_with_given_name(n)}
    # names set beside a thing anywhere ("its large moon, Charon", "the final series of Downton Abbey",
    # "Milan, Venice, Prague, Khao Lak"), or a lone word that names a place or a firm ("Highclere Castle")
    for ent in ents:
        if honoured_person(doc, ent):
            continue
        name = " ".join(split_title(clean_name(_LEADING_THE.sub("", ent.text)).split())[1])
        if name in with_role:
            continue                     # a work named after someone titled elsewhere ("filmmaker Michael
                                         # Moore ... his latest film, Michael Moore in Trumpland")
        if thing_relation(doc[ent.start:ent.end]) \
                or (not starts_with_given_name(name) and organisation_relation(doc[ent.start:ent.end], person_texts)) \
                or (context_noun(doc, ent.start) and not member_of_group(doc, ent.start, name)):
            by_context.add(name)
    for ent in ents:
        name = clean_name(ent.text)
        # "the Harry Potter films", "Closer magazine" (never a name that speaks or has a title)
        if names_a_thing(doc[ent.start:ent.end]) and name not in multi_last | speakers \
                and (len(name.split()) == 1 or not starts_with_given_name(name) or ent.label_ != "PERSON"
                     or doc[ent.end].lemma_ in ("film", "movie", "series", "book", "novel", "franchise")):
            by_context.add(name)
    # the first word of a company's name, used alone, is the company ("Contrack International ... Contrack
    # said"), unless someone named in full has it as surname ("the Trump Organization")
    by_context |= {ent[0].text for ent in ents if ent.label_ == "ORG" and len(ent) == 2
                   and ent[1].text in CORPORATE_SUFFIXES and ent[0].text not in multi_last
                   and not common_given_name(ent[0].text)}
    titled = {texts[i] for i in range(1, len(texts)) if texts[i - 1][:1].isupper() and is_title(texts[i - 1])}
    for i, word in enumerate(texts[:-1]):
        if texts[i + 1] in _PLACE_OR_ORG_WORDS and word[:1].isupper() and word not in multi_last | titled:
            by_context.add(word)                 # "Highclere Castle", "the Beskidy mountains" (but not
                                                 # "President Trump ... Trump Tower")
    # what the context shows to be a group once ("localist group Civic Passion") is one everywhere
    # a name only ever found "in", "at" or "near" is a place ("lives in Mingora")
    where: dict[str, set[bool]] = {}
    for s_, e_, n, _ in full:
        root = first_conjunct(doc[s_:e_].root)       # "in Willesden and Surrey Quays"
        prep = root.head
        where.setdefault(n, set()).add(
            root.dep_ == "pobj" and prep.i == root.left_edge.i - 1 and not starts_with_given_name(n) and (
            prep.lower_ in LOCATIVE_PREPOSITIONS    # "lives in Mingora", "the girl from Mingora"
            or (prep.lower_ == "from" and prep.head.lemma_.lower() in PERSON_NOUNS)))
    by_context |= {n for n, seen in where.items() if seen == {True}}
    group_words = by_context | {n.split()[-1] for n in by_context}      # "UK Uncut", then "Uncut"
    return group_words


def thing_names(doc, words: _Words, full: list[Mention]) -> set[str]:
    """Lone words that are common nouns, animals, things, works or peoples rather than anyone's name."""
    texts, ents, lower_words = words.texts, words.ents, words.lower_words
    # a lone word capitalised only where a sentence starts, and written in lowercase elsewhere,
    # is a common noun ("Wolf sightings are rare" beside "the wolf")
    lone_anywhere_else = {n for s, _, n, _ in full if " " not in n and not doc[s].is_sent_start}
    common = {n for _, _, n, _ in full if " " not in n and n.lower() in lower_words and n not in lone_anywhere_else}
    # a lone name taken up by "it" and never by he/she is an animal or a thing ("Inky ... it escaped")
    # (a use that only modifies a noun is taken up with that noun: "the Obama administration ... it")
    modifies = [doc[s_:e_].root.dep_ in ("compound", "amod") and doc[s_:e_].root.head.pos_ == "NOUN"
                for s_, e_, _, _ in full]
    pronouns: dict[str, set[str]] = {}
    for (s_, e_, n, role), modifier in zip(full, modifies):
        if " " not in n and not role and not modifier:
            pronouns.setdefault(n, set()).add(next_subject_pronoun(doc, s_, e_, next_sentence=False) or "")
    multi_words = multi_words_of(full)
    things = {n for n, seen in pronouns.items() if "it" in seen and not seen & {"he", "she"}
              and n not in multi_words and not common_given_name(n)}
    # a word also used in the plural is a people or a group ("a Sherpa" beside "the Sherpas"); capitalised
    # common words are a heading or a job ("Lead Archaeologist", "Educational Technology")
    word_counts = Counter(texts)
    # (when the plural is used at least as often: "the Banksys" are the works of the one Banksy)
    plurals = {w[:-1] for w in texts if w.endswith("s") and w[:1].isupper()
               and word_counts[w] >= word_counts.get(w[:-1], 0)}
    # (or when the singular only ever modifies a noun: "the Sherpas" beside "the Sherpa homeland")
    uses: dict[str, list[bool]] = {}           # for each name, whether each use of it modifies a noun
    for (_, _, n, _), modifier in zip(full, modifies):
        uses.setdefault(n, []).append(modifier)
    plurals |= {w[:-1] for w in texts if w.endswith("s") and w[:1].isupper() and all(uses.get(w[:-1], [False]))}
    # a name the tagger also calls a work, product, event or law somewhere ("Skyfall", "Goldeneye"),
    # unless it starts with a common given name, or the tagger calls it a person over three times as often
    # ("Suu Kyi", ten times a person and once, in "[Suu Kyi's] incarceration", a work)
    works = Counter(clean_name(_LEADING_THE.sub("", e.text)) for e in ents
                    if e.label_ in ("WORK_OF_ART", "PRODUCT", "EVENT", "LAW"))
    named = Counter(n for _, _, n, _ in full)
    things |= {n for n in named if works[n] and 3 * works[n] >= named[n] and not starts_with_given_name(n)
               and not common_given_name(n)}
    lone_plurals = {n for _, _, n, _ in full if " " not in n and n in plurals and not common_given_name(n)}
    # a first name only ever modifying a noun names an award or a thing ("Oscar hopefuls", "the Emmy race")
    # (most of its uses, at least two: the parser may take the noun for a verb, "Oscar hopefuls The Aviator")
    awards = {n for n, seen in uses.items() if sum(seen) >= 2 and 2 * sum(seen) > len(seen) and " " not in n
              and common_given_name(n) and n not in multi_words and n not in WELL_KNOWN_PEOPLE}
    # a name whose shares or profits the story counts is a company's ("Ericsson shares dropped 5%",
    # "shareholders of Deutsche Boerse"), unless it is part of a person's name or opens with a first name
    counted = counted_firms(doc)
    firms = {n for _, _, n, _ in full
             if n in counted and n not in multi_words and not common_given_name(n.split()[0])}
    # so is a full name written after a noun for a firm whose surname alone the story counts ("housebuilder
    # George Wimpey ... Wimpey's profit figures"), and that surname with it
    firm_named = {n for s_, _, n, _ in full if " " in n and n.split()[-1] in counted
                  and s_ and doc[s_ - 1].lower_ in FIRM_OR_PERSON_NOUNS}
    firms |= firm_named | {n for _, _, n, _ in full if any(f.split()[-1] == n for f in firm_named)}
    # a work named after its author's possessive ("Susanna Clarke's Jonathan Strange", "Michelle Paver's Wolf
    # Brother") or before its subtitle ("Bridget Jones: The Edge of Reason") where the story first names it
    first: dict[str, tuple[int, int]] = {}
    for s_, e_, n, _ in full:
        first.setdefault(n, (s_, e_))
    named_tokens = {i for s_, e_, _, _ in full for i in range(s_, e_)}
    lone_names = {n for _, _, n, _ in full if " " not in n}     # (a person is named again by surname)
    works_named = {n for n, (s_, e_) in first.items() if n not in WELL_KNOWN_PEOPLE and (
        s_ >= 3 and doc[s_ - 1].tag_ == "POS" and {s_ - 2, s_ - 3} <= named_tokens and n.split()[-1] not in lone_names
        or e_ + 1 < len(doc) and texts[e_] == ":" and texts[e_ + 1] in ("The", "A", "An")
        and not starts_paragraph(doc, s_))}
    return common | things | lone_plurals | awards | works_named | firms


def thing_shaped_names(doc, words: _Words, full: list[Mention], multi_last: set[str], speakers: set[str]) -> set[str]:
    """Names shaped like works, products, groups, places or characters rather than people, and lone
    names nothing human is said of."""
    texts, ents, lower_words = words.texts, words.ents, words.lower_words
    nouns = {n for s_, e_, n, _ in full if " " in n and not starts_with_given_name(n)
             and (all(w.lower() in lower_words for w in n.split())
                  or (n.split()[-1].lower() in PERSON_NOUNS | ROLE_NOUNS      # "Richard Buckley, Lead
                      and doc[s_:e_].root.dep_ == "appos"                     # Archaeologist on the hunt"
                      and doc[s_:e_].root.head.ent_type_ == "PERSON"))}
    # a name that opens with an everyday word, not a first name, is a work, product or group ("Blade
    # Runner", "Cloud Atlas", "Sweet Sixteen"), unless it has a title, a person noun or speaks
    vouched = {n for s_, e_, n, role in full
               if role or n in speakers or person_noun_before_or_beside(doc[s_:e_]) or aged(doc, e_)
               or listed_with_people(doc[s_:e_]) or n in WELL_KNOWN_PEOPLE}
    nouns |= {n for _, _, n, _ in full if opens_with_common_word(n) and n not in vouched}
    # so is a two-word name with no first name that ends in a word the article also writes in lowercase
    # ("Yahoo Weather" beside "the weather", "Hibernia Networks" beside "networks")
    nouns |= {n for _, _, n, _ in full if len(n.split()) == 2 and not any_given_name(n.split()[0])
              and (n.split()[-1].lower() in lower_words
                   or n.endswith("s") and common_word(n.split()[-1][:-1]))     # "Trippy Tales", "Iceberg Passages"
              and n not in vouched}
    # a lone name, not a first name nor a known person's surname, is a person only if something human
    # is said of it: a title or role, speech, a he/she or his/her after it, a who-clause, an interview
    # turn ("Gorbachev agreed ... he later won"; not "Goldeneye made more money", "Formica builds mounds")
    labelled = {clean_name(doc[a:b].text) for a, b in words.turns}
    gendered = {n for s_, e_, n, _ in full if next_subject_pronoun(doc, s_, e_) in ("he", "she")
                or (e_ < len(doc) and doc[e_].lower_ in ("his", "her"))
                or who_clause(doc[e_ - 1])}
    # a name ending in a plural after a place is a party's members or a team ("Virginia Democrats"; not
    # "Sam Mendes", "Gerhard Knies")
    places = {e.text for e in ents if e.label_ == "GPE"}
    nouns |= {n for s_, e_, n, _ in full if e_ - s_ == 2 and doc[e_ - 1].tag_ in ("NNPS", "NNS")
              and n.endswith("s") and (texts[s_] in places or lookup_place(texts[s_]))}
    # a lone name only ever written after "the" (or "no", "a"), adjectives apart, or modifying a noun, is a
    # thing ("exploring the Moon", "the lunar Gateway", "a Moon landing"), not a person
    def determined(s_: int, e_: int, n: str) -> bool:
        k = s_ - 1
        while k >= 0 and doc[k].pos_ == "ADJ":
            k -= 1
        root = doc[s_:e_].root
        return e_ - s_ == 1 and " of " not in n and (
            (k >= 0 and doc[k].lower_ in ("the", "no", "a", "an"))
            or (root.dep_ in ("compound", "amod") and root.head.pos_ == "NOUN"))
    nouns |= only_ever(full, determined)
    # a name only ever followed by a place or organisation word is part of that name ("Mohegan Sun Arena",
    # the tagger stopping before "Arena")
    nouns |= only_ever(full, lambda s_, e_, n: e_ < len(doc) and texts[e_] in _PLACE_OR_ORG_WORDS)
    # a lone name spelt out in brackets after it is an acronym for a thing ("Tara (Total Abstract Rendering
    # Architecture)")
    spelt_out = {texts[i] for i in range(len(doc) - 2) if texts[i + 1] == "(" and len(texts[i]) >= 3
                 and "".join(t.text[0] for t in doc[i + 2: i + 2 + len(texts[i])] if t.text[:1].isupper()).lower()
                 == texts[i].lower()}
    nouns |= {n for _, _, n, _ in full if n in spelt_out}
    # a name followed by an acronym of its words is a thing or a body ("Named Binary Tag (NBT)")
    nouns |= {n for s_, e_, n, _ in full if " " in n and e_ + 2 < len(doc) and texts[e_] == "("
              and texts[e_ + 2] == ")" and texts[e_ + 1].isupper() and 2 <= len(texts[e_ + 1]) <= 6
              and texts[e_ + 1].endswith("".join(w[0] for w in n.split())) and not starts_with_given_name(n)}
    # a name only ever written in a headline set among the paragraphs ("Man Shot at Dallas Gas Station Dies
    # at Hospital", a link to another story) is no one the article names
    # (but the story's own title names in full whom the story calls by surname: "Hillary Clinton Goes After
    # Donald Trump" over paragraphs about "Clinton")
    in_headline = headline_tokens(doc)
    lone_outside = {n for s_, _, n, _ in full if " " not in n and s_ not in in_headline}
    title_end = first_paragraph_end(doc)
    nouns |= only_ever(full, lambda s_, e_, n: s_ in in_headline
                       and not (s_ < title_end and n.split()[-1] in lone_outside))
    # a name only ever written as, or inside, a short title in quote marks is a work's ("“Eve Valkyrie”
    # ($60)", "classic Disney fare, including “Mary Poppins”", "the “Melvin and Howard” star")
    nouns |= only_ever(full, lambda s_, e_, n: quoted_title(doc, s_, e_))
    # a name only ever written right after a plural noun for people, and alone, is a group's or a firm's
    # ("analysts Screen Digest", "champions Chelsea"; not "researchers Ann Lee and Bo Chen", nor
    # "spokeswoman for women Sandra Gidley")
    def after_plural(s_: int, e_: int, n: str) -> bool:
        before = doc[s_ - 1] if s_ else None
        return before is not None and before.tag_ == "NNS" and before.text.islower() \
            and before.lemma_ in PERSON_NOUNS | GROUP_LABELS \
            and not (e_ < len(doc) and texts[e_] in ("and", ",", "&")) \
            and not (before.head.pos_ == "ADP" and before.head.head.lemma_ in PERSON_NOUNS | ROLE_NOUNS)
    nouns |= only_ever(full, after_plural)
    # a country with a word before it that is no first name is a period or a part of it ("Tudor England")
    nouns |= {n for _, _, n, _ in full if len(n.split()) == 2 and not any_given_name(n.split()[0])
              and getattr(lookup_place(n.split()[1]), "via", None) == "name" and n not in vouched}
    # a place named by its kind first ("Mount Kenya", "a tour to Wadi Rum", "Lake Tahoe")
    nouns |= {n for _, _, n, _ in full if len(n.split()) >= 2 and n.split()[0] in PLACE_FIRST_WORDS
              and n not in vouched}
    # a product named like a person ("MacBook Pro", "the new Mac Mini")
    nouns |= {n for _, _, n, _ in full if len(n.split()) >= 2 and (n.split()[0] in PRODUCT_LINES
                                                                   or n.split()[-1] in PRODUCT_MODEL_WORDS
                                                                   and n not in vouched)}
    # a name that takes a plural verb, and never a singular one, is a team or a group ("Chelsea have not
    # played Barcelona since", "Spurs are"): a person is "has", "is", "was"
    numbers: dict[str, set[str | None]] = {}
    for s_, e_, n, _ in full:
        numbers.setdefault(n, set()).add(verb_number(doc[s_:e_]))
    # (not a first name and a surname: "demanding that Tony Blair spell out" is a subjunctive)
    nouns |= {n for n, seen in numbers.items() if "plural" in seen and "singular" not in seen
              and not (" " in n and starts_with_given_name(n))}
    # a part an actor plays is a character, and so are its first and last names used alone ("agreed to
    # play Rose-Lynn Harlan ... Rose-Lynn belts", "Jeff Goldblum, playing the chaos theorist Ian Malcolm")
    characters = {n for s_, e_, n, role in full if not role and played_part(doc[s_:e_])} \
        | {clean_name(e.text) for e in ents if e.label_ in ("PERSON", "ORG") and played_part(doc[e.start:e.end])}
    characters |= {w for c in characters if " " in c for w in (c.split()[0], c.split()[-1])} - multi_words_of(
        [f for f in full if f[2] not in characters])
    nouns |= characters
    # a name ending in a plural abbreviation is a group ("16 other Lib Dem MPs")
    nouns |= {n for _, _, n, _ in full if re.fullmatch(r"[A-Z]{2,}s", n.split()[-1])}
    # a name only ever written after "a" or "an" is a common noun ("a self-described Libertarian Socialist")
    nouns |= only_ever(full, lambda s_, e_, n: after_indefinite_article(doc, s_, e_))
    # an outlet or platform with a place after it is its edition there ("telling Breitbart London")
    nouns |= {n for _, _, n, _ in full if len(n.split()) >= 2 and n.split()[0] in KNOWN_ORGANIZATIONS
              and lookup_place(n.split(" ", 1)[1]) is not None}
    # a name only ever in a title-case headline, made of the surname of someone named in the story and a
    # word no name outside the headline has, is that person and a headline word ("Clinton Wades In: ...",
    # "Lynch Closes The Door on Clinton Probe")
    title = headline_line(doc)
    body_words = {w for s_, e_, n, _ in full if s_ not in title for w in n.split()}
    body_last = {n.split()[-1] for s_, e_, n, _ in full if s_ not in title}
    nouns |= only_ever(full, lambda s_, e_, n: s_ in title and len(n.split()) == 2 and n.split()[0] in body_last
                       and n.split()[1] not in body_words)
    surnames = multi_last | {bare_surname(w) for w in multi_last}
    nouns |= {n for s_, e_, n, _ in full if " " not in n and not common_given_name(n) and n not in surnames
              and n not in vouched and n not in labelled and n not in gendered}
    return nouns


def given_of(name: str) -> str:
    """The given name in a full name: the first word, or the last of a name written surname first."""
    return name.split()[-1] if surname_first(name) else name.split()[0]


def cluster_mentions(doc, words: _Words, full: list[Mention]) -> tuple[list[PersonCluster], dict[int, str]]:
    """One cluster per person, named by the fullest form; surnames and first names used alone, and
    repeats the tagger called something else, join it. Returns the clusters in order of first mention
    and a map token index -> person."""
    texts, ents = words.texts, words.ents

    def kin_before(start: int) -> int | None:
        """The kin noun a name is set beside ("his father, Rafael"; "son Stephen"), if any."""
        k = start - 2 if start > 1 and texts[start - 1] == "," else start - 1
        return k if k >= 0 and doc[k].lower_ in KIN_NOUNS else None

    def family_name(start: int, end: int, name: str) -> str:
        """A relative named by a first name alone after whose they are has that person's surname
        ("Mr Nogar's son Stephen" is Stephen Nogar)."""
        k = kin_before(start)
        if end - start != 1 or " " in name or k is None \
                or not any_given_name(name):
            return name
        owner = next((c.i for c in doc[k].children if c.dep_ == "poss"), None)
        owner_name = next((n for s_, e_, n, _ in full if owner is not None and s_ <= owner < e_), None)
        surname = owner_name.split()[-1] if owner_name else None
        if surname is None or common_given_name(surname) or surname == name:
            return name
        return f"{name} {surname}"

    full = [(s_, e_, family_name(s_, e_, n), r) for s_, e_, n, r in full]
    clusters: dict[str, PersonCluster] = {}
    order: list[str] = []
    multi = sorted({n for _, _, n, _ in full if len(n.split()) > 1}, key=lambda n: (-len(n.split()), n))

    first_seen: dict[str, int] = {}
    count: dict[str, int] = {}
    for s_, _, n, _ in full:
        first_seen.setdefault(n, s_)
        count[n] = count.get(n, 0) + 1

    knighted = {n for _, _, n, r in full if r and r.split()[-1] in ("Sir", "Dame", "Lord", "Lady", "Baroness")}
    titled_names = {n for _, _, n, r in full if r and is_title(r.split()[-1])}
    by_surname = {texts[i + 1] for i, t in enumerate(texts[:-1]) if t in SURNAME_HONORIFICS}   # "Mr Flight"

    quoted = open_before(doc)
    narrated = {n for s_, _, n, _ in full if not quoted[s_]}
    # where each full name is first the subject of a clause, itself ("Patricia Smith, mother of ..., rejected") or
    # as the noun it names ("The candidate's wife Melania Trump brought"), not set off beside one ("Mark Barden's
    # son, Daniel, was one of 20 students killed": the son is)
    subject_starts: set[int] = set()
    for s_, e_, n, _ in full:
        head = doc[e_ - 1]
        while (head.dep_ in ("compound", "flat") or head.dep_ == "appos" and (s_ == 0 or doc[s_ - 1].text != ",")) \
                and head.head.i != head.i:
            head = head.head
        if " " in n and not quoted[s_] and head.dep_ in ("nsubj", "nsubjpass"):
            subject_starts.add(s_)
    subjects_before: dict[str, int] = {}
    for s_, _, n, _ in full:
        if s_ in subject_starts:
            subjects_before.setdefault(n, s_)

    def same_form(n: str, m: str) -> bool:
        """Whether two full names are forms of one ("Alan Grayson" of Alan Mark Grayson)."""
        return " " in n and n.split()[0] == m.split()[0] and n.split()[-1] == m.split()[-1]

    def target(name: str, start: int) -> str:
        """The fullest name this mention belongs to: itself, or the one full name it is part of."""
        if name.endswith("s") and name[:-1] in multi:
            return name[:-1]                     # "all the Elizabeth Gallaghers": the name, in the plural
        words = name.split()
        before = texts[start - 1] if start else None      # a title right before the mention ("Mr", "Mrs")
        # "Van Otterdijk" opening a sentence is "Robert van Otterdijk"
        lowered = name[0].lower() + name[1:] if words[0].lower() in NAME_PARTICLES else name
        if name in multi:
            # a longer form contains it ("Mohammed bin Salman" inside "Crown Prince ..." is handled by split_title)
            longer = [m for m in multi if m != name and len(m.split()) > len(words)
                      and ((" " + name + " ") in (" " + m + " ") or m.endswith(" " + lowered))]
            if len(longer) == 1:
                return longer[0]
            # the same person by a short form or a middle initial ("Pat Carlineo", "Patrick Carlineo Jr.",
            # "Patrick W. Carlineo"; "Josh Apte" and "Joshua Apte"): the fullest form names them all
            forms = [m for m in multi if m.split()[-1] == words[-1] and same_first_name(m.split()[0], words[0])]
            middles = {" ".join(m.split()[1:-1]) for m in forms} - {""}
            if len(forms) > 1 and len(middles) <= 1:
                # (the form the reporter writes before one only a quote gives: "Chuck Grassley", the editorial
                # quoted calling him "Charles Grassley")
                return max(forms, key=lambda m: (len(m.split()), m in narrated, len(m.split()[0]), -first_seen[m]))
            return name
        matches = [m for m in multi if (bare_surname(surname_of(m)) == bare_surname(words[-1]) and " of " not in m)
                   or (len(words) == 1 and m.split()[0] == name and surname_first(m))]
        if len(words) == 1 and not matches:
            # a first name alone ("Ahmed") is the one person of that first name ("Ahmed Mohamed"), titled too
            # ("Dr Tedros"); but not one the article calls Mr, Mrs, Ms or Dr by surname: "Mr Howard" is not
            # Howard Flight, who is "Mr Flight"
            honoured = before in SURNAME_HONORIFICS
            matches = [m for m in multi if m.split()[0] == name and not (honoured and m.split()[-1] in by_surname)]
        if len(words) == 1 and not matches:
            # the first of two surnames ("Fernández" for Vicente Fernández Guerrero), or the name a
            # person goes by inside a longer one ("Lula" for Luiz Inacio Lula da Silva)
            matches = [m for m in multi if len(m.split()) >= 3 and m.split()[-2] == name] \
                or [m for m in multi if len(m.split()) >= 4 and name in m.split()[1:-1]]
        if len(words) == 1 and not matches:
            # "Ms Bauchtman" for Lydia Buchtmann, named before (but "Dr Clayton" is not Eric Clapton, named later)
            matches = misspelt_surname(name, [m for m in multi if first_seen[m] < start])
        if len(words) > 1:
            matches = [m for m in multi if m.endswith(" " + name) or m == name or m.endswith(" " + lowered)]
        # (each full name counted once, by the form with a middle initial or the given name behind a nickname that
        # names its person: "Donald J. Trump" and "Donald Trump", "Robert C. Scott" and "Bobby Scott", "Ken Starr"
        # and "Kenneth Starr"; a first name spelt two ways is left as two, "Kristen" and "Kristin Wilkins")
        matches = list(dict.fromkeys(
            full_form if full_form.split()[0] in (m.split()[0], NICKNAMES.get(m.split()[0]))
            or full_form.split()[0].startswith(m.split()[0]) else m
            for m in matches for full_form in [target(m, start)]))
        titled_gender = word_gender(before) if len(words) == 1 and before else None
        if matches and titled_gender and all(given_name_gender(given_of(m)) not in (None, titled_gender)
                                             for m in matches):
            return name      # "Mr. Obama" is not the one Obama named in full, Michelle Obama
        if titled_gender:    # "Mrs. Trump" beside Donald and Melania Trump is Melania
            matches = [m for m in matches if given_name_gender(given_of(m)) in (None, titled_gender)] or matches
        # a shorter form of another match is that one ("de Miranda" inside "Luis de Miranda")
        matches = [m for m in matches if not any(o != m and o.endswith(" " + m) for o in matches)]
        if len(set(matches)) > 1 and len(words) == 1 and before and public_office(before.lower()):
            # "President Bush" beside Jeb and George W. Bush is the one who held the office
            matches = [m for m in matches if holds_office(m, before.lower())] or matches
        if len(set(matches)) > 1 and len(words) == 1 and before in SURNAME_HONORIFICS:
            # "Mr Blair" beside Sir Ian Blair is the Blair who is no knight (Tony Blair)
            matches = [m for m in matches if m not in knighted] or matches
        if len(set(matches)) > 1 and len(words) == 1 and not any(is_title(w) for m in matches for w in m.split()):
            # a surname two people share (each full name counted in any of its forms: "Alan Grayson" for Alan Mark
            # Grayson): first, the ones of them the his/her of its own clause can be ("“…,” Clinton said at the top
            # of her voice", beside Bill), else the "he" or "she" that takes it up ("Grayson, however, wasn't
            # dropping out ... Instead, he was phoning", beside his wives Lolita and Dena Grayson), the others known
            # to be of the other gender (not Ted Cruz beside his father Rafael, "Ted" unknown)
            own = name_head(doc[start])
            is_subject = own.dep_ in ("nsubj", "nsubjpass")         # (an object is not taken up)
            pronoun = next_subject_pronoun(doc, start, start + 1) if is_subject else None
            owned = next((t.lower_ for t in own.head.subtree if t.i > own.i and not quoted[t.i]
                          and (t.dep_ == "poss" and t.lower_ in ("his", "her") or t.lower_ in ("himself", "herself"))),
                         None) if is_subject else None       # ("Lynch shared a picture of herself")
            gender = {"his": "m", "her": "f", "himself": "m", "herself": "f"}.get(owned or "") \
                or {"he": "m", "she": "f"}.get(pronoun or "")           # (its own clause first)
            fitting = [m for m in matches if gender and given_name_gender(given_of(m)) == gender]
            if fitting and all(given_name_gender(given_of(m)) not in (None, gender) for m in matches
                               if m not in fitting):
                matches = fitting
                if len(set(matches)) == 1:
                    return matches[0]
            # else the one of them named in full as a subject in this sentence or the one before it in the paragraph
            # ("Bill Clinton spoke with voters ... At one point, a woman asked for a photo and Clinton said"; not "his
            # father, Rafael, who ... fled Cuba ... “…,” Mr. Cruz wrote")
            sent = doc[start].sent
            since = sent.start
            if sent.start and "\n" not in doc[sent.start - 1].sent.text_with_ws:
                since = doc[sent.start - 1].sent.start
            near = {m for m in matches for s_, _, n, _ in full
                    if since <= s_ < start and s_ in subject_starts and same_form(n, m)}
            if len(near) == 1:
                return near.pop()
            # else the one of them named in full there at all ("a march with Ammon Bundy ... “…,” Bundy says",
            # his brother Ryan named earlier), but not as someone's relative ("infuriated his father, Rafael"),
            # nor for a "Mrs. Clinton" the story always means one by ("wrote to Mrs. Clinton about a visit by
            # Chelsea Clinton ... Mrs. Clinton replied")
            named = {m for m in matches for s_, _, n, _ in full
                     if since <= s_ < start and same_form(n, m) and kin_before(s_) is None}
            if len(named) == 1 and not near and before not in SURNAME_HONORIFICS:
                return named.pop()
            # else the one of them the story has had do something, when only one ("Patricia Smith, mother of
            # Benghazi victim Sean Smith, rejected Clinton's claim ... Smith said")
            actors = {m for m in matches for n, at in subjects_before.items() if at < start and same_form(n, m)}
            if len(actors) == 1:
                return actors.pop()
            # else the one the story named first ("Baumgartner": Felix and his mother Ava), its subject, when
            # that one is also named more often
            first = min(matches, key=lambda m: min(at for n, at in first_seen.items() if same_form(n, m)))
            if all(sum(c for n, c in count.items() if same_form(n, first))
                   >= sum(c for n, c in count.items() if same_form(n, m)) for m in matches):
                return first
            # (or the only one of them written with a title, whose relatives the story names in full to tell them
            # apart: "Rep. Alan Grayson", his wives Lolita and Dena Grayson)
            if {m for m in matches if any(same_form(n, m) for n in titled_names)} == {first}:
                return first
            # (else the only one named so far: "Hillary Clinton ... Clinton said", her daughter named later)
            if sum(first_seen[m] < start for m in set(matches)) == 1:
                return first
        return matches[0] if len(set(matches)) == 1 else name

    token_person: dict[int, str] = {}

    def add(name: str, start: int, role: str | None, end: int | None = None) -> None:
        key = target(name, start)
        if key not in clusters:
            clusters[key] = PersonCluster(name=key, first_char=doc[start].idx)
            order.append(key)
        c = clusters[key]
        end = end or start + 1
        c.mentions.append((start, end))
        c.described = c.described or aged(doc, end) or listed_with_people(doc[start:end]) \
            or (start > 0 and person_noun_word(doc[start - 1]) and doc[start - 1].tag_ == "NN"
                and doc[start - 1].lemma_.lower() not in FIRM_OR_PERSON_NOUNS)     # "Happy Mondays dancer Bez"
        token_person.update((i, key) for i in range(start, end))
        c.first_char = min(c.first_char, doc[start].idx)
        if name != key:
            c.aliases.add(name)
        if role and role not in c.roles:
            c.roles.append(role)

    for start, end, name, role in full:
        add(name, start, role or appositive_role(doc, start, end), end)

    # surnames spaCy tagged ORG/GPE/NORP, or left unlabelled ("Trump’s" as ORG)
    known_single = {bare_surname(m.split()[-1]): m for m in multi} | {m.split()[-1]: m for m in multi}
    first_names = {}
    for m in multi:
        first_names.setdefault(m.split()[0], []).append(m)
    # a first name used alone for the one person of that first name ("Malala" for Malala Yousafzai)
    known_single |= {f: ms[0] for f, ms in first_names.items() if len(ms) == 1 and f not in known_single
                     and not surname_first(ms[0]) and not is_title(f)}
    # and the surname of a name written surname first ("Ms. Dong" for Dong Xiaolin)
    known_single |= {f: ms[0] for f, ms in first_names.items() if len(ms) == 1 and f not in known_single
                     and surname_first(ms[0])}
    covered = {i for s, e, _, _ in full for i in range(s, e)}
    for ent in ents:
        # (and a surname tagged PERSON that the first pass left as a place: "Hague" of William Hague)
        if ent.label_ in ("ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART") \
                or ent.label_ == "PERSON" and len(ent) == 1 and clean_name(ent.text) in known_single:
            # ("Mr Hague" tagged GPE: the honorific says it is the person)
            titled = len(ent) == 2 and ent[0].text in HONORIFICS
            start = ent.start + 1 if titled else ent.start
            name = clean_name(doc[start:ent.end].text)
            if name.startswith(("the ", "The ")) or covered.intersection(range(ent.start, ent.end)):
                continue
            # (not a place, unless the word stands as a noun where a surname would: "said French"
            # for Chris French, but not "French scientists")
            as_noun = titled or ent.label_ == "PERSON" or len(ent) == 1 and (
                ent.root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos") or is_title(doc[ent.start - 1].text))
            if (name in clusters or name in known_single or any(m.endswith(" " + name) for m in multi)) \
                    and (not lookup_place(name) or as_noun and name in known_single):
                add(name, start, preceding_role(doc, start), ent.end)
                covered.update(range(ent.start, ent.end))
    ent_tokens = {i for e in ents for i in range(e.start, e.end)}
    for i, word in enumerate(texts):
        # any capitalised token that repeats a known surname, whatever its tag ("Pullman writes"), but
        # not a pronoun opening a sentence ("He urged", with Liu He in the article)
        if not word[:1].isupper() or i in covered or i in ent_tokens or doc[i].pos_ == "PRON":
            continue
        name = clean_name(word)
        if name in known_single:
            add(name, i, preceding_role(doc, i))

    def fold(key: str, into: str) -> None:
        """Count `key`'s mentions as `into`'s, and drop `key`."""
        c = clusters[key]
        clusters[into].aliases.update({key} | c.aliases)
        clusters[into].mentions += c.mentions
        token_person.update((i, into) for s_, e_ in c.mentions for i in range(s_, e_))
        order.remove(key)

    # a birth name is the person's ("Ginger Baker was born Peter Edward Baker in Lewisham")
    for key in list(order):
        c = clusters[key]
        born = [doc[s_ - 1] for s_, _ in c.mentions if s_ and doc[s_ - 1].lower_ == "born"]
        if len(born) != len(c.mentions):
            continue
        bearer = next((token_person[t.i] for t in born[0].children if t.dep_ in ("nsubj", "nsubjpass")
                       and t.i in token_person and token_person[t.i] != key), None)
        if bearer is not None:
            fold(key, bearer)
    # the part of another's surname from its particle on ("De Blasio" and "Blasio", which the tagger splits off
    # at a sentence start, of "Bill de Blasio") is that person
    for key in [k for k in order if len(k.split()) <= 2]:
        hosts = [h for h in order if h != key and surname_tail(h, key)]
        if len(hosts) == 1:
            fold(key, hosts[0])
    # a peer known by the title alone is named with the place of the title ("Lord Nicholls of Birkenhead",
    # "Baroness Royall of Blaisdon"), later mentions taking it up ("Lord Nicholls said"); a name in full
    # stays ("Neil Kinnock ... will take the title of Lord Kinnock of Bedwellty"); with no place, by the title
    # ("Lord Falconer", "Lady Thatcher", "Lady Gaga")
    for key in [k for k in order if " " not in k]:
        mentions = sorted(clusters[key].mentions)
        peerage = next((d for s_, e_ in mentions if (d := peerage_title(texts, s_, e_))), None) \
            or next((f"{texts[t]} {key}" for s_, _ in mentions for t in (s_, s_ - 1)
                     if t >= 0 and texts[t] in PEERAGE_TITLES), None)
        if peerage is None or peerage in clusters:
            continue
        c = clusters.pop(key)
        c.aliases.add(key)
        c.name = peerage
        clusters[peerage] = c
        order[order.index(key)] = peerage
        token_person.update((i, peerage) for s_, e_ in c.mentions for i in range(s_, e_))
    return [clusters[k] for k in order], token_person


def surname_of(name: str) -> str:
    """The last word of a name, past a number after a full name ("Luther Stan Pate IV" -> "Pate"; but "Richard
    III" is his number)."""
    words = name.split()
    return words[-2] if len(words) >= 3 and words[-1] in ("II", "III", "IV") else words[-1]


def surname_tail(name: str, part: str) -> bool:
    """Whether `part` is the end of `name`'s surname from or after its particle ("de Blasio", "Blasio" of "Bill de
    Blasio"), in any case."""
    words = name.split()
    return any(w.lower() in NAME_PARTICLES and part.lower() in (" ".join(words[k:]).lower(),
                                                                " ".join(words[k + 1:]).lower())
               for k, w in enumerate(words[1:-1], start=1))


def peerage_title(texts: list[str], start: int, end: int) -> str | None:
    """A peer's name with the place of the title, when the mention at start..end is written so
    ("Lord Walker of Gestingthorpe"; "Lord Hunt of Kings Heath"), else None."""
    title = start if texts[start] in PEERAGE_TITLES else start - 1
    if title < 0 or texts[title] not in PEERAGE_TITLES or end - title < 2 or end + 1 >= len(texts) \
            or texts[end] != "of":
        return None
    place = end + 1
    while place < len(texts) and texts[place][:1].isupper() and texts[place].isalpha():
        place += 1
    return " ".join(texts[title:place]) if place > end + 1 else None


def salience(cluster: PersonCluster, text_length: int) -> float:
    """Mentions weigh most; being quoted and being named early add to it."""
    position = 1.0 - min(cluster.first_char / max(text_length, 1), 1.0)
    return len(cluster.mentions) + 2.0 * cluster.quoted + 2.0 * position


PRONOUN_GENDER = {"he": "m", "she": "f"}


def person_genders(doc, clusters: list[PersonCluster]) -> dict[str, str]:
    """'m' or 'f' for the people whose text says which, by votes: a gendered title, or a noun set
    beside the name ("Her husband, Oleh"), or a given name common for one gender only, count two;
    a he/she taking up the name as the next subject counts one. Used to keep "she said" from going
    to the last man named; people it cannot tell, or ties, are left out."""
    votes: dict[str, list[str]] = {}
    for c in clusters:
        vote = votes.setdefault(c.name, [])
        vote += [g for role in c.roles for w in role.split() for g in [word_gender(w)] if g]
        for start, end in c.mentions:
            head = doc[end - 1]
            beside = [t for t in head.children if t.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
            vote += [g for t in beside for g in [word_gender(t.lower_)] if g] * 2
            if clause_head(head).dep_ in ("nsubj", "nsubjpass") and clause_head(head).head.dep_ == "ROOT":
                # "Nils Eggerud admits ... he felt" (the main clause's subject only: not "Braun has worked
                # with Kim Kardashian - both of whom Taylor Swift has had feuds with. He has denied ...")
                gender = PRONOUN_GENDER.get(next_subject_pronoun(doc, start, end) or "")
                vote += [gender] if gender else []
        # (a short first word is a surname in "Xi Jinping" or "Kim Jong-un", but a given name in "Tom Lee")
        first, *rest = c.name.split()
        western = len(first) == 3 and common_given_name(first) and not any("-" in w for w in rest)
        gender = None if surname_first(c.name) and not western else given_name_gender(first)
        # (a name alone may be a surname that is also a given name: "Clinton said she", "Kennedy"; it counts once)
        vote += [gender] * (2 if rest else 1) if gender else []
    return {name: max("mf", key=v.count) for name, v in votes.items() if v.count("m") != v.count("f")}
