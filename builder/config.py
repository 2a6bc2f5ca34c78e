"""site.yaml -> a frozen, validated SiteConfig.

Every problem is reported in one run with the key and its line in site.yaml, as
"expected X, got Y"; an unknown key suggests the nearest known one.
"""
from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError, ErrorList

CONFIG_NAME = "site.yaml"
BASE_URL_ENV = "DOSSIER_BASE_URL"  # lets CI (GitHub Pages) set the base path without editing site.yaml


@dataclass(frozen=True)
class EntityRule:
    """One curation rule from site.yaml's `entities:` list."""
    name: str                          # the entity's name after curation
    aliases: tuple[str, ...] = ()      # other names merged into it
    kind: str | None = None            # force "person", "organization" or "country"
    drop: bool = False                 # remove it everywhere
    description: str | None = None
    link: str | None = None


@dataclass(frozen=True)
class SiteConfig:
    root: Path                         # the folder holding site.yaml; relative paths resolve against it
    title: str = "Dossier"
    description: str = ""
    base_url: str = "/"                # "/" or "/my-repo/" or "https://example.org/my-repo/"
    language: str = "en"
    model: str = "en_core_web_sm"
    content_dir: Path = Path("content")
    templates_dir: Path = Path("templates")
    output_dir: Path = Path("output")
    cache_dir: Path = Path(".cache")
    related_count: int = 5
    home_articles: int = 20            # latest articles on the home page
    home_entities: int = 12            # most covered people / countries on the home page
    key_people: int = 5                # people shown as "key people" on an article page
    min_quote_words: int = 4           # shorter quoted fragments are scare quotes
    allow_html: bool = False           # raw HTML in Markdown is escaped unless this is on
    feed_articles: int = 20
    search: bool = True                # run Pagefind after rendering
    default_license: str | None = None
    entities: tuple[EntityRule, ...] = field(default=())

    @property
    def content_path(self) -> Path:
        return (self.root / self.content_dir).resolve()

    @property
    def templates_path(self) -> Path:
        return (self.root / self.templates_dir).resolve()

    @property
    def output_path(self) -> Path:
        return (self.root / self.output_dir).resolve()

    @property
    def cache_path(self) -> Path:
        return (self.root / self.cache_dir).resolve()

    @property
    def base_path(self) -> str:
        """The path part of base_url, always starting and ending with '/'."""
        path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]+", "", self.base_url) or "/"
        return path if path.endswith("/") else path + "/"

    @property
    def site_origin(self) -> str:
        """'https://host' when base_url is absolute, else ''."""
        m = re.match(r"^[a-z][a-z0-9+.-]*://[^/]+", self.base_url)
        return m.group(0) if m else ""


_KEYS = {
    "title": str, "description": str, "base_url": str, "language": str, "model": str,
    "content_dir": str, "templates_dir": str, "output_dir": str, "cache_dir": str,
    "related_count": int, "home_articles": int, "home_entities": int, "key_people": int,
    "min_quote_words": int, "allow_html": bool, "feed_articles": int, "search": bool,
    "default_license": (str, type(None)), "entities": list,
}
_PATH_KEYS = {"content_dir", "templates_dir", "output_dir", "cache_dir"}
_ENTITY_KEYS = {"name": str, "aliases": list, "kind": str, "drop": bool, "description": str, "link": str}
_KINDS = ("person", "organization", "country")


def _type_name(t: Any) -> str:
    if isinstance(t, tuple):
        return " or ".join(_type_name(x) for x in t)
    return {str: "a string", int: "an integer", bool: "true or false", list: "a list",
            type(None): "nothing"}.get(t, t.__name__)


def _got(value: Any) -> str:
    return f"{type(value).__name__} {value!r}"


def _key_lines(text: str) -> dict[str, int]:
    """Line (1-based) of each top-level key, for messages."""
    try:
        node = yaml.compose(text)
    except yaml.YAMLError:
        return {}
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {k.value: k.start_mark.line + 1 for k, _ in node.value if isinstance(k, yaml.ScalarNode)}


def load_config(site_dir: Path | str = ".", overrides: dict[str, Any] | None = None) -> SiteConfig:
    """Read and validate `<site_dir>/site.yaml`; `overrides` (from the CLI) win over the file."""
    root = Path(site_dir).resolve()
    path = root / CONFIG_NAME
    shown = str(path)
    if not path.is_file():
        raise ConfigError(f"no {CONFIG_NAME} here; run dossier in a site folder or pass --site DIR", shown)
    text = path.read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConfigError(f"not valid YAML: {getattr(exc, 'problem', exc)}", shown,
                          mark.line + 1 if mark else None) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"expected a mapping of settings, got {type(data).__name__}", shown, 1)
    env_base = os.environ.get(BASE_URL_ENV)
    if env_base:
        data["base_url"] = env_base
    data.update({k: v for k, v in (overrides or {}).items() if v is not None})
    lines = _key_lines(text)
    errors: list[ConfigError] = []

    def err(key: str, message: str) -> None:
        errors.append(ConfigError(f"'{key}': {message}", shown, lines.get(key)))

    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in _KEYS:
            near = difflib.get_close_matches(str(key), list(_KEYS), n=1)
            err(str(key), "unknown setting" + (f"; did you mean '{near[0]}'?" if near else ""))
            continue
        expected = _KEYS[key]
        # bool is an int in Python; an integer setting must not accept true/false
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            err(key, f"expected {_type_name(expected)}, got {_got(value)}")
            continue
        if key in _PATH_KEYS:
            value = Path(value)
        values[key] = value

    for key in ("related_count", "home_articles", "home_entities", "key_people", "feed_articles"):
        if key in values and not 0 <= values[key] <= 1000:
            err(key, f"expected an integer from 0 to 1000, got {values[key]}")
    if "min_quote_words" in values and not 1 <= values["min_quote_words"] <= 50:
        err("min_quote_words", f"expected an integer from 1 to 50, got {values['min_quote_words']}")
    if "base_url" in values:
        base = values["base_url"]
        if not re.fullmatch(r"(https?://[^/\s]+)?/[^\s?#]*|https?://[^/\s]+", base):
            err("base_url", f"expected '/', '/sub-path/' or 'https://host/path/', got {base!r}")
        elif not base.endswith("/"):
            values["base_url"] = base + "/"
    if "language" in values and not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", values["language"]):
        err("language", f"expected a language tag such as 'en' or 'en-GB', got {values['language']!r}")
    if "model" in values and not re.fullmatch(r"[A-Za-z0-9_.\-/]+", values["model"]):
        err("model", f"expected a spaCy model package name, got {values['model']!r}")
    if "entities" in values:
        rules = []
        for i, raw in enumerate(values["entities"], 1):
            rule = _entity_rule(raw, i, err)
            if rule:
                rules.append(rule)
        values["entities"] = tuple(rules)

    config = replace(SiteConfig(root=root), **values)
    _check_folders(config, err)
    if errors:
        raise errors[0] if len(errors) == 1 else ErrorList(errors)  # type: ignore[arg-type]
    return config


def _entity_rule(raw: Any, index: int, err) -> EntityRule | None:
    where = f"entities[{index}]"
    if not isinstance(raw, dict):
        err("entities", f"{where}: expected a mapping with 'name', got {_got(raw)}")
        return None
    ok = True
    for key, value in raw.items():
        if key not in _ENTITY_KEYS:
            near = difflib.get_close_matches(str(key), list(_ENTITY_KEYS), n=1)
            err("entities", f"{where}: unknown key '{key}'" + (f"; did you mean '{near[0]}'?" if near else ""))
            ok = False
        elif not isinstance(value, _ENTITY_KEYS[key]):
            err("entities", f"{where}.{key}: expected {_type_name(_ENTITY_KEYS[key])}, got {_got(value)}")
            ok = False
    if not isinstance(raw.get("name"), str) or not raw.get("name", "").strip():
        err("entities", f"{where}: 'name' is required")
        return None
    if raw.get("kind") is not None and raw.get("kind") not in _KINDS:
        err("entities", f"{where}.kind: expected one of {', '.join(_KINDS)}, got {raw.get('kind')!r}")
        ok = False
    aliases = raw.get("aliases") or []
    if isinstance(aliases, list) and not all(isinstance(a, str) for a in aliases):
        err("entities", f"{where}.aliases: expected a list of strings")
        ok = False
    if not ok:
        return None
    return EntityRule(name=raw["name"].strip(), aliases=tuple(a.strip() for a in aliases),
                      kind=raw.get("kind"), drop=bool(raw.get("drop", False)),
                      description=raw.get("description"), link=raw.get("link"))


def _check_folders(config: SiteConfig, err) -> None:
    out = config.output_path
    if out == config.root:
        err("output_dir", "the output folder cannot be the site folder itself: each build replaces it whole")
    for key, other in (("content_dir", config.content_path), ("templates_dir", config.templates_path)):
        if out == other or other.is_relative_to(out):
            err("output_dir", f"the output folder must not contain {key} ({other}): each build replaces it whole")
        elif out.is_relative_to(other):
            err("output_dir", f"the output folder must not be inside {key} ({other}): it would be read as input")
    if config.cache_path == out or config.cache_path.is_relative_to(out):
        err("cache_dir", "the cache must not be inside the output folder: each build replaces it whole")
