"""Read stage: content/**/*.md and *.txt -> Article.

Markdown files have YAML front matter and a Markdown body (markdown-it-py, raw
HTML escaped unless the site allows it). Text files are paragraphs separated by
blank lines; their title is the first line when it looks like a headline.
"""
from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from pathlib import Path
from typing import Any

import yaml
from markdown_it import MarkdownIt

from .config import SiteConfig
from .errors import ContentError, DossierError, ErrorList
from .model import Article
from .slug import looks_machine_made, slug_or_hash

CONTENT_SUFFIXES = (".md", ".markdown", ".txt")
_DATE_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2})[-_ ]*")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)(?:^---[ \t]*$|^\.\.\.[ \t]*$)\r?\n?", re.S | re.M)
TITLE_LENGTH = 90


class _FrontMatterLoader(yaml.SafeLoader):
    """SafeLoader that leaves dates as text: we parse them ourselves and name the line when wrong
    (PyYAML's own date parsing raises a bare ValueError on 2024-13-45)."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}  # a derived title is cut at a word boundary near this length


def markdown_renderer(allow_html: bool) -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": allow_html, "typographer": False})
    return md.enable(["table", "strikethrough"])


def find_content_files(content_dir: Path) -> list[Path]:
    """Every article file under content_dir, sorted. Hidden or _-prefixed files and folders, and
    all-caps notes such as README.md, are skipped."""
    if not content_dir.is_dir():
        raise ContentError("content folder not found", str(content_dir))
    files = []
    for path in content_dir.rglob("*"):
        rel = path.relative_to(content_dir)
        if any(part.startswith((".", "_")) for part in rel.parts):
            continue
        if path.stem.isupper():
            continue            # README.md, LICENSE.txt, SOURCE.md: notes about the folder, not articles
        if path.suffix.lower() in CONTENT_SUFFIXES and path.is_file():
            files.append(path)
    return sorted(files, key=lambda p: p.relative_to(content_dir).as_posix())


# The previous read_content's articles, keyed by (file, shown path, allow_html) with the bytes
# they were parsed from: `dossier serve` re-reads every file on each rebuild, and re-parsing
# unchanged Markdown was most of the read stage. An Article depends only on those and its bytes.
_parsed: dict[tuple[str, str, bool], tuple[bytes, Article]] = {}


def read_content(config: SiteConfig, drafts: bool = False) -> list[Article]:
    """Read every article; all bad files are reported together, and duplicate slugs stop the build."""
    global _parsed
    md = markdown_renderer(config.allow_html)
    articles: list[Article] = []
    errors: list[DossierError] = []
    parsed: dict[tuple[str, str, bool], tuple[bytes, Article]] = {}
    for path in find_content_files(config.content_path):
        try:
            shown = _shown(path, config.root)
            raw = path.read_bytes()
            key = (str(path), shown, config.allow_html)
            hit = _parsed.get(key)
            article = hit[1] if hit is not None and hit[0] == raw else _parse(path, shown, raw, md)
            parsed[key] = (raw, article)
        except DossierError as exc:
            errors.append(exc)
            continue
        if article.draft and not drafts:
            continue
        articles.append(article)
    seen: dict[str, Article] = {}
    for article in articles:
        if article.slug in seen:
            errors.append(ContentError(
                f"slug '{article.slug}' is also used by {seen[article.slug].source_path}; "
                "set a different 'slug:' in the front matter of one of them", article.source_path))
        seen[article.slug] = article
    _parsed = parsed  # only files of this read: deleted ones drop out
    if errors:
        raise errors[0] if len(errors) == 1 else ErrorList(errors)
    return articles


def read_article(path: Path, root: Path, md: MarkdownIt | None = None) -> Article:
    """Read one file. `root` is the site folder: source_path is relative to it when possible."""
    shown = _shown(path, root)
    return _parse(path, shown, path.read_bytes(), md or markdown_renderer(False))


def _shown(path: Path, root: Path) -> str:
    """source_path: relative to the site folder when possible."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def _parse(path: Path, shown: str, raw: bytes, md: MarkdownIt) -> Article:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ContentError(f"not UTF-8 text (byte {raw[exc.start]:#04x} at offset {exc.start})", shown, line) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    # one spelling per letter: an accent stored as a separate mark ("Rossello" + U+0301) is the
    # same name as the accented letter, for the reader's eye and for matching names alike
    text = unicodedata.normalize("NFC", text)
    if path.suffix.lower() == ".txt":
        meta, body_offset = {}, 0
        title, paragraphs = _text_title_and_paragraphs(decode_character_references(text))
        body_html = "".join(f"<p>{_escape(with_dashes(p))}</p>\n" for p in paragraphs)
    else:
        meta, body_offset = _front_matter(text, shown)
        body = text[body_offset:]
        tokens = md.parse(body)
        body_html = md.renderer.render(tokens, md.options, {})
        paragraphs = _plain_paragraphs(tokens)
        title = None
    plain = "\n\n".join(paragraphs)
    fm_title = _string(meta, "title", shown, text)
    title = fm_title or title or _title_from_text(plain) or _humanise(path.stem)
    stem = _DATE_PREFIX.sub("", path.stem)
    slug_source = _string(meta, "slug", shown, text) or (stem if not looks_machine_made(stem) else title)
    slug = slug_or_hash(slug_source, "article")
    return Article(
        source_path=shown,
        slug=slug,
        title=title,
        date=_date(meta, path.stem, shown, text),
        body_html=body_html,
        text=plain,
        author=_string(meta, "author", shown, text),
        source_url=_string(meta, "source_url", shown, text) or _string(meta, "source", shown, text, url_only=True),
        summary=_string(meta, "summary", shown, text),
        tags=_tags(meta, shown, text),
        draft=_bool(meta, "draft", shown, text),
        license=_string(meta, "license", shown, text),
        license_url=_string(meta, "license_url", shown, text),
        meta=meta,
    )


# text copied from web pages keeps character references ("Pel&#233;", "S&#227;o Paulo"): they stand for
# the letter (well-formed ones only; "R&D" and "AT&T" stay as they are). Markdown decodes its own.
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_character_references(text: str) -> str:
    """"Pel&#233;" -> "Pelé"; "R&D" as it is."""
    return _CHARACTER_REFERENCE.sub(lambda m: html.unescape(m.group(0)), text)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _front_matter(text: str, shown: str) -> tuple[dict[str, Any], int]:
    if not text.startswith("---"):
        return {}, 0
    m = _FRONT_MATTER.match(text)
    if not m:
        raise ContentError("front matter opened with '---' is never closed with '---'", shown, 1)
    try:
        meta = yaml.load(m.group(1), Loader=_FrontMatterLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ContentError(f"bad YAML front matter: {getattr(exc, 'problem', None) or exc}", shown,
                           mark.line + 2 if mark else 1) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise ContentError(f"front matter must be a mapping of keys, got {type(meta).__name__}", shown, 2)
    return {str(k): v for k, v in meta.items()}, m.end()


def _line_of(key: str, text: str) -> int | None:
    m = re.search(rf"^{re.escape(key)}\s*:", text, re.M)
    return text.count("\n", 0, m.start()) + 1 if m else None


def _string(meta: dict, key: str, shown: str, text: str, url_only: bool = False) -> str | None:
    value = meta.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, (dict, list)):
        raise ContentError(f"'{key}' must be text, got a {type(value).__name__}", shown, _line_of(key, text))
    value = str(value).strip()
    if url_only and not re.match(r"https?://", value):
        return None
    return value or None


def _bool(meta: dict, key: str, shown: str, text: str) -> bool:
    value = meta.get(key, False)
    if not isinstance(value, bool):
        raise ContentError(f"'{key}' must be true or false, got {value!r}", shown, _line_of(key, text))
    return value


def _tags(meta: dict, shown: str, text: str) -> tuple[str, ...]:
    value = meta.get("tags")
    if value is None:
        return ()
    if isinstance(value, str):
        value = [t for t in value.split(",")]
    if not isinstance(value, list) or not all(isinstance(t, (str, int, float)) for t in value):
        raise ContentError("'tags' must be a list of words or a comma-separated string", shown, _line_of("tags", text))
    return tuple(sorted({str(t).strip() for t in value if str(t).strip()}))


def _date(meta: dict, stem: str, shown: str, text: str) -> dt.date | None:
    value = meta.get("date")
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value not in (None, ""):
        m = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$", str(value).strip())
        try:
            if not m:
                raise ValueError
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            raise ContentError(f"'date' must be YYYY-MM-DD, got {value!r}", shown, _line_of("date", text)) from None
    m = _DATE_PREFIX.match(stem)
    if m:
        try:
            return dt.date.fromisoformat(m.group(1))
        except ValueError:
            raise ContentError(f"file name starts with an impossible date {m.group(1)}", shown) from None
    return None


def _plain_paragraphs(tokens) -> list[str]:
    """The text of each block (paragraph, heading, table cell) without markup, for NLP."""
    paragraphs = []
    for token in tokens:
        if token.type != "inline":
            continue
        parts = []
        for child in token.children or []:
            if child.type in ("text", "code_inline"):
                parts.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                parts.append(" ")
        paragraph = re.sub(r"\s+", " ", "".join(parts)).strip()
        if paragraph:
            paragraphs.append(paragraph)
    return paragraphs


def _text_paragraphs(text: str) -> list[str]:
    """Blank lines separate paragraphs. Inside a block, short lines are hard-wrapped prose (joined);
    long lines are paragraphs of their own (many exports put one paragraph per line)."""
    paragraphs = []
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if all(len(line) <= 100 for line in lines[:-1]):
            paragraphs.append(" ".join(lines))
        else:
            paragraphs.extend(lines)
    return [_collapse_spaces(p) for p in paragraphs]


# Some plain-text copies of news lost their dashes and kept the spaces round them ("Lord Bingham   a
# senior law lord   said"). Those three spaces are kept in the text (the extractor reads them as a dash
# for the parser; quotes keep the words as written) and shown as the dash on the page.
LOST_DASH = re.compile(r"(?<=[\w\"”’)])(?<![.!?][\"”’])[ ]{3}(?=[\w\"“‘(£$])")


def with_dashes(text: str) -> str:
    """The text with each lost dash's three spaces made a spaced dash again (the same length)."""
    return LOST_DASH.sub(" – ", text)


def _collapse_spaces(paragraph: str) -> str:
    """Runs of white space made one space, but for a lost dash's three."""
    return "   ".join(re.sub(r"\s+", " ", part) for part in LOST_DASH.split(paragraph))


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    return (2 <= len(words) <= 20 and len(line) <= 150 and (line[0].isupper() or line[0].isdigit())
            and not line.endswith((".", ",", ";", ":")))


def _text_title_and_paragraphs(text: str) -> tuple[str | None, list[str]]:
    lines = text.strip().split("\n")
    first = lines[0].strip() if lines else ""
    rest = "\n".join(lines[1:])
    if first and _looks_like_headline(first) and rest.strip():
        return first, _text_paragraphs(rest)
    return None, _text_paragraphs(text)


def _title_from_text(plain: str) -> str | None:
    """The first sentence, cut at a word boundary near TITLE_LENGTH characters."""
    if not plain.strip():
        return None
    first = with_dashes(plain.split("\n\n")[0])
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"'‘])", first, maxsplit=1)[0].strip()
    if len(sentence) <= TITLE_LENGTH:
        return sentence.rstrip(".")
    cut = sentence[:TITLE_LENGTH + 1].rsplit(" ", 1)[0].rstrip(",;:–— ")
    return cut + "…"


def _humanise(stem: str) -> str:
    return re.sub(r"[-_]+", " ", _DATE_PREFIX.sub("", stem)).strip().capitalize() or stem
