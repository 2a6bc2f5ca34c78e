"""Typed data passed between the build stages.

read -> Article; extract -> Extraction; link -> Site. Every dataclass is frozen
and holds plain Python values only (no spaCy objects), so stages can be tested
alone and extractions can be cached as JSON.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Article:
    """One content file, read and rendered to HTML, before NLP."""
    source_path: str            # relative to the site root, POSIX separators
    slug: str
    title: str
    date: date | None
    body_html: str              # trusted: produced by our Markdown renderer
    text: str                   # plain text given to spaCy: paragraphs joined by blank lines
    author: str | None = None
    source_url: str | None = None
    summary: str | None = None
    tags: tuple[str, ...] = ()
    draft: bool = False
    license: str | None = None
    license_url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)  # every front-matter key


@dataclass(frozen=True)
class PersonMention:
    name: str                   # fullest form in the article, e.g. "Donald Trump"
    mentions: int
    roles: tuple[str, ...] = ()  # titles as written: "President", "Secretary of State"
    aliases: tuple[str, ...] = ()  # other surface forms seen: "Trump"
    salience: float = 0.0


@dataclass(frozen=True)
class CountryMention:
    code: str                   # ISO 3166-1 alpha-2
    name: str                   # the country's short English name
    mentions: int


@dataclass(frozen=True)
class OrgMention:
    name: str
    mentions: int
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Quote:
    text: str                   # without quote marks
    speaker: str | None         # name as resolved in the article (a person's full name or an organisation)
    start: int                  # character offsets into Article.text
    end: int


@dataclass(frozen=True)
class Extraction:
    people: tuple[PersonMention, ...] = ()        # most salient first
    countries: tuple[CountryMention, ...] = ()    # most mentioned first
    regions: tuple[str, ...] = ()                 # "Latin America": kept apart from countries
    organizations: tuple[OrgMention, ...] = ()
    quotes: tuple[Quote, ...] = ()                # in text order
    failed: str | None = None                     # why extraction failed (a bug): the article is
                                                  # published without people, places or quotes


# ---- link stage: the whole corpus, cross-referenced -------------------------

KINDS = ("person", "country", "organization")


@dataclass(frozen=True)
class EntityRef:
    """An entity as it appears in one article."""
    id: str                     # the entity's slug, unique across kinds
    kind: str                   # "person", "country" or "organization"
    name: str
    mentions: int
    roles: tuple[str, ...] = ()
    code: str | None = None     # ISO alpha-2, countries only


@dataclass(frozen=True)
class QuoteRef:
    text: str
    speaker: str | None         # display name
    speaker_id: str | None      # entity id when the speaker is a known entity
    article_slug: str


@dataclass(frozen=True)
class RelatedArticle:
    slug: str
    score: float                # 0-100
    shared: tuple[str, ...]     # entity ids both articles mention: the reason shown to readers


@dataclass(frozen=True)
class Dossier:
    """One article with everything the site knows about it."""
    article: Article
    people: tuple[EntityRef, ...]          # most salient first
    key_people: tuple[EntityRef, ...]
    countries: tuple[EntityRef, ...]
    organizations: tuple[EntityRef, ...]
    regions: tuple[str, ...]
    quotes: tuple[QuoteRef, ...]
    related: tuple[RelatedArticle, ...]


@dataclass(frozen=True)
class Entity:
    """A person, country or organisation across the whole site."""
    id: str
    kind: str
    name: str
    aliases: tuple[str, ...]
    article_slugs: tuple[str, ...]         # newest first
    mentions: int
    roles: tuple[str, ...] = ()
    code: str | None = None
    description: str | None = None
    link: str | None = None


@dataclass(frozen=True)
class Site:
    dossiers: tuple[Dossier, ...]          # newest first, undated last, then by slug
    entities: dict[str, Entity]            # id -> entity, in id order

    def dossier(self, slug: str) -> Dossier:
        return self._by_slug[slug]

    @property
    def _by_slug(self) -> dict[str, Dossier]:
        cache = self.__dict__.get("_slug_index")
        if cache is None:
            cache = {d.article.slug: d for d in self.dossiers}
            object.__setattr__(self, "_slug_index", cache)
        return cache

    def of_kind(self, kind: str) -> list[Entity]:
        return [e for e in self.entities.values() if e.kind == kind]
