"""Benchmark incremental builds and live reload on a 1,000-article site (not a test).

Makes N articles from every .md file under ../shared/corpus (repeated with varied
titles, slugs and a distinct closing line so each text has its own cache key) in
a temp site folder, then times through the real pipeline:

  1. cold build (empty extraction cache; spaCy on every CPU), then, for scale,
     spaCy alone on the same texts: list(nlp.pipe(texts)) on 1 and on 2 processes
  2. rebuild with nothing changed
  3. rebuild after adding one article
  4. while serving: saving an edited article -> the long-poll reports a new
     version -> the reloaded page shows the edit

Usage: .venv/bin/python scripts/bench_incremental.py [--articles 1000] [--no-search] [--no-pipe] [--keep]
"""
from __future__ import annotations

import argparse
import io
import re
import shutil
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from builder.build import build  # noqa: E402
from builder.config import load_config  # noqa: E402
from builder.nlp import load_model  # noqa: E402
from builder.serve import LIVERELOAD, DevServer  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)


def make_site(site: Path, count: int, search: bool) -> None:
    # SOURCE.md and other all-caps notes describe a folder; they are not articles
    sources = sorted(p for p in CORPUS.rglob("*.md") if not p.stem.isupper())
    (site / "content").mkdir(parents=True)
    shutil.copytree(ROOT / "templates", site / "templates")
    (site / "site.yaml").write_text(f"title: Benchmark\nsearch: {'true' if search else 'false'}\n")
    for i in range(count):
        src = sources[i % len(sources)]
        text = src.read_text(encoding="utf-8")
        m = FRONT.match(text)
        body = text[m.end():] if m else text
        title = re.search(r'^title:\s*"?(.*?)"?\s*$', m.group(1), re.M).group(1) if m else src.stem
        round_ = i // len(sources)
        date = re.search(r'^date:\s*"?([\d-]+)"?', m.group(1), re.M) if m else None
        # round number first: the slug maker cuts long slugs at the end
        write_article(site, f"p{round_}-{src.stem}".lower(), f"{title} (part {round_ + 1})",
                      date.group(1) if date else None, body + f"\n\nDispatch number {i} ends here.\n")


def write_article(site: Path, slug: str, title: str, date: str | None, body: str) -> Path:
    path = site / "content" / f"{slug}.md"
    meta = f'title: "{title.replace(chr(34), chr(39))}"\nslug: {slug}\n' + (f'date: "{date}"\n' if date else "")
    path.write_text(f"---\n{meta}---\n\n{body}", encoding="utf-8")
    return path


def timed(label: str, fn):
    started = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - started
    print(f"{label:<42} {seconds:8.2f} s   {getattr(result, 'summary', lambda: '')()}", flush=True)
    return result, seconds


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--no-search", action="store_true", help="skip Pagefind (search: false)")
    ap.add_argument("--keep", action="store_true", help="keep the temp site folder and print its path")
    ap.add_argument("--reloads", type=int, default=5, help="save-to-reload samples while serving")
    ap.add_argument("--no-pipe", action="store_true", help="skip timing spaCy's nlp.pipe alone")
    args = ap.parse_args()
    if not CORPUS.is_dir() or not any(CORPUS.rglob("*.md")):
        print(f"skipped: no .md files under {CORPUS} (../shared/corpus is absent)")
        return 0

    tmp = Path(tempfile.mkdtemp(prefix="dossier-bench-"))
    site = tmp / "site"
    try:
        make_site(site, args.articles, search=not args.no_search)
        config = load_config(site)
        print(f"{args.articles} articles from {CORPUS} in {site}; search {'off' if args.no_search else 'on'}")
        model, _ = timed("load spaCy model", lambda: load_model(config.model))
        timed("cold build (empty cache)", lambda: build(config, model=model))
        if not args.no_pipe:
            # the floor for the extraction part of a cold build: spaCy alone, same texts and batch size
            from builder.extract import BATCH_SIZE
            from builder.read import read_content
            texts = [a.text for a in read_content(config)]
            for n in (1, 2):
                timed(f"spaCy alone: nlp.pipe, n_process={n}",
                      lambda: list(model.nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=n)))
        timed("rebuild, nothing changed", lambda: build(config, model=model))
        write_article(site, "bench-new-article", "A new article", "2024-05-01",
                      "The Secretary-General of the United Nations visited Kenya on Monday.\n")
        timed("rebuild after adding one article", lambda: build(config, model=model))

        # serving: time from saving a file to the reloaded page showing it
        # jobs=1, as `dossier serve` does: the server's threads must not be forked
        dev = DevServer(config, lambda: build(load_config(site), model=model, jobs=1), port=0, log=io.StringIO())
        dev.start()
        try:
            time.sleep(0.5)  # let the watchers settle
            page_url = dev.url + "articles/bench-new-article/"
            if urllib.request.urlopen(dev.url).status != 200:
                raise SystemExit("the served home page is not 200")
            samples = []
            for n in range(args.reloads):
                seen = dev.version
                marker = f"Edit number {n} was saved"
                result: dict = {}
                poll = threading.Thread(target=lambda: result.update(v=urllib.request.urlopen(
                    f"http://{dev.host}:{dev.port}{LIVERELOAD}?version={seen}", timeout=120).read()))
                poll.start()
                saved = time.perf_counter()
                write_article(site, "bench-new-article", "A new article", "2024-05-01",
                              f"The Secretary-General of the United Nations visited Kenya on Monday. {marker}.\n")
                poll.join(timeout=120)
                notified = time.perf_counter() - saved
                body = urllib.request.urlopen(_find(dev, page_url), timeout=60).read().decode()
                reloaded = time.perf_counter() - saved
                if marker not in body:
                    raise SystemExit(f"reloaded page lacks the edit ({dev.error or 'no build error'})")
                samples.append((notified, reloaded))
                print(f"serve: save -> reload signal {notified:6.2f} s, -> page fetched {reloaded:6.2f} s",
                      flush=True)
            samples.sort(key=lambda s: s[1])
            print(f"{'serve: save -> reloaded page (median)':<42} {samples[len(samples) // 2][1]:8.2f} s")
        finally:
            dev.shutdown()
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


def _find(dev: DevServer, guess: str) -> str:
    """The article's URL: the guess, or whatever page under the output holds its slug."""
    for page in sorted(dev.root.rglob("index.html")):
        if "bench-new-article" in page.parent.as_posix():
            return dev.url + page.parent.relative_to(dev.root).as_posix() + "/"
    return guess


if __name__ == "__main__":
    sys.exit(main())
