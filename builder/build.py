"""The build, top to bottom: read -> extract -> link -> render -> write.

Nothing touches output/ until every page has rendered; the writer swaps the new
site in whole, so a failed build leaves the previous one as it was.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

from .cache import ExtractionCache
from .config import SiteConfig
from .errors import DossierError
from .extract import EXTRACTOR_VERSION, Extractor
from .feeds import all_feeds, robots_txt, sitemap
from .link import link
from .model import Article, Extraction
from .nlp import LoadedModel, load_model
from .read import read_content
from .render import Renderer
from .write import write_site


@dataclass(frozen=True)
class BuildReport:
    articles: int
    people: int
    countries: int
    organizations: int
    quotes: int
    extracted: int          # articles run through spaCy this time
    cached: int             # articles whose extraction came from the cache
    written: int            # output files whose bytes changed
    unchanged: int
    removed: int
    seconds: float

    def summary(self) -> str:
        return (f"Built {self.articles} article{'s' if self.articles != 1 else ''}: {self.people} people, "
                f"{self.countries} countries, {self.organizations} organisations, {self.quotes} quotes "
                f"({self.extracted} extracted, {self.cached} from cache; {self.written} files written, "
                f"{self.unchanged} unchanged, {self.removed} removed) in {self.seconds:.2f}s")


def extract_articles(articles: list[Article], model: LoadedModel, config: SiteConfig,
                     use_cache: bool = True) -> tuple[list[Extraction], int]:
    """Extractions in article order; only articles missing from the cache go through spaCy.
    Returns (extractions, number extracted)."""
    extractor = Extractor(model.nlp, config.min_quote_words)
    cache = ExtractionCache(config.cache_path, model.id, EXTRACTOR_VERSION, extractor.settings) if use_cache else None
    results: list[Extraction | None] = [cache.get(a.text) if cache else None for a in articles]
    missing = [i for i, r in enumerate(results) if r is None]
    for i, extraction in zip(missing, extractor.extract_many(articles[i].text for i in missing)):
        results[i] = extraction
        if cache:
            cache.put(articles[i].text, extraction)
    return results, len(missing)  # type: ignore[return-value]


def render_site(config: SiteConfig, site) -> dict[str, bytes]:
    renderer = Renderer(config, site)
    files = renderer.render_all()
    for path, data in all_feeds(site, config, renderer.urls.absolute).items():
        renderer.add(path, data)
    pages = [p[: -len("index.html")] for p in files if p.endswith("index.html")]
    renderer.add("sitemap.xml", sitemap(pages, config, renderer.urls.absolute))
    renderer.add("robots.txt", robots_txt(config, renderer.urls.absolute))
    return files


def _finish(staged, config: SiteConfig, strict: bool) -> None:
    """Runs on the complete staged site, before it is swapped in."""
    if config.search:
        from .search import index_site
        index_site(staged)
    if strict:
        from .check import check_site, format_problems
        problems = check_site(staged, config.base_path)
        if problems:
            raise DossierError("--strict: the built site has problems; output/ was left as it was\n"
                               + format_problems(problems))


def build(config: SiteConfig, *, drafts: bool = False, use_cache: bool = True,
          model: LoadedModel | None = None, strict: bool = False) -> BuildReport:
    """Build the site into config.output_path. With `strict`, the staged site must pass
    `dossier check` before it replaces the old one."""
    started = time.perf_counter()
    articles = read_content(config, drafts=drafts)
    model = model or load_model(config.model)
    extractions, extracted = extract_articles(articles, model, config, use_cache)
    site = link(articles, extractions, config)
    files = render_site(config, site)
    written = write_site(files, config.output_path, before_swap=lambda staged: _finish(staged, config, strict))
    kinds = {k: len(site.of_kind(k)) for k in ("person", "country", "organization")}
    return BuildReport(
        articles=len(articles), people=kinds["person"], countries=kinds["country"],
        organizations=kinds["organization"], quotes=sum(len(d.quotes) for d in site.dossiers),
        extracted=extracted, cached=len(articles) - extracted,
        written=written.written, unchanged=written.unchanged, removed=written.removed,
        seconds=time.perf_counter() - started)
