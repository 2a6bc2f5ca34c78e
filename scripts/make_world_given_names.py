"""Build builder/data/given_names_world.json: given names used outside the US, from Faker's locales.

The US census lists (data/given_names.json) miss most of the names news from elsewhere carries:
"Thibaut", "Tomasz", "Niamh", "Anders", "Frédéric". Faker (MIT licence) keeps first-name lists
by gender for many locales; this takes those in Latin script, transliterates the Russian,
Ukrainian and Bulgarian ones the way English-language news spells them ("Anatoly", "Sergei"),
and adds a short hand list of Welsh names Faker has no locale for. Left out: names already in
the census lists (their gender there stands, but see below), and everyday English words ("Said", "Can"), which
data/common_words.json lists. A name is given a gender only when two locales or more give it that
gender and none the other ("Thibaut", "Anders"); a name from one locale alone ("Ilhan" is a man's
name in Turkey, a woman's in Somalia) or given to both is unisex: known as a name, with no guess at
gender. A census name that three locales or more give the other gender ("Kim", "Jean", "Daniele")
is listed in census_either, and read as unisex.

Usage: pip install -e ".[data]"; python scripts/make_world_given_names.py
"""
from __future__ import annotations

import importlib
import json
import re
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "builder" / "data"
OUT = DATA / "given_names_world.json"

LATIN_LOCALES = (
    "cs_CZ da_DK de_AT de_CH de_DE de_LU en_GB en_IE en_IN en_KE en_NZ en_PK en_US es_AR es_CL es_CO es_ES es_MX "
    "et_EE fi_FI fr_BE fr_CA fr_CH fr_FR ga_IE hr_HR hu_HU id_ID is_IS it_IT lt_LT lv_LV nl_BE nl_NL no_NO pl_PL "
    "pt_BR pt_PT ro_RO sk_SK sl_SI sv_SE tr_TR"
).split()
CYRILLIC_LOCALES = ["ru_RU", "uk_UA", "bg_BG"]

# Welsh given names (no Faker locale): (name, gender)
WELSH = {
    "m": "Aled Alun Bryn Cadfael Carwyn Dafydd Dai Dewi Dylan Elfyn Emlyn Emrys Geraint Gethin Glyn Gruffydd Gwilym "
         "Gwyn Huw Hywel Idris Ieuan Iestyn Ifan Iolo Iwan Llyr Meirion Owain Rhodri Rhun Rhydian Rhys Tudur Wyn",
    "f": "Angharad Bethan Branwen Catrin Cerys Eirlys Eleri Eluned Ffion Gwen Gwenllian Heledd Lowri Mared Megan "
         "Nerys Nia Rhian Rhiannon Seren Sian Siân Siwan Tegan",
}

# BGN-style transliteration, with the spellings English-language news settles on
_CYR = dict(zip("абвгдезийклмнопрстуфыэ", "abvgdeziyklmnoprstufye")) | {
    "ё": "yo", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ь": "",
    "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}
_NAME = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]+(-[A-ZÀ-Þ][a-zß-ÿ]+)?")


def transliterate(name: str) -> list[str]:
    """'Анатолий' -> ['Anatoli', 'Anatoliy', 'Anatoly']; 'Сергей' -> ['Sergei', 'Sergey'];
    'Евгений' -> ['Yevgeni', ...]."""
    low = name.lower()
    if low.startswith("е"):
        low = "йе" + low[1:]                    # an opening е is "ye" ("Yevgeny", "Yelena")
    variants = {low}
    if low.endswith("ий"):
        variants = {low[:-2] + "y", low[:-2] + "iy", low[:-2] + "i"}
    elif low.endswith("ей"):
        variants = {low[:-2] + "ei", low[:-2] + "ey"}
    out = []
    for v in sorted(variants):
        latin = "".join(_CYR.get(ch, ch) for ch in v)
        if latin.isascii() and latin.isalpha():
            out.append(latin.capitalize())
    return out


def locale_names(locale: str) -> dict[str, list[str]]:
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    out = {}
    for gender, attr in (("m", "first_names_male"), ("f", "first_names_female")):
        names = getattr(provider, attr, ())
        out[gender] = list(names) if isinstance(names, (list, tuple, dict, set, frozenset)) else []
    return out


def main() -> None:
    census = json.loads((DATA / "given_names.json").read_text(encoding="utf-8"))
    known = set(census["male"]) | set(census["female"]) | set(census["unisex"])
    common = set(json.loads((DATA / "common_words.json").read_text(encoding="utf-8"))["words"])
    locales: dict[str, dict[str, set[str]]] = {}      # name -> gender -> locales
    for locale in LATIN_LOCALES + CYRILLIC_LOCALES:
        for gender, names in locale_names(locale).items():
            for name in names:
                forms = transliterate(name) if locale in CYRILLIC_LOCALES else [name]
                for form in forms:
                    if _NAME.fullmatch(form):
                        locales.setdefault(form, {}).setdefault(gender, set()).add(locale)
    for gender, names in WELSH.items():
        for name in names.split():
            locales.setdefault(name, {}).setdefault(gender, set()).update({"cy", "cy (by hand)"})
    new = {n: g for n, g in locales.items() if n not in known and n.lower() not in common}
    # A census name of one gender that three locales or more give the other ("Kim", "Jean", "Robin",
    # "Daniele"): a name of either gender abroad, so no guess at gender from it.
    census_gender = {n: "m" for n in census["male"]} | {n: "f" for n in census["female"]}
    either = sorted(n for n, g in census_gender.items()
                    if len(locales.get(n, {}).get("f" if g == "m" else "m", ())) >= 3)

    def gender(name: str) -> str | None:
        by_gender = new[name]
        return next(iter(by_gender)) if len(by_gender) == 1 and len(next(iter(by_gender.values()))) >= 2 else None

    import faker
    data = {
        "source": f"Faker {faker.VERSION} person providers (MIT licence), Latin-script and transliterated "
                  "Cyrillic locales, plus Welsh names by hand; minus the census names and everyday English "
                  "words; built by scripts/make_world_given_names.py",
        "male": sorted(n for n in new if gender(n) == "m"),
        "female": sorted(n for n in new if gender(n) == "f"),
        "unisex": sorted(n for n in new if gender(n) is None),
        "census_either": either,
    }
    OUT.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(data['male'])} male, {len(data['female'])} female, {len(data['unisex'])} unisex, "
          f"{len(either)} census names of either gender")


if __name__ == "__main__":
    main()
