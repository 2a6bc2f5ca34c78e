"""Extract stage: Article text -> Extraction, with the real spaCy model.

All texts go through one `nlp.pipe` pass; everything after it is pure
functions of the Doc (people, places, organisations, quotes), converted to
plain dataclasses straight away so no Doc leaves this package.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Iterable, Iterator

from ..model import Extraction, PersonMention
from ..places import lookup_place
from ..read import with_dashes    # (the reader keeps a lost dash as three spaces)
from .lexicon import HONORIFICS, ORG_NAME_WORDS, PERSON_NOUNS, WELL_KNOWN_PEOPLE
from .orgs import collect_organizations
from .names import any_given_name, common_given_name, looks_like_name, personal_title
from .people import PersonCluster, collect_people, salience
from .person_context import doc_text
from .places_match import PlaceMatcher
from .quotes import with_doubled_marks
from .speakers import extract_quotes

# Bump when a rule changes: it is part of the extraction cache key.
EXTRACTOR_VERSION = "420"
BATCH_SIZE = 32


class Extractor:
    def __init__(self, nlp, min_quote_words: int = 4):
        self.nlp = nlp
        self.min_quote_words = min_quote_words
        self.places = PlaceMatcher(nlp)

    @property
    def settings(self) -> str:
        """Settings that change results: part of the cache key."""
        return f"min_quote_words={self.min_quote_words}"

    def extract_many(self, texts: Iterable[str], n_process: int = 1) -> Iterator[Extraction]:
        pairs = ((parser_text(text), text) for text in texts)
        for doc, written in self.nlp.pipe(pairs, as_tuples=True, batch_size=BATCH_SIZE, n_process=n_process):
            try:
                yield extract_doc(doc, self.places, self.min_quote_words, written)
            except Exception as exc:      # a rule's bug must not stop the whole build: the build names the file
                yield Extraction(failed=f"{type(exc).__name__}: {exc}")

    def extract(self, text: str) -> Extraction:
        return next(self.extract_many([text]))


def parser_text(text: str) -> str:
    """The text as the parser should read it: a lost dash's three spaces made a spaced dash, a horizontal
    bar (―, which some sites set for a dash) the dash the parser knows, and two apostrophes used as a quote
    mark made a double mark (each the same length, so offsets hold; quotes are cut from the text as
    written, see SpeakerFinder)."""
    return _IN_WORD_APOSTROPHE.sub("'", with_doubled_marks(with_dashes(text))).replace("\u2015", "—")


# (the tagger reads "D’Souza" and "O’Connor" as common nouns, "D'Souza" and "O'Connor" as names)
_IN_WORD_APOSTROPHE = re.compile(r"(?<=\b[A-Z])’(?=[A-Z])")
_STRAIGHTENED = re.compile(r"(?<=\b[A-Z])'(?=[A-Z])")


def extract_doc(doc, places: PlaceMatcher, min_quote_words: int = 4, written: str | None = None) -> Extraction:
    """`written`: the text as written, when the parser read parser_text(written)."""
    clusters, rejected, token_person = collect_people(doc)
    orgs, token_org = collect_organizations(doc, clusters, rejected)
    countries, regions = places(doc, token_person)
    quotes = extract_quotes(doc, clusters, token_person, token_org, min_quote_words, written)
    # a body quoted by a short form it also goes by is quoted by name ("B&B said" for Bradford & Bingley)
    org_names = {alias: o.name for o in orgs for alias in o.aliases}
    quotes = [replace(q, speaker=org_names[q.speaker]) if q.speaker in org_names else q for q in quotes]
    for q in quotes:
        for c in clusters:
            if q.speaker == c.name:
                c.quoted += 1
    clusters += speakers_untagged(doc, quotes, clusters, orgs)
    # a lone word tagged PERSON once and never quoted is more often a thing ("Teff", "Hajj") than a person
    # (unless it is a common given name, "his wife, Michelle", or has a person noun or title, "his
    # girlfriend, Anaïs", "Mr. Trump")
    # (and a lone letter is a nickname or a label, never a name: 'Obama (who she dubbed “Mr. P”)')
    clusters = [c for c in clusters if len(c.name.strip(".")) > 1 and (
                len(c.name.split()) > 1 or len(c.mentions) > 1 or c.quoted
                or common_given_name(c.name) or c.described or c.name in WELL_KNOWN_PEOPLE
                or any(r.split()[-1].lower() in PERSON_NOUNS or personal_title(r) or r.split()[-1] in HONORIFICS
                       for r in c.roles))]    # ("Lord Drayson, whose company ...")
    n = len(doc_text(doc))
    # (the entities' spans hold the Doc: a cycle that would keep every Doc alive till the next collection)
    doc.user_data.pop("ents", None)
    people = sorted(clusters, key=lambda c: (-salience(c, n), c.first_char))
    extraction = Extraction(
        people=tuple(PersonMention(name=c.name, mentions=len(c.mentions), roles=tuple(c.roles),
                                   aliases=tuple(sorted(c.aliases)), salience=round(salience(c, n), 3))
                     for c in people),
        countries=countries,
        regions=regions,
        organizations=orgs,
        quotes=tuple(quotes),
    )
    return names_as_written(extraction, written) if written and _IN_WORD_APOSTROPHE.search(written) else extraction


def speakers_untagged(doc, quotes, clusters: list[PersonCluster], orgs) -> list[PersonCluster]:
    """People quoted by a full name the tagger never called a person ('“…,” Jean-Michel Lemetayer, from the
    FNSEA union, told AP'): one of the article's people all the same, with each place the name is written."""
    known = {c.name for c in clusters} | {n for o in orgs for n in (o.name, *o.aliases)}
    text = doc_text(doc)
    found = []
    for name, quoted in Counter(q.speaker for q in quotes).items():
        if not name or name in known or " " not in name or not any_given_name(name.split()[0]) \
                or not looks_like_name(name) or lookup_place(name) is not None \
                or ORG_NAME_WORDS.intersection(name.split()):       # ("the Sydney Morning Herald says")
            continue
        spans = [s for m in re.finditer(rf"\b{re.escape(name)}\b", text) for s in [doc.char_span(m.start(), m.end())]
                 if s is not None]
        if spans:
            found.append(PersonCluster(name=name, mentions=[(s.start, s.end) for s in spans],
                                       first_char=spans[0].start_char, quoted=quoted))
    return found


def names_as_written(extraction: Extraction, written: str) -> Extraction:
    """Names given back the apostrophe parser_text straightened ("O'Keefe" is written "O’Keefe")."""
    def fix(name: str | None) -> str | None:
        curly = _STRAIGHTENED.sub("’", name) if name and "'" in name else name
        return curly if curly != name and curly in written else name
    return replace(
        extraction,
        people=tuple(replace(p, name=fix(p.name), aliases=tuple(sorted(map(fix, p.aliases))))
                     for p in extraction.people),
        organizations=tuple(replace(o, name=fix(o.name), aliases=tuple(map(fix, o.aliases)))
                            for o in extraction.organizations),
        quotes=tuple(replace(q, speaker=fix(q.speaker)) for q in extraction.quotes))

