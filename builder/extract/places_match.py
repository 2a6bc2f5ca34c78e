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
from ..places import Place, all_surface_forms, country_name

# "Spanish-language", "in Spanish": a language, not a country
_LANGUAGE_AFTER = {"-", "language", "languages", "speaking", "speakers", "speaker", "translation", "subtitles"}
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
        spans = [Span(doc, s, e, label=m) for m, s, e in self.matcher(doc)]
        countries: Counter[str] = Counter()
        regions: Counter[str] = Counter()
        for span in filter_spans(spans):
            if any(i in token_person or doc[i].ent_type_ in ("PERSON", "WORK_OF_ART")
                   for i in range(span.start, span.end)):
                continue                       # "Georgia" in a person's name
            form = all_surface_forms().get(span.text)
            place = self.places[span.label]
            if form is not None and form.via == "demonym" and _is_language(doc, span):
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
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    return nxt in _LANGUAGE_AFTER or prev in _LANGUAGE_BEFORE
