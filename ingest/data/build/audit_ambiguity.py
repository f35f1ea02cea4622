"""Review aid (not part of the build): list catalog aliases that are also frequent ordinary words.

Needs `wordfreq` (build-time only). Prints, per language, aliases whose Zipf frequency in that
language's general word list is at least --zipf (default 4.0, i.e. about 10 per million words).
Frequency counts proper names too ("china" is frequent because of the country), so the output is a
list to read, not a filter: the curated decisions live in the tables' ambiguous lists.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from wordfreq import zipf_frequency

DATA = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--zipf", type=float, default=4.0)
    args = ap.parse_args()
    rows = []

    def check(where, lang, alias):
        if " " in alias.strip():
            return
        z = zipf_frequency(alias.lower(), lang)
        if z >= args.zipf:
            rows.append((z, lang, alias, where))

    for c in json.loads((DATA / "countries.json").read_text()):
        for lang, names in c["names"].items():
            for n in names:
                check(f"country {c['code']}", lang, n)
    for p in json.loads((DATA / "places.json").read_text()):
        for lang, names in p["aliases"].items():
            for n in names:
                check(f"place {p['id']}", lang, n)
    for f in json.loads((DATA / "frameworks.json").read_text()):
        for lang, names in f["aliases"].items():
            for n in names:
                check(f"framework {f['id']}", lang, n)
    for t in json.loads((DATA / "topics.json").read_text()):
        for lang, names in t["aliases"].items():
            for n in names:
                check(f"topic {t['id']}", lang, n)
    for p in json.loads((DATA / "people.json").read_text()):
        for n in p["aliases"]:
            for lang in ("en", "id", "es", "fr", "ru"):
                check(f"person {p['id']}", lang, n)
    for o in json.loads((DATA / "outlets.json").read_text()):
        for n in o["aliases"]:
            for lang in ("en", "id", "es", "fr", "ru"):
                check(f"outlet {o['id']}", lang, n)
    for z, lang, alias, where in sorted(rows, reverse=True):
        print(f"{z:4.1f} {lang} {alias!r:30} {where}")


if __name__ == "__main__":
    main()
