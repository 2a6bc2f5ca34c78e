"""Countries and regions: every surface form in the gazetteer, matched on tokens.

A PhraseMatcher built once per model finds names, demonyms and cities in one
pass over the Doc's tokens, including those spaCy did not tag.
"""
from __future__ import annotations

from collections import Counter

from spacy.matcher import PhraseMatcher
from spacy.tokens import Span
from spacy.util import filter_spans

from ..model import CountryMention
from ..places import Place, all_surface_forms, country_name, lookup_place, shared_subdivisions
from .person_context import doc_ents, first_conjunct

# "Spanish-language", "in Spanish": a language, not a country
_LANGUAGE_AFTER = {"language", "languages", "speaking", "speakers", "speaker", "translation", "subtitles"}
_LANGUAGE_BEFORE = {"in", "into", "speak", "speaks", "spoke", "speaking", "fluent"}


class PlaceMatcher:
    def __init__(self, nlp):
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.places: dict[int, Place] = {}
        self.forms = all_surface_forms()       # (a copy, made once: each Doc only reads it)
        forms = sorted(self.forms.items())
        for (form, place), pattern in zip(forms, nlp.tokenizer.pipe(f for f, _ in forms)):
            label = f"{place.kind}:{place.code or place.name}"
            self.matcher.add(label, [pattern])
            self.places[nlp.vocab.strings[label]] = place

    def __call__(self, doc, token_person: dict[int, str]) -> tuple[tuple[CountryMention, ...], tuple[str, ...]]:
        spans = filter_spans([Span(doc, s, e, label=m) for m, s, e in self.matcher(doc)])
        forms = self.forms
        states = _states_named_like_countries(doc, spans, forms, token_person)
        # a state's short form counts only where it is written as one: after a town or a party letter
        # ("Naples, Fla.", "(R-Ky.)"), not "went to Mass."
        spans = [s_ for s_ in spans if getattr(forms.get(s_.text), "via", None) != "abbreviation"
                 or s_.start and doc[s_.start - 1].text in (",", "(", "-")]
        # a city written with a state or country of another country is a namesake, there and after:
        # "Naples, Florida" (then "moved to Naples") is not in Italy, nor is the "Naples (Fla.) Daily News"
        starts = {span.start: states.get(span.start) or forms.get(span.text) for span in spans}
        namesakes = set()
        for span in spans:
            form = starts[span.start]
            after = starts.get(span.end + 1) if span.end < len(doc) and doc[span.end].text in (",", "(") else None
            if form is not None and form.via == "city" and after is not None and after.kind == "country" \
                    and after.code != form.code and after.via in ("subdivision", "name", "abbreviation"):
                namesakes.add(span.text)
        countries: Counter[str] = Counter()
        regions: Counter[str] = Counter()
        for span in spans:
            place = states.get(span.start) or self.places[span.label]
            form = starts[span.start]
            if span.text in namesakes:
                continue
            # (a city the tagger took for part of a name we do not hold for a person's is still the city:
            # "Manchester United" tagged PERSON; so is a county or state that describes a common noun: "a Devon man",
            # "North Devon landowner Giles Bradshaw")
            describes = span.root.dep_ in ("compound", "amod", "nmod") and span.root.head.pos_ == "NOUN" \
                and span.root.head.text.islower()
            if any(i in token_person or doc[i].ent_type_ == "WORK_OF_ART"
                   or doc[i].ent_type_ == "PERSON" and getattr(form, "via", None) != "city"
                   and not (describes and getattr(form, "via", None) == "subdivision")
                   for i in range(span.start, span.end)):
                continue                       # "Georgia" in a person's name
            if form is not None and form.via == "demonym" and _is_language(doc, span):
                continue
            if _inside_longer_place(doc, span, forms.get(span.text)):
                continue
            if place.kind == "country":
                countries[place.code] += 1
            else:
                regions[place.name] += 1
        return (tuple(CountryMention(code=c, name=country_name(c), mentions=n)
                      for c, n in sorted(countries.items(), key=lambda kv: (-kv[1], kv[0]))),
                tuple(sorted(regions)))


def _states_named_like_countries(doc, spans, forms: dict[str, Place], token_person: dict[int, str]) -> dict[int, Place]:
    """Where a name shared by a country and another country's state ("Georgia") is the state: listed with
    that country's states or cities ("Pennsylvania, Georgia, Florida", "Atlanta, Georgia") or set after a
    person ("Doug Collins of Georgia"), or in a text that names two of that country's states, and in a text
    that names nothing else of the country (no "Tbilisi", no "Georgian")."""
    shared = shared_subdivisions()
    named = {forms[s.text].code for s in spans if s.text in forms and s.text not in shared}
    # (a text that names two or more of that country's states is about them: "Trump leads in Ohio, Florida
    # and North Carolina ... in Georgia")
    state_names = Counter(forms[name].code for name in {s.text for s in spans if s.text not in shared}
                          if name in forms and forms[name].via == "subdivision")
    states = {}
    for k, span in enumerate(spans):
        code = shared.get(span.text)
        if code is None or forms[span.text].code in named:
            continue
        listed = [spans[j] for j in (k - 1, k + 1) if 0 <= j < len(spans) and _listed_together(doc, spans[j], span)]
        with_state = any(getattr(forms.get(n.text), "code", None) == code
                         and forms[n.text].via in ("subdivision", "city") for n in listed)
        of_person = span.start >= 2 and doc[span.start - 1].lower_ == "of" and span.start - 2 in token_person
        # (and one a state's officer is "from", or "the state of": "a Democratic congressman from Georgia")
        before = doc[span.start - 1] if span.start else None
        of_office = before is not None and before.lower_ in ("of", "from") and (
            before.head.lemma_.lower() in _STATE_OFFICES or span.start >= 2 and doc[span.start - 2].lower_ == "state")
        if with_state or of_person or of_office or state_names[code] >= 2:
            states[span.start] = Place("country", code, country_name(code), "subdivision")
    return states


# Those a state sends or elects, and its parties' members: "a senator from Georgia", "Republican of Georgia"
_STATE_OFFICES = {"congressman", "congresswoman", "senator", "representative", "governor", "lawmaker", "legislator",
                  "delegate", "democrat", "republican"}


def _listed_together(doc, a, b) -> bool:
    first, second = (a, b) if a.start < b.start else (b, a)
    between = [t.text for t in doc[first.end:second.start]]
    return 1 <= len(between) <= 2 and all(w in (",", "and", "or") for w in between)


def _is_language(doc, span) -> bool:
    nxt = doc[span.end].lower_ if span.end < len(doc) else ""
    if nxt == "-" and span.end + 1 < len(doc):
        nxt = doc[span.end + 1].lower_          # "Spanish-language" (but "Egyptian-born" is a country)
    before = span.start - 1
    while before > 0 and doc[before].lower_ in ("only", "mainly", "mostly", "just", "little", "no", "good", "fluent",
                                                "perfect", "broken", "some"):
        before -= 1                             # "he spoke only Spanish"
    prev = doc[before].lower_ if span.start > 0 else ""
    if nxt in _LANGUAGE_AFTER or prev in _LANGUAGE_BEFORE or nxt in _NOT_COUNTRY_AFTER:
        return True
    if span.root.dep_ in ("dobj", "pobj", "nsubj") and not span.text.endswith("s") \
            and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in span.root.children):
        return True                             # "practising my Portuguese", "her French is good"
    # a bare singular demonym a preposition governs, alone or in a list, is a language: "from Spanish
    # to German and Portuguese", "in French or Italian" (people are "the French", "Germans")
    first = first_conjunct(span.root)
    return first.dep_ == "pobj" and not span.text.endswith("s") and span.root.tag_ != "NNPS" \
        and not any(c.dep_ in ("det", "poss", "amod") for c in (first, span.root) for c in c.children)


# "Chinese New Year", "Indian tribes": a culture or people, not the country
_NOT_COUNTRY_AFTER = {"new", "tribe", "tribes", "reservation", "reservations", "zodiac"}


def _inside_longer_place(doc, span, form: Place | None) -> bool:
    """'Wales' in 'New South Wales', 'China' in 'South China Sea': part of a longer place name
    the gazetteer does not know, so not a mention of that country."""
    token = doc[span.start]
    if token.ent_type_ not in ("GPE", "LOC"):
        return False                            # (a city in a venue's name counts: "Melbourne Park")
    ent = next((e for e in doc_ents(doc) if e.start <= span.start < e.end), None)
    if ent is None or (ent.start, ent.end) == (span.start, span.end):
        return False
    words = [t for t in ent if t.text.lower() not in ("the",)]
    # (but a part of a city or the area around it is still there: "the City of London", "Greater Manchester")
    before = " ".join(t.text for t in words if t.i < span.start)
    city = getattr(form, "via", None) == "city"
    if before in _CITY_PARTS and span.end == ent.end and city:
        return False
    return len(words) > span.end - span.start and lookup_place(ent.text) is None


_CITY_PARTS = {"City of", "Greater", "Central", "Downtown", "Inner", "Metropolitan", "Metro"}
