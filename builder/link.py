"""Link stage: per-article extractions -> one cross-referenced Site.

Pure and deterministic: one registry of entities with stable ids (slugs), the
site owner's curation applied everywhere, bare surnames joined to the one full
name the corpus knows, and related articles from an inverted index of shared
entities (rarer ones weigh more) plus text similarity, keeping the reason.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .config import EntityRule, SiteConfig
from .model import (Article, Dossier, Entity, EntityRef, Extraction, QuoteRef,
                    RelatedArticle, Site)
from .places import country_name, lookup_place
from .slug import slug_or_hash

KIND_WEIGHT = {"person": 3.0, "organization": 2.0, "country": 1.0}
ENTITY_SHARE = 0.75          # related score = 75% shared entities, 25% text similarity
COMMON_CUTOFF = 0.5          # entities in more than half the articles link everything: ignore them
MIN_ARTICLES_FOR_CUTOFF = 10
KEY_SALIENCE_SHARE = 0.15    # a key person has at least this share of the top person's salience
_STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below between
both but by can could did do does doing down during each few for from further had has have having he her here
hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of
off on once only or other our ours ourselves out over own same she should so some such than that the their
theirs them themselves then there these they this those through to too under until up very was we were what
when where which while who whom why will with would you your yours yourself yourselves said says say one two
new year years people also like last first time told would could many much even still may might since
""".split())


@dataclass
class _Registry:
    """Canonical names per kind, after curation."""
    rules: dict[str, EntityRule]                      # any name or alias -> rule
    merged: dict[tuple[str, str], str] = field(default_factory=dict)   # (kind, name) -> canonical name

    def canonical(self, kind: str, name: str) -> tuple[str, str] | None:
        """(kind, name) after merges and curation; None when the owner dropped it."""
        name = self.merged.get((kind, name), name)
        rule = self.rules.get(name)
        if rule is None:
            return kind, name
        if rule.drop:
            return None
        return rule.kind or kind, rule.name


def link(articles: list[Article], extractions: list[Extraction], config: SiteConfig) -> Site:
    rules = {}
    for rule in config.entities:
        for n in (rule.name, *rule.aliases):
            rules[n] = rule
    registry = _Registry(rules)
    _merge_surnames(extractions, registry)
    _merge_org_aliases(extractions, registry)

    # per-article references, keyed by (kind, canonical name)
    per_article: list[dict[tuple[str, str], dict]] = []
    for extraction in extractions:
        refs: dict[tuple[str, str], dict] = {}

        def add(kind: str, name: str, mentions: int, roles=(), code=None, alias=None, salience=0.0):
            key = registry.canonical(kind, name)
            if key is None:
                return
            ref = refs.setdefault(key, {"mentions": 0, "roles": [], "code": code, "aliases": set(), "salience": 0.0})
            ref["mentions"] += mentions
            ref["salience"] += salience
            ref["roles"] += [r for r in roles if r not in ref["roles"]]
            ref["aliases"].update(a for a in (name, *(alias or ())) if a != key[1])
            if key[0] == "country" and ref["code"] is None:
                place = lookup_place(key[1])
                ref["code"] = place.code if place and place.kind == "country" else None

        for p in extraction.people:
            add("person", p.name, p.mentions, p.roles, alias=p.aliases, salience=p.salience)
        for c in extraction.countries:
            add("country", country_name(c.code), c.mentions, code=c.code)
        for o in extraction.organizations:
            add("organization", o.name, o.mentions, alias=o.aliases)
        per_article.append(refs)

    # a quoted speaker belongs to the article even when the extractor's entity lists missed them
    known = {key for refs in per_article for key in refs}
    for refs, extraction in zip(per_article, extractions):
        for q in extraction.quotes:
            for kind in ("person", "organization"):
                key = registry.canonical(kind, q.speaker) if q.speaker else None
                if key in known and key not in refs:
                    refs[key] = {"mentions": 1, "roles": [], "code": None, "aliases": set(), "salience": 0.0}
                if key in known:
                    break

    ids = _assign_ids({key for refs in per_article for key in refs})
    order = _article_order(articles)
    entity_articles: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i in order:
        for key in per_article[i]:
            entity_articles[key].append(i)

    entities: dict[str, Entity] = {}
    for key, idxs in entity_articles.items():
        kind, name = key
        rule = rules.get(name)
        aliases = sorted({a for i in idxs for a in per_article[i][key]["aliases"]} - {name})
        role_counts = Counter(r for i in idxs for r in per_article[i][key]["roles"])
        entities[ids[key]] = Entity(
            id=ids[key], kind=kind, name=name, aliases=tuple(aliases),
            article_slugs=tuple(articles[i].slug for i in idxs),
            mentions=sum(per_article[i][key]["mentions"] for i in idxs),
            roles=tuple(r for r, _ in sorted(role_counts.items(), key=lambda kv: (-kv[1], kv[0]))),
            code=next((per_article[i][key]["code"] for i in idxs if per_article[i][key]["code"]), None),
            description=rule.description if rule else None,
            link=rule.link if rule else None,
        )
    entities = dict(sorted(entities.items()))

    related = _related(articles, per_article, ids, config.related_count)
    dossiers = []
    for i in order:
        refs = per_article[i]

        def refs_of(kind: str) -> tuple[EntityRef, ...]:
            items = [(k, v) for k, v in refs.items() if k[0] == kind]
            if kind == "person":
                items.sort(key=lambda kv: (-kv[1]["salience"], kv[0][1]))
            else:
                items.sort(key=lambda kv: (-kv[1]["mentions"], kv[0][1]))
            return tuple(EntityRef(id=ids[k], kind=kind, name=k[1], mentions=v["mentions"],
                                   roles=tuple(v["roles"]), code=v["code"]) for k, v in items)

        people = refs_of("person")
        dossiers.append(Dossier(
            article=articles[i],
            people=people,
            key_people=_key_people(people, refs, config.key_people),
            countries=refs_of("country"),
            organizations=refs_of("organization"),
            regions=extractions[i].regions,
            quotes=tuple(_quote_ref(q.text, q.speaker, articles[i].slug, registry, ids)
                         for q in extractions[i].quotes),
            related=related[i],
        ))
    return Site(dossiers=tuple(dossiers), entities=entities)


def _article_order(articles: list[Article]) -> list[int]:
    """Newest first; undated articles last; then by slug."""
    return sorted(range(len(articles)), key=lambda i: (articles[i].date is None,
                                                       -(articles[i].date.toordinal() if articles[i].date else 0),
                                                       articles[i].slug))


def _merge_surnames(extractions: list[Extraction], registry: _Registry) -> None:
    """A bare 'Bukele' in one article is 'Nayib Bukele' when the corpus knows exactly one full name
    ending in it (or starting with it, for names written surname first such as 'Xi Jinping')."""
    full = sorted({p.name for e in extractions for p in e.people if len(p.name.split()) > 1})
    by_last: dict[str, set[str]] = defaultdict(set)
    for name in full:
        by_last[name.split()[-1]].add(name)
    for e in extractions:
        for p in e.people:
            if len(p.name.split()) == 1 and len(by_last.get(p.name, ())) == 1:
                registry.merged[("person", p.name)] = next(iter(by_last[p.name]))


def _merge_org_aliases(extractions: list[Extraction], registry: _Registry) -> None:
    """'CPAC' alone in one article is the organisation another article spelled out."""
    expansions: dict[str, set[str]] = defaultdict(set)
    for e in extractions:
        for o in e.organizations:
            for alias in o.aliases:
                expansions[alias].add(o.name)
    for alias, names in expansions.items():
        if len(names) == 1:
            registry.merged[("organization", alias)] = next(iter(names))


def _assign_ids(keys: set[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """Slugs unique across kinds: a clash gets the kind appended, then a number."""
    ids: dict[tuple[str, str], str] = {}
    used: set[str] = set()
    for kind, name in sorted(keys, key=lambda k: (list(KIND_WEIGHT).index(k[0]), k[1])):
        base = slug_or_hash(name, kind)
        candidate = base if base not in used else f"{base}-{kind}"
        n = 2
        while candidate in used:
            candidate = f"{base}-{kind}-{n}"
            n += 1
        used.add(candidate)
        ids[(kind, name)] = candidate
    return ids


def _key_people(people: tuple[EntityRef, ...], refs: dict, limit: int) -> tuple[EntityRef, ...]:
    """The people the article is about: named more than once (or the only leading one) and with a
    real share of the leader's salience."""
    if not people:
        return ()
    sal = {k[1]: v["salience"] for k, v in refs.items() if k[0] == "person"}
    top = sal[people[0].name]
    return tuple(p for n, p in enumerate(people)
                 if sal[p.name] >= KEY_SALIENCE_SHARE * top and (p.mentions >= 2 or n == 0))[:limit]


def _quote_ref(text: str, speaker: str | None, slug: str, registry: _Registry, ids) -> QuoteRef:
    if speaker is None:
        return QuoteRef(text, None, None, slug)
    for kind in ("person", "organization"):
        key = registry.canonical(kind, speaker)
        if key and key in ids:
            return QuoteRef(text, key[1], ids[key], slug)
    return QuoteRef(text, speaker, None, slug)


# Term counts of the previous link's texts: `dossier serve` rebuilds re-link every article,
# and counting words was a good part of that. Read-only once made.
_term_counts: dict[str, Counter[str]] = {}


def _terms_of(texts: list[str]) -> list[Counter[str]]:
    global _term_counts
    counts = {t: _term_counts.get(t) or _terms(t) for t in texts}
    _term_counts = counts  # only this build's texts: edited and deleted ones drop out
    return [counts[t] for t in texts]


def _terms(text: str) -> Counter[str]:
    words = re.findall(r"[a-z][a-z'\-]{2,}", text.lower())
    return Counter(w for w in words if w not in _STOPWORDS)


def _related(articles: list[Article], per_article: list[dict], ids, count: int) -> list[tuple[RelatedArticle, ...]]:
    n = len(articles)
    if n < 2 or count == 0:
        return [()] * n
    # entity weights: kind weight x inverse document frequency; over-common entities dropped
    df = Counter(key for refs in per_article for key in refs)
    weight = {}
    for key, d in df.items():
        if n >= MIN_ARTICLES_FOR_CUTOFF and d / n > COMMON_CUTOFF:
            continue
        weight[key] = KIND_WEIGHT[key[0]] * math.log(1 + n / d)
    postings: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, refs in enumerate(per_article):
        for key in refs:
            if key in weight and df[key] > 1:
                postings[key].append(i)
    # text vectors: tf-idf over the 40 strongest terms of each article (bounded work at any size)
    tfs = _terms_of([a.title + " " + a.text for a in articles])
    tdf = Counter(t for tf in tfs for t in tf)
    vectors = []
    for tf in tfs:
        vec = {t: (1 + math.log(c)) * math.log(1 + n / tdf[t]) for t, c in tf.items() if tdf[t] > 1}
        top = dict(sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:40])
        norm = math.sqrt(sum(v * v for v in top.values())) or 1.0
        vectors.append({t: v / norm for t, v in top.items()})
    term_postings: dict[str, list[tuple[int, float]]] = defaultdict(list)  # term -> [(article, its weight)]
    for i, vec in enumerate(vectors):
        for t, v in vec.items():
            term_postings[t].append((i, v))

    out = []
    for i, refs in enumerate(per_article):
        shared: dict[int, list[tuple[str, str]]] = defaultdict(list)
        for key in refs:
            for j in postings.get(key, ()):
                if j != i:
                    shared[j].append(key)
        own = sum(weight.get(k, 0.0) for k in refs) or 1.0
        sims: dict[int, float] = defaultdict(float)
        for t, v in vectors[i].items():
            for j, w in term_postings[t]:  # same products, summed in the same order as before
                if j != i:
                    sims[j] += v * w
        scored = []
        for j in set(shared) | {j for j, s in sims.items() if s >= 0.2}:
            keys = shared.get(j, [])
            entity_score = min(1.0, sum(weight[k] for k in keys) / own) if keys else 0.0
            score = 100 * (ENTITY_SHARE * entity_score + (1 - ENTITY_SHARE) * min(1.0, sims.get(j, 0.0)))
            if score < 5:
                continue
            reason = tuple(ids[k] for k in sorted(keys, key=lambda k: (-weight[k], k[1])))
            scored.append((round(score, 1), articles[j], reason))
        scored.sort(key=lambda s: (-s[0], s[1].date is None, -(s[1].date.toordinal() if s[1].date else 0), s[1].slug))
        out.append(tuple(RelatedArticle(slug=a.slug, score=sc, shared=r) for sc, a, r in scored[:count]))
    return out
