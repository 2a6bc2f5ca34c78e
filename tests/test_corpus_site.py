"""The real corpus (../shared/corpus, 230+ articles) builds with --strict: `dossier check` finds no
broken link, orphan, malformed page or feed. The example site is checked the same way."""
from __future__ import annotations

import json

from builder.build import build
from builder.check import check_site
from builder.config import load_config

from .conftest import ROOT


def test_corpus_builds_strict_and_checks_clean(corpus, tmp_path, model):
    config = load_config(ROOT, {"content_dir": str(corpus), "output_dir": str(tmp_path / "out"),
                                "cache_dir": str(tmp_path / "cache"), "base_url": "https://example.org/repo/"})
    report = build(config, model=model, strict=True)
    assert report.articles >= 200
    assert check_site(config.output_path, config.base_path) == []
    # related reasons name entities both articles share
    crane = json.loads((config.output_path / "data" / "articles" / "gum-news-crane.json").read_text())
    assert crane["related"][0]["slug"] == "gum-news-stampede"       # both about the Hajj in Mecca
    assert "saudi-arabia" in crane["related"][0]["shared"]


def test_example_site_checks_clean(tmp_path, model):
    config = load_config(ROOT, {"output_dir": str(tmp_path / "out"), "cache_dir": str(tmp_path / "cache"),
                                "base_url": "/sub/"})
    build(config, model=model, strict=True)
    assert check_site(config.output_path, "/sub/") == []
