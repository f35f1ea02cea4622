"""Checks on the committed catalog files (stdlib only; also usable from a test)."""

from __future__ import annotations

import json
import re
from pathlib import Path

LANGS = ("en", "id", "es", "fr", "ru")
FILES = ("frameworks.json", "countries.json", "places.json", "people.json", "topics.json", "outlets.json")
MAX_BYTES = 1_600_000
KINDS = {"organization", "initiative", "forum", "bloc", "treaty", "mechanism"}
OUTLET_KINDS = {"agency", "newspaper", "broadcaster", "photo_agency", "ministry"}


def _alias_problems(where: str, aliases, min_len: int = 3) -> list[str]:
    out = []
    for a in aliases:
        if not isinstance(a, str) or not a.strip():
            out.append(f"{where}: empty or non-string alias {a!r}")
        elif len(a.strip()) < min_len:
            out.append(f"{where}: alias shorter than {min_len} characters outside acronyms: {a!r}")
        elif a != a.strip() or "  " in a:
            out.append(f"{where}: alias with stray whitespace {a!r}")
    return out


def _lang_map(where: str, m) -> list[str]:
    if not isinstance(m, dict):
        return [f"{where}: not a language map"]
    out = []
    for lang, items in m.items():
        if lang not in LANGS:
            out.append(f"{where}: unknown language {lang!r}")
        if not isinstance(items, list):
            out.append(f"{where}.{lang}: not a list")
            continue
        out += _alias_problems(f"{where}.{lang}", items)
    return out


def _unique(name: str, rows, key: str) -> list[str]:
    seen, out = set(), []
    for r in rows:
        k = r.get(key)
        if k in seen:
            out.append(f"{name}: duplicate {key} {k!r}")
        seen.add(k)
    return out


def validate_all(data_dir: Path) -> list[str]:
    problems: list[str] = []
    loaded = {}
    for f in FILES:
        p = data_dir / f
        try:
            loaded[f] = json.loads(p.read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            problems.append(f"{f}: does not parse: {e}")
            continue
        if p.stat().st_size > MAX_BYTES:
            problems.append(f"{f}: {p.stat().st_size} bytes, over {MAX_BYTES}")
    fw = loaded.get("frameworks.json", [])
    problems += _unique("frameworks", fw, "id")
    fw_ids = {f["id"] for f in fw}
    for f in fw:
        w = f"frameworks[{f.get('id')}]"
        if f.get("kind") not in KINDS:
            problems.append(f"{w}: kind {f.get('kind')!r}")
        if f.get("parent") is not None and f["parent"] not in fw_ids:
            problems.append(f"{w}: unknown parent {f['parent']!r}")
        if f.get("qid") is not None and not re.fullmatch(r"Q\d+", f["qid"]):
            problems.append(f"{w}: bad qid {f['qid']!r}")
        problems += _alias_problems(f"{w}.acronyms", f.get("acronyms", []), min_len=2)
        problems += _lang_map(f"{w}.aliases", f.get("aliases"))
        problems += _lang_map(f"{w}.ambiguous_aliases", f.get("ambiguous_aliases", {}))
        if not any(f["aliases"].values()) and not f.get("acronyms"):
            problems.append(f"{w}: no alias at all")

    co = loaded.get("countries.json", [])
    problems += _unique("countries", co, "code")
    codes = {c["code"] for c in co}
    for c in co:
        w = f"countries[{c.get('code')}]"
        if not re.fullmatch(r"[A-Z]{2}", c.get("code", "")):
            problems.append(f"{w}: bad code")
        problems += _lang_map(f"{w}.names", c.get("names"))
        problems += _lang_map(f"{w}.demonyms", c.get("demonyms", {}))
        problems += _lang_map(f"{w}.ambiguous_names", c.get("ambiguous_names", {}))
        problems += _alias_problems(f"{w}.acronyms", c.get("acronyms", []), min_len=2)
        for lang in LANGS:
            if not c["names"].get(lang) and not c.get("ambiguous_names", {}).get(lang):
                problems.append(f"{w}: no {lang} name")

    pl = loaded.get("places.json", [])
    problems += _unique("places", pl, "id")
    pl_ids = {p["id"] for p in pl}
    for p in pl:
        w = f"places[{p.get('id')}]"
        if p.get("country") not in codes:
            problems.append(f"{w}: unknown country {p.get('country')!r}")
        if not p["id"].startswith(f"{p.get('country')}:"):
            problems.append(f"{w}: id does not start with the country code")
        if p.get("within") and p["within"] not in pl_ids:
            problems.append(f"{w}: unknown within {p['within']!r}")
        problems += _lang_map(f"{w}.aliases", p.get("aliases"))
        problems += _lang_map(f"{w}.ambiguous_aliases", p.get("ambiguous_aliases", {}))
        if not p["aliases"].get("en"):
            problems.append(f"{w}: no English alias")

    pe = loaded.get("people.json", [])
    problems += _unique("people", pe, "id")
    for p in pe:
        w = f"people[{p.get('id')}]"
        if p.get("country") not in codes and p.get("country") is not None:
            problems.append(f"{w}: unknown country {p.get('country')!r}")
        if p.get("qid") is not None and not re.fullmatch(r"Q\d+", p["qid"]):
            problems.append(f"{w}: bad qid")
        problems += _alias_problems(w, p.get("aliases", []))

    to = loaded.get("topics.json", [])
    problems += _unique("topics", to, "id")
    for t in to:
        problems += _lang_map(f"topics[{t.get('id')}].aliases", t.get("aliases"))

    ou = loaded.get("outlets.json", [])
    problems += _unique("outlets", ou, "id")
    for o in ou:
        w = f"outlets[{o.get('id')}]"
        if o.get("kind") not in OUTLET_KINDS:
            problems.append(f"{w}: kind {o.get('kind')!r}")
        problems += _alias_problems(w, o.get("aliases", []))
        problems += _alias_problems(f"{w}.acronyms", o.get("acronyms", []), min_len=2)
        problems += _alias_problems(f"{w}.ambiguous_aliases", o.get("ambiguous_aliases", []))
        for d in o.get("domains", []):
            if not re.fullmatch(r"[a-z0-9.-]+\.[a-z]{2,}", d):
                problems.append(f"{w}: bad domain {d!r}")
    return problems


if __name__ == "__main__":
    import sys

    probs = validate_all(Path(__file__).resolve().parent.parent)
    for x in probs:
        print(x)
    print(f"{len(probs)} problem(s)")
    sys.exit(1 if probs else 0)
