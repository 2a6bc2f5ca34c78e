"""Direct quotes: find quoted spans by their marks, then their speakers.

Finding spans works on characters (so curly, straight and malformed marks all
count); attribution works on the spaCy parse of the text around each quote.
The two halves are separate functions so each can be tested alone.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .lexicon import (DOCUMENT_NOUNS, DOUBLE_MARKS, INSTITUTION_NOUNS, ISSUING_VERBS, PERSON_NOUNS, ROLE_NOUNS,
                      SPEECH_FORMS, SPEECH_VERBS, STATEMENT_NOUNS, TITLE_WORDS)
from .person_context import doc_text, paragraph_starts

_WORD = re.compile(r"[^\W_][\w’'\-.]*", re.U)
_SENTENCE_END = re.compile(r"[.!?][”\"’)]*\s+(?=[A-Z“\"‘(])")


@dataclass(frozen=True)
class QuoteSpan:
    """Character offsets of one quoted span: the marks at open/close, the text inside."""
    open: int                # offset of the opening mark
    close: int               # offset of the closing mark (or the paragraph end when never closed)
    start: int               # first character of the text inside
    end: int                 # one past the last character kept (trailing commas and spaces dropped)
    paragraph: int           # index of the paragraph
    closed: bool = True
    continues: bool = False  # reopens the quote before it in the same paragraph (see find_quote_spans)

    def text(self, doc_text: str) -> str:
        return doc_text[self.start:self.end]


# Two apostrophes standing for a double mark, as some newspaper archives write quotes ("''We must not
# overreact,'' he told me"), also beside a single mark ("''We are told, 'Kosovo is a special case,''' he said"):
# at a word's edge, never inside one nor after a digit (5'11''). See with_doubled_marks.
_DOUBLED_APOSTROPHES = re.compile(r"(?<![\w'])''(?=[\w‘(\[$£]|'[\w‘])"     # opening, maybe before a single mark
                                  r"|(?<=[^\s'\d])''(?![\w'])|(?<=[^\s'\d]')''(?![\w'])")  # closing, maybe after one


def with_doubled_marks(text: str) -> str:
    """The text with each pair of apostrophes used as a quote mark made a double mark and a space, the
    same length, so offsets hold (the space falls outside the quoted words: see _span)."""
    return _DOUBLED_APOSTROPHES.sub('" ', text) if "''" in text else text


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    bounds, pos = [], 0
    for part in text.split("\n\n"):
        bounds.append((pos, pos + len(part)))
        pos += len(part) + 2
    return bounds


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every quoted span, in text order. Marks pair up in order inside a paragraph, whatever their
    direction (news text has malformed marks such as a quote opened with ”). A mark left over at the
    end of a paragraph opens a quote that runs to the paragraph's end (multi-paragraph quotes). Text
    that lost its paragraph breaks reopens a quote mid-line after a sentence; a closing mark before
    "said" with no quote open closes one that began with the paragraph."""
    spans: list[QuoteSpan] = []
    carried = False            # the previous paragraph ended inside a quote
    for index, (p_start, p_end) in enumerate(paragraph_bounds(text)):
        marks = _without_inch_marks(text, [p_start + m.start() for m in re.finditer(f"[{DOUBLE_MARKS}]",
                                                                                   text[p_start:p_end])],
                                    carried)
        taken = []
        if carried and len(marks) % 2 and closes_quote(text, marks[0]) and marks[0] != p_start:
            # a quote carried over from the last paragraph without a new opening mark
            spans.append(_span(text, p_start - 1, marks[0], index, True))
            taken.append((p_start, marks[0]))
            marks = marks[1:]
        open_at, continues = None, False
        nested = _nested_marks(text, marks)
        for at in marks:
            if at in nested:
                continue                      # an inner quote, part of the one around it
            if open_at is None and not carried and index and _missing_opener(text, at, p_start) \
                    and all(word_count(s.text(text)) < 4 for s in spans if s.paragraph == index):
                # 'Police forces were "buried" under ... them," said Mr Davis.': the opening mark is
                # missing; the quote is the paragraph up to this mark, before a reporting clause
                spans = [s for s in spans if s.paragraph != index] + [_span(text, p_start - 1, at, index, True)]
                taken = [(p_start, at)]
            elif open_at is None:
                open_at = at
            elif _reopens(text, at):
                # 'said: "… 26 weeks. "We are going …"': a quote that ran over paragraphs, the breaks
                # lost in the text; each paragraph reopened the mark and only the last one closes it
                spans.append(_span(text, open_at, at, index, False, continues))
                taken.append((open_at, at))
                open_at, continues = at, True
            else:
                spans.append(_span(text, open_at, at, index, True, continues))
                taken.append((open_at, at))
                open_at, continues = None, False
        carried = False
        if open_at is not None and p_end - open_at > 1:
            spans.append(_span(text, open_at, p_end, index, False, continues))
            taken.append((open_at, p_end))       # its ‘inner quotes’ are part of it
            carried = True
        spans.extend(_single_quoted(text, p_start, p_end, index, taken))
    return sorted(spans, key=lambda s: s.open)


def _nested_marks(text: str, marks: list[int]) -> set[int]:
    """The marks of quotes inside a quote written with the same curly marks, each pointing its way
    ('“Trump’s claim that a deal “has to do with Israel” makes clear …,” wrote Klein': “ “ ” ”)."""
    inner = set()
    for k in range(1, len(marks) - 2):
        if "".join(text[m] for m in marks[k - 1: k + 3]) == "““””" and text[marks[k] - 1].isspace() \
                and not _reopens(text, marks[k]) and marks[k - 1] not in inner:
            inner.update(marks[k: k + 2])
    return inner


def _without_inch_marks(text: str, marks: list[int], inside: bool) -> list[int]:
    """Drop marks that measure inches ('a Blaupunkt 40” TV'): right after a digit, followed by a
    space and a word, where no quote is open for them to close."""
    kept = []
    for at in marks:
        after = text[at + 1: at + 3]
        if not inside and at and text[at - 1].isdigit() and after[:1] == " " and after[1:].isalnum():
            continue
        kept.append(at)
        inside = not inside
    return kept


def _missing_opener(text: str, at: int, p_start: int) -> bool:
    """A closing mark with no quote open, after a comma or a full stop and before a lowercase
    reporting clause ('… reassure them," said Mr Davis'), at least four words into the paragraph."""
    return at > p_start and text[at - 1] in ",.?!" and closes_quote(text, at) \
        and bool(re.match(r"\s+[a-z]", text[at + 1: at + 4])) and word_count(text[p_start:at]) >= 4


def _reopens(text: str, at: int) -> bool:
    """A mark inside an open quote that opens a new sentence rather than closing the quote: after a
    sentence's end and a space, before a word ('… 26 weeks. "We are going …')."""
    after = text[at + 1] if at + 1 < len(text) else " "
    return (after.isalnum() or after in "‘'[") and bool(re.search(r"[.!?…][’')\]]?\s+$", text[max(0, at - 4):at]))


def closes_quote(text: str, at: int) -> bool:
    """A mark that ends a quote: after a non-space, and before a space, punctuation or the end."""
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)—–-")


def _single_quoted(text: str, p_start: int, p_end: int, index: int, taken) -> list[QuoteSpan]:
    """‘…’ quotes (British style), outside double-quoted spans. The opener must follow a space or a
    bracket, the closer must not be followed by a letter (so apostrophes in don’t are skipped)."""
    out = []
    pos = p_start
    while (m := _SINGLE_QUOTED.search(text, pos, p_end)) is not None:
        a, b = m.start(), m.end() - 1
        pos = b + 1
        if any(x <= a <= y for x, y in taken):
            continue
        # (a plural's apostrophe does not close words already running as speech when a closing mark follows before
        # the next opening one: "‘… a passion for creators’ rights as a founding member,’ said ...", "the bankers’
        # bonus tax", a name's "Carnival Cruise Lines’ Carnival Spirit"; but "these steel-framed ‘supertrees’ not
        # only have" is closed)
        while text[b - 1] == "s" and word_count(text[a + 1: b]) >= 4 and (
                re.match(r" [a-z]", text[b + 1: b + 3])
                or re.match(r" [A-Z]", text[b + 1: b + 3]) and re.search(r"(?:^|\s)[A-Z]\w*s$", text[a + 1: b])):
            later = _SINGLE_CLOSER.search(text, b + 1, p_end)
            opener = _SINGLE_OPENER.search(text, b + 1, p_end)
            if later is None or opener is not None and opener.start() < later.start():
                break
            b = later.start()
            pos = b + 1
        out.append(_span(text, a, b, index, True))
    return out


_SINGLE_QUOTED = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))[‘'](?=\w)(.+?)(?<=[\w.,!?…])[’'](?!\w)", re.MULTILINE)
_SINGLE_CLOSER = re.compile(r"(?<=[\w.,!?…])[’'](?!\w)")
_SINGLE_OPENER = re.compile(r"(?<=[\s(\[—–-])[‘'](?=\w)")


def _span(text: str, open_at: int, close_at: int, paragraph: int, closed: bool, continues: bool = False) -> QuoteSpan:
    start, end = open_at + 1, close_at
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return QuoteSpan(open_at, close_at, start, end, paragraph, closed, continues)


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


_TITLE_SMALL_WORDS = frozenset("of the a an and in for on to from with at by vs vs. into over about against under as or nor but".split())


def looks_like_headline(text: str) -> bool:
    """'Sensitive government document found on rainy Ottawa street': a title cited as a source,
    short, with no sentence punctuation at all, opening with a capital (not words run into a sentence:
    'The report found that “millions of children are at risk”')."""
    stripped = text.strip()
    speech = {"I", "we", "We", "you", "You", "my", "My", "our", "Our", "me", "us"}   # people say these
    return (stripped[:1].isupper() and word_count(stripped) <= 12 and not re.search(r"[.!?…,;:]", stripped)
            and not speech.intersection(re.findall(r"[\w’']+", stripped)))


def is_scare_quote(text: str, has_verb: bool, min_words: int, has_noun: bool = True,
                   capitalised_words: int = 0) -> bool:
    """Short fragments, names and titles are not quotes: under min_words words; a short verbless phrase
    that names nothing ("much better, of course.", where "a pile of pants" is a quote); or mostly
    capitalised words (a title or a name)."""
    words = _WORD.findall(text)
    if len(words) < min_words:
        return True
    if not has_verb and not has_noun and len(words) < 5:
        return True
    alpha = [w for w in words if w[0].isalpha() and w.lower() not in _TITLE_SMALL_WORDS]
    # (a title keeps the full stop American style puts inside the marks: 'a memo titled "The Facts on Where the Race
    # Stands."'; a short sentence does not pass for one)
    # (not a sentence of names: "That’s Jeb Bush and Marco Rubio."; nor one shouted in capitals: "THIS IS NOT OK.")
    closed = text.rstrip().endswith(("!", "?")) or text.rstrip().endswith(".") and (
        len(alpha) < 4 or capitalised_words < 2 or all(w.isupper() for w in alpha))
    if len(words) <= 10 and alpha and all(w[0].isupper() for w in alpha) and not closed:
        return True
    return False


# ---- attribution ------------------------------------------------------------

@dataclass(frozen=True)
class Cue:
    """A reporting verb near a quote and the token that names who spoke (None when not found)."""
    verb: int                # token index of the speech verb or cue word
    speaker: int | None      # token index of the subject's head
    side: str                # "after" or "before"
    kind: str = "verb"       # "verb"; "source" for "according to X"; "byline" for '"…" - Jane Doe'


def attribution_regions(text: str, span: QuoteSpan, prev_close: int, next_open: int, p_start: int, p_end: int):
    """(after, before) character ranges where an attribution can stand: after the closing mark up
    to the end of that sentence or the next quote, and before the opening mark back to the start of
    its sentence or the previous quote."""
    a_start = span.close + 1 if span.closed else p_end
    a_end = min(next_open, p_end)
    ends = sentence_ends(text, a_start, a_end)
    if ends and ends[0].start() > a_start:
        a_end = ends[0].start() + 1
    b_end = span.open
    b_start = max(prev_close + 1, p_start)
    ends = sentence_ends(text, b_start, b_end)
    if ends:
        b_start = ends[-1].end()
    return (a_start, a_end), (b_start, b_end)


def sentence_ends(text: str, start: int, end: int) -> list:
    """The sentence ends between two offsets (a stop, maybe a closing mark, then a capital), not an
    abbreviation's full stop."""
    return [m for m in _SENTENCE_END.finditer(text, start, end) if not _after_abbreviation(text, m.start())]


# Abbreviations whose full stop does not end a sentence ("Rep. Alexandria Ocasio-Cortez"): the
# abbreviated titles, plus others news writes before a name, a number or a date.
_ABBREVIATIONS = frozenset({w[:-1] for w in TITLE_WORDS if w.endswith(".")} | set("""
Cmdr Fr St Mt Ft No Jan Feb Mar Apr Aug Sept Sep Oct Nov Dec Inc Corp Co Ltd vs
""".split()))


def _after_abbreviation(text: str, dot: int) -> bool:
    """The full stop at `dot` closes an abbreviation or an initial ("Rep.", "U.S.", "J.")."""
    word = re.search(r"([A-Za-z.]+)$", text[max(0, dot - 12):dot])
    if not word:
        return False
    w = word.group(1)
    return w in _ABBREVIATIONS or len(w) == 1 and w.isupper() or "." in w


# Reporting verbs that open a sentence, the speaker after them (a style of Wikinews and wire copy)
_INVERTED_OPENERS = frozenset("said added remarked noted explained wrote commented stated continued".split())
# Verb forms the tagger sometimes reads as nouns ("The Department notes, ...").
_NOUNLIKE_VERB_FORMS = frozenset("says notes states adds writes explains warns claims argues insists reports "
                                 "tweets posts tells asks".split())
# Words opening a clause that says when or why the main verb happened ("When Trump suggested ..., Rubio said")
_TIME_MARKS = frozenset("when after as while because since although though before once whenever".split())


def is_cue(token) -> bool:
    if token.text[:1].isupper() and not token.is_sent_start \
            and (token.ent_type_ and token.ent_iob_ == "I" or token.dep_ == "compound"):
        return False              # a word of a name: "Gonzalo P. Curiel of United States District Court"
    if token.dep_ == "amod" and token.tag_ == "VBN" and token.head.pos_ == "NOUN" and token.head.i > token.i:
        return False              # a participle describing a noun: "continued struggles", "a reported 5,000"
    if token.lower_ in SPEECH_FORMS:
        return True
    if token.lemma_ in ("be", "go") and _quotative_like(token):
        return True               # 'she's like "you need to pray more"', 'people went like "…"'
    if token.is_sent_start and token.lower_ in _INVERTED_OPENERS:
        return True               # "Remarked Center for Biological Diversity scientist Tierra Curry, “…”"
    if token.lemma_ == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children) \
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        return True               # '“…,” as coach Bill Jones put it'
    if token.lower_ in _NOUNLIKE_VERB_FORMS and token.pos_ in ("NOUN", "PROPN"):
        # not "the products of states", nor "the United States is"
        return token.dep_ not in ("pobj", "dobj") and not (token.text[:1].isupper() and token.ent_type_)
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB"):
        return False
    if token.lemma_.lower() not in SPEECH_VERBS and token.lower_ not in SPEECH_VERBS:
        return False
    if token.dep_ == "xcomp" and token.head.lemma_ in ("fail", "refuse", "decline", "neglect", "forget"):
        return False              # "the BBC had failed to report the birthday in a way that was “…”": no report
    if token.lemma_ == "continue" and any(c.dep_ == "xcomp" or c.dep_ == "dobj" for c in token.children):
        return False              # "Rubio will continue to be “…”", "continued its rise": going on, not speaking
    if token.lemma_ == "agree" and any(c.dep_ in ("xcomp", "dobj", "agent", "auxpass", "prep") for c in token.children):
        return False              # "the US had agreed to release the four", "agreed by the panel": a deal, not words
    # "it was difficult to say how ...", "too early to tell": a judgement, not a report of speech
    if token.dep_ == "xcomp" and any(c.lower_ == "to" for c in token.children) \
            and (token.head.pos_ == "ADJ" or any(c.dep_ == "acomp" for c in token.head.children)):
        return False
    # "responded by badmouthing ...": a manner phrase, not a report of speech (but "alleged, by way of
    # example, ..." is one, and a "by" the parser hung on the verb from before it is none: 'defeated by “…”
    # he added')
    # (a medium is no manner: "told Obama by telephone that ...")
    return not any(c.dep_ == "prep" and c.lower_ == "by" and c.i > token.i
                   and not any(g.lower_ in _BY_MEDIUM for g in c.children) for c in token.children)


# What a "by" after a verb of speech may name without being a manner of acting ("alleged, by way of example",
# "told Obama by telephone").
_BY_MEDIUM = frozenset("way telephone phone email e-mail letter text video videolink satellite fax".split())


PEOPLE_AT_LARGE = frozenset({"people", "everyone", "everybody"})
_PERSONAL_PRONOUNS = frozenset({"i", "you", "he", "she", "we", "they"})    # not "it was like “…”"


def _quotative_like(verb) -> bool:
    """A "be like" or "go like" that reports words, as talk does: the words quoted right after the
    "like", and someone (a pronoun, a person or people) its subject; not 'the plan is like “…”'."""
    doc = verb.doc
    at = verb.i + 1
    if at + 1 >= len(doc) or doc[at].lower_ != "like":
        return False
    after = doc[at + 2] if doc[at + 1].text == "," and at + 2 < len(doc) else doc[at + 1]
    if after.text not in DOUBLE_MARKS:
        return False
    return any(c.dep_ == "nsubj" and (c.lower_ in _PERSONAL_PRONOUNS or c.ent_type_ == "PERSON"
                                      or c.lemma_.lower() in PERSON_NOUNS | PEOPLE_AT_LARGE)
               for c in verb.children)


def according_to(tokens) -> int | None:
    """'according to X' or 'in the words of X' -> X's head token index."""
    doc = tokens[0].doc if tokens else None
    for t in tokens:
        if t.lower_ == "according" and t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "to":
            obj = doc[t.i + 1]
        elif t.lower_ == "words" and t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "of" and t.i > 0 \
                and doc[t.i - 1].lower_ in ("the", "his", "her", "their"):
            obj = doc[t.i + 1]
        else:
            continue
        for c in obj.children:
            if c.dep_ == "pobj":
                # "according to a tweet on Monday by US Secretary of State Mike Pompeo": the author
                by = [g.i for p in c.children if p.dep_ == "prep" and p.lower_ in ("by", "from")
                      for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
                if c.lemma_.lower() in DOCUMENT_NOUNS | STATEMENT_NOUNS and by:
                    return by[0]
                return c.i
        return obj.i + 1
    return None


def open_before(doc) -> list[bool]:
    """For each token, whether a quote is open just before it: not every mark since its paragraph began
    closed again (a mark after a sentence's end inside an open quote reopens it: text that lost its
    paragraph breaks). Worked out once per Doc."""
    cached = doc.user_data.get("open_before")
    if cached is None:
        # (one pass over the tokens, the text built once: this runs on every Doc)
        cached, is_open, text, starts = [], False, doc_text(doc), set(paragraph_starts(doc))
        for t in doc:
            if t.i in starts:
                is_open = False
            cached.append(is_open)
            if t.text in DOUBLE_MARKS and not (is_open and _reopens(text, t.idx)):
                is_open = not is_open
        doc.user_data["open_before"] = cached
    return cached


_MEMORY_VERBS = frozenset({"recall", "remember", "hear", "overhear"})


def _recalled_speaker(verb) -> int | None:
    """The one someone remembers saying the words, not the one remembering: '“…,” Stuart Oltchick recalled him
    saying', '“…,” Mr. Mitchell recalled the president telling him'."""
    if verb.lemma_ not in _MEMORY_VERBS:
        return None
    for said in verb.children:
        if said.dep_ in ("ccomp", "xcomp", "advcl", "oprd") and said.lemma_ in SPEECH_VERBS \
                and said.tag_ in ("VBG", "VB"):
            subject = next((c for c in said.children if c.dep_ == "nsubj"), None) \
                or next((c for c in verb.children if c.dep_ == "dobj" and c.i == said.left_edge.i - 1), None)
            if subject is not None:
                return subject.i
    return None


def _asked_of(verb) -> bool:
    """A question put to its subject, no asker named ("Blumenthal was asked")."""
    return verb.lemma_ == "ask" and any(c.dep_ == "nsubjpass" for c in verb.children) \
        and not any(c.dep_ == "agent" for c in verb.children)


def subject_of(verb) -> int | None:
    """The head of the verb's subject, climbing to governing verbs when the verb has none
    ("..., writing a message reading, ..." takes the subject of "congratulated")."""
    def outside(c) -> bool:
        return not open_before(verb.doc)[c.i]
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_ == "quote":
        # "AP quoted prosecutor Russell McGuire as saying": the one quoted, not the outlet
        quoted_one = [c for c in verb.head.head.children if c.dep_ == "dobj"]
        if quoted_one:
            return quoted_one[0].i
    if (verb.lemma_ in ("tell", "ask") or any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)) \
            and verb.lemma_ not in ("quote", "cite", "report") \
            and (any(c.dep_ == "nsubjpass" for c in verb.children) or verb.dep_ == "acl" and verb.tag_ == "VBN"):
        # "he was told by Emergencies Minister Yevgeny Zinichev of “…”", "Sanders was asked by host Bill Maher,
        # “…?”", "Gutierrez was described by the CBCP as “…”", "a sapphire described by Sharon as “…”": the one
        # telling, asking or describing, not the one told, asked or described
        by = [g.i for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        if by:
            return by[0]
        if _asked_of(verb):
            return None           # 'Blumenthal was asked, “…?”': by someone unnamed, never the one asked
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "for" \
            and not any(c.dep_ == "nsubj" for c in verb.children):
        # "Clinton slammed Obama as elitist for suggesting that voters “…”": the one blamed (or thanked) for
        # saying it, not the one blaming
        blamed = [c for c in verb.head.head.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "PRON")]
        if blamed:
            return blamed[0].i
    if verb.dep_ == "amod" and verb.tag_ == "VBD" and verb.i and verb.doc[verb.i - 1].pos_ in ("NOUN", "PROPN", "ADJ") \
            and verb.doc[verb.i - 1].head.i == verb.head.i:
        # '“…,” the 25-year-old told reporters': the parser took the verb for an adjective of the noun after it;
        # the words before it are its subject
        return verb.i - 1
    after = verb.i + 1
    if verb.i and verb.doc[verb.i - 1].text == "," and after < len(verb.doc) and verb.doc[after].pos_ == "PROPN" \
            and verb.doc[after].ent_type_ == "PERSON" and verb.lemma_ in ("say", "add") and verb.tag_ != "VBG" \
            and not any(c.dep_ == "nsubj" and (c.pos_ == "PRON" or c.ent_type_ == "PERSON") for c in verb.children):
        end = name_end(verb.doc, after)
        # (not the subject of the clause said, when the verb has its own: "Trump's attorney, Alan Garten, said
        # Nunberg was “…”")
        named_subject = any(c.dep_ == "nsubj" and any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in c.children)
                            for c in verb.children)
        if end + 1 < len(verb.doc) and verb.doc[end + 1].tag_ != "POS" \
                and not (named_subject and verb.doc[end + 1].pos_ in ("AUX", "VERB")):
            # "The ministers' comments, said Junya Tanase of JPMorgan, were “…”": the name set after the
            # verb between commas says it; the parser took the clause's own subject for the verb's
            return end
    if verb.i and verb.doc[verb.i - 1].text in DOUBLE_MARKS and verb.lemma_ in ("say", "add") and verb.tag_ == "VBD" \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # '“…,” said Oversight ranking Democrat Elijah Cummings': the parser lost the subject set after the
        # verb in its own words; the first name there says it (not a party or a place: "said Tory shadow ...
        # secretary Caroline Spelman")
        named = next((t for t in verb.doc[after: min(after + 8, verb.sent.end)]
                      if t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", "GPE") or t.is_punct), None)
        if named is not None and named.pos_ == "PROPN":
            return name_end(verb.doc, named.i)
    if verb.tag_ == "VBG" and verb.dep_ == "advcl":
        # the participle goes on from the clause set just before it: any such clause when the parser gives it only an
        # "it" to hang off ('It was a potent punch ..., as Mrs. Clinton echoed the criticism, saying “…”'), else a
        # "while" clause ("“…,” commented Tracy Ayre while Suzi Force believes the man should have been punished,
        # saying: “…”")
        it_only = any(c.dep_ == "nsubj" and c.lower_ in ("it", "this") for c in verb.head.children)
        pronouns = ("he", "she", "they") if it_only else ("he", "she")
        doers = [s for c in verb.head.children if c.dep_ == "advcl" and c.i < verb.i and c.right_edge.i >= verb.i - 2
                 and (it_only or any(m.dep_ == "mark" and m.lower_ in ("while", "whereas") for m in c.children))
                 for s in c.children if s.dep_ == "nsubj" and (s.pos_ == "PROPN" or s.lower_ in pronouns)]
        if doers:
            return doers[0].i
    if verb.dep_ in ("parataxis", "conj", "advcl") and any(c.dep_ == "aux" for c in verb.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "The issue had come up after Mr. Trump, asked about ..., had said, “…”": the parser read the
        # "after" that opens the clause as a preposition, and its subject as the object
        opened = [o for p in verb.head.children if p.dep_ == "prep" and p.i < verb.i
                  and p.lower_ in ("after", "before", "since", "until", "when", "as")
                  for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
        if opened:
            return name_end(verb.doc, opened[0].i)
    token = verb
    clause = verb.head                 # (the clause's verb past "to" verbs: "said Clinton will have to choose, saying")
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and clause.dep_ == "ccomp" \
            and clause.head.lemma_ in SPEECH_VERBS and clause.head.i < verb.i \
            and not (clause.lemma_ in SPEECH_VERBS and any(c.dep_ == "nsubj" and c.left_edge.i
                                                           and verb.doc[c.left_edge.i - 1].text in DOUBLE_MARKS
                                                           for c in clause.children)):
        # (not when the clause is itself someone's words: "Comey cannot say that “…,” Lewandowski added, saying")
        # "It said the rise would have a limited effect, saying the “…”": the participle hangs off the
        # clause reported, but the one saying is the one who said it (one who said it before: not the quote's
        # own verb, 'Weaver didn't seem impressed, telling reporters, “A lot of people said …”')
        token = clause.head
    elif verb.tag_ == "VBG" and verb.lemma_ in SPEECH_VERBS and verb.dep_ == "advcl" and clause.dep_ == "advcl" \
            and clause.lemma_ not in SPEECH_VERBS and clause.head.lemma_ in SPEECH_VERBS and clause.head.i < clause.i \
            and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in clause.children):
        # '“…,” Hannity said during a panel after the senator easily won his primary, remarking that “…”': the
        # participle the parser hung off the time clause goes on from the one who said it
        token = clause.head
    elif verb.lower_ in ("saying", "adding", "insisting", "arguing", "stating") and verb.dep_ == "advcl" \
            and verb.head.dep_ == "acl" \
            and any(c.dep_ == "mark" for c in verb.head.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") and (c.pos_ in ("PRON", "PROPN") or c.ent_type_ == "PERSON"
                                                             or c.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS)
                        for c in verb.head.children):
        # "Mr Boateng laughed off suggestions that his re-election had been in danger, saying it was “…”": the
        # participle hangs off the clause a noun holds, but the one saying is the one who laughed it off
        token = verb.head.head
    if verb.tag_ == "VBG" and verb.dep_ == "advcl":
        # "..., with its president, Jim Yong Kim, urging policymakers to “…”": the one "with" brings in
        held = next((g for p in verb.head.children if p.dep_ == "prep" and p.lower_ == "with" and p.i < verb.i
                     for g in p.children if g.dep_ == "pobj" and g.right_edge.i >= verb.i - 2), None)
        if held is not None:
            named = next((c for c in held.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
            if named is not None or held.ent_type_ == "PERSON":
                return (named or held).i
    quoted = None              # a subject found only inside a quote, kept in case nothing better comes
    climbs = 0                 # verbs climbed past (the nouns and prepositions between do not count: "hinted at
    while climbs < 5:          # Donald Trump by mentioning the need for a wall ... and adding")
        climbs += token.pos_ not in ("NOUN", "PROPN", "ADP", "PRON")
        if token.i != verb.i and not outside(token):
            # climbed into the quote's own words ('“It was a shock,” she said, before adding: “…”', the
            # parser hanging both verbs off "was"): the reporting verb set in them speaks, not their subject
            said = [s_ for c in token.children if c.dep_ in ("parataxis", "ccomp") and c.i != verb.i and outside(c)
                    and c.lemma_ in SPEECH_VERBS for s_ in c.children if s_.dep_ == "nsubj" and outside(s_)]
            if said:
                return said[0].i
        if token.i == verb.i and verb.dep_ == "conj" and is_cue(verb) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            # "Suu Kyi said it was too early ... but added, “…”", "saying that the bill ... was waylaid - and
            # arguing that": the parser joined the second verb to the clause the first one reports; the one who
            # said it adds
            first = verb
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            if first.dep_ == "ccomp" and first.head.lemma_ in SPEECH_VERBS:
                # (but a clause a cue after it reports is that clause's subject's: "Clinton held a roundtable and
                # pledged to “…,” the Orlando Sentinel reported")
                token = first if first.head.i > verb.i and any(c.dep_ == "nsubj" for c in first.children) \
                    else first.head
        # (a clause that is the subject of the verb above has that verb's subject beside it, not as its own:
        # 'Kiedis said, mentioning the album is “…”', parsed "mentioning" -> csubj of "is")
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != verb.i
                    and not (token.i != verb.i and verb.dep_ == "csubj" and verb.head.i == token.i)]
        if subjects:
            # "UK prime minister David Cameron said" parses with two subjects: the person's name;
            # never one inside the quote when another is outside ('said Mathers, “the fact that …'),
            # and past one inside a quote to the verb above ('Cameron said, “A great light has
            # gone out,” and described Mandela as …')
            # (not an owner the parser split off as a subject of its own: "Mateen’s ex-wife, Sitora Yusufiy, told")
            best = max(subjects, key=lambda c: (outside(c), not any(g.tag_ == "POS" for g in c.children),
                                                c.ent_type_ == "PERSON", c.pos_ == "PROPN", c.i))
            if verb.tag_ == "VBG" and token.i != verb.i and token.head.i != token.i and _thing(best) and outside(best):
                # "Francis made clear that his meeting with Sanders was not political, saying that ...": the
                # participle the parser hung off a clause about a thing goes on from the one who made it clear
                token = token.head
                continue
            named = [c for c in best.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
            if best.lower_ in ("itself", "himself", "herself", "themselves") and named:
                best = named[0]       # "In the filing itself Ford also made this point, writing": the name
            if best.pos_ == "ADP" and best.lower_ in ("of", "on", "about"):
                # "Of Carson, Levine, who ..., said": the parser made the topic the subject; the name set
                # after its comma speaks
                after_comma = next((t for t in best.subtree if t.pos_ == "PROPN" and t.i > best.i + 1
                                    and best.doc[t.i - 1].text == ","), None)
                if after_comma is not None:
                    best = best.doc[name_end(best.doc, after_comma.i)]
            said_by = next((c for c in best.children if c.dep_ == "appos"), None)
            left = best.left_edge.i
            if said_by is not None and left >= 2 and best.doc[left - 1].lower_ == "to" \
                    and best.doc[left - 2].lower_ == "according":
                # "According to news agency ISNA, the prosecutor general of Tehran, Ali Alghasi Mehr, said": the
                # parser took the source for the subject and the speaker for its apposition
                return said_by.i
            aside = next((c for c in best.children if c.dep_ == "appos" and c.i == token.i - 1
                          and any(d.lower_ in ("a", "an") for d in c.children)), None)
            if aside is not None and token.i == verb.i:
                # "Clinton, a top aide said, “…”": no comma after the noun, so the aide says it of Clinton (as
                # "Clinton, a top aide, said" would be Clinton)
                return aside.i
            if outside(best):
                return best.i
            quoted = quoted if quoted is not None else best.i
        if token.head.i == token.i:
            break
        if token.dep_ == "acl" and token.head.i < token.i and outside(token.head) and token.head.dep_ != "pobj" \
                and (token.head.pos_ == "PROPN" or token.head.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS):
            return token.head.i   # "The leader of Ennahda, Rachid Ghannouchi, ..., saying": the person it hangs off
        token = token.head
    if quoted is not None:
        # '“…,” Tulsa police Chief Chuck Jordan said Monday', '“…,” Flynn, a top Trump surrogate, said', the
        # parser taking the quote's words for the subject: the person named between the quote and the verb
        mark = next((k for k in range(verb.i - 1, max(verb.i - 20, verb.sent.start - 1), -1)
                     if verb.doc[k].text in DOUBLE_MARKS), None)
        named = [t for t in verb.doc[mark + 1: verb.i] if t.ent_type_ == "PERSON"] if mark is not None else []
        if named:
            return name_end(verb.doc, named[0].i)
        first = next((t.i for t in verb.doc[mark + 1: verb.i] if not t.is_space), verb.i) \
            if mark is not None else verb.i
        end = name_end(verb.doc, first) if first < verb.i else verb.i
        if first < verb.i and verb.doc[first].pos_ == "PROPN" and verb.doc[first].ent_type_ not in ("DATE", "TIME") \
                and (end + 1 == verb.i or verb.doc[end + 1].text == ","):
            # '“…,” Ramos, 58, told AFP': a name the tagger did not call a person, set right after the quote
            return end
        # '“Fraudulent practices by an adviser,” said Fleming, “can be …”': the name the verb inverts, when one
        # follows it (not a day: '“…,” the mayor said Monday')
        if after < len(verb.doc) and verb.doc[after].pos_ == "PROPN" and verb.doc[after].text[:1].isupper() \
                and verb.doc[after].ent_type_ not in ("DATE", "TIME") \
                and (not _in_object(verb, verb.doc[after])      # (not "Mr Cable told MPs", "He told BBC Radio …"; but
                     or _right_after_mark(verb) and verb.lemma_ != "tell"):  # '“…?” asked Mr. Manafort')
            return name_end(verb.doc, after)
        if after + 1 < len(verb.doc) and verb.doc[after].pos_ == "DET" and verb.doc[after + 1].pos_ == "NOUN" \
                and verb.doc[after + 1].head.i == verb.i and verb.lemma_ != "tell":
            return after + 1          # '“…. A lot of people think that,” said a protester using …
        return quoted
    # "Trevor Hicks, ... whose daughters died in the crush, said:": the parser made the name the
    # subject of a clause before the verb; take it when no quote mark stands between them
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i):
        names = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")
                 and c.text[:1].isupper()                        # (the tagger's noun too: "Sanders, who sits")
                 and c.ent_type_ not in ("DATE", "TIME", "GPE", "LOC")]
        if names and not any(t.text in DOUBLE_MARKS for t in verb.doc[names[0].i: verb.i]):
            return names[0].i
    # "In an article for the Times newspaper, Ms Dunwoody, who chairs ..., says:": the parser set the
    # name beside the noun before it; the one person so set before the verb is its subject
    beside = [t for c in verb.children if c.i < verb.i and c.dep_ == "prep" for t in c.subtree
              if t.dep_ == "appos" and t.pos_ == "PROPN" and t.ent_type_ == "PERSON"]
    if len(beside) == 1 and not any(t.text in DOUBLE_MARKS for t in verb.doc[beside[0].i: verb.i]):
        return beside[0].i
    # '“…,” added the British producer': the parser took the subject set after the verb for its object
    if verb.i and verb.doc[verb.i - 1].text in DOUBLE_MARKS and verb.lemma_ != "tell":
        inverted = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")
                    and all(t.pos_ in ("DET", "ADJ", "PROPN", "NOUN", "NUM") for t in verb.doc[verb.i + 1: c.i])]
        if inverted:
            return inverted[0].i
    return None


def _right_after_mark(verb) -> bool:
    """Whether the verb comes right after a closing quote mark ('“…?” asked Mr. Manafort')."""
    before = next((t for t in reversed(verb.doc[max(0, verb.i - 3): verb.i]) if not t.is_space), None)
    return before is not None and before.text in DOUBLE_MARKS


def _in_object(verb, tok) -> bool:
    """Whether the token is (part of) the verb's object: the one told, not the one telling."""
    while tok.head.i != verb.i and tok.head.i != tok.i:
        tok = tok.head
    return tok.head.i == verb.i and tok.dep_ in ("dobj", "dative")


def find_cue(doc, start: int, end: int, side: str, window: int | None = None) -> Cue | None:
    """The reporting cue inside [start, end) characters; `window` limits how many tokens from the
    start of the region the verb may stand (attributions follow quotes closely)."""
    span = doc.char_span(start, end, alignment_mode="contract") if end > start else None
    if span is None or not len(span):
        return None
    tokens = [t for t in span if not t.is_space]
    if window is not None:
        tokens = tokens[:window]
    acc = according_to(tokens)
    # (a reporting verb with its own subject outranks the report it is taken from: '“…,” he said,
    # according to the Intelligencer', 'According to an advance text, he told delegates: “…”')
    # (but not the one told: "Mr Bradshaw was told that according to Defra's lawyers it was “…”")
    if acc is not None and not any(is_cue(t) and t.lower_ != "according" and subject_of(t) is not None
                                   and not (t.lemma_ == "tell" and any(c.dep_ == "nsubjpass" for c in t.children))
                                   for t in tokens if t.i < acc or side == "before" and t.i > acc + 1):
        return Cue(acc, acc, side, "source")
    if side == "after" and len(tokens) >= 2 and tokens[0].text in ("-", "–", "—", "--") \
            and tokens[1].pos_ == "PROPN":
        # a byline after the quote: "..." - Matthew Ingram
        last = 1
        while last + 1 < len(tokens) and tokens[last + 1].pos_ == "PROPN":
            last += 1
        return Cue(tokens[0].i, tokens[last].i, side, "byline")
    cues = [t for t in tokens if is_cue(t) and not (side == "after" and _errand(t, tokens[0].i))
            and not (side == "before" and _in_time_clause(t, tokens[-1].i))
            # (nor, after it, one that sets someone else beside the quote's speaker: '... said she would “…” but
            # “…,” while Sen. Susan Collins suggested')
            # (lower case: a "While" opening the next sentence sets nothing beside this quote)
            and not (side == "after" and any(c.dep_ == "mark" and c.text in ("while", "whereas") for c in t.children))
            # (nor a participle that runs on into the next quote: '“…”, with its president urging policymakers to
            # “…”' brings in that one)
            and not (side == "after" and t.tag_ == "VBG" and t.right_edge.idx >= end)]
    if not cues and side == "after":
        cues = _manner_cue(doc, tokens, start)
    if not cues and side == "after":
        mistagged = _mistagged_cue(tokens)
        if mistagged is not None:
            return mistagged
    if not cues:
        return None
    # the cue nearest the quote: first after it, last before it; but before it, a cue whose clause the
    # quote is part of outranks one nested deeper ("Glyn Davies said that for the minister to claim that
    # ... “is taking spin”": said, not claim)
    if side == "before" and len(cues) > 1:
        # a thing that "maintains" or "shows" is no attribution when a speaker's cue comes before it
        # ("Ron Wyden said the bill maintains “business as usual” and “remains far from …”")
        # (people at large only when they are "like" words: 'people are like, “…”', not 'Mr Howard said people
        # tell him “…”')
        cues = [c for c in cues if not _thing_subject(c) or _quotative_like(c)] or cues
    verb = cues[0] if side == "after" else cues[-1]
    if side == "before" and tokens[-1].text in (".", "!", "?"):
        # a whole sentence before the quote, the quote no part of it: its main reporting verb, not one
        # nested in what it reports ('Ed Davey said instead of the “bonfire of quangos” New Labour had
        # promised, there had been an “explosion” of them. “…”')
        verb = min((c for c in cues if c.sent.start == tokens[-1].sent.start),
                   key=lambda c: len(list(c.ancestors)), default=verb)
    if side == "before" and len(cues) > 1 and any(a.idx >= end for a in verb.ancestors):
        # (the nearer cue hangs off the quote's own words, so it cannot introduce them)
        quoted = next((t for t in doc[tokens[-1].i + 1: tokens[-1].i + 4] if not t.is_punct and not t.is_space), None)
        governing = [c for c in cues if quoted is not None and c.is_ancestor(quoted)]
        if governing:
            verb = governing[-1]
    if verb.is_sent_start and verb.lower_ in _INVERTED_OPENERS:
        # "Remarked Center for Biological Diversity scientist Tierra Curry, “…”": the last person named
        # before the comma
        named = [t for t in _clause_after(verb) if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
        if named:
            return Cue(verb.i, named[-1].i, side)
    mistagged = verb.pos_ in ("NOUN", "PROPN") and verb.lower_ in _NOUNLIKE_VERB_FORMS
    subject = None if mistagged else subject_of(verb)
    quoted_one = [c for c in verb.children if c.dep_ == "dobj"] if verb.lemma_ == "quote" else []
    # (or the one a report goes on to say it quotes: "“…,” the Post reported, quoting an anonymous Republican
    # official"; not a document it quotes from: '“…” Trump tweeted, quoting Comey’s statement')
    quoted_one = quoted_one or [o for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.lemma_ == "quote"
                                and c.tag_ == "VBG" for o in c.children if o.dep_ == "dobj"
                                and (o.ent_type_ == "PERSON" or o.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS)]
    if quoted_one:
        return Cue(verb.i, quoted_one[0].i, side)   # '“…,” the newspaper quotes a source close to the firm'
    if subject is not None and side == "after" and verb.doc[subject].head.i != verb.i:
        # '“…,” said Nick Ross, ... Apple’s work ..., he said': the name the verb inverts, not the
        # subject of a verb the parser hung it under
        named = _adjacent_name(verb, tokens)
        nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        if named is not None and nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B" \
                and verb.doc[named].ent_type_ == "PERSON" and verb.doc[named].dep_ not in ("dobj", "dative", "pobj") \
                and verb.dep_ != "ROOT":
            subject = named
    if subject == verb.i + 1 and verb.doc[subject].ent_type_ != "PERSON":
        # '“…,” said MoveOn Washington Director Ben Wikler.': the person the body and title words lead to (the
        # parser may end the sentence after the body)
        last = name_end(verb.doc, subject)
        if last > subject and verb.doc[last].ent_type_ == "PERSON" \
                and (last + 1 == len(verb.doc) or verb.doc[last + 1].text in (".", ",")):
            subject = last
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if verb.dep_ == "parataxis" and verb.lemma_ != "tell" and nxt is not None and nxt.pos_ == "PROPN" \
            and nxt.text[:1].isupper():
        # "The biggest reason advisers get fired, writes Beyer, is “…”": the name the set-off verb
        # inverts, not the subject of the sentence it interrupts
        subject = name_end(verb.doc, nxt.i)
    if subject is not None and subject < verb.i and verb.doc[subject].tag_.startswith("VB"):
        # a subject the parser made of a verb ("Bilsland, to whom Millar gifted his ... polka dot jersey ..., added:",
        # "polka" read as a verb): the name the sentence opens with, set off by a comma
        k = verb.sent.start
        while k < verb.i and verb.doc[k].pos_ == "PROPN":
            k += 1
        if k > verb.sent.start and verb.doc[k].text == ",":
            subject = k - 1
    governing = verb.doc[subject].head if subject is not None else verb     # (the verb a participle goes on from)
    before_verb = verb.doc[governing.i - 1] if governing.i else None
    if subject is not None and before_verb is not None and before_verb.ent_type_ == "PERSON" \
            and verb.doc[subject].ent_type_ == "ORG" and verb.doc[subject].is_ancestor(before_verb):
        # "The Council on American-Islamic Relations National Executive Director Nihad Awad says": the person
        # just before the verb, whom the parser hung inside the body's name
        subject = before_verb.i
    recalled = _recalled_speaker(verb)
    if recalled is not None:
        return Cue(verb.i, recalled, side)
    if subject is None and _asked_of(verb):
        return Cue(verb.i, None, side)      # (nor the name next to the verb: that is the one asked)
    if subject is None:
        subject = _adjacent_name(verb, tokens)
    if subject is None:
        # "it does, he says, suggest that MOOCs could be “…”": a nearer cue without a subject gives
        # way to one further off that has one
        for other in sorted(cues, key=lambda t: abs(t.i - verb.i))[1:]:
            found = subject_of(other) if other.pos_ not in ("NOUN", "PROPN") else None
            if found is not None:
                return Cue(other.i, found, side)
    return Cue(verb.i, subject, side)


def _errand(verb, first: int) -> bool:
    """An infinitive with an object of its own after a quote ('“…” of the state to answer questions' is something
    to do), a relative clause about a noun of the quote, or a verb with an object of its own in a sentence that
    starts after the quote ('“…penny.” Ozzy also lamented two years in which ...'): none reports the words before
    it. `first`: the first token after the quote."""
    if verb.sent.start >= first and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ != "PERSON"
                                        and c.lemma_.lower() not in PERSON_NOUNS for c in verb.children):
        return True
    if verb.dep_ == "relcl" and verb.head.i < verb.i and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which")
                                                           for c in verb.children):
        return True               # '“… search them for records” that would respond to requests': about a noun
    if verb.dep_ == "conj" and verb.head.i < first and not any(c.dep_ == "nsubj" for c in verb.children) \
            and verb.doc[verb.i - 1].lower_ in ("and", "but") \
            and any(c.dep_ == "prep" and c.lower_ in ("about", "of") and c.i == verb.i + 1 for c in verb.children):
        # '... for suggesting that voters “…,” and bragged about her father': a verb coordinated with one before
        # the quote, saying something else
        return True
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children)


def _manner_cue(doc, tokens, start: int) -> list:
    """A verb that is no word for speech still reports a quote closed on a comma (or a question or exclamation
    mark) when it follows its subject right after the quote and takes no object: '“France will always be France,”
    an angry Hollande retaliated', '“You know, it happens, right?” Trump went on', '“…?” reacted Trump'."""
    if not doc_text(doc)[max(0, start - 8):start].rstrip().endswith((",”", ',"', "?”", '?"', "!”", '!"')):
        return []
    verb = next((t for t in tokens[:8] if t.pos_ == "VERB"), None)
    if verb is None or verb.tag_ not in ("VBD", "VBZ") or verb.dep_ not in ("ROOT", "conj", "parataxis", "ccomp") \
            or verb.lemma_ == "contribute":          # (a credit line: "CNN's Sam Stringer contributed to this report")
        return []
    subject = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    # (or a name right after it, inverted, that ends the clause: '“… Is Obama profiling?” reacted Trump.')
    inverted = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i and verb.i == tokens[0].i
                and c.left_edge.i == verb.i + 1 and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON")
                and (c.right_edge.i + 1 == len(doc) or doc[c.right_edge.i + 1].text in (".", ","))]
    if inverted:
        subject = inverted
    elif not subject or subject[0].left_edge.i != tokens[0].i or subject[0].right_edge.i != verb.i - 1 \
            or not (subject[0].pos_ in ("PROPN", "PRON") or subject[0].ent_type_ == "PERSON"
                    or subject[0].text[:1].isupper()):
        return []
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "dative") and c.i > verb.i for c in verb.children):
        return []
    return [verb]


def _mistagged_cue(tokens) -> Cue | None:
    """A past-tense word of speech right after a quote that the tagger took for an adjective or a noun, the
    name after it the speaker: '“Don't you care about the Inuit?”, implored guitar toting campaigner Barry Lim'."""
    words = [t for t in tokens[:4] if not t.is_punct]
    if len(words) >= 3 and words[0].lower_ in ("the", "its", "their") and words[2].lower_ in ("read", "reads") \
            and words[1].lower_ in DOCUMENT_NOUNS | STATEMENT_NOUNS and words[2].pos_ not in ("VERB", "AUX"):
        return Cue(words[2].i, words[1].i, "after")      # '“…,” the editorial read', "read" taken for a noun
    verb = words[0] if words else None
    if verb is None or verb.pos_ in ("VERB", "AUX") or not verb.lower_.endswith("ed") \
            or not {verb.lower_[:-1], verb.lower_[:-2]} & SPEECH_VERBS:
        return None
    run = _clause_after(verb)
    named = [t for t in run if t.pos_ == "PROPN" and t.text[:1].isupper()]
    return Cue(verb.i, named[-1].i, "after") if named and named[-1].i == run[-1].i else None


def _clause_after(verb) -> list:
    """The words after a verb to the end of its clause: a comma, colon, semicolon, full stop, bracket or quote
    mark, the sentence's end, or 15 words."""
    run = []
    for t in verb.doc[verb.i + 1: min(len(verb.doc), verb.i + 16)]:
        if t.text in (",", ":", ".", ";", "(") or t.text in DOUBLE_MARKS or t.is_space \
                or t.sent.start != verb.sent.start:
            break
        run.append(t)
    return run


def name_end(doc, i: int) -> int:
    """The last word of the run of proper nouns that starts at token i."""
    while i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN":
        i += 1
    return i


def spokesperson(tok) -> bool:
    """A spokesman, spokeswoman or spokesperson."""
    return tok.lower_.startswith("spokes")


def _thing_subject(verb) -> bool:
    """The verb's own subject is a common noun for a thing, not for a person, a body or a text ("the
    bill maintains"; not "the report says", "the minister said")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and _thing(subject)


def _thing(noun) -> bool:
    """A common noun for a thing, not for a person, a body or a text."""
    # (a capitalised word inside a sentence is a name the tagger missed: "— Trump boasted")
    return noun.pos_ == "NOUN" and noun.ent_type_ == "" and not (noun.text[:1].isupper() and not noun.is_sent_start) \
        and noun.lemma_.lower() not in PERSON_NOUNS | ROLE_NOUNS | DOCUMENT_NOUNS | INSTITUTION_NOUNS \
        | STATEMENT_NOUNS and not spokesperson(noun)


# Adverbs a headline or a sentence may capitalise after a verb ("said Monday" is a date; these are not names).
_ADVERBS_AFTER_SAID = frozenset("also again earlier later only then today tonight yesterday recently still".split())


def _adjacent_name(verb, tokens) -> int | None:
    """No parsed subject: the name right after the verb ('..., added KCNA') or the nearest name
    before it in the region ('The U.S. Department of Agriculture notes, ...')."""
    doc = verb.doc
    after = verb.i + 1
    modal = doc[verb.i - 1] if verb.i else None
    if modal is not None and modal.tag_ == "MD" and modal.text.istitle() and verb.tag_ in ("VBD", "VBN") \
            and not any(c.dep_ == "nsubj" for c in verb.children):
        return modal.i                # "Will described Trump as a “…”": a name read as a modal, as no modal can
                                      # come before a past tense
    owned = doc[after].head if after < len(doc) and doc[after].dep_ == "poss" else None
    if owned is not None and owned.head.i == verb.i and owned.dep_ in ("dobj", "nsubj"):
        # "..., exhorted Clinton's introducer, actress Jamie Lee Curtis": the one named beside the noun the owner
        # has, not the owner
        named = next((c for c in owned.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        if named is not None or owned.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS:
            return (named or owned).i
    if after + 1 < len(doc) and doc[after].pos_ == "DET" and doc[after + 1].pos_ == "NOUN" \
            and doc[after + 1].head.i == verb.i and doc[after + 1].dep_ in ("dobj", "nsubj"):
        return after + 1              # "..., said another witness, ... Fiona Hill" (parsed as the object)
    # "..., said Tory shadow local government secretary Caroline Spelman": the person the title
    # words lead to, however the parser took them
    k = after
    while k < len(doc) and k - after < 8 and doc[k].ent_type_ != "PERSON" \
            and (doc[k].text.islower() and doc[k].pos_ != "CCONJ" or doc[k].ent_type_ in ("NORP", "ORG", "GPE")):
        k += 1
    if k < len(doc) and k > after and doc[k].ent_type_ == "PERSON" and doc[after].text[:1].isupper():
        while k + 1 < len(doc) and doc[k + 1].ent_type_ == "PERSON" and doc[k + 1].ent_iob_ == "I":
            k += 1
        return k
    # (a surname the tagger took for an adverb is one too: "said Skelly, explaining ...")
    name_like = after < len(doc) and (doc[after].pos_ == "PROPN" or doc[after].tag_ == "RB" and doc[after].is_title
                                       and doc[after].lower_ not in _ADVERBS_AFTER_SAID)
    if name_like and doc[after].ent_type_ not in ("DATE", "TIME") \
            and not (verb.lemma_ == "tell" and _in_object(verb, doc[after])):
        # (not the one told: "..., told Reuters"; not a day: "said Monday")
        end = name_end(doc, after)
        if not (end + 1 < len(doc) and doc[end + 1].tag_ == "POS"):
            return end
        # an owner speaks through its document or body ("counselled Germany's amended advice"), not through
        # anything else ("and said Stevens's rescue was a priority")
        if doc[end].head.lemma_.lower() in DOCUMENT_NOUNS | STATEMENT_NOUNS | INSTITUTION_NOUNS:
            return end
    place = None     # a place the name is from comes after a person named in the same sentence: "Mohammed
    for t in reversed([t for t in tokens if t.i < verb.i]):     # Saleh, a 42-year-old Kurd in Kirkuk, told"
        if place is not None and t.sent.start != verb.sent.start:
            break
        if t.dep_ == "pobj" and t.ent_type_ in ("GPE", "LOC") and place is None:
            place = t.i
        elif (t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG")) and t.head.dep_ != "amod" \
                and (place is None or t.ent_type_ == "PERSON"):
            return t.i                # (not the place in "a London-based think tank")
        elif t.tag_ == "MD" and t.text.istitle() and t.i == verb.i - 1 and not t.is_sent_start:
            return t.i                # a name the tagger read as a modal: '“…,” Will wrote' (George Will)
    return place


def _in_time_clause(verb, last: int) -> bool:
    """A verb in a clause saying when or why a later verb, with a subject of its own, happened ("When Trump
    suggested that ..., Rubio fired back:"): it does not introduce what follows."""
    return verb.dep_ == "advcl" and verb.i < verb.head.i <= last \
        and any(c.dep_ in ("advmod", "mark") and c.lower_ in _TIME_MARKS for c in verb.children) \
        and all(any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) for v in (verb, verb.head))


def intro_subject(doc, start: int, end: int, statement_nouns, need_intro: bool = True, quoted=None) -> int | None:
    """For a quote with no reporting verb: the subject of the sentence just before it, when that
    sentence introduces it (ends with a colon, or speaks of a statement, interview, tweet...).
    `quoted(char)` tells whether a character stands inside a quote."""
    span = doc.char_span(start, end, alignment_mode="contract") if end > start else None
    if span is None or not len(span):
        return None
    tokens = [t for t in span if not t.is_space]
    if not tokens:
        return None
    sent = tokens[-1].sent
    words = [t for t in sent if t.i <= tokens[-1].i]
    # (not a cue inside a quote: 'He said: “… as the Government so often claims - it is anger.”')
    cues = [t for t in words if is_cue(t) and not (quoted and quoted(t.idx)) and not _in_time_clause(t, tokens[-1].i)]
    issued = next((t.head for t in words if t.dep_ == "dobj" and t.lemma_.lower() in statement_nouns
                   and t.head.lemma_ in ISSUING_VERBS), None)
    issuer = subject_of(issued) if issued is not None and (not cues or issued.is_ancestor(cues[-1])) else None
    if issuer is not None:
        # "the DNC issued a statement apologizing to Sanders for the emails, which included staff suggesting
        # ...": whoever issued it, not a cue nested in what the sentence says of it
        return issuer
    if cues:                      # "Rathbun stated," then the quote in the next paragraph
        # (the sentence's own reporting verb, not one in what it reports: "Carter said that for decades some
        # critics had been predicting a withdrawal" is Carter's)
        cue = min((c for c in cues if c.sent.start == sent.start), key=lambda c: (len(list(c.ancestors)), -c.i),
                  default=cues[-1])
        mistagged = cue.pos_ in ("NOUN", "PROPN") and cue.lower_ in _NOUNLIKE_VERB_FORMS
        subject = None if mistagged else subject_of(cue)
        return subject if subject is not None else _adjacent_name(cue, words)
    introduces = tokens[-1].text == ":" or any(t.lemma_.lower() in statement_nouns for t in words)
    if need_intro and not introduces:
        return None
    # the subject of the highest verb before the quote (the parser may hang the sentence off a
    # verb inside the quote, so the sentence root is not always the introducing verb)
    subjects = [t for t in words if t.dep_ in ("nsubj", "nsubjpass") and t.head.i <= tokens[-1].i]
    if not subjects:
        # "Theresa May hit back:", the parser taking "May" for a modal and leaving the verb no subject: the
        # name the sentence opens with, right before its verb
        opening = list(itertools.takewhile(lambda t: t.tag_ in ("NNP", "NNPS"), (t for t in words if not t.is_punct)))
        after = words[words.index(opening[-1]) + 1] if opening and opening[-1] is not words[-1] else None
        return opening[-1].i if after is not None and after.pos_ == "VERB" else None
    best = min(subjects, key=lambda t: (len(list(t.head.ancestors)), t.i))
    last = tokens[-2] if len(tokens) >= 2 and tokens[-1].text == ":" else None
    if last is not None and last.ent_type_ == "PERSON" and last.dep_ in ("dobj", "pobj", "dative") \
            and best.pos_ == "NOUN" and best.ent_type_ == "" and best.lemma_.lower() not in PERSON_NOUNS | ROLE_NOUNS:
        # "The timing of Sanders’ surge doesn’t surprise Republican pollster Daron Shaw:": the person the colon
        # hands the words to, when the subject is a thing
        return last.i
    people = [t for t in words if t.dep_ in ("nsubj", "nsubjpass") and t.ent_type_ == "PERSON" and t.i < best.i]
    if best.ent_type_ in ("GPE", "LOC") and people:
        # "Jo Anne Van Tilburg of the University of California, Los Angeles disagreed with these
        # findings:", the parser taking the place for the subject: the person named first
        return people[0].i
    return best.i
