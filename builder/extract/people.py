"""People: one entry per person, not per mention.

Mentions come from PERSON entities, plus ORG/GPE/unlabelled tokens that repeat
a person's name (spaCy often tags a surname as ORG in some sentences). Titles
are split off into roles; surnames and possessives join the full name.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ..places import lookup_place
from .lexicon import (EPONYMOUS_BRANDS, FEMALE_WORDS, HONORIFICS, KNOWN_ORGANIZATIONS, MALE_WORDS,
                      MEDIA_NOUNS, NAME_SUFFIXES, NOBLE_TITLES, NON_PERSON_HEADS, NOT_NAMES, ORG_HEADS, ORG_NAME_WORDS,
                      PERSON_NOUNS, PLACE_LAST_WORDS, ROLE_NOUNS, SPEECH_VERBS, STORM_WORDS, THING_NOUNS, THING_WORDS,
                      TITLE_FILLERS, TITLE_WORDS)

GIVEN_NAMES = Path(__file__).resolve().parent.parent / "data" / "given_names.json"
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


@dataclass
class PersonCluster:
    name: str                                  # fullest form
    mentions: list[tuple[int, int]] = field(default_factory=list)   # token range of each mention
    roles: list[str] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    first_char: int = 0
    quoted: int = 0


def clean_name(text: str) -> str:
    # "Pedego’s Don DiCostanza": the owner in front is not part of the name, unless the owner is
    # the person ("John Lennon’s Real Love")
    parts = re.split(r"['’]s\s+(?=[A-Z])", text.strip())
    text = parts[0] if len(parts) > 1 and _given_name(parts[0].strip()) else parts[-1]
    text = re.split(r"[:(]", text.replace("[", "").replace("]", ""))[0]   # "[George H. W.] Bush", "Herrick: Sure"
    text = re.sub(r"(?<=\w)\s+[“\"‘'][^”\"’']+[”\"’']\s+(?=[A-Z])", " ", text)   # 'George “Geordie” Herbert'
    text = _POSSESSIVE.sub("", text.strip())
    text = re.sub(r"\s+", " ", text)
    return text.strip(" ,.;:-–—\"“”‘’'()[]")


def split_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """['Crown', 'Prince', 'Mohammed', 'bin', 'Salman'] -> (['Crown', 'Prince'], ['Mohammed', 'bin', 'Salman'])."""
    if len(tokens) == 2 and tokens[0] == "Dean":
        return [], tokens                        # "Dean Kamen": a given name, not the dean
    i = 0
    while i < len(tokens) - 1 and (_is_title(tokens[i]) or (i and tokens[i] in TITLE_FILLERS and _is_title(tokens[i + 1]))):
        i += 1
    return tokens[:i], tokens[i:]


def _is_title(word: str) -> bool:
    return word in TITLE_WORDS or word.lower().startswith(("then-", "ex-", "former")) and word.split("-")[-1] in TITLE_WORDS


_PARTICLES = frozenset(("bin", "bint", "de", "da", "del", "van", "von", "der", "la", "le", "al", "el", "ibn", "du",
                        "dos", "y", "ad", "as", "ben", "abu"))


def _bare(word: str) -> str:
    """'al-Mamun' -> 'Mamun': a surname without its lowercase particle."""
    head, _, tail = word.partition("-")
    return tail if tail and head in _PARTICLES else word


# Title words that are also common surnames ("Martin Luther King", "John Major").
_SURNAMES = frozenset("King Major Bishop Judge Marshal Dean Pope Prince Duke Earl Baron Knight Sheriff Chief "
                      "Chancellor Sergeant Captain Coach Officer Constable Father Lord Lady Pastor Rector".split())


def looks_like_name(name: str) -> bool:
    words = name.split()
    if not words or len(words) > 6:
        return False
    if any(ch.isdigit() for ch in name) or name.lower() in NOT_NAMES:
        return False
    if name in KNOWN_ORGANIZATIONS or words[-1] in KNOWN_ORGANIZATIONS and len(words) == 1 or name in EPONYMOUS_BRANDS:
        return False
    if words[0] in KNOWN_ORGANIZATIONS and words[0].isupper():
        return False                                 # "BBC Urdu", "CNN International"
    # every main word capitalised; particles such as bin, de, van, al- may stay lowercase
    main = [_bare(w) for w in words if w.lower() not in _PARTICLES]
    if not main or not all(w[0].isupper() for w in main):
        return False
    if name.isupper() and len(name) > 3:        # "NASA", "MS-13"
        return False
    if words[-1] in PLACE_LAST_WORDS or THING_WORDS.intersection(words):
        return False
    if words[0] in ("St", "St.") or words[0] in STORM_WORDS:
        return False                                 # "St Mary’s", "St Thomas’": a church, a hospital
    if re.search(r"-(?:upon|on|under|in|by|le|sur)-", name):
        return False                                 # "Stratford-upon-Avon", "Southend-on-Sea": a town
    if _is_title(words[-1]) and words[-1] not in NAME_SUFFIXES and (len(words) == 1 or words[-1] not in _SURNAMES):
        return False                                 # "the Pope" alone, "Virginia Governor": titles, not names
    return True


def _preceding_role(doc, start: int) -> str | None:
    """Title words written just before a name: 'Argentine President' -> 'President',
    'then-Sen.' -> 'then-Sen.', 'Univisión White House correspondent' -> None (not a title word)."""
    words = []
    i = start - 1
    while i >= 0 and (_is_title(doc[i].text) or (doc[i].text in TITLE_FILLERS and words)):
        words.insert(0, doc[i].text)
        i -= 1
    while words and words[0] in TITLE_FILLERS:
        words.pop(0)
    # "then-Sen." is tokenized then / - / Sen.
    if words and i >= 1 and doc[i].text == "-" and doc[i - 1].lower_ in ("then", "ex", "former"):
        words.insert(0, doc[i - 1].text + "-")
        words[0:2] = [words[0] + words[1]]
    role = " ".join(words)
    return role or None


def name_bounds(doc, start: int, end: int, lower_words: set[str]) -> tuple[int, int]:
    """The tokens of a name the tagger found at doc[start:end], corrected at both ends.

    Leading descriptors are not part of it ("Nonpartisan Paul Tse", "pro-Beijing ..."): adjectives,
    pro-/anti- words, and capitalised words the article also writes in lowercase. An untagged given
    name just before it is ("Junius" + "Ho"), and so is a hyphenated tail the tagger cut off
    ("Wong Yeung" + "-tat", as in Cantonese and Korean given names).
    """
    def descriptor(tok) -> bool:
        return tok.pos_ == "ADJ" or tok.lower_.startswith(("pro-", "anti-")) \
            or (tok.is_sent_start and tok.lower_ in lower_words)
    while start < end - 1:
        if doc[start].lower_ in ("pro", "anti") and doc[start + 1].text == "-" and start + 3 < end:
            start += 3                        # "Pro-Beijing DAB", tokenized Pro / - / Beijing
        elif doc[start].pos_ == "ADJ" or doc[start].tag_ == "MD" or (descriptor(doc[start]) and end - start > 2):
            start += 1
        else:
            break
    while start > 0 and end - start == 1 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_iob_ == "O" \
            and not doc[start - 1].lower_.endswith("ist") \
            and doc[start - 1].dep_ == "compound" and doc[start - 1].text[:1].isupper() \
            and doc[start - 1].text.isalpha() and not _is_title(doc[start - 1].text) \
            and not descriptor(doc[start - 1]) and not doc[start - 1].is_sent_start:
        start -= 1
    if end - start == 1 and end < len(doc) and doc[start].dep_ == "compound" and doc[start].head.i == end \
            and doc[end].pos_ == "PROPN" and doc[end].ent_iob_ == "O" and doc[end].text[:1].isupper() \
            and doc[end].text.isalpha() and not _is_title(doc[end].text) and doc[end].tag_ != "NNPS":
        end += 1                              # "Johnnie" + "Christmas": the surname the tagger left out
    while end + 1 < len(doc) and not doc[end - 1].whitespace_ and doc[end].text in ("-", "\u2011") \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    # "Sophie van" + "der Zee": a name cut off after a particle goes on to the surname
    while end < len(doc) and doc[end - 1].text in _PARTICLES and end - start > 1 \
            and (doc[end].text in _PARTICLES or doc[end].text[:1].isupper()):
        end += 1
    return start, end


def context_noun(doc, start: int) -> str | None:
    """The common noun that introduces a name: 'the outlet Politico' -> 'outlet', 'gangs like Tren
    de Aragua' -> 'gangs', 'gangs, like Mara Salvatrucha (MS-13)' -> 'gangs'."""
    i = start - 1
    steps = 0
    while i >= 0 and steps < 4 and doc[i].lower_ in ("the", "like", "such", "as", ",", "a", "an", "including"):
        i -= 1
        steps += 1
    # a common noun: "the Labour Party, Raymond Chan" is a list, not a party named Raymond Chan;
    # and not a group whose members are meant ("members of the ECB's top team, such as Yves Mersch")
    if i < 0 or doc[i].text not in NON_PERSON_HEADS:
        return None
    of = doc[i].head
    if of.lower_ == "of" and of.head.lemma_.lower() in PERSON_NOUNS:
        return None
    return doc[i].text


def _non_person_context(doc, start: int, end: int) -> bool:
    return context_noun(doc, start) is not None


def _org_shaped(name: str) -> bool:
    """'Le Figaro', 'Café Rouge', 'Founders Forum': a foreign article in front, or an organisation
    word in it, and no common given name to say otherwise ('Marine Le Pen' is kept by the caller)."""
    words = name.split()
    if len(words) < 2 or _given_name(name):
        return False
    return words[0] in FOREIGN_ARTICLES | ORG_FIRST_WORDS or bool(ORG_NAME_WORDS.intersection(words[1:]))


def _member_of_group(doc, start: int, name: str) -> bool:
    """'One of the research team, Ross Anderson': a person named beside a group, not a group's name
    (but "gangs like Mara Salvatrucha" is an example of the group, whatever the given name)."""
    between = {t.lower_ for t in doc[max(0, start - 4):start]}
    return _given_name(name) and not between & {"like", "such", "including", "as"}


def given_name_gender(word: str) -> str | None:
    """'m' or 'f' for a given name common for one gender only ("Peter", "Fiona"), else None."""
    male, female = given_names()
    if word not in male and word not in female:
        word = _unaccented(word)                     # "Ángel", "Benoît"
    return "m" if word in male else "f" if word in female else None


def _unaccented(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def common_given_name(word: str) -> bool:
    return given_name_gender(word) is not None


def _given_name(name: str) -> bool:
    """'Oscar Sanchéz Barba': a full name starting with a common given name."""
    words = name.split()
    return len(words) > 1 and words[0] not in FOREIGN_ARTICLES and common_given_name(words[0])


def _is_age(tok) -> bool:
    return tok.text.isdigit() and 0 < int(tok.text) < 120


def person_evidence(doc, start: int, end: int, given_name_counts: bool = True) -> bool:
    """Signs that a name is a person's: a common given name (unless the caller says it does not
    count: "Nova Scotia", "India Gate" are places), a person noun or an age beside it ("Maycon
    Batista, a financial analyst", "Amjid Gulzar, 26,", "Brazil's latest funk star, Anitta,"), a
    relative clause with who, or a he/she that takes it up as the next subject ("... admits Nils
    Eggerud. Like many others, he felt"; an object is not taken up: "the
    employee who wrote to Unite said that, when she ...")."""
    span = doc[start:end]
    root = span.root
    if given_name_counts and _given_name(span.text):
        return True
    if any(t.dep_ == "appos" and (t.lemma_.lower() in PERSON_NOUNS or _is_age(t)) for t in root.children):
        return True
    if root.dep_ == "appos" and root.head.lemma_.lower() in PERSON_NOUNS:
        return True
    if end + 2 < len(doc) and doc[end].text == "," and _is_age(doc[end + 1]) and doc[end + 2].text in (",", ")"):
        return True
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "from" \
            and doc[end + 2].ent_type_ in ("GPE", "LOC"):
        return True                                  # "Julia Rochester, from London, ..." 
    if any(c.dep_ == "relcl" and any(w.lower_ in ("who", "whom", "whose") and w.i < c.i for w in c.children)
           for c in root.children):
        return True                                  # "Jean Cunion, who credits the group"
    if root.dep_ == "nsubj" and root.head.lemma_ in SPEECH_VERBS and _speaks_in_first_person(doc, root.head):
        return True                                  # '“… I don't think …,” said Chapron'

    # a full name: the next sentence too ("... admits Nils Eggerud. Like many others, he felt")
    if clause_head(root).dep_ in ("pobj", "dobj", "dative", "attr"):
        return False
    pronoun = _next_subject_pronoun(doc, start, end, next_sentence=len(span.text.split()) > 1)
    return pronoun in ("he", "she")


LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "throughout"})
FOREIGN_ARTICLES = frozenset({"Le", "La", "Les", "El", "Los", "Las", "Il", "Lo", "Der", "Die", "Das", "De"})
ORG_FIRST_WORDS = frozenset({"Café", "Cafe", "Hotel", "Restaurant", "Bar", "Pub", "Radio", "Club", "Banco", "Casa"})
_LEADING_THE = re.compile(r"^(?:the|The)\s+")


def first_conjunct(tok):
    """The first item of the list a token is in ("Hydra" in "Nix, Hydra, Styx and Kerberos" -> "Nix")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def conjuncts(tok) -> list:
    """Every item of the list a token is in, itself included."""
    items, todo = [], [first_conjunct(tok)]
    while todo:
        item = todo.pop()
        items.append(item)
        todo += [c for c in item.children if c.dep_ == "conj"]
    return items


def _introduced_list(tok) -> bool:
    """A list that a plural noun other than a person noun introduces with a colon or a dash:
    "four other moons: Nix, Hydra, Styx and Kerberos", "three malts – Maris Otter, Amber and ..."."""
    doc = tok.doc
    first = first_conjunct(tok)
    i = first.left_edge.i
    if first.i == tok.i and not any(c.dep_ == "conj" for c in tok.children):
        return False                                 # a single name after a colon is no list
    return i >= 2 and doc[i - 1].text in (":", "–", "—") and doc[i - 2].tag_ == "NNS" \
        and doc[i - 2].lemma_.lower() not in PERSON_NOUNS | ROLE_NOUNS


def _beside_person_noun(span) -> bool:
    """A name set in apposition to a person noun, alone or in a list ("his daughters, Malia and Sasha")."""
    def person_noun(tok) -> bool:
        return tok.pos_ == "NOUN" and tok.lemma_.lower() in PERSON_NOUNS
    first = first_conjunct(span.root)
    # (the parser may make the noun the list's first item: "daughters" + "Malia" + "Sasha")
    return (first.dep_ == "appos" and person_noun(first.head)) or (first.i != span.root.i and person_noun(first))


def _beside_person_noun_strictly(span) -> bool:
    """A person noun written right before the name ("illustrator Johnnie Christmas"), or set in
    apposition to it ("the claimants’ lawyer, Martyn Day"; "Valeska Paris, an Australian woman")."""
    doc, root = span.doc, span.root
    def person_noun(tok) -> bool:
        return tok.pos_ == "NOUN" and tok.text[:1].islower() and tok.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS
    if span.start and person_noun(doc[span.start - 1]):
        return True
    if root.dep_ == "appos" and person_noun(root.head) and root.head.i < span.start:
        return True
    return any(c.dep_ == "appos" and person_noun(c) and c.i > root.i for c in root.children)


def _thing_relation(span) -> bool:
    """A name set in apposition to a thing or an organisation ("its moon, Charon"; "a young adult
    hit, Girl Online"; "Lily, the border terrier"; "Sonjag, another Dhaka NGO"), hanging off a thing
    by "of" ("the final series of Downton Abbey"), in a list that does either ("his novels
    number9dream and Cloud Atlas"), in a list a thing introduces ("four other moons: Nix, Hydra"),
    or listed with places."""
    root = span.root
    def thing(tok) -> bool:
        return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in THING_NOUNS | ORG_HEADS \
            and tok.text[:1].islower() or tok.text in ("NGO", "NGOs")
    first = first_conjunct(root)
    if first.dep_ == "appos" and thing(first.head):
        return True
    if any(c.dep_ == "appos" and thing(c) for c in root.children) and not (len(span) > 1 and (
            any(c.dep_ == "appos" and c.lemma_.lower() in PERSON_NOUNS for c in root.children)
            or (root.dep_ == "nsubj" and root.head.lemma_ in SPEECH_VERBS))):
        return True     # (not "says Krister Lindstedt of White, the architects firm": the firm is White)
    if first.dep_ == "pobj" and first.head.lower_ == "of" and thing(first.head.head):
        return True
    if _introduced_list(root):
        return True
    if root.dep_ == "conj" and not _given_name(span.text) \
            and sum(t.ent_type_ in ("GPE", "LOC", "FAC") for t in conjuncts(root) if t.i != root.i) >= 2:
        return True                          # "Vienna, Prague, Khao Lak"; "in Paris, São Paolo and Shanghai"
    if root.dep_ == "appos" and root.head.ent_type_ == "FAC" and root.head.text in PLACE_LAST_WORDS:
        return True                          # "on Glover Drive, Upper Edmonton"
    if root.dep_ == "pobj" and root.head.lower_ in ("from", "in", "at", "near") \
            and any(c.dep_ == "appos" and c.ent_type_ in ("GPE", "LOC") for c in root.children):
        return True                          # "from Cole Harbour, Nova Scotia" (not "Mark Tedeschi, QC")
    return False


# Lowercase nouns that make the capitalised word before them a place's name ("the Beskidy mountains").
GEOGRAPHIC_NOUNS = frozenset("""
mountains mountain hills river valley lake island islands peninsula desert glacier coast region province
county district
""".split())


def _organisation_relation(span, person_texts: set[str]) -> bool:
    """A name the sentence shows to be an organisation: listed with two or more organisations
    ("Wagamama, Pizza Hut and TGI Friday"), set in brackets after an organisation ("the Moroccan
    solar energy agency (Masen)"), or where someone works ("campaigns officer at Unite")."""
    doc, root = span.doc, span.root
    others = [t for t in conjuncts(root) if t.i != root.i]
    if sum(t.ent_type_ == "ORG" and t.ent_iob_ != "O" and clean_name(_ent_text(t)) not in person_texts
           for t in others) >= 2 and not any(t.ent_type_ == "PERSON" for t in others):
        return True
    if span.start >= 2 and span.end < len(doc) and doc[span.start - 1].text == "(" and doc[span.end].text == ")" \
            and (doc[span.start - 2].ent_type_ == "ORG" or doc[span.start - 2].lemma_.lower() in ORG_HEADS):
        return True
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "at" and prep.head.pos_ == "NOUN" \
        and prep.head.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS


def _ent_text(tok) -> str:
    """The text of the entity a token is in."""
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent.text
    return tok.text


def _names_a_thing(span) -> bool:
    """'Closer magazine': a name modifying a thing noun."""
    root = span.root
    return root.dep_ in ("amod", "compound", "nmod") and root.head.pos_ == "NOUN" \
        and root.head.lemma_.lower() in MEDIA_NOUNS and root.head.i == span.end


def _speaks_in_first_person(doc, verb) -> bool:
    """The quote next to a speech verb says "I" or "my": a person speaks, not an organisation."""
    for step in (-1, 1):
        i = verb.i + step
        while 0 <= i < len(doc) and abs(i - verb.i) <= 4 and doc[i].text not in "“”\"":
            i += step
        if not (0 <= i < len(doc)) or doc[i].text not in "“”\"":
            continue
        j = i + step
        while 0 <= j < len(doc) and abs(j - i) <= 120 and doc[j].text not in "“”\"":
            if doc[j].text in ("I", "my", "My", "me"):
                return True
            j += step
    return False


def _affiliation(span) -> bool:
    """'Cheng Chung-tai of Civic Passion': a name hanging off another person's name by of/from
    is what that person belongs to, not a second person."""
    root = span.root
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in ("of", "from") and prep.head.ent_type_ == "PERSON" \
        and prep.head.pos_ == "PROPN" and prep.i == prep.head.i + 1 and span.start in (prep.i + 1, prep.i + 2)


def collect_people(doc) -> tuple[list[PersonCluster], set[str], dict[int, str]]:
    """Cluster person mentions in one Doc. Returns clusters in order of first mention, the names
    rejected as non-people (so organisations can pick them up) and a map token index -> person."""
    rejected: set[str] = set()
    texts = [t.text for t in doc]            # one pass; the scans below index this, not the Doc
    ents = list(doc.ents)
    lower_words = {w for w in texts if w[:1].islower()}
    # multi-word organisation names: a "person" holding one ("Univisión White House") is not a person
    # (not a name the tagger also calls a person elsewhere: "Sanchéz Barba said" tagged ORG once)
    person_texts = {clean_name(e.text) for e in ents if e.label_ == "PERSON"}
    org_texts = {n for e in ents if e.label_ == "ORG" for n in [clean_name(e.text)]
                 if len(n.split()) > 1 and n not in person_texts}
    org_words = {clean_name(e.text) for e in ents if e.label_ == "ORG"}
    by_context: set[str] = set()
    full: list[tuple[int, int, str, str | None]] = []      # (start token, end token, name, role)
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        first, end = name_bounds(doc, ent.start, ent.end, lower_words)
        words = clean_name(doc[first:end].text).split()
        title, rest = split_title(words)
        while rest and rest[-1] in NAME_SUFFIXES and rest[-1] not in ("II", "III", "IV"):
            rest = rest[:-1]                     # "Jr." goes; "Richard III" keeps his number
        if len(rest) >= 3 and rest[0].lower() in PERSON_NOUNS | ROLE_NOUNS \
                and (common_given_name(rest[1]) or doc[first].is_sent_start):
            title, rest = title + rest[:1], rest[1:]     # "Novelist Ajaz Ashraf", "Constable Paul Middup"
        name = " ".join(rest)
        if name.startswith(tuple(h + " " for h in HONORIFICS)):
            name = name.split(" ", 1)[1]
        owner_of_place = ent.root.dep_ == "poss" and ent.root.head.i == ent.end \
            and ent.root.head.text in PLACE_LAST_WORDS      # "St James’s Palace", "St Thomas’ Hospital"
        grouped = _non_person_context(doc, ent.start, ent.end) and not _member_of_group(doc, ent.start, name)
        if owner_of_place or grouped \
                or _affiliation(doc[first:end]) \
                or (name.isupper() and name in org_words):
            by_context.add(name)
        if not looks_like_name(name) or lookup_place(name) or name in by_context \
                or (any(f" {o} " in f" {name} " for o in org_texts if len(o) > 3 and o != name)
                    and not _given_name(name)) \
                or (_org_shaped(name) and not any(p.endswith(" " + name) for p in person_texts)):
            rejected.add(clean_name(ent.text))
            continue
        role = " ".join(title) or _preceding_role(doc, first)
        full.append((first, end, name, role))
    in_person = {i for s_, e_, _, _ in full for i in range(s_, e_)}
    # an untagged name after a title: "the Most Rev Justin Welby", "Sen. Jane Doe"
    for i, word in enumerate(texts[:-2]):
        if not word[:1].isupper() or i + 1 in in_person or not _is_title(word):
            continue
        end = i + 1
        while end < len(doc) and end - i <= 4 and doc[end].pos_ == "PROPN" and doc[end].ent_iob_ == "O" \
                and texts[end][:1].isupper() and texts[end].replace("-", "").isalpha() and not _is_title(texts[end]):
            end += 1
        name = doc[i + 1:end].text
        if end - i >= 3 and looks_like_name(name) and not lookup_place(name) \
                and (end == len(doc) or texts[end] != "of"):
            full.append((i + 1, end, name, _preceding_role(doc, i + 1)))
            in_person.update(range(i + 1, end))
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
        if ent.label_ not in ("ORG", "GPE", "FAC"):
            continue
        first, end = name_bounds(doc, ent.start, ent.end, lower_words)
        title, rest = split_title(clean_name(doc[first:end].text).split())
        titled_name = len(rest) >= 3 and rest[0].lower() in PERSON_NOUNS | ROLE_NOUNS and common_given_name(rest[1])
        if titled_name:
            title, rest, first = title + rest[:1], rest[1:], first + 1    # "Constable Paul Middup"
        name = " ".join(rest)
        titled_name = titled_name or bool(title) and _given_name(name)   # "President Joe Biden" tagged ORG
        if titled_name and looks_like_name(name) and not ORG_NAME_WORDS.intersection(rest):
            full.append((first, end, name, " ".join(title)))
        elif " " not in name and common_given_name(name) and _beside_person_noun(doc[first:end]):
            full.append((first, end, name, None))   # "his daughters, Malia and Sasha" (tagged GPE)
        elif name and looks_like_name(name) and not name.isupper() and not lookup_place(name) \
                and not ORG_NAME_WORDS.intersection(rest) and name not in KNOWN_ORGANIZATIONS \
                and not _non_person_context(doc, ent.start, ent.end) \
                and (ent.label_ == "ORG" or _given_name(name)) \
                and person_evidence(doc, first, end, given_name_counts=ent.label_ == "ORG"):
            # (a place-tagged name needs a given name and more: "Julia Rochester, who ...", not
            # "R-Alaska, who ..." nor "a student from Cole Harbour, Nova Scotia")
            full.append((first, end, name, " ".join(title) or _preceding_role(doc, first)))
    # a name the tagger missed or mislabelled, set beside a person noun: "illustrator Johnnie
    # Christmas", "the claimants’ lawyer, Martyn Day", "Valeska Paris, an Australian woman"
    in_person = {i for s_, e_, _, _ in full for i in range(s_, e_)}
    i = 0
    while i < len(doc):
        end = i
        while end < len(doc) and end - i < 3 and doc[end].pos_ == "PROPN" and texts[end][:1].isupper() \
                and texts[end].replace("-", "").isalpha() and not _is_title(texts[end]) and end not in in_person:
            end += 1
        if end - i >= 2 and (i == 0 or doc[i - 1].pos_ != "PROPN") and (end == len(doc) or doc[end].pos_ != "PROPN"):
            name = doc[i:end].text
            if looks_like_name(name) and not lookup_place(name) and not ORG_NAME_WORDS.intersection(name.split()) \
                    and _beside_person_noun_strictly(doc[i:end]):
                full.append((i, end, name, _preceding_role(doc, i)))
                in_person.update(range(i, end))
        i = max(end, i + 1)
    full.sort()
    # names set beside a thing anywhere ("its large moon, Charon", "the final series of Downton Abbey",
    # "Milan, Venice, Prague, Khao Lak"), or a lone word that names a place or a firm ("Highclere Castle")
    for ent in ents:
        name = " ".join(split_title(clean_name(_LEADING_THE.sub("", ent.text)).split())[1])
        if _thing_relation(doc[ent.start:ent.end]) \
                or (not _given_name(name) and _organisation_relation(doc[ent.start:ent.end], person_texts)) \
                or (context_noun(doc, ent.start) and not _member_of_group(doc, ent.start, name)):
            by_context.add(name)
    multi_last = {n.split()[-1] for _, _, n, _ in full if len(n.split()) > 1}
    speakers = {n for s_, e_, n, role in full if role or doc[s_:e_].root.dep_ == "nsubj"
                and doc[s_:e_].root.head.lemma_ in SPEECH_VERBS}
    for ent in ents:
        name = clean_name(ent.text)
        # "the Harry Potter films", "Closer magazine" (never a name that speaks or has a title)
        if _names_a_thing(doc[ent.start:ent.end]) and name not in multi_last | speakers \
                and (len(name.split()) == 1 or not _given_name(name) or ent.label_ != "PERSON"
                     or doc[ent.end].lemma_ in ("film", "movie", "series", "book", "novel", "franchise")):
            by_context.add(name)
    titled = {texts[i] for i in range(1, len(texts)) if texts[i - 1][:1].isupper() and _is_title(texts[i - 1])}
    place_or_org_words = PLACE_LAST_WORDS | ORG_NAME_WORDS | GEOGRAPHIC_NOUNS
    for i, word in enumerate(texts[:-1]):
        if texts[i + 1] in place_or_org_words and word[:1].isupper() and word not in multi_last | titled:
            by_context.add(word)                 # "Highclere Castle", "the Beskidy mountains" (but not
                                                 # "President Trump ... Trump Tower")
    # what the context shows to be a group once ("localist group Civic Passion") is one everywhere
    # a name only ever found "in", "at" or "near" is a place ("lives in Mingora")
    where: dict[str, set[bool]] = {}
    for s_, e_, n, _ in full:
        root = first_conjunct(doc[s_:e_].root)       # "in Willesden and Surrey Quays"
        prep = root.head
        where.setdefault(n, set()).add(root.dep_ == "pobj" and prep.i == root.left_edge.i - 1 and not _given_name(n) and (
            prep.lower_ in LOCATIVE_PREPOSITIONS    # "lives in Mingora", "the girl from Mingora"
            or (prep.lower_ == "from" and prep.head.lemma_.lower() in PERSON_NOUNS)))
    by_context |= {n for n, seen in where.items() if seen == {True}}
    group_words = by_context | {n.split()[-1] for n in by_context}      # "UK Uncut", then "Uncut"
    # a lone word capitalised only where a sentence starts, and written in lowercase elsewhere,
    # is a common noun ("Wolf sightings are rare" beside "the wolf")
    lone_anywhere_else = {n for s, _, n, _ in full if " " not in n and not doc[s].is_sent_start}
    common = {n for _, _, n, _ in full if " " not in n and n.lower() in lower_words and n not in lone_anywhere_else}
    # a lone name taken up by "it" and never by he/she is an animal or a thing ("Inky ... it escaped")
    pronouns: dict[str, set[str]] = {}
    for s_, e_, n, role in full:
        if " " not in n and not role:
            pronouns.setdefault(n, set()).add(_next_subject_pronoun(doc, s_, e_, next_sentence=False) or "")
    multi_words = {w for _, _, n, _ in full if " " in n for w in n.split()}
    things = {n for n, seen in pronouns.items() if "it" in seen and not seen & {"he", "she"}
              and n not in multi_words and not common_given_name(n)}
    # a word also used in the plural is a people or a group ("a Sherpa" beside "the Sherpas"); capitalised
    # common words are a heading or a job ("Lead Archaeologist", "Educational Technology")
    word_counts = Counter(texts)
    # (when the plural is used at least as often: "the Banksys" are the works of the one Banksy)
    plurals = {w[:-1] for w in texts if w.endswith("s") and w[:1].isupper()
               and word_counts[w] >= word_counts.get(w[:-1], 0)}
    nouns = {n for s_, e_, n, _ in full if " " in n and not _given_name(n)
             and (all(w.lower() in lower_words for w in n.split())
                  or (n.split()[-1].lower() in PERSON_NOUNS | ROLE_NOUNS      # "Richard Buckley, Lead
                      and doc[s_:e_].root.dep_ == "appos"                     # Archaeologist on the hunt"
                      and doc[s_:e_].root.head.ent_type_ == "PERSON"))}
    full = [f for f in full if f[2] not in group_words and f[2] not in common and f[2] not in things
            and not (" " not in f[2] and f[2] in plurals and not common_given_name(f[2]))
            and f[2] not in nouns]

    clusters: dict[str, PersonCluster] = {}
    order: list[str] = []
    multi = sorted({n for _, _, n, _ in full if len(n.split()) > 1}, key=lambda n: (-len(n.split()), n))

    first_seen: dict[str, int] = {}
    count: dict[str, int] = {}
    for s_, _, n, _ in full:
        first_seen.setdefault(n, s_)
        count[n] = count.get(n, 0) + 1

    def target(name: str) -> str:
        """The fullest name this mention belongs to: itself, or the one full name it is part of."""
        if name.endswith("s") and name[:-1] in multi:
            return name[:-1]                     # "all the Elizabeth Gallaghers": the name, in the plural
        if name in multi:
            # a longer form contains it ("Mohammed bin Salman" inside "Crown Prince ..." is handled by split_title)
            longer = [m for m in multi if m != name and (" " + name + " ") in (" " + m + " ") and len(m.split()) > len(name.split())]
            return longer[0] if len(longer) == 1 else name
        words = name.split()
        matches = [m for m in multi if (_bare(m.split()[-1]) == _bare(words[-1]) and " of " not in m)
                   or (len(words) == 1 and m.split()[0] == name and _surname_first(m))]
        if len(words) == 1 and not matches:
            # a first name alone ("Ahmed") is the one person of that first name ("Ahmed Mohamed")
            matches = [m for m in multi if m.split()[0] == name]
        if len(words) == 1 and not matches:
            matches = misspelt_surname(name, multi)      # "Ms Bauchtman" for Lydia Buchtmann
        if len(words) > 1:
            matches = [m for m in multi if m.endswith(" " + name) or m == name]
        if len(set(matches)) > 1 and len(words) == 1 and not any(_is_title(w) for m in matches for w in m.split()):
            # a surname two people share ("Baumgartner": Felix and his mother Ava): the one the story
            # named first, its subject, when that one is also named more often
            first = min(matches, key=lambda m: first_seen[m])
            if all(count[first] >= count[m] for m in matches):
                return first
        return matches[0] if len(set(matches)) == 1 else name

    token_person: dict[int, str] = {}

    def add(name: str, start: int, role: str | None, end: int | None = None) -> None:
        key = target(name)
        if key not in clusters:
            clusters[key] = PersonCluster(name=key, first_char=doc[start].idx)
            order.append(key)
        c = clusters[key]
        end = end or start + 1
        c.mentions.append((start, end))
        token_person.update((i, key) for i in range(start, end))
        c.first_char = min(c.first_char, doc[start].idx)
        if name != key:
            c.aliases.add(name)
        if role and role not in c.roles:
            c.roles.append(role)

    for start, end, name, role in full:
        add(name, start, role or _appositive_role(doc, start, end), end)

    # surnames spaCy tagged ORG/GPE/NORP, or left unlabelled ("Trump’s" as ORG)
    known_single = {_bare(m.split()[-1]): m for m in multi} | {m.split()[-1]: m for m in multi}
    first_names = {}
    for m in multi:
        first_names.setdefault(m.split()[0], []).append(m)
    # a first name used alone for the one person of that first name ("Malala" for Malala Yousafzai)
    known_single |= {f: ms[0] for f, ms in first_names.items() if len(ms) == 1 and f not in known_single
                     and not _surname_first(ms[0]) and not _is_title(f)}
    covered = {i for s, e, _, _ in full for i in range(s, e)}
    for ent in ents:
        if ent.label_ in ("ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"):
            name = clean_name(ent.text)
            if name.startswith(("the ", "The ")) or covered.intersection(range(ent.start, ent.end)):
                continue
            # (not a place, unless the word stands as a noun where a surname would: "said French"
            # for Chris French, but not "French scientists")
            as_noun = len(ent) == 1 and (
                ent.root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos") or _is_title(doc[ent.start - 1].text))
            if (name in clusters or name in known_single or any(m.endswith(" " + name) for m in multi)) \
                    and (not lookup_place(name) or as_noun and name in known_single):
                add(name, ent.start, _preceding_role(doc, ent.start), ent.end)
                covered.update(range(ent.start, ent.end))
    ent_tokens = {i for e in ents for i in range(e.start, e.end)}
    for i, word in enumerate(texts):
        # any capitalised token that repeats a known surname, whatever its tag ("Pullman writes")
        if not word[:1].isupper() or i in covered or i in ent_tokens:
            continue
        name = clean_name(word)
        if name in known_single:
            add(name, i, _preceding_role(doc, i))
    return [clusters[k] for k in order], rejected, token_person


def _appositive_role(doc, start: int, end: int) -> str | None:
    """A role written beside the name, as written: "John Kirby, a spokesman for the National
    Security Council" -> "spokesman", "Sylvio Ferreira, a psychology lecturer" -> "psychology lecturer"."""
    head = doc[end - 1]
    nouns = [t for t in head.children if t.dep_ == "appos" and t.pos_ == "NOUN" and t.i > head.i]
    if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i < start:
        nouns.append(head.head)              # "the US special representative, Richard Holbrooke"
    for noun in nouns:
        if noun.lemma_.lower() not in PERSON_NOUNS | ROLE_NOUNS:
            continue
        words = [t for t in doc[noun.left_edge.i: noun.i + 1]
                 if t.dep_ in ("compound", "amod") and t.head.i == noun.i and t.pos_ in ("NOUN", "ADJ", "PROPN")
                 and t.ent_type_ not in ("PERSON", "DATE", "CARDINAL")]
        return " ".join(t.text for t in words + [noun])
    return None


def misspelt_surname(word: str, names) -> list[str]:
    """The one full name whose surname a word misspells ("Bauchtman" -> "Lydia Buchtmann", "Water"
    -> "Kathryn Waters"): same first letter, one edit away (two for words of seven letters or
    more), and no other name as close."""
    if len(word) < 5:
        return []
    allowed = 2 if len(word) >= 7 else 1
    close = [n for n in names if len(n.split()) > 1 and n.split()[-1][:1] == word[:1]
             and n.split()[-1] != word and _edit_distance(n.split()[-1], word, allowed) <= allowed]
    return close if len(close) == 1 else []


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, stopping early once it must exceed `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
        if min(row) > limit:
            return limit + 1
    return row[-1]


def _surname_first(name: str) -> bool:
    """East Asian names written surname first ('Xi Jinping'): two words, the second not a common given-name form."""
    words = name.split()
    return len(words) == 2 and len(words[0]) <= 3


def salience(cluster: PersonCluster, text_length: int) -> float:
    """Mentions weigh most; being quoted and being named early add to it."""
    position = 1.0 - min(cluster.first_char / max(text_length, 1), 1.0)
    return len(cluster.mentions) + 2.0 * cluster.quoted + 2.0 * position


PRONOUN_GENDER = {"he": "m", "she": "f"}


def _word_gender(word: str) -> str | None:
    """'m' or 'f' for a gendered title or noun ("Mr", "Lady", "spokeswoman", "husband")."""
    if word in MALE_WORDS or word.lower() in MALE_WORDS:
        return "m"
    if word in FEMALE_WORDS or word.lower() in FEMALE_WORDS:
        return "f"
    return None


def clause_head(tok):
    """The token that stands for a name in its clause: up from compound, flat and appositive links
    ("the Republican senator Mike Lee had ..." -> "senator", the subject)."""
    while tok.head.i != tok.i and tok.dep_ in ("compound", "flat", "appos"):
        tok = tok.head
    return tok


def person_genders(doc, clusters: list[PersonCluster]) -> dict[str, str]:
    """'m' or 'f' for the people whose text says which, by votes: a gendered title, or a noun set
    beside the name ("Her husband, Oleh"), or a given name common for one gender only, count two;
    a he/she taking up the name as the next subject counts one. Used to keep "she said" from going
    to the last man named; people it cannot tell, or ties, are left out."""
    votes: dict[str, list[str]] = {}
    for c in clusters:
        vote = votes.setdefault(c.name, [])
        vote += [g for role in c.roles for w in role.split() for g in [_word_gender(w)] if g]
        for start, end in c.mentions:
            head = doc[end - 1]
            beside = [t for t in head.children if t.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
            vote += [g for t in beside for g in [_word_gender(t.lower_)] if g] * 2
            if clause_head(head).dep_ in ("nsubj", "nsubjpass"):      # "Nils Eggerud admits ... he felt"
                gender = PRONOUN_GENDER.get(_next_subject_pronoun(doc, start, end) or "")
                vote += [gender] if gender else []
        gender = None if _surname_first(c.name) else given_name_gender(c.name.split()[0])
        vote += [gender] * 2 if gender else []
    return {name: max("mf", key=v.count) for name, v in votes.items() if v.count("m") != v.count("f")}


@cache
def given_names() -> tuple[frozenset[str], frozenset[str]]:
    """(male, female) given names from data/given_names.json (US census lists; see
    scripts/make_given_names.py). Names common for both are in neither."""
    data = json.loads(GIVEN_NAMES.read_text(encoding="utf-8"))
    return frozenset(data["male"]), frozenset(data["female"])


def _next_subject_pronoun(doc, start: int, end: int, next_sentence: bool = True) -> str | None:
    """The pronoun subject that follows a name in its sentence (or the next), outside quotes, if no
    other name that could be a person comes first (so it can only take up this one):
    'Zelenskyy spoke to CNN’s “State of the Union”. “We will not give up,” he said.' -> 'he'."""
    sent = doc[start].sent
    stop = doc[sent.end].sent.end if next_sentence and sent.end < len(doc) else sent.end
    quoted = False
    for tok in doc[end:stop]:
        if tok.text in "“”\"":
            quoted = tok.text == "“" or (tok.text == '"' and not quoted)
            continue
        if quoted:
            continue                        # inside a quote, pronouns are the speaker's own
        if tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.ent_type_):
            return None
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "PRON":
            return tok.lower_
    return None
