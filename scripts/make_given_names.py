"""Build builder/data/given_names.json from the US Census Bureau's 1990 first-name lists.

Source: https://www2.census.gov/topics/genealogy/1990surnames/ (dist.male.first, dist.female.first),
a work of the US government, in the public domain. Each line: NAME, frequency %, cumulative %, rank.
A name goes to one gender when its frequency there is at least RATIO times that in the other list;
names used for both (Jordan, Taylor) go to "unisex": known as given names, with no guess at gender.

Usage: python scripts/make_given_names.py DIR_WITH_CENSUS_FILES
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

RATIO = 4.0
OUT = Path(__file__).resolve().parent.parent / "builder" / "data" / "given_names.json"


def read(path: Path) -> dict[str, float]:
    out = {}
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0].capitalize()] = float(parts[1])
    return out


def main(folder: str) -> None:
    male = read(Path(folder) / "dist.male.first")
    female = read(Path(folder) / "dist.female.first")
    floor = 0.0005      # a name missing from one list counts as this frequency there
    data = {
        "source": "US Census Bureau, 1990 census first-name lists (public domain); "
                  "built by scripts/make_given_names.py",
        "male": sorted(n for n, f in male.items() if f >= RATIO * female.get(n, floor)),
        "female": sorted(n for n, f in female.items() if f >= RATIO * male.get(n, floor)),
    }
    data["unisex"] = sorted((male.keys() | female.keys()) - set(data["male"]) - set(data["female"]))
    OUT.write_text(json.dumps(data, indent=0, ensure_ascii=True) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(data['male'])} male, {len(data['female'])} female, {len(data['unisex'])} unisex")


if __name__ == "__main__":
    main(sys.argv[1])
