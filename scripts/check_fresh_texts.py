"""Check a folder of fresh-set texts rebuilt from their public sources against tests/fresh/texts.tsv.

Each listed file must exist under DIR with exactly the recorded number of characters (what the stored
copy held). Usage: python scripts/check_fresh_texts.py DIR. Exit status 1 when any file is missing or
differs, so a rebuilt corpus is known to be the one the recorded figures were measured on.
"""
import argparse
import sys
from pathlib import Path

LIST = Path(__file__).resolve().parent.parent / "tests" / "fresh" / "texts.tsv"


def problems(corpus: Path, listing: Path = LIST) -> list[str]:
    found = []
    for line in listing.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, repo, path, chars = line.split("\t")
        text_file = corpus / name
        if not text_file.is_file():
            found.append(f"missing: {name} (from {repo} {path})")
        elif len(text_file.read_text(encoding="utf-8")) != int(chars):
            found.append(f"{name}: {len(text_file.read_text(encoding='utf-8'))} characters, {chars} expected")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="folder holding <set>/<name>.txt")
    args = parser.parse_args(argv)
    found = problems(args.corpus)
    print("\n".join(found) if found else "all texts present, every length as recorded")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
