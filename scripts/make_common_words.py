"""Build builder/data/common_words.json: everyday English words that are not given names.

A name whose first word is one of these ("Blade Runner", "Cloud Atlas", "Sweet Sixteen") is more
likely a work, a product or a group than a person. Source: the wordfreq package (Robyn Speer et al.;
its word lists are CC BY-SA 4.0), English words with a Zipf frequency of at least MIN_ZIPF (ten uses per
million words), alphabetic and lowercase; minus every first name in the US Census 1990 lists (the
ones scripts/make_given_names.py reads), so "Mark", "Grace" or "Bill" never count as common words.
wordfreq is needed only to run this script, not to build sites.

Usage: pip install wordfreq==3.1.1; python scripts/make_common_words.py DIR_WITH_CENSUS_FILES
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from make_given_names import read as read_census      # (scripts/ is on sys.path when run as a script)

MIN_ZIPF = 4.0
OUT = Path(__file__).resolve().parent.parent / "builder" / "data" / "common_words.json"


def main(folder: str) -> None:
    from importlib.metadata import version

    import wordfreq

    given = {name.lower() for part in ("dist.male.first", "dist.female.first")
             for name in read_census(Path(folder) / part)}
    words = sorted(w for w in wordfreq.top_n_list("en", 100_000)
                   if w.isalpha() and w.islower() and w not in given
                   and wordfreq.zipf_frequency(w, "en") >= MIN_ZIPF)
    data = {"source": f"wordfreq {version('wordfreq')} English list (CC BY-SA 4.0), Zipf >= {MIN_ZIPF}, "
                      "minus US Census 1990 first names; built by scripts/make_common_words.py",
            "words": words}
    OUT.write_text(json.dumps(data, indent=0, ensure_ascii=True) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(words)} words")


if __name__ == "__main__":
    main(sys.argv[1])
