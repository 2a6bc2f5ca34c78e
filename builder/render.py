"""Render stage: Site -> {relative output path: bytes}, through Jinja templates.

Python passes data, templates own the HTML. Autoescape and StrictUndefined are
on; the only trusted HTML is the Markdown renderer's output. Every URL comes
from `Urls`, which honours base_url, so a site works at a domain root and under
a sub-path alike.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import jinja2
from markupsafe import Markup

from . import __version__
from .config import SiteConfig
from .errors import DossierError, TemplateError
from .model import KINDS, Dossier, Entity, QuoteRef, Site

SECTION = {"person": "people", "country": "countries", "organization": "organizations"}
KIND_TITLE = {"person": "People", "country": "Countries", "organization": "Organisations"}
STATIC_DIR = "static"


@dataclass(frozen=True)
class Urls:
    base_path: str          # "/" or "/repo/"
    origin: str = ""        # "https://host" when known

    def __call__(self, path: str = "") -> str:
        """Site-relative path ('people/x/') -> URL path under the base ('/repo/people/x/')."""
        return self.base_path + path.lstrip("/")

    def absolute(self, path: str = "") -> str:
        return self.origin + self(path)

    def article(self, slug: str) -> str:
        return self(f"articles/{slug}/")

    def entity(self, kind: str, entity_id: str) -> str:
        return self(f"{SECTION[kind]}/{entity_id}/")

    def section(self, kind: str) -> str:
        return self(f"{SECTION[kind]}/")


def make_environment(templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["isodate"] = lambda d: d.isoformat() if d else ""
    env.filters["longdate"] = lambda d: f"{d.day} {d:%B %Y}" if d else "Undated"
    return env


class Renderer:
    def __init__(self, config: SiteConfig, site: Site, env: jinja2.Environment | None = None):
        self.config = config
        self.site = site
        self.env = env or make_environment(config.templates_path)
        self.urls = Urls(config.base_path, config.site_origin)
        self.files: dict[str, bytes] = {}

    # -- helpers ---------------------------------------------------------------
    def add(self, path: str, data: bytes | str) -> None:
        if path in self.files:
            raise DossierError(f"two pages would be written to {path}")
        self.files[path] = data.encode("utf-8") if isinstance(data, str) else data

    def page(self, template: str, path: str, **context) -> None:
        try:
            tpl = self.env.get_template(template)
            html = tpl.render(site=self.config, urls=self.urls, page_path=path, version=__version__,
                              entities=self.site.entities, section=SECTION, kind_title=KIND_TITLE, **context)
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(exc.message or str(exc), exc.filename or template, exc.lineno) from None
        except jinja2.TemplateNotFound as exc:
            raise TemplateError(f"template not found: {exc.name}", str(self.config.templates_path)) from None
        except jinja2.UndefinedError as exc:
            raise TemplateError(f"while rendering {path}: {exc.message}", template) from None
        self.add(path, html)

    # -- pages -------------------------------------------------------------------
    def render_all(self) -> dict[str, bytes]:
        site = self.site
        by_slug = {d.article.slug: d for d in site.dossiers}
        quotes_by_speaker: dict[str, list[QuoteRef]] = {}
        for d in site.dossiers:
            for q in d.quotes:
                if q.speaker_id:
                    quotes_by_speaker.setdefault(q.speaker_id, []).append(q)

        top = self.config.home_entities
        self.page("index.html", "index.html",
                  articles=site.dossiers[: self.config.home_articles],
                  top_people=_most_covered(site, "person")[:top],
                  top_countries=_most_covered(site, "country")[:top],
                  top_organizations=_most_covered(site, "organization")[:top],
                  article_count=len(site.dossiers))
        for d in site.dossiers:
            self.page("article.html", f"articles/{d.article.slug}/index.html", dossier=d,
                      body=Markup(d.article.body_html), related=[(r, by_slug[r.slug]) for r in d.related])
            self.add(f"data/articles/{d.article.slug}.json", article_json(d))
        for kind in KINDS:
            members = sorted(site.of_kind(kind), key=lambda e: (-len(e.article_slugs), e.name))
            self.page("entities.html", f"{SECTION[kind]}/index.html", kind=kind, members=members)
            for entity in members:
                dossiers = [by_slug[s] for s in entity.article_slugs]
                self.page(f"{kind}.html", f"{SECTION[kind]}/{entity.id}/index.html", entity=entity,
                          dossiers=dossiers, quotes=quotes_by_speaker.get(entity.id, []),
                          about_quotes=_quotes_about(entity, dossiers),
                          companions=_companions(site, entity, dossiers), dossier_of=by_slug)
        self.page("search.html", "search/index.html")
        self.page("404.html", "404.html")
        self.add("data/entities.json", entities_json(site))
        self.add(".nojekyll", b"")
        self._static()
        return self.files

    def _static(self) -> None:
        """Copy the theme's static assets (templates/static/**) as they are."""
        root = self.config.templates_path / STATIC_DIR
        if not root.is_dir():
            return
        for path in sorted(root.rglob("*")):
            if path.is_file() and not path.name.startswith("."):
                self.add(f"{STATIC_DIR}/{path.relative_to(root).as_posix()}", path.read_bytes())


def _most_covered(site: Site, kind: str) -> list[Entity]:
    return sorted(site.of_kind(kind), key=lambda e: (-len(e.article_slugs), -e.mentions, e.name))


def _companions(site: Site, entity: Entity, dossiers: list[Dossier]) -> dict[str, list[tuple[Entity, int]]]:
    """People, countries and organisations named in the same articles, most shared first."""
    out = {}
    for kind in KINDS:
        counts = Counter(ref.id for d in dossiers for ref in (d.people if kind == "person" else
                         d.countries if kind == "country" else d.organizations) if ref.id != entity.id)
        out[kind] = [(site.entities[i], n) for i, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))][:15]
    return out


def _quotes_about(entity: Entity, dossiers: list[Dossier]) -> list[QuoteRef]:
    """Quotes by others that name this entity, so a dossier shows what was said about it."""
    names = (entity.name, *entity.aliases)
    out = []
    for d in dossiers:
        for q in d.quotes:
            if q.speaker_id != entity.id and any(n in q.text for n in names if len(n) > 2):
                out.append(q)
    return out[:30]


def article_json(d: Dossier) -> str:
    a = d.article
    data = {
        "slug": a.slug,
        "title": a.title,
        "date": a.date.isoformat() if a.date else None,
        "source_path": a.source_path,
        "people": [{"id": p.id, "name": p.name, "mentions": p.mentions, "roles": list(p.roles)} for p in d.people],
        "countries": [{"id": c.id, "name": c.name, "code": c.code, "mentions": c.mentions} for c in d.countries],
        "organizations": [{"id": o.id, "name": o.name, "mentions": o.mentions} for o in d.organizations],
        "quotes": [{"text": q.text, "speaker": q.speaker, "speaker_id": q.speaker_id} for q in d.quotes],
        "related": [{"slug": r.slug, "score": r.score, "shared": list(r.shared)} for r in d.related],
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def entities_json(site: Site) -> str:
    data = [{"id": e.id, "kind": e.kind, "name": e.name, "aliases": list(e.aliases),
             "articles": list(e.article_slugs), **({"code": e.code} if e.code else {})}
            for e in site.entities.values()]
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
