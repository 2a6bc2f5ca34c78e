"""Slugs: the only path segments built from untrusted text.

A slug is lowercase ASCII letters, digits and single hyphens, so it can never
hold '/', '..' or anything else that escapes output/.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

_NON_SLUG = re.compile(r"[^a-z0-9]+")
MAX_SLUG = 72


def slugify(text: str) -> str:
    """'President Bukele’s “example”' -> 'president-bukeles-example'; may return ''."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    ascii_text = re.sub(r"['’`]", "", ascii_text.lower())
    slug = _NON_SLUG.sub("-", ascii_text).strip("-")
    if len(slug) > MAX_SLUG:
        # cut at a word, and keep a short hash of the whole so two long names never collide
        digest = hashlib.sha1(slug.encode("ascii")).hexdigest()[:6]
        slug = (slug[:MAX_SLUG - 7].rsplit("-", 1)[0] or slug[:MAX_SLUG - 7]) + "-" + digest
    return slug


def slug_or_hash(text: str, prefix: str) -> str:
    """A slug for text, or prefix + a short stable hash when nothing ASCII is left (e.g. Chinese names)."""
    return slugify(text) or f"{prefix}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:10]}"


def looks_machine_made(stem: str) -> bool:
    """File names like '000_8258c290c5817857' carry no meaning: take the slug from the title instead."""
    return bool(re.search(r"[0-9a-f]{8,}", stem.lower()) and re.search(r"\d", stem)) or bool(re.fullmatch(r"[\d_\-. ]+", stem))
