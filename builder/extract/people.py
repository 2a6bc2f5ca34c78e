"""People: one entry per person, not per mention.

Mentions come from PERSON entities, plus ORG/GPE/unlabelled tokens that repeat
a person's name (spaCy often tags a surname as ORG in some sentences). Titles
are split off into roles; surnames and possessives join the full name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..places import lookup_place
from .lexicon import (HONORIFICS, KNOWN_ORGANIZATIONS, NAME_SUFFIXES, NON_PERSON_HEADS, NOT_NAMES,
                      PLACE_LAST_WORDS, THING_WORDS, TITLE_FILLERS, TITLE_WORDS)

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


@dataclass
class PersonCluster:
    name: str                                  # fullest form
    mentions: list[tuple[int, int]] = field(default_factory=list)   # token range of each mention
    roles: list[str] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    first_char: int = 0
    quoted: int = 0


def clean_name(text: str) -> str:
    # "Pedego’s Don DiCostanza": the owner in front is not part of the name
    text = re.split(r"['’]s\s+(?=[A-Z])", text.strip())[-1]
    text = _POSSESSIVE.sub("", text.strip())
    text = re.sub(r"\s+", " ", text)
    return text.strip(" ,.;:-–—\"“”‘’'()[]")


def split_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """['Crown', 'Prince', 'Mohammed', 'bin', 'Salman'] -> (['Crown', 'Prince'], ['Mohammed', 'bin', 'Salman'])."""
    i = 0
    while i < len(tokens) - 1 and (_is_title(tokens[i]) or (i and tokens[i] in TITLE_FILLERS and _is_title(tokens[i + 1]))):
        i += 1
    return tokens[:i], tokens[i:]


def _is_title(word: str) -> bool:
    return word in TITLE_WORDS or word.lower().startswith(("then-", "ex-", "former")) and word.split("-")[-1] in TITLE_WORDS


def looks_like_name(name: str) -> bool:
    words = name.split()
    if not words or len(words) > 6:
        return False
    if any(ch.isdigit() for ch in name) or name.lower() in NOT_NAMES:
        return False
    if name in KNOWN_ORGANIZATIONS or words[-1] in KNOWN_ORGANIZATIONS and len(words) == 1:
        return False
    # every main word capitalised; particles such as bin, de, van, al- may stay lowercase
    main = [w for w in words if w.lower() not in ("bin", "bint", "de", "da", "del", "van", "von", "der", "la", "le", "al", "ibn", "du", "dos", "y")]
    if not main or not all(w[0].isupper() for w in main):
        return False
    if name.isupper() and len(name) > 3:        # "NASA", "MS-13"
        return False
    if words[-1] in PLACE_LAST_WORDS or THING_WORDS.intersection(words):
        return False
    return True


def _preceding_role(doc, start: int) -> str | None:
    """Title words written just before a name: 'Argentine President' -> 'President',
    'then-Sen.' -> 'then-Sen.', 'Univisión White House correspondent' -> None (not a title word)."""
    words = []
    i = start - 1
    while i >= 0 and (_is_title(doc[i].text) or (doc[i].text in TITLE_FILLERS and words)):
        words.insert(0, doc[i].text)
        i -= 1
    while words and words[0] in TITLE_FILLERS:
        words.pop(0)
    # "then-Sen." is tokenized then / - / Sen.
    if words and i >= 1 and doc[i].text == "-" and doc[i - 1].lower_ in ("then", "ex", "former"):
        words.insert(0, doc[i - 1].text + "-")
        words[0:2] = [words[0] + words[1]]
    role = " ".join(words)
    return role or None


def _non_person_context(doc, start: int, end: int) -> bool:
    """'the outlet Politico', 'gangs like Tren de Aragua', 'gangs, like Mara Salvatrucha (MS-13)'."""
    i = start - 1
    steps = 0
    while i >= 0 and steps < 4 and doc[i].lower_ in ("the", "like", "such", "as", ",", "a", "an", "including"):
        i -= 1
        steps += 1
    return i >= 0 and doc[i].lower_ in NON_PERSON_HEADS


def collect_people(doc) -> tuple[list[PersonCluster], set[str], dict[int, str]]:
    """Cluster person mentions in one Doc. Returns clusters in order of first mention, the names
    rejected as non-people (so organisations can pick them up) and a map token index -> person."""
    rejected: set[str] = set()
    # multi-word organisation names: a "person" holding one ("Univisión White House") is not a person
    org_texts = {n for e in doc.ents if e.label_ == "ORG" for n in [clean_name(e.text)] if len(n.split()) > 1}
    full: list[tuple[int, int, str, str | None]] = []      # (start token, end token, name, role)
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        # the entity's own text keeps "Chung-tai" and "Al-Maeena" whole; leading adjectives
        # ("Nonpartisan Paul Tse", "Pro-Beijing ...") are not part of a name
        first = ent.start
        while first < ent.end - 1 and (doc[first].pos_ == "ADJ" or doc[first].lower_.startswith(("pro-", "anti-"))):
            first += 1
        words = clean_name(doc[first:ent.end].text).split()
        title, rest = split_title(words)
        while rest and rest[-1] in NAME_SUFFIXES:
            rest = rest[:-1]
        name = " ".join(rest)
        if name.startswith(tuple(h + " " for h in HONORIFICS)):
            name = name.split(" ", 1)[1]
        if not looks_like_name(name) or lookup_place(name) or _non_person_context(doc, ent.start, ent.end) \
                or any(o in name for o in org_texts if len(o) > 3 and o != name):
            rejected.add(clean_name(ent.text))
            continue
        role = " ".join(title) or _preceding_role(doc, ent.start)
        full.append((ent.start, ent.end, name, role))

    clusters: dict[str, PersonCluster] = {}
    order: list[str] = []
    multi = sorted({n for _, _, n, _ in full if len(n.split()) > 1}, key=lambda n: (-len(n.split()), n))

    def target(name: str) -> str:
        """The fullest name this mention belongs to: itself, or the one full name it is part of."""
        if name in multi:
            # a longer form contains it ("Mohammed bin Salman" inside "Crown Prince ..." is handled by split_title)
            longer = [m for m in multi if m != name and (" " + name + " ") in (" " + m + " ") and len(m.split()) > len(name.split())]
            return longer[0] if len(longer) == 1 else name
        words = name.split()
        matches = [m for m in multi if m.split()[-1] == words[-1] or (len(words) == 1 and m.split()[0] == name and _surname_first(m))]
        if len(words) == 1 and not matches:
            # a first name alone ("Ahmed") is the one person of that first name ("Ahmed Mohamed")
            matches = [m for m in multi if m.split()[0] == name]
        if len(words) > 1:
            matches = [m for m in multi if m.endswith(" " + name) or m == name]
        return matches[0] if len(set(matches)) == 1 else name

    token_person: dict[int, str] = {}

    def add(name: str, start: int, role: str | None, end: int | None = None) -> None:
        key = target(name)
        if key not in clusters:
            clusters[key] = PersonCluster(name=key, first_char=doc[start].idx)
            order.append(key)
        c = clusters[key]
        end = end or start + 1
        c.mentions.append((start, end))
        token_person.update((i, key) for i in range(start, end))
        c.first_char = min(c.first_char, doc[start].idx)
        if name != key:
            c.aliases.add(name)
        if role and role not in c.roles:
            c.roles.append(role)

    for start, end, name, role in full:
        add(name, start, role, end)

    # surnames spaCy tagged ORG/GPE/NORP, or left unlabelled ("Trump’s" as ORG)
    known_single = {m.split()[-1]: m for m in multi}
    covered = {i for s, e, _, _ in full for i in range(s, e)}
    for ent in doc.ents:
        if ent.label_ in ("ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"):
            name = clean_name(ent.text)
            if name.startswith(("the ", "The ")):
                continue
            if (name in clusters or name in known_single) and not lookup_place(name):
                add(name, ent.start, _preceding_role(doc, ent.start), ent.end)
                covered.update(range(ent.start, ent.end))
    ent_tokens = {i for e in doc.ents for i in range(e.start, e.end)}
    for tok in doc:
        # any capitalised token that repeats a known surname, whatever its tag ("Pullman writes")
        if tok.i in covered or tok.i in ent_tokens or not tok.text[:1].isupper():
            continue
        name = clean_name(tok.text)
        if name in known_single and tok.text[0].isupper():
            add(name, tok.i, _preceding_role(doc, tok.i))
    return [clusters[k] for k in order], rejected, token_person


def _surname_first(name: str) -> bool:
    """East Asian names written surname first ('Xi Jinping'): two words, the second not a common given-name form."""
    words = name.split()
    return len(words) == 2 and len(words[0]) <= 3


def salience(cluster: PersonCluster, text_length: int) -> float:
    """Mentions weigh most; being quoted and being named early add to it."""
    position = 1.0 - min(cluster.first_char / max(text_length, 1), 1.0)
    return len(cluster.mentions) + 2.0 * cluster.quoted + 2.0 * position
