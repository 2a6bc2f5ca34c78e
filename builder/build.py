"""The build, top to bottom: read -> extract -> link -> render -> write.

Nothing touches output/ until every page has rendered; the writer swaps the new
site in whole, so a failed build leaves the previous one as it was.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import sys
import threading
import time
from dataclasses import dataclass
from typing import Iterator

from .cache import ExtractionCache
from .config import SiteConfig
from .errors import DossierError
from .extract import BATCH_SIZE, EXTRACTOR_VERSION, Extractor
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
    failed: tuple[str, ...] = ()  # "source path: why", articles published without extraction

    def summary(self) -> str:
        return (f"Built {self.articles} article{'s' if self.articles != 1 else ''}: {self.people} people, "
                f"{self.countries} countries, {self.organizations} organisations, {self.quotes} quotes "
                f"({self.extracted} extracted, {self.cached} from cache; {self.written} files written, "
                f"{self.unchanged} unchanged, {self.removed} removed) in {self.seconds:.2f}s")

    def warnings(self) -> list[str]:
        return [f"warning: {failure}: extraction failed (a bug in Dossier; please report it); the article is "
                "published without people, places or quotes" for failure in self.failed]


# Below this many texts, starting more spaCy processes costs about what it saves.
MIN_TEXTS_FOR_PROCESSES = 64


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))  # honours taskset/cgroup CPU pinning
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def extraction_processes(jobs: int | None, texts: int) -> int:
    """How many processes may extract `texts` texts.

    jobs=None is automatic: one per CPU, but only while this process runs no other thread.
    The workers are forked, and forking a process whose other threads may hold a lock (the
    dev server's HTTP and watcher threads) can leave a child deadlocked; so `dossier serve`
    passes jobs=1. The result never depends on the number: see _extract_in_processes.
    """
    if jobs is None:
        jobs = _cpus() if threading.active_count() == 1 else 1
    if texts < MIN_TEXTS_FOR_PROCESSES:
        return 1
    # work goes out in whole batches: more workers than batches would sit idle
    return max(1, min(jobs, -(-texts // BATCH_SIZE)))


_worker_extractor: Extractor | None = None  # set just before forking; the workers inherit it


def _extract_batch(texts: list[str]) -> list[Extraction]:
    assert _worker_extractor is not None
    return list(_worker_extractor.extract_many(texts))


def _extract_in_processes(extractor: Extractor, texts: list[str], processes: int) -> Iterator[Extraction]:
    """extractor.extract_many(texts) on `processes` forked workers, results in order.

    Each worker runs the whole extraction, not only spaCy: spaCy's own
    nlp.pipe(n_process=2) ships every parsed Doc back to this process as bytes and
    extracts here, and decoding plus extracting in one process kept the two workers
    waiting (cold build of 1,000 articles on 2 CPUs: 110 s that way, 84 s this way, 140 s
    on one; spaCy alone takes 74 s on two).
    Work goes out in BATCH_SIZE slices, so spaCy sees the same batches as in one process.
    Where fork is not the norm (macOS, Windows), spaCy's own n_process is used instead.
    """
    if not (sys.platform.startswith("linux") and "fork" in mp.get_all_start_methods()):
        yield from extractor.extract_many(texts, n_process=processes)
        return
    global _worker_extractor
    batches = [texts[i:i + BATCH_SIZE] for i in range(0, len(texts), BATCH_SIZE)]
    _worker_extractor = extractor
    try:
        # fork: the workers share the loaded model instead of unpickling a copy each
        with mp.get_context("fork").Pool(processes) as pool:
            for extractions in pool.imap(_extract_batch, batches):
                yield from extractions
    finally:
        _worker_extractor = None


def extract_articles(articles: list[Article], model: LoadedModel, config: SiteConfig,
                     use_cache: bool = True, jobs: int | None = 1) -> tuple[list[Extraction], int]:
    """Extractions in article order; only articles missing from the cache go through spaCy,
    on up to `jobs` processes (None: automatic, see extraction_processes).
    Returns (extractions, number extracted)."""
    extractor = Extractor(model.nlp, config.min_quote_words)
    cache = ExtractionCache(config.cache_path, model.id, EXTRACTOR_VERSION, extractor.settings) if use_cache else None
    results: list[Extraction | None] = [cache.get(a.text) if cache else None for a in articles]
    missing = [i for i, r in enumerate(results) if r is None]
    texts = [articles[i].text for i in missing]
    processes = extraction_processes(jobs, len(texts))
    extractions = (extractor.extract_many(texts) if processes == 1
                   else _extract_in_processes(extractor, texts, processes))
    try:
        for i, extraction in zip(missing, extractions, strict=True):
            results[i] = extraction
            if cache and extraction.failed is None:
                cache.put(articles[i].text, extraction)
    finally:
        extractions.close()  # shuts a worker pool down now, also on error, not at garbage collection
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


SEARCH_STAMP = "search-stamp.json"   # in the cache folder: what the live search bundle was made from
OUTPUT_SPARE = "output-spare"         # in the cache folder: the replaced output, recycled as the next staging


def _finish(staged, config: SiteConfig, strict: bool, use_cache: bool) -> None:
    """Runs on the complete staged site, before it is swapped in."""
    if config.search:
        from .search import index_site
        if use_cache:  # the live bundle is reused when the pages it indexes did not change
            index_site(staged, previous=config.output_path, stamp=config.cache_path / SEARCH_STAMP)
        else:
            index_site(staged)
    if strict:
        from .check import check_site, format_problems
        problems = check_site(staged, config.base_path)
        if problems:
            raise DossierError("--strict: the built site has problems; output/ was left as it was\n"
                               + format_problems(problems))


def build(config: SiteConfig, *, drafts: bool = False, use_cache: bool = True,
          model: LoadedModel | None = None, strict: bool = False, jobs: int | None = None) -> BuildReport:
    """Build the site into config.output_path. With `strict`, the staged site must pass
    `dossier check` before it replaces the old one. `jobs`: spaCy processes for the articles
    not in the cache (None: automatic; pass 1 from a process that runs other threads)."""
    started = time.perf_counter()
    articles = read_content(config, drafts=drafts)
    model = model or load_model(config.model)
    extractions, extracted = extract_articles(articles, model, config, use_cache, jobs)
    site = link(articles, extractions, config)
    files = render_site(config, site)
    written = write_site(files, config.output_path, before_swap=lambda staged: _finish(staged, config, strict, use_cache),
                         spare_dir=config.cache_path / OUTPUT_SPARE if use_cache else None)
    kinds = {k: len(site.of_kind(k)) for k in ("person", "country", "organization")}
    return BuildReport(
        articles=len(articles), people=kinds["person"], countries=kinds["country"],
        organizations=kinds["organization"], quotes=sum(len(d.quotes) for d in site.dossiers),
        extracted=extracted, cached=len(articles) - extracted,
        written=written.written, unchanged=written.unchanged, removed=written.removed,
        seconds=time.perf_counter() - started,
        failed=tuple(f"{a.source_path}: {e.failed}" for a, e in zip(articles, extractions) if e.failed))
