"""Score our extraction against the hand-annotated dev set (not a test; see tests/test_evaluate.py).

Gold: tests/devset/**/*.json, each naming its article in the shared corpus
("file": "gum-wikinews/GUM_news_afghan.md", relative to ../shared/corpus), plus
the seed article content/000_8258c290c5817857.txt with ../shared/seed/expected.json.

Systems compared on the same spaCy Docs:
  ours     builder.extract.Extractor (quotes with speakers, people, countries)
  textacy  textacy.extract.triples.direct_quotations (quotes and speakers only)
  spacy    raw NER: PERSON entities as people, GPE entities that builder.places
           says are countries as countries (no NORP, no rules)

Matching rules (all documented in the functions below):
  quotes   normalised texts equal, or one contains the other and the shorter is
           >= 80% of the longer; one-to-one greedy, best ratio first. A predicted
           quote equal to a gold "fragments_not_quotes" entry is always a false
           positive. Gold quotes that do not occur in the article body (e.g. they
           quote the front-matter title) are ignored and counted.
  names    case-insensitive, titles/honorifics and a leading "the" stripped,
           possessive dropped; equal, or same last word and compatible first words
           (one name is a single word, or first words equal, or one is the
           other's initial): "Trump" = "Donald Trump", "D. Trump" = "Donald Trump",
           but "Melania Trump" != "Donald Trump".
  people   per-article sets, micro-averaged; "people_optional" neither rewarded nor
           penalised. Key people: recall of gold key_people among the top 5 people.
  countries  ISO alpha-2 sets per article, micro-averaged.

Usage: .venv/bin/python scripts/evaluate.py [--verbose] [--json] [--no-timing] [--set dev|heldout|blind|all]
       .venv/bin/python scripts/evaluate.py --gold DIR [--corpus DIR]   (your own annotated articles)
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT.parent / "shared" / "corpus"
DEVSET = ROOT / "tests" / "devset"
HELDOUT = ROOT / "tests" / "heldout"       # blind for its first measurement, then used for error analysis
BLIND = ROOT / "tests" / "blind"           # never used to tune the rules; see its README
SEED_TEXT = ROOT / "content" / "000_8258c290c5817857.txt"
SEED_GOLD = ROOT.parent / "shared" / "seed" / "expected.json"
SYSTEMS = ("ours", "textacy", "spacy")
CONTAIN_RATIO = 0.8
TOP_PEOPLE = 5

# ---------------------------------------------------------------- normalisation and matching

_QUOTE_CHARS = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u00a0": " ",
})
# stripped from both ends of a quote: whitespace, punctuation, quote marks, dashes, ellipses
_EDGE = " \t\n\"'.,;:!?()[]{}-\u2013\u2014\u2026*_"


def unify(text: str) -> str:
    """Curly quotes and apostrophes made straight, whitespace collapsed (no stripping), character
    references decoded ("risqu&#233;", as a gold quote copied from the raw text may write it)."""
    from builder.read import decode_character_references    # (builder is imported lazily here)

    text = unicodedata.normalize("NFC", decode_character_references(text))   # as the reader does
    return re.sub(r"\s+", " ", text.translate(_QUOTE_CHARS))


# a mark that reopens a quote after a sentence inside it: the paragraph break before it was lost
# ('… 26 weeks. "We are going …'); the quote runs on, as when each paragraph reopens the mark
# (also after a quote inside it closes: '… saying 'what do you want?' "To not apologise …')
_REOPENING = re.compile(r'(?:(?<=[.!?])|(?<=[.!?]\')) "(?=\w)')


def norm_quote(text: str) -> str:
    """Quote text for matching: unified marks, collapsed whitespace, reopening marks inside dropped,
    surrounding punctuation off."""
    return _REOPENING.sub(" ", unify(text)).strip(_EDGE)


def split_in_body(quotes: list[dict], text: str) -> tuple[list[dict], list[str]]:
    """(gold quotes found in the article, texts of those not found). Found means as written, or as
    a quote running over paragraphs (each paragraph reopening the mark; the gold joins them with
    one space)."""
    bodies = (unify(text), unify(re.sub(r"\n\s*\n\s*[\"\u201c\u201d\u2018]", " ", text)),
              _REOPENING.sub(" ", unify(text)))
    found, missing = [], []
    for q in quotes:
        (found if any(norm_quote(q["text"]) in b for b in bodies) else missing).append(q)
    return found, [q["text"] for q in missing]


def quote_match_score(a: str, b: str) -> float:
    """1.0 when the normalised texts are equal; len(shorter)/len(longer) when one contains the
    other and that ratio is >= 0.8; else 0 (no match)."""
    na, nb = norm_quote(a), norm_quote(b)
    if not na or not nb:
        return 0.0
    if na == nb:
        return 1.0
    short, long_ = sorted((na, nb), key=len)
    ratio = len(short) / len(long_)
    return ratio if short in long_ and ratio >= CONTAIN_RATIO else 0.0


def quotes_match(a: str, b: str) -> bool:
    return quote_match_score(a, b) > 0


def greedy_pairs(preds: list, golds: list, score) -> list[tuple[int, int]]:
    """One-to-one matching: all scoring pairs, best score first (ties: text order)."""
    cands = [(s, i, j) for i, p in enumerate(preds) for j, g in enumerate(golds) if (s := score(p, g)) > 0]
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_p, used_g, pairs = set(), set(), []
    for _, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return sorted(pairs)


_TITLES = {t.lower().rstrip(".") for t in """
President Vice Prime Minister Crown Prince Princess King Queen Senator Sen Rep Representative
Congressman Congresswoman Gov Governor Mayor Secretary Chancellor Premier Speaker Judge Justice
Ambassador General Gen Col Maj Capt Lt Sgt Adm Admiral Commander Colonel Major Captain Sergeant
Dr Mr Mrs Ms Miss Sir Dame Lord Lady Professor Prof Rev Reverend Father Pope Cardinal Bishop
Archbishop Rabbi Imam Sheikh Emir Sultan Former Chief Director Minister Foreign Defense Defence
Deputy Acting First Coach Detective Officer Inspector Chairman Chairwoman
""".split()}
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def name_words(name: str | None) -> list[str]:
    """Lower-cased words of a name without titles, a leading 'the', possessive or suffixes."""
    if not name:
        return []
    s = unify(name).strip(_EDGE).lower()
    s = re.sub(r"'s$", "", s)
    words = [w.strip(".,") for w in s.split() if w.strip(".,")]
    while words and (words[0] in _TITLES or words[0] == "the") and len(words) > 1:
        words.pop(0)
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return words


def names_match(pred: str | None, gold: str | None) -> bool:
    """Equal after normalisation; or same last word with compatible first words (one of the two
    is a single word, the first words are equal, or one first word is the other's initial)."""
    p, g = name_words(pred), name_words(gold)
    if not p or not g:
        return False
    if p == g:
        return True
    if p[-1] != g[-1]:
        return False
    if len(p) == 1 or len(g) == 1:
        return True
    a, b = p[0], g[0]
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def speaker_correct(pred: str | None, gold: str | None) -> bool:
    """For quote+speaker: a null gold speaker needs a null prediction."""
    if gold is None:
        return pred is None
    return names_match(pred, gold)


# ---------------------------------------------------------------- data

@dataclass
class Case:
    name: str               # e.g. "gum-wikinews/GUM_news_afghan"
    text: str               # article body, what spaCy sees
    gold: dict
    gold_quotes: list[dict] = field(default_factory=list)     # gold quotes found in the body
    ignored_quotes: list[str] = field(default_factory=list)   # gold quotes not in the body


def load_cases(corpus: Path = CORPUS, devset: Path | None = DEVSET, seed_text: Path | None = SEED_TEXT,
               seed_gold: Path = SEED_GOLD, heldout: Path | None = None) -> list[Case]:
    """The dev set and the seed (the default); the held-out set only when asked for."""
    from builder.read import markdown_renderer, read_article

    md = markdown_renderer(False)
    cases = []
    for folder, prefix in ((devset, ""), (heldout, heldout.name + "/" if heldout else "")):
        if folder is None:
            continue
        for path in sorted(folder.rglob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            article = read_article(corpus / gold["file"], corpus, md)
            cases.append(Case(prefix + path.relative_to(folder).with_suffix("").as_posix(), article.text, gold))
    if seed_text is not None and seed_text.is_file() and seed_gold.is_file():
        article = read_article(seed_text, ROOT, md)
        cases.append(Case("seed/" + seed_text.stem, article.text,
                          json.loads(seed_gold.read_text(encoding="utf-8"))))
    for case in cases:
        case.gold_quotes, case.ignored_quotes = split_in_body(case.gold.get("quotes", []), case.text)
    return cases


@dataclass
class Prediction:
    quotes: list[tuple[str, str | None]] | None      # None: the system does not do this
    people: list[str] | None                         # most salient first
    countries: set[str] | None
    note: str = ""


def predict_ours(extraction) -> Prediction:
    return Prediction(quotes=[(q.text, q.speaker) for q in extraction.quotes],
                      people=[p.name for p in extraction.people],
                      countries={c.code for c in extraction.countries})


def predict_textacy(doc) -> Prediction:
    """textacy's direct_quotations: content span without its quote marks; speaker tokens joined.
    It refuses a doc with an odd number of quote marks (ValueError): no quotes then."""
    from textacy.extract.triples import direct_quotations

    quotes = []
    try:
        for triple in direct_quotations(doc):
            content = triple.content
            if len(content) >= 2 and content[0].is_quote and content[-1].is_quote:
                content = content[1:-1]
            quotes.append((content.text, " ".join(t.text for t in triple.speaker)))
    except ValueError as exc:
        count = str(exc).split(" ", 1)[0]
        return Prediction(quotes=[], people=None, countries=None,
                          note=f"bailed out ({count} quote marks, odd): no quotes")
    return Prediction(quotes=quotes, people=None, countries=None)


def predict_spacy(doc) -> Prediction:
    """Raw NER: PERSON entity texts (possessive stripped), most frequent first; GPE entities that
    builder.places.lookup_place maps to a country."""
    from builder.places import lookup_place

    people = Counter()
    first = {}
    countries = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            name = re.sub(r"\s*['\u2019]s?$", "", ent.text.strip()).strip()
            if name:
                people[name] += 1
                first.setdefault(name, ent.start)
        elif ent.label_ == "GPE":
            place = lookup_place(ent.text)
            if place and place.kind == "country":
                countries.add(place.code)
    order = sorted(people, key=lambda n: (-people[n], first[n]))
    return Prediction(quotes=None, people=order, countries=countries)


# ---------------------------------------------------------------- scoring

@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def score_quotes(preds: list[tuple[str, str | None]], gold_quotes: list[dict], fragments: list[str]) -> dict:
    """Quote spans and speakers for one article. Returns counts and the details for --verbose."""
    frag_norm = {norm_quote(f) for f in fragments}
    is_fragment = [norm_quote(t) in frag_norm for t, _ in preds]
    eligible = [i for i, f in enumerate(is_fragment) if not f]
    golds = [(q["text"], q.get("speaker")) for q in gold_quotes]
    pairs = [(eligible[i], j) for i, j in greedy_pairs([preds[i] for i in eligible], golds,
                                                       lambda p, g: quote_match_score(p[0], g[0]))]
    span = Counts(tp=len(pairs), fp=len(preds) - len(pairs), fn=len(golds) - len(pairs))
    both = sum(speaker_correct(preds[i][1], golds[j][1]) for i, j in pairs)
    with_speaker = [(i, j) for i, j in pairs if golds[j][1] is not None]
    matched_p, matched_g = {i for i, _ in pairs}, {j for _, j in pairs}
    return {
        "span": span,
        "speaker": Counts(tp=both, fp=len(preds) - both, fn=len(golds) - both),
        "speaker_right": sum(names_match(preds[i][1], golds[j][1]) for i, j in with_speaker),
        "speaker_total": len(with_speaker),
        "fragment_fp": sum(is_fragment),
        "missed": [golds[j] for j in range(len(golds)) if j not in matched_g],
        "spurious": [(preds[i][0], preds[i][1], is_fragment[i]) for i in range(len(preds)) if i not in matched_p],
        "wrong_speaker": [(golds[j][0], golds[j][1], preds[i][1]) for i, j in pairs
                          if not speaker_correct(preds[i][1], golds[j][1])],
    }


def score_people(preds: list[str], gold: list[str], optional: list[str], key: list[str]) -> dict:
    preds = list(dict.fromkeys(preds))
    pairs = greedy_pairs(preds, gold, lambda p, g: 1.0 if names_match(p, g) else 0.0)
    matched_p, matched_g = {i for i, _ in pairs}, {j for _, j in pairs}
    spurious = [p for i, p in enumerate(preds) if i not in matched_p
                and not any(names_match(p, o) for o in optional)
                and not any(names_match(p, g) for g in gold)]    # a second form of a matched person is no error
    top = preds[:TOP_PEOPLE]
    key_found = [k for k in key if any(names_match(p, k) for p in top)]
    return {
        "counts": Counts(tp=len(pairs), fp=len(spurious), fn=len(gold) - len(pairs)),
        "key_found": len(key_found), "key_total": len(key),
        "missed": [g for j, g in enumerate(gold) if j not in matched_g],
        "spurious": spurious,
        "key_missed": [k for k in key if k not in key_found],
        "top": top,
    }


def score_countries(preds: set[str], gold: list[str]) -> dict:
    gold_set = set(gold)
    return {"counts": Counts(tp=len(preds & gold_set), fp=len(preds - gold_set), fn=len(gold_set - preds)),
            "missed": sorted(gold_set - preds), "spurious": sorted(preds - gold_set)}


def score_case(case: Case, pred: Prediction) -> dict:
    g = case.gold
    out: dict = {"note": pred.note}
    if pred.quotes is not None:
        out["quotes"] = score_quotes(pred.quotes, case.gold_quotes, g.get("fragments_not_quotes", []))
    if pred.people is not None:
        out["people"] = score_people(pred.people, g.get("people", []), g.get("people_optional", []),
                                     g.get("key_people", []))
    if pred.countries is not None:
        out["countries"] = score_countries(pred.countries, g.get("countries", []))
    return out


def aggregate(per_case: list[dict], names: list[str] | None = None) -> dict:
    """Micro-averaged totals over articles for one system."""
    res: dict = {}
    if per_case and "quotes" in per_case[0]:
        span, sp = Counts(), Counts()
        right = total = frag = 0
        for r in per_case:
            q = r["quotes"]
            span.add(q["span"])
            sp.add(q["speaker"])
            right += q["speaker_right"]
            total += q["speaker_total"]
            frag += q["fragment_fp"]
        res["quotes"] = span.as_dict() | {"fragment_fp": frag}
        res["speaker_accuracy"] = {"right": right, "total": total, "accuracy": round(right / total, 4) if total else 0.0}
        res["quote_speaker"] = sp.as_dict()
    if per_case and "people" in per_case[0]:
        c = Counts()
        kf = kt = 0
        for r in per_case:
            c.add(r["people"]["counts"])
            kf += r["people"]["key_found"]
            kt += r["people"]["key_total"]
        res["people"] = c.as_dict()
        res["key_people_recall"] = {"found": kf, "total": kt, "recall": round(kf / kt, 4) if kt else 0.0}
    if per_case and "countries" in per_case[0]:
        c = Counts()
        for r in per_case:
            c.add(r["countries"]["counts"])
        res["countries"] = c.as_dict()
    res["notes"] = [f"{name}: {r['note']}" for name, r in zip(names or [""] * len(per_case), per_case)
                    if r["note"]]
    return res


def run_systems(cases: list[Case], model, systems=SYSTEMS) -> tuple[dict[str, list[Prediction]], list]:
    """Predictions of each system for each case (one nlp.pipe pass, shared by all)."""
    from builder.extract import BATCH_SIZE, Extractor, extract_doc, parser_text

    extractor = Extractor(model.nlp)
    texts = [c.text for c in cases]
    docs = list(model.nlp.pipe(texts, batch_size=BATCH_SIZE))
    preds: dict[str, list[Prediction]] = {}
    if "ours" in systems:
        # ours parses the text as Extractor.extract_many does; the baselines get it as written
        ours_texts = [parser_text(t) for t in texts]
        ours_docs = docs if ours_texts == texts else list(model.nlp.pipe(ours_texts, batch_size=BATCH_SIZE))
        preds["ours"] = [predict_ours(extract_doc(d, extractor.places, extractor.min_quote_words, t))
                         for d, t in zip(ours_docs, texts)]
    if "textacy" in systems:
        preds["textacy"] = [predict_textacy(d) for d in docs]
    if "spacy" in systems:
        preds["spacy"] = [predict_spacy(d) for d in docs]
    return preds, docs


def evaluate(cases: list[Case], model, systems=SYSTEMS) -> dict:
    preds, _ = run_systems(cases, model, systems)
    per = {s: [score_case(c, p) for c, p in zip(cases, preds[s])] for s in preds}
    return {
        "articles": len(cases),
        "gold_quotes": sum(len(c.gold_quotes) for c in cases),
        "ignored_gold_quotes": sum(len(c.ignored_quotes) for c in cases),
        "systems": {s: aggregate(per[s], [c.name for c in cases]) for s in per},
        "_per_case": per,
        "_preds": preds,
    }


def time_extraction(cases: list[Case], model, repeats: int = 2) -> dict:
    """Seconds of spaCy's own nlp.pipe (the stock pipeline, without our paragraph-break component)
    vs our full extraction (pipe with our component + rules); best of `repeats`."""
    from builder.extract import BATCH_SIZE, Extractor
    from builder.nlp import PARAGRAPHS

    texts = [c.text for c in cases]
    extractor = Extractor(model.nlp)
    ours = [PARAGRAPHS] if PARAGRAPHS in model.nlp.pipe_names else []
    pipe, full = [], []
    for _ in range(repeats):
        t = time.perf_counter()
        with model.nlp.select_pipes(disable=ours):
            for _doc in model.nlp.pipe(texts, batch_size=BATCH_SIZE):
                pass
        pipe.append(time.perf_counter() - t)
        t = time.perf_counter()
        list(extractor.extract_many(texts))
        full.append(time.perf_counter() - t)
    p, f = min(pipe), min(full)
    return {"pipe_seconds": round(p, 3), "full_seconds": round(f, 3),
            "rules_seconds": round(f - p, 3), "overhead_percent": round(100 * (f - p) / p, 1) if p else 0.0,
            "articles": len(texts), "characters": sum(len(t) for t in texts)}


# ---------------------------------------------------------------- output

def _pct(x: float) -> str:
    return f"{100 * x:5.1f}"


def format_table(result: dict) -> str:
    systems = result["systems"]
    names = list(systems)
    w = 22
    lines = [f"Articles scored: {result['articles']} articles, {result['gold_quotes']} gold quotes scored "
             f"({result['ignored_gold_quotes']} gold quotes ignored: not in the article body)", ""]
    lines.append(f"{'metric':<34}" + "".join(f"{n:>{w}}" for n in names))
    lines.append("-" * (34 + w * len(names)))

    def row(label, key, fmt):
        cells = [fmt(systems[n][key]) if key in systems[n] else "—" for n in names]
        return f"{label:<34}" + "".join(f"{c:>{w}}" for c in cells)

    def prf_row(label, key):
        out = f"{label:<34}"
        for n in names:
            d = systems[n].get(key)
            cell = f"{_pct(d['precision'])}/{_pct(d['recall'])}/{_pct(d['f1'])}" if d else "—"
            out += f"{cell:>{w}}"
        return out

    lines.append(prf_row("quotes P/R/F1 %", "quotes"))
    lines.append(row("  quotes tp/fp/fn", "quotes", lambda d: f"{d['tp']}/{d['fp']}/{d['fn']}"))
    lines.append(row("  fragments predicted (fp)", "quotes", lambda d: str(d["fragment_fp"])))
    lines.append(row("speaker accuracy % (matched)", "speaker_accuracy",
                     lambda d: f"{_pct(d['accuracy'])} ({d['right']}/{d['total']})"))
    lines.append(prf_row("quote+speaker P/R/F1 %", "quote_speaker"))
    lines.append(prf_row("people P/R/F1 %", "people"))
    lines.append(row("  people tp/fp/fn", "people", lambda d: f"{d['tp']}/{d['fp']}/{d['fn']}"))
    lines.append(row(f"key people recall @top{TOP_PEOPLE} %", "key_people_recall",
                     lambda d: f"{_pct(d['recall'])} ({d['found']}/{d['total']})"))
    lines.append(prf_row("countries P/R/F1 %", "countries"))
    lines.append(row("  countries tp/fp/fn", "countries", lambda d: f"{d['tp']}/{d['fp']}/{d['fn']}"))
    for n in names:
        for note in systems[n].get("notes", []):
            lines.append(f"note ({n}): {note}")
    t = result.get("timing")
    if t:
        lines += ["", f"Timing over {t['articles']} articles ({t['characters']:,} characters), best of 2:",
                  f"  nlp.pipe alone (spaCy)      {t['pipe_seconds']:.3f} s",
                  f"  our full extraction         {t['full_seconds']:.3f} s",
                  f"  our rules' overhead         {t['rules_seconds']:.3f} s ({t['overhead_percent']:.1f}% of pipe)"]
    return "\n".join(lines)


def _short(text: str, n: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def format_verbose(cases: list[Case], result: dict, system: str = "ours") -> str:
    per = result["_per_case"][system]
    out = []
    for case, r in zip(cases, per):
        lines = []
        for t in case.ignored_quotes:
            lines.append(f"  ignored gold quote (not in body): {_short(t)!r}")
        q = r.get("quotes")
        if q:
            for text, speaker in q["missed"]:
                lines.append(f"  MISSED quote [{speaker}]: {_short(text)!r}")
            for text, speaker, frag in q["spurious"]:
                lines.append(f"  SPURIOUS quote{' (gold fragment)' if frag else ''} [{speaker}]: {_short(text)!r}")
            for text, gold, pred in q["wrong_speaker"]:
                lines.append(f"  WRONG speaker gold={gold!r} ours={pred!r}: {_short(text, 80)!r}")
        p = r.get("people")
        if p:
            if p["missed"]:
                lines.append(f"  MISSED people: {p['missed']}")
            if p["spurious"]:
                lines.append(f"  SPURIOUS people: {p['spurious']}")
            if p["key_missed"]:
                lines.append(f"  KEY people not in top {TOP_PEOPLE}: {p['key_missed']} (top: {p['top']})")
        c = r.get("countries")
        if c:
            if c["missed"]:
                lines.append(f"  MISSED countries: {c['missed']}")
            if c["spurious"]:
                lines.append(f"  SPURIOUS countries: {c['spurious']}")
        if r.get("note"):
            lines.append(f"  note: {r['note']}")
        if lines:
            out.append(f"== {case.name}")
            out.extend(lines)
    return "\n".join(out)


def public(result: dict, cases: list[Case] | None = None, verbose: bool = False) -> dict:
    """JSON-ready results (per-article details with --verbose)."""
    out = {k: v for k, v in result.items() if not k.startswith("_")}
    if verbose and cases is not None:
        detail = {}
        for s, per in result["_per_case"].items():
            rows = []
            for case, r in zip(cases, per):
                row = {"article": case.name, "ignored_gold_quotes": case.ignored_quotes}
                for key, val in r.items():
                    if isinstance(val, dict):
                        row[key] = {k: (v.as_dict() if isinstance(v, Counts) else v) for k, v in val.items()}
                    else:
                        row[key] = val
                rows.append(row)
            detail[s] = rows
        out["per_article"] = detail
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", action="store_true", help="print machine-readable results")
    ap.add_argument("--verbose", action="store_true", help="per-article missed and spurious items (ours)")
    ap.add_argument("--system", default="ours", choices=SYSTEMS, help="system for --verbose (default: ours)")
    ap.add_argument("--no-timing", action="store_true", help="skip the timing runs")
    ap.add_argument("--set", default="dev", choices=("dev", "heldout", "blind", "all"),
                    help="dev: tests/devset + seed (default); heldout: tests/heldout; blind: tests/blind "
                         "(never tune on it); all: dev + heldout")
    ap.add_argument("--gold", type=Path, help="score this folder of annotations (same format as tests/devset) "
                                              "instead of --set")
    ap.add_argument("--corpus", type=Path, default=CORPUS,
                    help="folder the annotations' \"file\" paths are relative to (default: ../shared/corpus)")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"Corpus not found at {args.corpus} (../shared/corpus beside the project): nothing to evaluate.")
        return 0 if args.gold is None else 2
    if args.gold is not None and not args.gold.is_dir():
        print(f"Annotations not found at {args.gold}")
        return 2
    from builder.nlp import load_model

    model = load_model("en_core_web_sm")
    if args.gold is not None:
        cases = load_cases(args.corpus, devset=None, seed_text=None, heldout=args.gold)
    elif args.set in ("heldout", "blind"):
        cases = load_cases(devset=None, seed_text=None, heldout=HELDOUT if args.set == "heldout" else BLIND)
    else:
        cases = load_cases(heldout=HELDOUT if args.set == "all" else None)
    result = evaluate(cases, model)
    if not args.no_timing:
        result["timing"] = time_extraction(cases, model)
    if args.json:
        print(json.dumps(public(result, cases, args.verbose), indent=1, ensure_ascii=False))
        return 0
    print(format_table(result))
    if args.verbose:
        print()
        print(format_verbose(cases, result, args.system))
    return 0


if __name__ == "__main__":
    sys.exit(main())
