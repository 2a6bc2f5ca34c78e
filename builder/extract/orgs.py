"""Organisations: ORG entities that are not people or places, merged by name and acronym."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..model import OrgMention
from ..places import lookup_place
from .lexicon import (COMPANY_NOUNS, DOUBLE_MARKS, EPONYMOUS_BRANDS, FIRM_OR_PERSON_NOUNS, GENERIC_ORG_WORDS,
                      HONORIFICS, KNOWN_ORGANIZATIONS, NOT_NAMES, ORG_HEADS, ORG_NAME_WORDS, PERSON_NOUNS,
                      PLACE_LAST_WORDS, ROLE_NOUNS, SPEECH_VERBS, STATE_BODIES, party_name)
from .names import any_given_name, clean_name, common_word, is_title, person_noun
from .people import PersonCluster, headline_tokens
from .person_context import context_noun, counted_firms, doc_ents, doc_text, main_subject, starts_paragraph

_LEADING = re.compile(r"^(?:the|The|this|This|that|That|a|A)\s+")
# the houses a committee written in lower case sits in ("the Commons public accounts committee")
LEGISLATURES = frozenset("Commons Lords Senate House Assembly Congress Parliament Holyrood".split())
COMMITTEE_NOUNS = frozenset("committee subcommittee".split())


# a firm's legal form and a lower-case word after the name are not how a story names it ("Moody’s Analytics
# Inc." is Moody’s Analytics, "the Likud party" is Likud)
_LEGAL_FORM = re.compile(r",?\s+(?:Inc|Ltd|Corp|Co|LLC|LLP|plc|PLC|Limited|GmbH|AG|SA|NV|Pty)\.?$")
_LOWER_TAIL = re.compile(r"(?:\s+(?!(?:of|for|and|on|in|at|to|de|du|von)\b)[a-z][\w’'-]*)+$")
_NAME_ENDS = re.compile(r"(?:^|\s)(?:&|and|of|for|the|de|du|von)$")


@lru_cache(maxsize=1 << 16)      # (pure, and asked of each entity's text several times)
def org_name(text: str) -> str:
    # the tagger can run a name on into a quote ("X. “Working families"), or into a user name ("Twitter
    # @IanHanchett"): stop there
    text = re.split(r"[“”\"]|\s@\w", text)[0]
    name = clean_name(_LEADING.sub("", clean_name(text)))
    for tail in (_LOWER_TAIL, _LEGAL_FORM):
        short = tail.sub("", name)
        # (not "Tiffany & Co." nor "Ministry of defence")
        if short != name and short[:1].isupper() and not _NAME_ENDS.search(short):
            name = short
    return name.rstrip(" -–—")          # (a dash the tagger ran on: "Korea Development Bank - one of ...")


_SITE_NAME = re.compile(r"[A-Z][A-Za-z0-9-]*[a-z][A-Za-z0-9-]*\.(?:com|org|net)")
_KEPT_POSSESSIVE = "\ue000"


def span_org_name(span) -> str:
    """The name an ORG span gives. A possessive is part of the name when nothing is owned ("McDonald's
    said") or when an organisation word follows inside the span ("Moody's Analytics", "Macy's Inc."); it
    is dropped when it owns the next word ("a Sotheby's spokesman" -> Sotheby)."""
    text = span.text
    for i, tok in enumerate(span[1:], start=1):
        if tok.tag_ != "POS" or tok.text not in ("'s", "’s"):
            continue
        rest = span[i + 1:]
        if (not len(rest) and tok.head.dep_ != "poss") or (
                len(rest) and all(w.text[:1].isupper() for w in rest) and rest[-1].text in ORG_NAME_WORDS):
            apostrophe = tok.text[0]
            text = text[:tok.idx - span.start_char] + _KEPT_POSSESSIVE + text[tok.idx - span.start_char + 2:]
            return org_name(text).replace(_KEPT_POSSESSIVE, apostrophe + "s")
        break
    return org_name(text)


DASHES = ("-", "—", "–")


def _dateline(doc, start: int, end: int) -> bool:
    """Capitals opening a paragraph before a comma or a dash that a dash soon follows: the place a story
    was filed from ("WASHINGTON —", "CONCORD, N.H. -"), not a body."""
    return starts_paragraph(doc, start) and doc[start:end].text.isupper() and end < len(doc) \
        and (doc[end].text == "," or doc[end].text in DASHES) and any(t.text in DASHES for t in doc[end: end + 5])


def collect_organizations(doc, people: list[PersonCluster], rejected_people: set[str]):
    """-> (OrgMention tuple, most mentioned first; map token index -> organisation name)."""
    person_words = {n for c in people for n in [c.name, *c.aliases, c.name.split()[-1]]}
    counts: Counter[str] = Counter()
    aliases: dict[str, set[str]] = {}
    token_org: dict[int, str] = {}
    alias_of: dict[str, str] = {}
    ents = list(doc_ents(doc))
    candidates = [c for e in ents if e.label_ == "ORG"
                  for c in _owner_split(doc, _name_start(doc, e.start, e.end), e.end)]
    # platforms, outlets and brands the tagger calls people or places
    candidates += [(e.start, e.end, org_name(e.text)) for e in ents
                   if e.label_ in ("PERSON", "GPE", "NORP", "PRODUCT")
                   and (org_name(e.text) in KNOWN_ORGANIZATIONS or org_name(e.text) in EPONYMOUS_BRANDS)]
    candidates += [(e.start, e.end, org_name(e.text)) for e in ents
                   if e.label_ == "PERSON" and clean_name(e.text) in rejected_people
                   and _org_like(org_name(e.text)) and org_name(e.text).split()[0] not in HONORIFICS]
    # any name introduced as an organisation ("the charity Sense About Science", tagged WORK_OF_ART)
    candidates += [(e.start, e.end, org_name(e.text)) for e in ents
                   if e.label_ not in ("ORG", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")
                   and (context_noun(doc, e.start) or "").rstrip("s") in ORG_HEADS]
    # a name written after a noun for a firm that the people rules did not keep as anyone ("A spokesman for
    # distributor Toho said"; "producer Simon Cowell" stays a person)
    candidates += [(e.start, e.end, org_name(e.text)) for e in ents
                   if e.label_ == "PERSON" and e.start and doc[e.start - 1].lower_ in FIRM_OR_PERSON_NOUNS
                   and org_name(e.text) not in person_words and _org_like(org_name(e.text))]
    candidates += _parties_as_groups(doc, ents) + _taken_up_as_bodies(doc, person_words)
    candidates += _titles_with_the(doc) + _seats_untagged(doc) + _clubs_untagged(doc) + _collectives(doc, person_words)
    # an acronym the tagger left untagged that speaks is a body ("the RSPCA said"); so is every other
    # use of it in the article
    untagged = [t for t in doc if t.ent_type_ == ""]
    speaking = {t.text for t in untagged if _acronym(t) and t.dep_ == "nsubj" and t.head.lemma_.lower() in SPEECH_VERBS}
    candidates += [(t.i, t.i + 1, t.text) for t in untagged if t.text in speaking]
    # a website written by its address with a capital, as its owners name it, is the body that runs it
    # ("GunBroker.com said", untagged)
    candidates += [(t.i, t.i + 1, t.text) for t in untagged if _SITE_NAME.fullmatch(t.text)]
    # a name whose shares or profits the story counts is a company ("Ericsson shares dropped"); so is every
    # other use of it
    counted = {tuple(n.split()): n for n in counted_firms(doc) if n not in person_words}
    texts = [t.text for t in doc]
    order = {name: k for k, name in enumerate(counted.values())}     # (in text order, as one pass would find them)
    candidates += sorted(((i, i + len(words), name) for words, name in counted.items() for i, text in enumerate(texts)
                          if text == words[0] and texts[i:i + len(words)] == list(words)),
                         key=lambda c: (c[0], order[c[2]]))
    # "Transport for London (TfL)": a name spelled out before its acronym, tagged or not
    # (and a committee written in lower case after its house: "the Commons work and pensions committee")
    spelled_out = _spelled_out(doc) + _house_committees(doc) + _number_ten(doc)
    candidates = [c for c in candidates if not any(c[0] < e and s < c[1] <= e and c != (s, e, n)
                                                    for s, e, n in spelled_out)] + spelled_out
    # a name the tagger broke at its "and": "the Medicines and Healthcare Products Regulatory Agency" (untagged
    # words and "and" before the body, after "the"), "the High Court of England and Wales" (a place after it)
    joined = [_joined_at_and(doc, s_, e_, n) for s_, e_, n in candidates]
    grown = set(joined) - set(candidates)            # (worked out once, not for every candidate)
    candidates = [c for c in joined if not any(s_ <= c[0] and c[1] <= e_ and (s_, e_) != c[:2] for s_, e_, _ in grown)]
    # "St James’s Palace": the tagger stops at the possessive; the place word belongs to the name
    candidates = [(s, e + 1, doc[s:e + 1].text) if e < len(doc) and doc[e - 1].tag_ == "POS"
                  and doc[e].text in PLACE_LAST_WORDS else (s, e, n) for s, e, n in candidates]
    # (not a part of a person's name: "Nathaly Cartas", tagged ORG, of "Nathaly Cartas Leon, 20,")
    in_person = [(s, e) for c in people for s, e in c.mentions if e - s > 1]
    # (and a body's name stops where a person's name the tagger ran into it starts: "Amnesty International
    # Man-kei Tam")
    candidates = [next(((start, s, org_name(doc[start:s].text)) for s, e in in_person if start < s < end <= e),
                       (start, end, name)) for start, end, name in candidates]
    # (and starts after the "of" that follows one: "Meenakshi Ganguly of Human Rights Watch")
    candidates = [next(((e + 1, end, org_name(doc[e + 1:end].text)) for s, e in in_person
                        if s == start and e + 2 < end and doc[e].lower_ == "of"), (start, end, name))
                  for start, end, name in candidates]
    candidates = _joined_at_for(doc, candidates)
    lower_words = {t.text for t in doc if t.text.islower()}
    headline = headline_tokens(doc)
    for start, end, name in sorted(set(candidates)):
        if any(s <= start and end <= e for s, e in in_person):
            continue
        if (start, end, name) not in spelled_out and (start, end, name) not in grown and any(
                o != name and f" {o} " in f" {name} " and not _fuller_form(name, o) and not _placed_form(name, o)
                and not _titled_form(name, o) and not _sub_body(name, o) and not _parent_form(name, o)
                and not _headed_form(name, o) for _, _, o in candidates
               if len(o) > 3 and o.lower() not in GENERIC_ORG_WORDS and o not in person_words):
            continue                     # "Univisión White House" holds "White House" (but not "the Department",
                                         # nor "Stone", Oliver Stone's name, in "Rolling Stone")
        if name.lower() in GENERIC_ORG_WORDS and " " not in name:
            # "the Church said", after "the Church of Scientology": the one body the article names so
            fuller = {o for _, _, o in candidates if o.startswith(name + " of ")}
            name = fuller.pop() if len(fuller) == 1 else name
        if not name or name in person_words or name.lower() in NOT_NAMES | GENERIC_ORG_WORDS or not name[0].isupper():
            continue
        if any(t.tag_ == "MD" and t.text[:1].isupper() for t in doc[start:end]):
            continue                     # "Trump Would Put Liberals On Court": a headline's clause, no body's name
        place = lookup_place(name)      # (a seat of government is a body as well: "the Kremlin said")
        if place is not None and place.via != "seat" or _dateline(doc, start, end):
            continue                     # ("CONCORD, N.H. - Sen. Bernie Sanders ...": where the story was filed)
        if end - start == 1 and doc[start].is_sent_start and person_noun(name):
            continue                     # "Detectives said", "Neighbours said": people, unnamed
        if end - start == 1 and (doc[start].is_sent_start or start in headline) and name.lower() in lower_words:
            continue                     # "Newspaper Says Clinton ...", a word the article writes in lower case
        # "Conservative Political Action Conferences (CPAC)": the acronym is an alias
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" \
                and (doc[end + 1].text.isupper() or _bracketed_acronym(doc[end + 1])):
            alias_of[doc[end + 1].text] = name
        name = alias_of.get(name, name)
        counts[name] += 1
        token_org.update((i, name) for i in range(start, end))
    def merge(alias: str, full: str) -> None:
        alias_of[alias] = full
        counts[full] += counts.pop(alias)
        token_org.update([(i, full) for i, n in token_org.items() if n == alias])

    # an acronym of a name the article also spells out is that name, brackets or not ("the Drug
    # Enforcement Administration ... the DEA says")
    for acronym in [n for n in counts if (n.isupper() or _mixed_case_acronym(n)) and 2 <= len(n) <= 6
                    and n not in alias_of]:
        # ("B&B" for "Bradford & Bingley", "M&S" for "Marks & Spencer"; "MoD" for "Ministry of Defence")
        capitals = "".join(ch for ch in acronym if not ch.islower())
        full = [n for n in counts if " " in n and _initials(n) == capitals.replace("&", "")]
        if len(full) == 1:
            merge(acronym, full[0])
    # a name the tagger missed elsewhere in the article is still that organisation ("said a WeWork
    # spokesperson", WeWork tagged in other sentences; "Big Machine have twice denied it")
    person_tokens = {i for c in people for s_, e_ in c.mentions for i in range(s_, e_)}
    # (and its short form: "Big Machine" for Big Machine Records, "Multiplex" for Multiplex Group)
    by_first: dict[str, list[tuple[list[str], str]]] = {}
    for n in counts:
        words = n.split()
        if len(words) <= 4:
            by_first.setdefault(words[0], []).append((words, n))
        if len(words) >= 2 and words[-1] in ORG_NAME_WORDS:
            by_first.setdefault(words[0], []).append((words[:-1], n))
    for tok in doc:
        for words, name in sorted(by_first.get(tok.text, ()), key=lambda p: len(p[0]), reverse=True):
            span = range(tok.i, tok.i + len(words))
            if texts[tok.i: tok.i + len(words)] == words and doc[span[-1]].pos_ == "PROPN" \
                    and not any(i in token_org or i in person_tokens for i in span):
                counts[name] += 1
                token_org.update((i, name) for i in span)
                break
    # "Sotheby" (from "a Sotheby's spokesman") is the Sotheby's named elsewhere
    for name in [n for n in counts if n not in alias_of]:
        owned = [n for n in (name + "'s", name + "’s") if n in counts]
        if owned:
            merge(name, owned[0])
    # a body the article names more often without its country's name before it is named so (once "the US Federal
    # Reserve", three times "the Federal Reserve"); not one a demonym makes another ("Scottish Labour Party")
    for name in list(counts):
        first, _, rest = name.partition(" ")
        place = lookup_place(first) if " " in rest and rest in counts and name in counts else None
        if place is not None and place.kind == "country" and place.via == "name" and counts[rest] >= counts[name] \
                and rest not in alias_of and sum(n.endswith(" " + rest) for n in counts) == 1:
            merge(name, rest)
    # a short form of one fuller name the article gives is that name ("Big Machine" for Big Machine Records,
    # "Department of Conservation" for the New Zealand Department of Conservation, "Homeland Security" for the
    # Department of Homeland Security)
    for short in sorted(counts, key=len):
        fuller = sorted((n for n in counts if n != short and (_fuller_form(n, short) or _placed_form(n, short)
                                                              or _titled_form(n, short) or _parent_form(n, short)
                                                              or _headed_form(n, short))),
                        key=lambda n: -counts[n])
        if fuller and short in counts:
            merge(short, fuller[0])
    # one name written in two cases is one body, named as first written ("the Commons work and pensions
    # committee" ... "the Commons Work and Pensions Committee")
    first_at: dict[str, int] = {}
    for i, n in sorted(token_org.items()):
        first_at.setdefault(n, i)
    by_lower: dict[str, list[str]] = {}
    for n in sorted(counts, key=lambda n: (first_at.get(n, len(doc)), n)):
        by_lower.setdefault(n.lower(), []).append(n)
    for names in by_lower.values():
        for n in names[1:]:
            merge(n, names[0])
    # one party under its several names ("the Conservative Party", "the Tories", "Conservatives"): the name
    # with "Party", else the one used most
    by_party: dict[str, list[str]] = {}
    for n in counts:
        party = party_name(n)
        if party:
            by_party.setdefault(party, []).append(n)
    for names in by_party.values():
        full = min(names, key=lambda n: (not n.endswith(" Party"), -counts[n], n))
        for n in names:
            if n != full:
                merge(n, full)
    # a name seen once with "The" and once without is one organisation; so is an acronym
    for acronym, full in alias_of.items():
        aliases.setdefault(full, set()).add(acronym)
    orgs = tuple(OrgMention(name=n, mentions=c, aliases=tuple(sorted(aliases.get(n, ()))))
                 for n, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return orgs, token_org


# Nouns that take up a company, charity, union or club named just before ("The charity has rescued ...").
_TAKEN_UP_NOUNS = COMPANY_NOUNS | frozenset("""
charity union group club band association organisation organization foundation trust society institute
university school hospital museum network channel broadcaster magazine newspaper publisher label studio
""".split())


def _taken_up_as_bodies(doc, person_words: set[str]) -> list[tuple[int, int, str]]:
    """A name a sentence is about that the next sentence takes up as "the firm" or "the charity" is a body,
    whatever the tagger called it ("Yukos has filed for bankruptcy ... The Russian oil firm said", "The RSPCA
    has launched an appeal. The charity has rescued ...")."""
    found = []
    sents = list(doc.sents)
    for sent, after in zip(sents, sents[1:]):
        body = main_subject(after, ("nsubj",))
        if body is None or body.lemma_.lower() not in _TAKEN_UP_NOUNS \
                or not any(c.lower_ == "the" for c in body.children):
            continue
        subject = main_subject(sent)
        # (one name, not two: "Veterans Simon and Garfunkel were in 10th place"; and a noun opening its own
        # sentence, not the attribution of a quote that opens it: '“…,” the magazine reported')
        # (a name the tagger calls a body already stands as it tagged it: "Channel 4")
        if subject is None or subject.pos_ != "PROPN" or not subject.text[:1].isupper() or subject.ent_type_ == "ORG" \
                or any(c.dep_ == "conj" for c in subject.children) or after[0].text in DOUBLE_MARKS:
            continue
        start = subject.i
        while start > sent.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
            start -= 1
        name = org_name(doc[start: subject.i + 1].text)
        if name and name not in person_words and lookup_place(name) is None and not is_title(name.split()[0]):
            found.append((start, subject.i + 1, name))
    return found


def _collectives(doc, person_words: set[str]) -> list[tuple[int, int, str]]:
    """A single name with a plural verb is a band, a team or a firm, as British news writes them ("U2 have
    announced a world tour", "The Darkness are"), whatever the tagger called it; not a person nor a place
    ("England have won": the country)."""
    found = []
    for tok in doc:
        verb = tok.head
        if tok.dep_ != "nsubj" or tok.tag_ != "NNP" or not tok.text[:1].isupper() \
                or tok.ent_type_ not in ("", "ORG", "WORK_OF_ART", "PRODUCT") \
                or not (verb.tag_ == "VBP" or any(c.dep_ == "aux" and c.tag_ == "VBP" for c in verb.children)) \
                or any(c.dep_ == "conj" for c in tok.children):
            continue
        start = tok.i
        while start > tok.sent.start and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ in ("PROPN", "NUM"):
            start -= 1
        name = org_name(doc[start: tok.i + 1].text)
        # (a capitalised word opening a sentence, untagged, may be any word: "Screens have ...", "Ex BBC host")
        opening = doc[start].is_sent_start and tok.ent_type_ == "" and not name.isupper() \
            and not any(ch.isdigit() for ch in name)
        if name and not opening and name not in person_words and lookup_place(name) is None \
                and not is_title(name.split()[0]):
            found.append((start, tok.i + 1, name))
    return found


def _parties_as_groups(doc, ents) -> list[tuple[int, int, str]]:
    """A party the tagger calls a group, written with "the", is a body ("the Liberal Democrats have launched",
    the tagger leaving "Liberal" out; not "the Tory leader")."""
    found = []
    for e in ents:
        if e.label_ != "NORP" or doc[e.end - 1].dep_ in ("compound", "amod"):
            continue
        start = e.start
        while start and doc[start - 1].text in ("Liberal", "Lib"):
            start -= 1
        if start and doc[start - 1].lower_ == "the" and party_name(doc[start:e.end].text):
            found.append((start, e.end, org_name(doc[start:e.end].text)))
    return found


def _titles_with_the(doc) -> list[tuple[int, int, str]]:
    """A title written with a capital "The" inside a sentence, the tagger missing it, that speaks or that people
    work for: a paper or a body ("the editors of The Advocate"; not a given name, "The Donald", nor a film, "a
    remake of The Fog", nor words in quote marks)."""
    found = []
    for t in doc:
        if t.text != "The" or not t.i or t.i + 1 == len(doc) or t.is_sent_start or t.ent_type_ \
                or doc[t.i - 1].text in DOUBLE_MARKS + "‘’'":
            continue
        name = t.nbor()
        if name.pos_ != "PROPN" or name.ent_type_ or not name.text[:1].isupper() or any_given_name(name.text):
            continue
        end = next(k for k in range(t.i + 1, len(doc) + 1)
                   if k == len(doc) or doc[k].pos_ != "PROPN" or not doc[k].text[:1].isupper())
        if end - t.i <= 4 and _acts_as_body(doc[end - 1]):
            found.append((t.i, end, org_name(doc[t.i:end].text)))
    return found


def _acts_as_body(tok) -> bool:
    """A name that speaks ("The Advocate said") or that people work for ("the editors of The Advocate")."""
    return tok.dep_ == "nsubj" and tok.head.lemma_ in SPEECH_VERBS \
        or tok.dep_ == "pobj" and tok.head.lower_ in ("of", "for", "at") \
        and tok.head.head.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS


def _owner_split(doc, start: int, end: int) -> list[tuple[int, int, str]]:
    """An ORG span as candidates: one name, or, where a possessive inside it owns what follows ("the Federal
    Reserve’s Beige Book"), the owner and the thing owned, each a name of its own."""
    name = span_org_name(doc[start:end])
    owner = next((t.i for t in doc[start + 1:end - 1] if t.tag_ == "POS"), None)
    if owner is None or "’s" in name or "'s" in name:
        return [(start, end, name)]
    return [(start, owner, org_name(doc[start:owner].text)), (owner + 1, end, name)]


def _name_start(doc, start: int, end: int) -> int:
    """Where an ORG name starts: before the span when the tagger left off a capitalised word that is part of
    it ("Thames" of "Thames Valley Police", tagged "Valley Police")."""
    while start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ in ("", "NORP") \
            and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end \
            and doc[start - 1].text[:1].isupper() and not is_title(doc[start - 1].text) \
            and doc[start - 1].text not in HONORIFICS:
        start -= 1
    return start


def _fuller_form(name: str, short: str) -> bool:
    """'Big Machine Records' is a fuller form of 'Big Machine': the short name, then words ending in
    an organisation word (not a body inside it: "IAAF Council")."""
    return name.startswith(short + " ") and name.split()[-1] in ORG_NAME_WORDS and not _sub_body(name, short) \
        and " and " not in name[len(short):]       # (not "BBC Three and News", two channels)


def _headed_form(name: str, short: str) -> bool:
    """'Bank of England' is a fuller form of 'Bank' (a headline's "Bank raises rates"): an organisation word
    alone, then "of" and what it serves."""
    return short in ORG_NAME_WORDS and name.startswith(short + " of ")


def _sub_body(name: str, short: str) -> bool:
    """'IAAF Council' is a body inside the IAAF: a council or committee named after a body known by its letters."""
    return short.isupper() and name.startswith(short + " ") and name.split()[-1] in SUB_BODY_WORDS


def _parent_form(name: str, short: str) -> bool:
    """'United Nations Security Council' is a fuller form of 'Security Council': a body inside an organisation,
    with the organisation's name before it ('U.N. Security Council', 'Senate Judiciary Committee')."""
    if not name.endswith(" " + short) or " " not in short or short.split()[-1] not in SUB_BODY_WORDS:
        return False
    parent = name[: -len(short) - 1].split()
    return len(parent) <= 3 and all(w[:1].isupper() for w in parent) and parent[0] not in ("The", "A")


# Bodies inside an organisation, named after it ("IAAF Council", "UEFA Disciplinary Committee").
SUB_BODY_WORDS = frozenset("Council Committee Board Commission Panel Tribunal Court Executive Congress".split())


def _joined_at_and(doc, start: int, end: int, name: str) -> tuple[int, int, str]:
    """An ORG span with the words the tagger cut off at an "and" put back (see collect_organizations)."""
    first = start
    if start >= 3 and doc[start - 1].lower_ == "and":
        k = start - 2
        while k > 0 and doc[k].text[:1].isupper() and (doc[k].ent_type_ in ("", "PERSON") or doc[k].ent_type_ == "ORG"
                                                      and doc[k].ent_iob_ == "B" and doc[k + 1].ent_iob_ != "I"
                                                      and not doc[k].text.isupper()
                                                      and common_word(doc[k].text.removesuffix("s"))) \
                and doc[k].pos_ in ("PROPN", "NOUN"):        # ("Medicines" was once tagged a person, once a body)
            k -= 1
        if k < start - 2 and doc[k].lower_ == "the":
            first = k + 1
    last = end
    if end - start >= 3 and end + 1 < len(doc) and doc[end].lower_ == "and" and doc[end - 2].lower_ == "of" \
            and lookup_place(doc[end - 1].text) and lookup_place(doc[end + 1].text) \
            and doc[end + 1].ent_iob_ in ("B", "O") and (end + 2 >= len(doc) or doc[end + 2].ent_iob_ != "I"):
        last = end + 2
    # "Department for Education and Skills", "Department for Culture, Media and Sport", the tagger stopping at
    # the "and" or the comma: the parser joins "Skills" to "Education", the object of the name's "for", not to
    # the body ("the Department for Education and Ofsted")
    while end - start >= 3 and last + 1 < len(doc) and doc[last].text in ("and", ",") \
            and doc[last + 1].text[:1].isupper() and doc[last + 1].pos_ == "PROPN" and doc[last + 1].dep_ == "conj" \
            and start < doc[last + 1].head.i < last and (doc[last + 1].head.dep_ == "conj"
                                                         or doc[doc[last + 1].head.i - 1].lower_ in ("for", "of")) \
            and not lookup_place(doc[last + 1].head.text):    # ("the Bank of England and Barclays": two)
        last += 2
    return (first, last, org_name(doc[first:last].text)) if (first, last) != (start, end) else (start, end, name)


# Last words of a body's name that its "for" or "of" can go on from ("Court of Appeals for the Sixth Circuit")
BODY_WORDS = SUB_BODY_WORDS | frozenset("""
Appeals Department Ministry Office Agency Institute Fund Centre Center Society Association Bureau Authority Federation
Foundation""".split())


def _joined_at_for(doc, candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Two names the tagger made of one body's, split at its "for the" or "of the": "the U.S. Court of Appeals
    for the Sixth Circuit" is one court, not the U.S. Court of Appeals and the Sixth Circuit."""
    spans = sorted(set(candidates))
    starts = {s: (s, e, n) for s, e, n in spans}
    taken, joined = set(), []
    for s, e, n in spans:
        if (s, e, n) in taken:
            continue
        k = e + 1 if e < len(doc) and doc[e].lower_ in ("for", "of") and doc[e - 1].text in BODY_WORDS else None
        after = None if k is None else starts.get(k) or (starts.get(k + 1) if k < len(doc) and doc[k].lower_ == "the"
                                                         else None)
        if after is not None and after[0] > s:
            taken.add(after)
            joined.append((s, after[1], org_name(doc[s:after[1]].text)))
        else:
            joined.append((s, e, n))
    return [c for c in joined if c not in taken]


def _titled_form(name: str, short: str) -> bool:
    """'Department of Homeland Security' is a fuller form of 'Homeland Security', 'U.S. Court of Appeals for the
    Sixth Circuit' of 'Sixth Circuit': the body's title, then "of" or "for" and the short name."""
    for link in (" of ", " of the ", " for ", " for the "):
        if name.endswith(link + short):
            return any(w in ORG_NAME_WORDS for w in name[: -len(link + short)].split())
    return False


def _placed_form(name: str, short: str) -> bool:
    """'New Zealand Department of Conservation' is 'Department of Conservation' with its place before it;
    'Scottish Labour Party' is a fuller form of 'Labour' with its nation before it."""
    first, _, rest = name.partition(" ")
    # (the string tests first: this runs for every pair of names in an article)
    if rest and (rest == short or _fuller_form(rest, short)) \
            and getattr(lookup_place(first), "via", None) == "demonym":
        return True
    return name.endswith(" " + short) and short.split()[0] in STATE_BODIES \
        and lookup_place(name[: -len(short) - 1]) is not None


def _mixed_case_acronym(name: str) -> bool:
    """'MoD', 'DfES', 'BoE': capitals for a body's words, lower-case letters for its small words (of, for, and)."""
    return name.isalpha() and name[0].isupper() and sum(ch.isupper() for ch in name) >= 2 \
        and all(ch in "ofa" for ch in name if ch.islower())


def _initials(name: str) -> str:
    """'Drug Enforcement Administration' -> 'DEA'; small words left out ('Bank of England' -> 'BE'); a word
    in capitals whole ('UK Independence Party' -> 'UKIP')."""
    return "".join(w if w.isupper() and w.isalpha() else w[0] for w in name.split()
                   if w not in ("of", "the", "and", "for", "&") and w[:1].isalpha()).upper()


def _bracketed_acronym(tok) -> bool:
    """'CPAC', 'TfL', 'DfES': two capitals or more, as an acronym in brackets is written."""
    return tok.text.isalpha() and tok.text[0].isupper() and sum(c.isupper() for c in tok.text) >= 2 \
        and len(tok.text) <= 6


def _spelled_out(doc) -> list[tuple[int, int, str]]:
    """Names written out before their acronym in brackets, whose initials the acronym is ("Transport for
    London (TfL)", "Department for Education and Skills (DfES)")."""
    found = []
    for tok in doc:
        if tok.text != "(" or tok.i + 2 >= len(doc) or doc[tok.i + 2].text != ")" \
                or not _bracketed_acronym(doc[tok.i + 1]):
            continue
        for start in range(tok.i - 1, max(-1, tok.i - 9), -1):
            word = doc[start].text
            if not (word[:1].isupper() or word in ("of", "for", "and", "the", "&")):
                break
            name = doc[start:tok.i].text
            if word[:1].isupper() and _abbreviates(doc[tok.i + 1].text, name.split()):
                found.append((start, tok.i, org_name(name)))
                break
    return found


def _house_committees(doc) -> list[tuple[int, int, str]]:
    """Committees named in lower case after the house they sit in, as British and many American papers write
    them ("the Commons public accounts committee", "the Senate intelligence committee"): the tagger leaves
    them untagged or keeps only the house."""
    found = []
    for tok in doc:
        if tok.text not in LEGISLATURES or tok.i + 2 >= len(doc):
            continue
        end = tok.i + 1
        while end < min(len(doc), tok.i + 8) and (doc[end].text.isalpha() and doc[end].text.islower()
                                                  or doc[end].text == ",") \
                and doc[end].lower_ not in COMMITTEE_NOUNS:
            end += 1
        if end < len(doc) and end > tok.i + 1 and doc[end].lower_ in COMMITTEE_NOUNS and doc[end].pos_ == "NOUN" \
                and doc[end - 1].text not in (",", "and"):
            found.append((tok.i, end + 1, doc[tok.i:end + 1].text))
    return found


def _seats_untagged(doc) -> list[tuple[int, int, str]]:
    """A seat of government the tagger left untagged, which news writes for the government that sits there
    ("Downing Street has denied ...", "the Kremlin said")."""
    found = []
    for tok in doc:
        if tok.ent_type_ or tok.pos_ != "PROPN" or found and tok.i < found[-1][1]:
            continue
        for end in (tok.i + 2, tok.i + 1):
            span = doc[tok.i:end]
            if end <= len(doc) and not any(t.ent_type_ for t in span) \
                    and getattr(lookup_place(span.text), "via", None) == "seat":
                found.append((tok.i, end, span.text))
                break
    return found


def _clubs_untagged(doc) -> list[tuple[int, int, str]]:
    """A sports club the tagger did not take for an organisation: a place's name, then a word only clubs end in
    ("Leeds United", tagged a product; "Blackburn Rovers", "Wigan Athletic", "West Bromwich Albion")."""
    found = []
    for tok in doc:
        if tok.text not in CLUB_LAST_WORDS or tok.ent_type_ == "ORG" or tok.i == 0:
            continue
        start = tok.i
        while start > 0 and tok.i - start < 3 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
                and doc[start - 1].ent_type_ not in ("PERSON", "ORG"):
            start -= 1
        if start < tok.i:
            found.append((start, tok.i + 1, doc[start:tok.i + 1].text))
    return found


# Last words of football and rugby clubs' names, which nothing else ends in.
CLUB_LAST_WORDS = frozenset("United Rovers Athletic Wanderers Albion Hotspur Rangers".split())


def _number_ten(doc) -> list[tuple[int, int, str]]:
    """"No 10" and "Number 10", as British news calls the prime minister's office: Downing Street when the
    article also names it so, else as written. Only where it acts as a body (its spokesman, or it says
    something), not a shirt or a place in the charts ("wore the No 10 shirt", "No 10 in the charts")."""
    text = doc_text(doc)
    found = []
    for m in _NUMBER_TEN.finditer(text):
        tok = doc.char_span(m.start(), m.start() + len(m.group(1)))
        if tok is None or tok.end + 1 >= len(doc):
            continue
        tok, ten = tok[0], doc[tok.end]
        if ten.text not in ("10", "Ten"):
            continue
        after = doc[tok.i + 2]
        acting = after.lower_ in ("spokesman", "spokeswoman", "spokesperson", "source", "sources", "official",
                                  "officials", "insiders", "aides") \
            or ten.dep_ in ("nsubj", "compound") and ten.head.lemma_ in SPEECH_VERBS | {"spokesman", "spokeswoman"}
        if acting:
            name = "Downing Street" if "Downing Street" in text else doc[tok.i:tok.i + 2].text
            found.append((tok.i, tok.i + 2, name))
    return found


_NUMBER_TEN = re.compile(r"\b(No\.?|Number) (?:10|Ten)\b")


def _abbreviates(acronym: str, words: list[str]) -> bool:
    """Whether the acronym is the words' initials: every capitalised word's, and a small word's when the
    acronym keeps it ("TfL", "FOIA" for Freedom of Information Act; "DfES" drops the "and")."""
    if not words:
        return not acronym
    first, rest = words[0], words[1:]
    if first in ("of", "for", "and", "the", "&"):
        return _abbreviates(acronym, rest) or bool(acronym) and acronym[0].lower() == first[0] \
            and _abbreviates(acronym[1:], rest)
    return bool(acronym) and acronym[0] == first[0].upper() and _abbreviates(acronym[1:], rest)


def _acronym(tok) -> bool:
    """A word of three to six capitals that is no everyday word in capitals ("RSPCA", not "OK")."""
    return tok.pos_ == "PROPN" and tok.text.isalpha() and tok.text.isupper() and 3 <= len(tok.text) <= 6 \
        and tok.text.lower() not in NOT_NAMES


def _org_like(name: str) -> bool:
    """A name rejected as a person that still reads as a proper name (MS-13, Tren de Aragua, Politico)."""
    return bool(name) and name[0].isupper() and name.lower() not in NOT_NAMES
