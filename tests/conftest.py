"""Shared fixtures: the real spaCy model (loaded once), the seed article, the corpus."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SEED_DIR = SHARED / "seed"
SEED_TEXT = ROOT / "content" / "000_8258c290c5817857.txt"   # the seed article, kept in the example site


@pytest.fixture(scope="session")
def model():
    from builder.nlp import load_model
    return load_model("en_core_web_sm")


@pytest.fixture(scope="session")
def extractor(model):
    from builder.extract import Extractor
    return Extractor(model.nlp)


@pytest.fixture(scope="session")
def seed_expected():
    path = SEED_DIR / "expected.json"
    if not path.is_file():
        pytest.skip(f"seed annotations not found at {path} (../shared/seed is absent)")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def corpus():
    if not CORPUS.is_dir():
        pytest.skip(f"real-news corpus not found at {CORPUS} (../shared/corpus is absent)")
    return CORPUS


@pytest.fixture
def make_site(tmp_path):
    """A throwaway site: the project's templates, a site.yaml and the given content files."""
    def make(files: dict[str, str], config: str = "title: Test site\n") -> Path:
        site = tmp_path / "site"
        (site / "content").mkdir(parents=True)
        shutil.copytree(ROOT / "templates", site / "templates")
        (site / "site.yaml").write_text(config, encoding="utf-8")
        for name, text in files.items():
            path = site / "content" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        return site
    return make
