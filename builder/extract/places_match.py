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
from ..places import Place, all_surface_forms, country_name, lookup_place
from .person_context import first_conjunct

# "Spanish-language", "in Spanish": a language, not a country
_LANGUAGE_AFTER = {"language", "languages", "speaking", "speakers", "speaker", "translation", "subtitles"}
_LANGUAGE_BEFORE = {"in", "into", "speak", "speaks", "spoke", "speaking", "fluent"}


class PlaceMatcher:
    def __init__(self, nlp):
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.places: dict[int, Place] = {}
        forms = sorted(all_surface_forms().items())
        for (form, place), pattern in zip(forms, nlp.tokenizer.pipe(f for f, _ in forms)):
            label = f"{place.kind}:{place.code or place.name}"
            self.matcher.add(label, [pattern])
            self.places[nlp.vocab.strings[label]] = place

    def __call__(self, doc, token_person: dict[int, str]) -> tuple[tuple[CountryMention, ...], tuple[str, ...]]:
        spans = filter_spans([Span(doc, s, e, label=m) for m, s, e in self.matcher(doc)])
        forms = all_surface_forms()
        # a city written with a state or country of another country is a namesake, there and after:
        # "Naples, Florida" (then "moved to Naples") is not in Italy
        starts = {span.start: forms.get(span.text) for span in spans}
        namesakes = set()
        for span in spans:
            form = forms.get(span.text)
            after = starts.get(span.end + 1) if span.end < len(doc) and doc[span.end].text == "," else None
            if form is not None and form.via == "city" and after is not None and after.kind == "country" \
                    and after.code != form.code and after.via in ("subdivision", "name"):
                namesakes.add(span.text)
        countries: Counter[str] = Counter()
        regions: Counter[str] = Counter()
        for span in spans:
            place = self.places[span.label]
            form = forms.get(span.text)
            if span.text in namesakes:
                continue
            if any(i in token_person or doc[i].ent_type_ in ("PERSON", "WORK_OF_ART")
                   for i in range(span.start, span.end)):
                continue                       # "Georgia" in a person's name
            if form is not None and form.via == "demonym" and _is_language(doc, span):
                continue
            if _inside_longer_place(doc, span):
                continue
            if place.kind == "country":
                countries[place.code] += 1
            else:
                regions[place.name] += 1
        return (tuple(CountryMention(code=c, name=country_name(c), mentions=n)
                      for c, n in sorted(countries.items(), key=lambda kv: (-kv[1], kv[0]))),
                tuple(sorted(regions)))


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


def _inside_longer_place(doc, span) -> bool:
    """'Wales' in 'New South Wales', 'China' in 'South China Sea': part of a longer place name
    the gazetteer does not know, so not a mention of that country."""
    token = doc[span.start]
    if token.ent_type_ not in ("GPE", "LOC"):
        return False                            # (a city in a venue's name counts: "Melbourne Park")
    ent = next((e for e in doc.ents if e.start <= span.start < e.end), None)
    if ent is None or (ent.start, ent.end) == (span.start, span.end):
        return False
    words = [t for t in ent if t.text.lower() not in ("the",)]
    # (but a part of a city or the area around it is still there: "the City of London", "Greater Manchester")
    before = " ".join(t.text for t in words if t.i < span.start)
    city = getattr(all_surface_forms().get(span.text), "via", None) == "city"
    if before in _CITY_PARTS and span.end == ent.end and city:
        return False
    return len(words) > span.end - span.start and lookup_place(ent.text) is None


_CITY_PARTS = {"City of", "Greater", "Central", "Downtown", "Inner", "Metropolitan", "Metro"}
