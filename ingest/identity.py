"""Deterministic identifiers: how a name, a place or a meeting becomes a graph key.

The meeting merge rule (documented in graph_schema/README.md):
two reports describe the same Meeting when they agree on
  1. the kind (in_person | phone | video),
  2. the set of participants (canonical person ids), and
  3. the date key: the ISO date when it is known to the day; otherwise the constraint the article
     gives ("wd:Monday", "md:09-18", "ym:2023-03"), or "undated".
The venue, occasion and wording are NOT part of the key: one report may name the venue and another not
(seeds 000 and 003). The key is computed from one article alone, so `diplograph extract` can print it
without reading the graph. Writing to the graph may then map a person or meeting id onto an existing node
that another article spelled or dated differently (write-time reconciliation, graph_schema/reconcile.py);
the node records the id it was computed as in `merged_ids`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from anyascii import anyascii

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# Common Latin transliteration variants of Slavic names, folded so that Sergei/Sergey/Serguei agree.
_TRANSLIT_FOLDS = [
    (re.compile(r"['’ʹʼ`]"), ""),
    (re.compile(r"([a-z])\1"), r"\1"),  # soft signs and apostrophes of transliteration: Sil'vi → Silvi
    (re.compile(r"(?<=[a-z])(?:ey|ei|ej|ii|iy|yi|yy)\b"), "ei"),  # Sergey / Sergei / Serguei
    (re.compile(r"dzh|dj|zh"), "j"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"th"), "t"),
    (re.compile(r"gue"), "ge"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"w"), "v"),
    (re.compile(r"y"), "i"),
    (re.compile(r"([a-z])\1"), r"\1"),  # doubled letters: Muriithi / Muriit
]


def ascii_fold(text: str) -> str:
    """Latin transliteration without diacritics ('Сергей' → 'Sergei'-like, 'Barrot' stays)."""
    return anyascii(unicodedata.normalize("NFC", text))


def slug(text: str) -> str:
    return _NON_ALNUM.sub("-", ascii_fold(text).lower()).strip("-")


def name_key(name: str) -> str:
    """A spelling-tolerant key for a person's name: case, diacritics and transliteration variants folded."""
    key = ascii_fold(name).lower()
    for pattern, repl in _TRANSLIT_FOLDS:
        key = pattern.sub(repl, key)
    return _NON_ALNUM.sub(" ", key).strip()


def person_id(name: str) -> str:
    """Id of a person outside the catalog: the spelling-tolerant key, so that "Sylvie Baïpo-Temon" and
    "Сильви Байпо-Темон" (transliterated) are one Person across articles and languages."""
    return slug(name_key(name))


def place_id(country_code: str | None, city: str | None) -> str:
    return f"{country_code or 'XX'}:{slug(city) if city else '-'}"


def office_id(country_code: str | None, title: str) -> str:
    return f"{country_code or 'XX'}:{slug(title)}"


def article_id(text: str) -> str:
    return content_hash(text)[:16]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def date_key(date_iso: str | None, precision: str | None, weekday: str | None, month_day: str | None) -> str:
    if date_iso and precision == "day":
        return date_iso
    if date_iso and precision == "month":
        return "ym:" + date_iso[:7]
    if weekday:
        return "wd:" + weekday
    if month_day:
        return "md:" + month_day
    return "undated"


def meeting_id(kind: str, participant_ids: list[str], dkey: str) -> str:
    basis = "|".join([kind, ",".join(sorted(set(participant_ids))), dkey])
    return "m-" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]  # noqa: S324 - an identifier, not security


def event_id(name: str, framework_id: str | None = None) -> str:
    return "e-" + (framework_id + "-" if framework_id else "") + slug(name)[:80]
