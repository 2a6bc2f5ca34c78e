"""Names as strings: cleaning, titles, given names and spelling.

No Doc here: these take the text of a mention and say what it is (a name, a title,
an organisation's shape) or which person it belongs to.
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

from ..places import lookup_place
from .lexicon import (EPONYMOUS_BRANDS, FEMALE_WORDS, FICTIONAL_CHARACTERS, KNOWN_ORGANIZATIONS, MALE_WORDS,
                      NAME_SUFFIXES, NOT_NAMES, ORG_NAME_WORDS, PERSON_NOUNS, PERSONAL_TITLES, PLACE_LAST_WORDS,
                      POST_NOMINALS, ROLE_NOUNS, SPEECH_VERBS, STORM_WORDS, THING_WORDS, TITLE_FILLERS, TITLE_WORDS)


_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


GIVEN_NAMES = Path(__file__).resolve().parent.parent / "data" / "given_names.json"
WORLD_GIVEN_NAMES = GIVEN_NAMES.with_name("given_names_world.json")
COMMON_WORDS = Path(__file__).resolve().parent.parent / "data" / "common_words.json"
OFFICE_HOLDERS = GIVEN_NAMES.with_name("office_holders.json")
NEWS_GIVEN_NAMES = GIVEN_NAMES.with_name("given_names_news.json")


def name_word(text: str) -> bool:
    """Letters only, apostrophes apart: a word a surname can be ("Parise", "Nyong'o", "O’Brien")."""
    return text.replace("'", "").replace("’", "").isalpha()


def personal_title(role: str) -> bool:
    """A role ending in a title that only ever stands before a person's name ("Mr.", "President-elect")."""
    return role.split()[-1].removesuffix("-elect") in PERSONAL_TITLES


@lru_cache(maxsize=1 << 16)      # (pure, and asked of the same mention texts many times over)
def clean_name(text: str) -> str:
    # "Pedego’s Don DiCostanza": the owner in front is not part of the name, unless the owner is
    # the person ("John Lennon’s Real Love")
    parts = re.split(r"['’]s\s+(?=[A-Z])", text.strip())
    text = parts[0] if len(parts) > 1 and starts_with_given_name(parts[0].strip()) else parts[-1]
    text = re.split(r"[:(]", text.replace("[", "").replace("]", ""))[0]   # "[George H. W.] Bush", "Herrick: Sure"
    text = re.split(r"/(?=[A-Z])", text)[0]            # a photo credit: "Eric Fischer/Flickr"
    text = re.split(r"\s+as\s+(?=[A-Z])", text)[0]     # a part played: "Candace Windfall as Catwoman"
    # a nickname inside the name: 'George “Geordie” Herbert'
    text = re.sub(r"(?<=\w)\s+[“\"‘'][^”\"’']+[”\"’']\s+(?=[A-Z])", " ", text)
    text = _POSSESSIVE.sub("", text.strip(" \"“”"))     # "Stevie Wonder’s “": the mark, then the possessive
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\bMc (?=[A-Z])", "Mc", text)      # "Tina Mc Kenzie", a slip for "Tina McKenzie"
    words = text.strip(" ,.;:-–—\"“”‘’'()[]").split(" ")
    while len(words) > 2 and words[-1].strip(",.") in POST_NOMINALS:
        words.pop()                                    # "Paul Boateng MP", "William Haughey OBE"
    while len(words) > 2 and words[-1][:1].isupper() and words[-1].endswith("s") \
            and words[-1][:-1].lower() in SPEECH_VERBS:
        words.pop()                                    # a headline's verb: "Howard Dean Tells Democratic Convention"
    return " ".join(words).strip(" ,.;:-–—\"“”‘’'()[]")


def split_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """['Crown', 'Prince', 'Mohammed', 'bin', 'Salman'] -> (['Crown', 'Prince'], ['Mohammed', 'bin', 'Salman'])."""
    if len(tokens) == 2 and tokens[0] == "Dean":
        return [], tokens                        # "Dean Kamen": a given name, not the dean
    i = 0
    while i < len(tokens) - 1 and (is_title(tokens[i]) or (i and tokens[i] in TITLE_FILLERS and is_title(tokens[i + 1]))):
        i += 1
    return tokens[:i], tokens[i:]


def is_title(word: str) -> bool:
    return word in TITLE_WORDS or word.lower().startswith(("then-", "ex-", "former")) and word.split("-")[-1] in TITLE_WORDS


NAME_PARTICLES = frozenset(("bin", "bint", "de", "da", "del", "della", "di", "van", "von", "der", "den", "ter", "ten",
                            "la", "le", "al", "el", "ibn", "du", "dos", "y", "ad", "as", "ben", "abu"))


def bare_surname(word: str) -> str:
    """'al-Mamun' -> 'Mamun', "d'Ettorre" -> 'Ettorre': a surname without its lowercase particle."""
    head, _, tail = word.partition("-")
    if tail and head in NAME_PARTICLES:
        return tail
    elided = re.match(r"(?:d|l|dell|dall|degl)['’](?=[A-Z])", word)
    return word[elided.end():] if elided else word


# Title words that are also common surnames ("Martin Luther King", "John Major").
# titles that are surnames only after a given name ("Michel Mayor"; not "Lemnos Mayor")
_TITLE_SURNAMES = frozenset({"Mayor"})
# Place words that are common surnames too ("David Heath", "Steve Ward", "Mike Castle").
_PLACE_SURNAMES = frozenset({"Heath", "Hall", "Lane", "Ward", "Tower", "Castle", "Wing"})
_SURNAMES = frozenset("King Major Bishop Judge Marshal Dean Pope Prince Duke Earl Baron Knight Sheriff Chief "
                      "Chancellor Sergeant Captain Coach Officer Constable Father Lord Lady Pastor Rector".split())


def looks_like_name(name: str) -> bool:
    words = name.split()
    if not words or len(words) > 6:
        return False
    if any(ch.isdigit() for ch in name) or name.lower() in NOT_NAMES:
        return False
    if name in KNOWN_ORGANIZATIONS or words[-1] in KNOWN_ORGANIZATIONS and len(words) == 1 or name in EPONYMOUS_BRANDS \
            or name in FICTIONAL_CHARACTERS:
        return False
    if words[0].lower() in ("in", "on", "at", "of", "for", "from", "with", "by", "to", "into") and len(words) > 1:
        return False                                 # "In Global Islamic Politics": a title
    if words[0] in KNOWN_ORGANIZATIONS and words[0].isupper():
        return False                                 # "BBC Urdu", "CNN International"
    # every main word capitalised; particles such as bin, de, van, al- may stay lowercase
    main = [bare_surname(w) for k, w in enumerate(words) if w.lower() not in NAME_PARTICLES
            and not (w == "the" and k and words[k + 1:] in (["Younger"], ["Elder"], ["Great"]))]   # "Pitt the Younger"
    if not main or not all(w[0].isupper() for w in main):
        return False
    if name.isupper() and len(name) > 3:        # "NASA", "MS-13"
        return False
    if (words[-1] in PLACE_LAST_WORDS and not (len(words) == 2 and words[-1] in _PLACE_SURNAMES
                                                and common_given_name(words[0]) and lookup_place(words[0]) is None)) \
            or THING_WORDS.intersection(words):
        return False                                 # "Rodeo Drive", "Hampstead Heath"; but "David Heath"
    if words[0] in ("USS", "U.S.S.", "HMS", "H.M.S.", "RMS", "MV", "SS") and len(words) > 1:
        return False                                 # a ship: "the U.S.S. Grayback", "HMS Victory"
    if words[0] in ("St", "St.") or words[0] in STORM_WORDS:
        return False                                 # "St Mary’s", "St Thomas’": a church, a hospital
    if re.search(r"-(?:upon|on|under|in|by|le|sur)-", name):
        return False                                 # "Stratford-upon-Avon", "Southend-on-Sea": a town
    # ("Michel Mayor": a common given name that is no place before a title word that is a surname too)
    if is_title(words[-1]) and words[-1] not in NAME_SUFFIXES and (len(words) == 1 or words[-1] not in _SURNAMES) \
            and not (len(words) == 2 and words[-1] in _TITLE_SURNAMES and common_given_name(words[0])
                     and lookup_place(words[0]) is None):
        return False                                 # "the Pope" alone, "Virginia Governor": titles, not names
    return True


FOREIGN_ARTICLES = frozenset({"Le", "La", "Les", "El", "Los", "Las", "Il", "Lo", "Der", "Die", "Das", "De"})


ORG_FIRST_WORDS = frozenset({"Café", "Cafe", "Hotel", "Restaurant", "Bar", "Pub", "Radio", "Club", "Banco", "Casa",
                             # football clubs ("Atletico Madrid", "Borussia Dortmund", "Dynamo Kiev")
                             "Atletico", "Atlético", "Inter", "AC", "Bayern", "Sporting", "Dynamo", "Dinamo",
                             "Olympique", "Borussia", "Partizan", "Lokomotiv", "Spartak", "CSKA", "Deportivo",
                             "Hertha", "Galatasaray", "Fenerbahce", "Besiktas", "Benfica", "Anderlecht"})


# Last words only a firm or a body ends in, whatever first name it opens with ("Dick Clark Productions",
# "Ralph Lauren Corporation"); not "Church", "Temple", "Post" or "Hall", which are surnames too.
ORG_FINAL_WORDS = frozenset({"People", "Productions", "Studios", "Records", "Entertainment", "Pictures", "Films",
                             "Inc", "Inc.",
                             "Ltd", "Ltd.", "LLC", "Corp", "Corp.", "Corporation", "Company", "Group", "Holdings",
                             "Industries", "Technologies", "Foundation", "Institute", "Association", "University",
                             "Airlines", "Motors", "Enterprises", "Partners", "Agency",
                             # newspapers ("Orlando Sentinel via Getty Images", "the San Francisco Chronicle")
                             "Sentinel", "Gazette", "Chronicle", "Courier", "Telegraph", "Inquirer", "Examiner",
                             "Enquirer", "Dispatch",
                             # company forms abroad ("HDT Védelmi Ipari Kft.", "Siemens AG")
                             "Kft", "Kft.", "GmbH", "AG", "SA", "S.A.", "SpA", "S.p.A.", "NV", "N.V.", "BV", "B.V."})


def org_shaped(name: str) -> bool:
    """'Le Figaro', 'Café Rouge', 'Founders Forum': a foreign article in front, or an organisation
    word in it, and no common given name to say otherwise ('Marine Le Pen' is kept by the caller);
    'Dick Clark Productions': a last word only firms end in, given name or not."""
    words = name.split()
    if len(words) >= 2 and words[-1] in ORG_FINAL_WORDS:
        return True
    if len(words) < 2 or starts_with_given_name(name):
        return False
    return words[0] in FOREIGN_ARTICLES | ORG_FIRST_WORDS or bool(ORG_NAME_WORDS.intersection(words[1:]))


def given_name_gender(word: str) -> str | None:
    """'m' or 'f' for a given name common for one gender only ("Peter", "Fiona"), else None (so for a
    common name of either gender: "Kim", "Jean")."""
    gender = _gender_of(word)
    return None if gender == "any" else gender


@lru_cache(maxsize=1 << 16)
def _gender_of(word: str) -> str | None:
    male, female, _ = given_names()
    if word not in male and word not in female:
        word = _unaccented(word)                     # "Ángel", "Benoît"
    if word in _either_gender():
        return "any"
    return "m" if word in male else "f" if word in female else None


def _unaccented(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def common_given_name(word: str) -> bool:
    return _gender_of(word) is not None


def starts_with_given_name(name: str) -> bool:
    """'Oscar Sanchéz Barba': a full name starting with a common given name."""
    words = name.split()
    return len(words) > 1 and words[0] not in FOREIGN_ARTICLES and common_given_name(words[0])


def any_given_name(word: str) -> bool:
    """A first name in the census lists, whichever gender uses it ("Terry", "Jamie" included)."""
    return common_given_name(word) or word in _unisex_names() or _unaccented(word) in _unisex_names()


def _unisex_names() -> frozenset[str]:
    return given_names()[2]


def person_noun(word: str) -> bool:
    """'Detectives', 'Neighbours', 'Officials': a noun for people (capitalised to open a sentence)."""
    word = word.lower()
    return any(w in PERSON_NOUNS | ROLE_NOUNS for w in (word, word[:-1] if word.endswith("s") else word))


def common_word(word: str) -> bool:
    """An everyday English word that is not a first name ("blade", "cloud", "sweet"; not "mark")."""
    return word.lower() in _common_words()


@cache
def _common_words() -> frozenset[str]:
    return frozenset(json.loads(COMMON_WORDS.read_text(encoding="utf-8"))["words"])


@cache
def given_names() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(male, female, unisex) given names from data/given_names.json (US census lists; see
    scripts/make_given_names.py) and data/given_names_world.json (names used elsewhere, which the census
    lists do not hold; see scripts/make_world_given_names.py) and data/given_names_news.json (names of people in
    world news that neither holds, kept by hand), read once. Names common for both genders are only in unisex."""
    return tuple(frozenset(n for data in _name_lists() for n in data[key]) for key in ("male", "female", "unisex"))


@cache
def _either_gender() -> frozenset[str]:
    """Census names of one gender that other countries give the other ("Kim", "Jean", "Daniele")."""
    return frozenset(_name_lists()[1]["census_either"])


@cache
def _name_lists() -> tuple[dict, dict, dict]:
    """The census, world and news given-name files, parsed once."""
    return tuple(json.loads(path.read_text(encoding="utf-8"))
                 for path in (GIVEN_NAMES, WORLD_GIVEN_NAMES, NEWS_GIVEN_NAMES))


# Short forms of first names that are not just their beginning ("Mike" for Michael; "Pat" for Patrick
# needs no entry).
NICKNAMES = {
    "Mike": "Michael", "Mick": "Michael", "Bill": "William", "Billy": "William", "Will": "William",
    "Bob": "Robert", "Bobby": "Robert", "Jim": "James", "Jimmy": "James", "Tom": "Thomas", "Tommy": "Thomas",
    "Dick": "Richard", "Rick": "Richard", "Ted": "Edward", "Eddie": "Edward", "Tony": "Anthony",
    "Liz": "Elizabeth", "Beth": "Elizabeth", "Kate": "Katherine", "Katie": "Katherine", "Jack": "John",
    "Johnny": "John", "Andy": "Andrew", "Steve": "Stephen", "Dave": "David", "Joe": "Joseph", "Fred": "Frederick",
    "Harry": "Henry", "Peggy": "Margaret", "Maggie": "Margaret", "Chuck": "Charles", "Charlie": "Charles",
    "Larry": "Lawrence", "Jerry": "Gerald", "Sandy": "Alexander", "Sasha": "Alexander",
}


def same_first_name(a: str, b: str) -> bool:
    """Two first names one person goes by: equal, a short form ("Pat" and "Patrick", "Josh" and
    "Joshua", "Mike" and "Michael"), or one letter apart in a long name ("Victor" and "Viktor"); never
    two names of different genders ("Dan" and "Dana", "Mario" and "Maria")."""
    if a == b:
        return True
    if NICKNAMES.get(a) == b or NICKNAMES.get(b) == a:
        return True
    if len({given_name_gender(a), given_name_gender(b)} - {None}) > 1:
        return False                                  # "Dan" and "Dana", "Mario" and "Maria"
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 3 and long_.startswith(short) and short.isalpha():
        return True
    return min(len(a), len(b)) >= 5 and edit_distance(a, b, 1) <= 1


def misspelt_surname(word: str, names) -> list[str]:
    """The one full name whose surname a word misspells ("Bauchtman" -> "Lydia Buchtmann", "Water"
    -> "Kathryn Waters"): same first letter, one edit away (two for words of seven letters or
    more), and no other name as close."""
    if len(word) < 5:
        return []
    allowed = 2 if len(word) >= 7 else 1
    close = [n for n in names if len(n.split()) > 1 and n.split()[-1][:1] == word[:1]
             and n.split()[-1] != word and (edit_distance(n.split()[-1], word, allowed) <= allowed
                                            or swapped(n.split()[-1], word))]
    return close if len(close) == 1 else []


def swapped(a: str, b: str) -> bool:
    """Whether two words differ by two letters side by side changing places ("Bryne" for "Byrne")."""
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(a) == len(b) and len(diff) == 2 and diff[1] == diff[0] + 1 \
        and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, stopping early once it must exceed `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
        if min(row) > limit:
            return limit + 1
    return row[-1]


def surname_first(name: str) -> bool:
    """East Asian names written surname first ('Xi Jinping', 'Dong Xiaolin', 'Nguyen Phu Trong'): two words,
    the first short; or a common Chinese, Korean or Vietnamese surname before a given name no census list holds."""
    words = name.split()
    if len(words) == 2 and len(words[0]) <= 3:
        return True
    return 2 <= len(words) <= 3 and words[0] in LONG_EAST_ASIAN_SURNAMES and not any_given_name(words[1])


# Surnames of four letters or more that Chinese (pinyin, Wade-Giles, Cantonese), Korean and Vietnamese names put
# first; the shorter ones (Xi, Kim, Lee, Wen) are known by their length
LONG_EAST_ASIAN_SURNAMES = frozenset("""
Wang Zhang Chen Yang Zhao Huang Zhou Tang Deng Feng Cheng Jiang Shen Peng Zeng Tian Dong Yuan Xiong Liang
Meng Qian Duan Ding Liao Gong Fang Zhuang Zhong Qiao Shao Xiao Chang Cheung Leung Wong Chan Chow Tsang Tsai
Chiang Kwok Yeung Chung Tung Fung Chiu Soong Teng Shih Chou Chao Chien Park Choi Jung Kang Yoon Jang Shin
Kwon Hwang Song Jeon Moon Baek Chae Jeong Hyun Sung Nguyen Tran Pham Hoang Huynh Phan Dang Duong Trinh Truong
Dinh
""".split())


def word_gender(word: str) -> str | None:
    """'m' or 'f' for a gendered title or noun ("Mr", "Lady", "spokeswoman", "husband")."""
    if word in MALE_WORDS or word.lower() in MALE_WORDS:
        return "m"
    if word in FEMALE_WORDS or word.lower() in FEMALE_WORDS:
        return "f"
    return None


def opens_with_common_word(name: str) -> bool:
    """A name of two words or more whose first word is an everyday word and not a first name ("Blade
    Runner", "Lost Horizon", "Led Zeppelin"); not a peer ("Duke of Edinburgh"), an initial ("L. Ron
    Hubbard"), a surname of two letters ("Xi Jinping") or an East Asian name with a two-part given name
    ("Park Joo-ho", "Ban Ki-moon")."""
    words = name.split()
    first = words[0].split("-")[0]                    # "Jean- Pierre", "John-Christian"
    return len(words) > 1 and " of " not in name and len(first.rstrip(".")) > 2 \
        and not re.fullmatch(r"[A-Z][a-z]{1,3}-[A-Za-z][a-z]{1,3}", words[1]) \
        and common_word(first) and not any_given_name(first)


def demonym(word: str) -> bool:
    """A nationality word: "Paraguayan", "French"."""
    place = lookup_place(word)
    return place is not None and place.via == "demonym"


_HANDLE = re.compile(r"@?[A-Za-z][A-Za-z0-9_]{2,30}")
_NAME_PREFIXES = re.compile(r"(?:Mc|Mac|De|Di|Da|Le|La|Du|Van|Von|O)[A-Z]")


def online_handle(word: str) -> bool:
    """A user name as written online, which is how a forum or social-media source is named:
    "@phihag", "elmo666", "ScreamMyName"; not a word, an acronym or a name like "McCain" or "DeSantis"."""
    if not _HANDLE.fullmatch(word):
        return False
    core = word.lstrip("@")
    humps = sum(1 for a, b in zip(core, core[1:]) if a.islower() and b.isupper())
    return word.startswith("@") or (any(c.isdigit() for c in core) and sum(c.islower() for c in core) >= 2) \
        or (humps >= 1 and core[:1].isupper() and not _NAME_PREFIXES.match(core) and len(core) >= 6)


def holds_office(name: str, office: str, country: str | None = None) -> bool:
    """Whether a person named in full is a known holder of the office ("prime minister", "president" ...), in the
    country when one is given: "George Bush" and "George W. Bush" both match the list's "George W. Bush"."""
    words = name.split()
    if len(words) < 2:
        return False
    return any(country in (None, code) for code in _office_holders().get(office, {}).get((words[0], words[-1]), ()))


def public_office(office: str) -> bool:
    """Whether words name a public office the holders list knows ("prime minister", "foreign secretary")."""
    return office in _office_holders()


@cache
def _office_holders() -> dict[str, dict[tuple[str, str], set[str]]]:
    """office -> (first word, last word) of each holder -> the countries where they held it."""
    found: dict[str, dict[tuple[str, str], set[str]]] = {}
    for office, by_country in json.loads(OFFICE_HOLDERS.read_text(encoding="utf-8")).items():
        if office.startswith("_"):
            continue
        for code, names in by_country.items():
            for full in names:
                words = full.split()
                found.setdefault(office, {}).setdefault((words[0], words[-1]), set()).add(code)
    return found
