"""Command line: `dossier build | serve | inspect | check`.

Parses options and hands off; returns an exit code (only __main__ exits).
A DossierError is the user's mistake: one clean `path:line: message`, exit 1.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .errors import DossierError

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def _parser() -> argparse.ArgumentParser:
    fmt = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog="dossier", formatter_class=fmt,
        description="Turn a folder of news articles into a cross-linked website of dossiers:\n"
                    "people, countries, organisations and quotes, each with its own page.",
        epilog="examples:\n  dossier build\n  dossier serve --port 8000\n  dossier inspect content/story.md --json\n"
               "  dossier check")
    parser.add_argument("--version", action="version", version=f"dossier {__version__}")
    parser.add_argument("--traceback", action="store_true", help="show the full traceback on errors (for bug reports)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def site_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--site", default=".", metavar="DIR", help="the site folder holding site.yaml (default: .)")
        p.add_argument("--content", metavar="DIR", help="read articles from DIR instead of site.yaml's content_dir")
        p.add_argument("--output", metavar="DIR", help="write the site to DIR instead of site.yaml's output_dir")
        p.add_argument("--base-url", metavar="URL", help="public URL or path of the site, e.g. /my-repo/")
        p.add_argument("--drafts", action="store_true", help="include articles marked draft: true")
        p.add_argument("--no-cache", action="store_true", help="ignore the extraction cache and re-run spaCy")

    b = sub.add_parser("build", help="build the site into the output folder", formatter_class=fmt,
                       description="Read every article, extract people, countries, organisations and quotes,\n"
                                   "link them across the corpus and write the site.",
                       epilog="examples:\n  dossier build\n"
                              "  dossier build --content ../shared/corpus/gum-wikinews --output /tmp/gum-site\n"
                              "  dossier build --base-url /my-repo/ --strict")
    site_options(b)
    b.add_argument("--strict", action="store_true", help="fail (keeping the old output) if `dossier check` finds problems")
    b.add_argument("--jobs", type=_positive_int, metavar="N",
                   help="spaCy processes for articles not in the cache (default: one per CPU; 1 = no extra processes)")

    s = sub.add_parser("serve", help="build, serve and rebuild on every change, with live reload",
                       formatter_class=fmt, description="Preview the site while writing: pages reload by themselves\n"
                                                        "after each change to content, templates or site.yaml.",
                       epilog="examples:\n  dossier serve\n  dossier serve --port 8080 --drafts")
    site_options(s)
    s.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)")
    s.add_argument("--port", type=int, default=8000, help="port (default: 8000; the next free one if taken)")

    i = sub.add_parser("inspect", help="print one article's extraction", formatter_class=fmt,
                       description="Show what Dossier finds in one article: people, countries,\n"
                                   "organisations and quotes with speakers.",
                       epilog="examples:\n  dossier inspect content/story.md\n  dossier inspect story.txt --json")
    i.add_argument("file", type=Path)
    i.add_argument("--json", action="store_true", help="print JSON instead of text")
    i.add_argument("--site", default=".", metavar="DIR", help="site folder whose settings apply (default: .)")

    c = sub.add_parser("check", help="check the built site: links, orphans, HTML, feeds",
                       formatter_class=fmt, description="Check the output folder: every internal link and asset\n"
                                                        "resolves, no page is orphaned, pages parse, feeds are well formed.",
                       epilog="examples:\n  dossier check\n  dossier check --output /tmp/gum-site")
    c.add_argument("--site", default=".", metavar="DIR")
    c.add_argument("--output", metavar="DIR", help="the built site to check (default: site.yaml's output_dir)")
    c.add_argument("--base-url", metavar="URL")
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, got {text!r}")
    return value


def _config(args):
    from .config import load_config
    overrides = {}
    cwd = Path.cwd()
    for key, attr in (("content_dir", "content"), ("output_dir", "output")):
        value = getattr(args, attr, None)
        if value:
            overrides[key] = str((cwd / value).resolve())
    if getattr(args, "base_url", None):
        overrides["base_url"] = args.base_url
    return load_config(args.site, overrides)


def _print_report(report) -> None:
    """The build's summary on stdout, and any article published without extraction on stderr."""
    print(report.summary(), flush=True)
    for warning in report.warnings():
        print(warning, file=sys.stderr, flush=True)


def cmd_build(args) -> int:
    from .build import build
    from .nlp import announce, load_model
    config = _config(args)
    model = load_model(config.model)
    announce(model)
    report = build(config, drafts=args.drafts, use_cache=not args.no_cache, model=model, strict=args.strict,
                   jobs=args.jobs)
    _print_report(report)
    print(f"Output: {config.output_path}")
    return EXIT_OK


def cmd_serve(args) -> int:
    from .build import build
    from .nlp import announce, load_model
    from .serve import serve
    config = _config(args)
    model = load_model(config.model)
    announce(model)

    def rebuild():
        # re-read site.yaml each time so edits to it apply; keep the command-line overrides
        fresh = _config(args)
        # jobs=1: this process runs the HTTP server and watcher threads, which forked extraction
        # workers must not inherit (see build.extraction_processes)
        report = build(fresh, drafts=args.drafts, use_cache=not args.no_cache, model=model, jobs=1)
        _print_report(report)
        return report

    serve(config, rebuild, host=args.host, port=args.port)
    return EXIT_OK


def cmd_inspect(args) -> int:
    from .build import extract_articles
    from .config import SiteConfig, load_config
    from .nlp import load_model
    from .read import markdown_renderer, read_article
    try:
        config = load_config(args.site)
    except DossierError:
        config = SiteConfig(root=Path(args.site).resolve())
    if not args.file.is_file():
        raise DossierError("no such file", str(args.file))
    article = read_article(args.file, Path.cwd(), markdown_renderer(config.allow_html))
    model = load_model(config.model)
    (e,), _ = extract_articles([article], model, config, use_cache=False)
    if args.json:
        from .cache import extraction_to_json
        print(json.dumps({"file": article.source_path, "title": article.title, "model": model.id,
                          **extraction_to_json(e)}, ensure_ascii=False, indent=1))
        return EXIT_OK
    print(f"{article.source_path}: {article.title}  [{model.describe()}]")
    print(f"\nPeople ({len(e.people)}), most salient first:")
    for p in e.people:
        extra = "; ".join(x for x in (", ".join(p.roles), "also " + ", ".join(p.aliases) if p.aliases else "") if x)
        print(f"  {p.name}  ×{p.mentions}" + (f"  ({extra})" if extra else ""))
    print(f"\nCountries ({len(e.countries)}):")
    for c in e.countries:
        print(f"  {c.name} [{c.code}]  ×{c.mentions}")
    if e.regions:
        print(f"\nRegions (not countries): {', '.join(e.regions)}")
    print(f"\nOrganisations ({len(e.organizations)}):")
    for o in e.organizations:
        print(f"  {o.name}  ×{o.mentions}" + (f"  (also {', '.join(o.aliases)})" if o.aliases else ""))
    print(f"\nQuotes ({len(e.quotes)}):")
    for q in e.quotes:
        print(f"  “{q.text}”\n      — {q.speaker or '(speaker not found)'}")
    return EXIT_OK


def cmd_check(args) -> int:
    from .check import check_site, format_problems
    config = _config(args)
    if not config.output_path.is_dir():
        raise DossierError("no built site here; run `dossier build` first", str(config.output_path))
    problems = check_site(config.output_path, config.base_path)
    if problems:
        print(format_problems(problems))
        return EXIT_ERROR
    print(f"OK: {config.output_path} has no broken links, orphans or malformed pages")
    return EXIT_OK


COMMANDS = {"build": cmd_build, "serve": cmd_serve, "inspect": cmd_inspect, "check": cmd_check}


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_USAGE
    try:
        return COMMANDS[args.command](args)
    except DossierError as exc:
        if args.traceback:
            raise
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
