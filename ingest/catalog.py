"""The data files under ingest/data, loaded once and compiled into matchers.

Everything language-specific lives in data: `lang/<code>.json` (triggers, dates, titles, noise patterns),
`offices.json`, `frameworks.json`, `countries.json`, `places.json`, `people.json`, `topics.json`,
`outlets.json` (schemas in ingest/data/README.md and ingest/data/lang/README.md). Adding a language is
adding `lang/<code>.json` and aliases in the catalogs; no code changes.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from ingest.identity import name_key

DATA_DIR = Path(__file__).resolve().parent / "data"
FALLBACK_LANGUAGE = "en"


def _load(name: str) -> Any:
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


# how alike a name and a catalog alias must be to be one official's (rapidfuzz ratio): "haisam ben tarek" and
# "haisam ben tarik" are 94, "george veah" and "george vela" 91
_NEAR = 92

# what follows a family name without being one ("Ferdinand Marcos Jr.", "Abdullah II")
_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "mladshei", "mladshii", "mladshiy", "mladshij"}


def phrase_regex(phrase: str) -> str:
    """A data phrase as a regex body: words separated by flexible spaces; ' * ' is one or two arbitrary words,
    ' ** ' one to eight ("held the ** dialogue": "held the sixth China-Afghanistan-Pakistan Trilateral Foreign
    Ministers' Dialogue")."""
    parts = [p for p in phrase.strip().split(" ") if p]
    wild = {"*": r"(?:\S+\s+){0,1}\S+", "**": r"(?:\S+\s+){0,7}?\S+"}
    out = wild.get(parts[0]) or re.escape(parts[0]) if parts else ""
    for before, part in itertools.pairwise(parts):
        # (a wildcard's words may stand between commas: "reunión ** con" finds "reunión, el lunes, con")
        out += r",?\s+" if before in wild or part in wild else r"\s+"
        out += wild.get(part) or re.escape(part)
    return out


def _latin_base(c: str) -> str:
    base = unicodedata.normalize("NFD", c)[0]
    return base if base.isascii() and base.isalpha() else c


# Latin letters with diacritics → their base letter, one character for one, so offsets are unchanged:
# "Elysée"/"Élysée", "Bogota"/"Bogotá" and "reunion"/"reunión" match the same data phrase. Cyrillic is
# left alone (й and и are different letters).
_ACCENTS = {cp: _latin_base(chr(cp)) for cp in range(0xC0, 0x250) if _latin_base(chr(cp)) != chr(cp)}


def fold_accents(text: str) -> str:
    return text.translate(_ACCENTS)


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    text: str
    target: Any


_FIND_CACHE = 2048  # texts whose hits a matcher keeps (sentences of the article at hand, names, titles)


class PhraseMatcher:
    """Finds any of many phrases on word boundaries; longest match wins at a position."""

    def __init__(self, entries: Iterable[tuple[str, Any]], *, case_sensitive: bool = False) -> None:
        self._targets: dict[str, Any] = {}
        bodies: list[str] = []
        for phrase, target in entries:
            phrase = phrase.strip()
            if not phrase:
                continue
            phrase = fold_accents(phrase)
            key = phrase if case_sensitive else phrase.casefold()
            if key in self._targets:
                continue
            self._targets[key] = target
            bodies.append(phrase)
        self._case_sensitive = case_sensitive
        self._cache: dict[str, tuple[Hit, ...]] = {}
        self._wild: list[tuple[re.Pattern[str], Any]] = []
        plain = [b for b in bodies if not re.search(r" \*\*? ", f" {b} ")]
        for b in bodies:
            if b not in plain:
                flags = 0 if case_sensitive else re.IGNORECASE
                self._wild.append((re.compile(r"(?<!\w)" + phrase_regex(b) + r"(?!\w)", flags), self._lookup(b)))
        plain.sort(key=len, reverse=True)
        if plain:
            flags = 0 if case_sensitive else re.IGNORECASE
            alternation = "|".join(phrase_regex(p) for p in plain)
            self._regex: re.Pattern[str] | None = re.compile(r"(?<!\w)(?:" + alternation + r")(?!\w)", flags)
        else:
            self._regex = None

    def _lookup(self, matched: str) -> Any:
        key = " ".join(fold_accents(matched).split())
        return self._targets.get(key if self._case_sensitive else key.casefold())

    def find(self, text: str) -> list[Hit]:
        # the stages of one article ask about the same sentences many times: answers are kept for a while
        cached = self._cache.get(text)
        if cached is None:
            if len(self._cache) >= _FIND_CACHE:
                self._cache.clear()
            cached = self._cache[text] = tuple(self._find(text))
        return list(cached)

    def _find(self, text: str) -> list[Hit]:
        hits: list[Hit] = []
        folded = fold_accents(text)
        if self._regex is not None:
            for m in self._regex.finditer(folded):
                hits.append(Hit(m.start(), m.end(), text[m.start() : m.end()], self._lookup(m.group(0))))
        for regex, target in self._wild:
            for m in regex.finditer(folded):
                hits.append(Hit(m.start(), m.end(), text[m.start() : m.end()], target))
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        return hits

    def whole(self, text: str) -> Hit | None:
        """The phrase that is the whole of `text` ("Luang Prabang" as a place name), if any."""
        return next((h for h in self.find(text) if h.start == 0 and h.end == len(text)), None)

    def __bool__(self) -> bool:
        return self._regex is not None or bool(self._wild)


MASK = "mask"


class MaskedMatcher(PhraseMatcher):
    """Phrases with masks: a mask phrase (target `MASK`) found hides the phrases inside it ("has since", "после
    этого": adverbs, not "since" or "после" opening a time clause) and is no hit itself."""

    def _find(self, text: str) -> list[Hit]:
        hits = super()._find(text)
        masks = [h for h in hits if h.target == MASK]
        return [h for h in hits if h.target != MASK and not any(m.start <= h.start < m.end for m in masks)]


@dataclass
class LanguageData:
    code: str
    raw: dict[str, Any]
    triggers: PhraseMatcher
    host_triggers: PhraseMatcher
    visit_triggers: PhraseMatcher
    planned: PhraseMatcher
    coref: PhraseMatcher  # "his counterpart", "the visiting minister", "kedua menteri": the other side is meant
    negation: PhraseMatcher
    sidelines: PhraseMatcher
    occasion: PhraseMatcher
    multilateral: PhraseMatcher
    venue_prepositions: set[str]
    attendance: PhraseMatcher  # "Attending were ...", "accompanied by": more participants of the same meeting
    # "The Indian side was led by A, and the Chinese side by B": the leaders of a meeting's delegations (attendance
    # words too)
    delegation_leaders: PhraseMatcher
    held_phrases: PhraseMatcher  # "took place", "s'est tenue", "состоялась": a meeting was held
    latter: PhraseMatcher  # "the latter", "ce dernier", "последний": the one the sentence before names last
    purpose_connectors: list[str]  # "to", "para", "pour": "flew to London to meet X" (London is where they met)
    # "la administración Trump", "администрация Трампа"; "the Trump administration": a name that stands for a
    # government, not for a person taking part
    administration_before: list[str]
    administration_after: list[str]
    meeting_reference: PhraseMatcher  # "The meeting ...", "En el encuentro ...": the meeting just reported
    courtesy_calls: PhraseMatcher  # "called on": a meeting only with a person as its object
    courtesy_call_vetoes: set[str]  # "called on X to ...": an appeal, not a call
    place_adjective_endings: list[str]  # "Минской": the endings of adjectives made from place names
    capital_words: PhraseMatcher  # "capital", "ibu kota", "столице": "the Jordanian capital" is Amman
    series: PhraseMatcher  # "a series of", "sejumlah", "plusieurs": meetings with several unnamed partners
    origin: set[str]  # "of", "dari": "President Ama Mensah of Ghana" is of Ghana
    clause_breaks: PhraseMatcher  # "during which", "mientras que": a second meeting in a clause of its own
    topic_nouns: set[str]  # "situation", "crisis", "ситуации": "the situation in Gaza" is no venue
    shared_trigger_breaks: PhraseMatcher  # "and with", "dan dengan": "met A in Tokyo and with B in Seoul"
    departure_words: set[str]  # "arrived from", "sepulang dari": "arrived from a visit to Bangladesh" is no venue
    arrival: PhraseMatcher  # "arrived in", "reached", "tiba di": where the traveller's next meetings are
    seat_nouns: PhraseMatcher  # "at the ministry", "au siège du ministère": the host government's seat
    subject_optional: bool  # Spanish drops the subject ("En Beijing dialogó con X"): the protagonist acts
    where_words: list[str]  # "where", "donde", "où": "from Kabul, where he met X" puts the meeting in Kabul
    object_pronouns: set[str]  # "him", "lo", "l'", "его": a clause's other side is the sentence's first subject
    spouse: PhraseMatcher  # "his wife", "son épouse", "istrinya": the person named next is no official
    subject_pronouns: set[str]  # "he", "ia", "il", "он": a subject the article's protagonist stands behind
    range_connectors: list[str]  # "to", "au", "hingga", "по": "du 14 au 15 février" is a span of days, not a day
    sources: PhraseMatcher  # "according to", "selon": a date in the source named after it is not the meeting's
    reporting: PhraseMatcher  # "reported", "said": a day right after it is the report's ("media reported Friday")
    briefings: PhraseMatcher  # "told X about", "рассказал X о": X hears of the teller's meeting, takes no part
    background: PhraseMatcher  # "Напомним", "Pour rappel": a sentence that recalls an earlier event
    airports: PhraseMatcher  # "airport", "bandara", "аэропорт": a welcome there is an arrival, not a meeting
    feminine_words: set[str]  # "la", "presidenta", "Mme", "Ibu": a title or address that presents a woman
    previous: PhraseMatcher  # "last met", "предыдущая встреча": the sentence tells an earlier meeting of theirs
    predicate_ordinals: set[str]  # "the first head of state to ...": a title that describes, refers to no one
    number_words: dict[str, int]  # "three", "ketiga", "трое": "the three ministers" is a group of three
    pair_ranks: PhraseMatcher  # "the two leaders" → "leaders": the rank of office a pair reference names
    separate: PhraseMatcher  # "separately", "bilateral meetings": one meeting per counterpart, not one of all
    here: PhraseMatcher  # "here", "di sini", "здесь": the venue is the dateline city
    pair: PhraseMatcher  # "the two ministers", "kedua menteri", "ambos cancilleres": both sides, unnamed
    proxy: PhraseMatcher  # "the greetings of", "on behalf of": the next person named is not a participant
    possessive_proxies: re.Pattern[str] | None  # "'s cordial greetings": the person named before is a sender
    call_verbs: PhraseMatcher  # "called", "llamó a": a phone call when a person follows at once
    direct_meeting_verbs: PhraseMatcher  # id "diterima": a meeting when a person follows at once
    opening_meeting_verbs: PhraseMatcher  # "Meeting X, PM Chinh ...": the same, opening the sentence
    event_participles: PhraseMatcher  # "held in", "celebrada en": where another event took place
    plural_calls: set[str]  # "calls", "llamadas": a call word in the plural, one call per caller
    talk_verbs: PhraseMatcher  # "spoke with", "conversó con": a conversation, by no medium the verb says
    also_words: PhraseMatcher  # "also", "también": what the sentence tells is one more of the same
    when_words: list[str]  # "when", "cuando": a clause set at the time told right before it
    from_words: PhraseMatcher  # "from", "procedente de": where a traveller came from
    memorial_nouns: set[str]  # "mausoleum", "tumba": a place named after someone who is not there
    city_nouns: PhraseMatcher  # "port city of", "ciudad de": the name after it is a town, however small
    again_words: PhraseMatcher  # "and again": after a meeting, the same people met again, as the rest tells
    begun_words: PhraseMatcher  # "which began", "который начался": a day after it is when a visit began, not a meeting
    with_whom: PhraseMatcher  # "con quien", "with whom": what follows is what they did or discussed, not where they met
    besides: PhraseMatcher  # "besides", "selain": "Besides Yunus, Modi also met X" — Yunus is not in this meeting
    relative: PhraseMatcher  # "who", "qui", "yang": ", who arrived in Apulia late on Thursday," — another event
    respectively: PhraseMatcher  # "respectively": "in Bamako and Niamey, received respectively by A and by B"
    visit_occasions: PhraseMatcher  # "during the visit": opening a sentence, some day of the visit, not a day told
    press_words: PhraseMatcher  # "reporters", "pers": after a meeting word, a meeting with the press, not a meeting
    eve_words: dict[str, re.Pattern[str]]  # "накануне" → what follows it when it means "on the eve of" an event
    principal_connectors: re.Pattern[str] | None  # "envoy of President X": X's own title follows the connector
    honorifics: set[str]  # "hon", "h.e", "bapak", "sr", "г-н": forms of address between a title and a name
    passive_host: PhraseMatcher  # "was received by": the first person named after it is the host
    between: set[str]  # "between", "entre": "meeting between A and B" has A and B, not who is named before
    sequence: PhraseMatcher  # "a day later", "la veille": a day offset from the article's previous meeting
    bilateral: PhraseMatcher  # "bilateral meeting", "al margen": a pair's own meeting beside a larger one
    purpose: PhraseMatcher  # "to discuss", "untuk membahas": who is named after it is a topic, not a participant
    organisation_nouns: set[str]  # "palace", "forum", "istana": a capitalised run after one is not a person
    counterpart: PhraseMatcher  # "counterpart", "homólogo": the person named next holds the other's office
    time_relations: PhraseMatcher  # "before the", "sebelum": a trigger right after one is a time reference
    formats: PhraseMatcher  # "trilateral", "tripartite": a multilateral meeting, never split into bilaterals
    planned_after: PhraseMatcher  # "is scheduled", "est prévu" after a meeting noun: the meeting is planned
    weekdays: dict[str, str]  # form → English weekday name
    months: dict[str, int]  # form → month number
    month_names: list[str]  # the forms written out in full (not "Sep.", "сен"): "in March", "в апреле" name a month
    month_prefixes: list[str]  # "in", "en", "pada", "в конце": before a month named alone ("in March")
    month_suffixes: list[str]  # "lalu", "dernier", "pasado": after a month named alone ("Juli lalu")
    month_future_words: list[str]  # "next", "mendatang", "prochain": "pada Mei mendatang" is a month to come
    past_weekday_words: list[str]  # "last", "pasado", "lalu": "last Tuesday" written on a Tuesday is a week before
    indefinite_articles: set[str]  # "a", "un", "suatu": "on a Sunday in February" names no particular Sunday
    comitatives: set[str]  # "with", "con", "с": the preposition of a meeting's other side ("met with X")
    each_delegation: PhraseMatcher  # "with each of the five delegations": each of the meeting before, apart
    then_words: PhraseMatcher  # "Тогда", "Saat itu": a sentence opening so is set when the sentence before says
    place_case_endings: list[tuple[str, str]]  # ru "е" → "": "в Вонсане" names Вонсан (a city the gazetteer knows)
    date_prefixes: list[str]
    date_suffixes: list[str]
    relative_days: dict[str, int]
    relative_periods: dict[str, str]
    title_heads: PhraseMatcher
    title_vocab: set[str]
    title_connectors: set[str]
    appositive_openers: list[str]
    glossary_matcher: PhraseMatcher  # the glossary's phrases → their English
    person_stopwords: set[str]
    name_particles: set[str]
    noise_line: list[re.Pattern[str]]
    noise_sections: list[str]
    bylines: list[re.Pattern[str]]
    datelines: list[re.Pattern[str]]
    published: list[re.Pattern[str]]
    footer_published: list[re.Pattern[str]]  # "This article was published on ...", searched at the page's end


_COMPASS = {"north", "south", "east", "west"}
_SAINT = re.compile(r"(?:saint|sainte|san|santa|santo|são|sint|sankt|st\.?|сент|сан|сан-|санкт)[\s-]", re.IGNORECASE)
_WITH = {"with", "con", "avec", "dengan", "с", "со"}


def _compile_all(patterns: Iterable[str], flags: int = 0) -> list[re.Pattern[str]]:
    return [re.compile(p, flags) for p in patterns]


@lru_cache
def language_data(code: str) -> LanguageData:
    path = DATA_DIR / "lang" / f"{code}.json"
    if not path.exists():
        code = FALLBACK_LANGUAGE
        path = DATA_DIR / "lang" / f"{code}.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    triggers = [(p, kind) for kind, phrases in raw["meeting_triggers"].items() for p in phrases]
    # "se ha reunido con" also as "se ha reunido" (… este martes en Nuakchot con …): the counterpart is
    # often named after other words; a meeting still needs two named participants in the sentence
    triggers += [
        (p.rsplit(" ", 1)[0], kind) for p, kind in triggers if p.count(" ") >= 2 and p.rsplit(" ", 1)[1] in _WITH
    ]
    weekdays = {form.casefold(): day.capitalize() for day, forms in raw["weekdays"].items() for form in forms + [day]}
    months = {form.casefold(): int(num) for num, forms in raw["months"].items() for form in forms}
    # three-letter abbreviations of long month names ("Mar 2025", "9 Sept"): the date patterns only accept a
    # month next to digits, so the short forms cannot match ordinary words
    for num, forms in raw["months"].items():
        for form in forms:
            if len(form) > 4 and form.isalpha():
                months.setdefault(form[:3].casefold(), int(num))
    offices = offices_catalog()
    office_phrases = [v for o in offices for v in o["variants"].get(code, [])]
    heads = list(raw["title_heads"]) + office_phrases
    vocab: set[str] = set()
    for phrase in heads + list(raw["title_glossary"]) + list(raw["title_connectors"]):
        # each word, and a hyphenated word whole too ("vice-ministre" is one token of a title, as are its parts)
        for word in re.findall(r"\w+(?:-\w+)*", phrase.casefold()):
            vocab.update({word, *word.split("-")})
    noise = raw["noise"]
    return LanguageData(
        code=code,
        raw=raw,
        triggers=PhraseMatcher(triggers),
        host_triggers=PhraseMatcher((p, "host") for p in raw["host_triggers"]),
        visit_triggers=PhraseMatcher((p, "visit") for p in raw["visit_triggers"]),
        planned=PhraseMatcher((p, "planned") for p in raw["planned_markers"]),
        coref=PhraseMatcher((p, "coref") for p in raw["coreference_nominals"]),
        negation=PhraseMatcher((p, "neg") for p in raw["negation_markers"]),
        sidelines=PhraseMatcher((p, "sidelines") for p in raw["sidelines_markers"]),
        occasion=PhraseMatcher((p, "occasion") for p in raw["occasion_markers"]),
        multilateral=PhraseMatcher((p, "multi") for p in raw["multilateral_triggers"]),
        venue_prepositions={p.casefold() for p in raw["venue_prepositions"]},
        attendance=PhraseMatcher(
            (w, "attendance") for w in raw.get("attendance_markers", []) + raw.get("delegation_leaders", [])
        ),
        delegation_leaders=PhraseMatcher((w, "leaders") for w in raw.get("delegation_leaders", [])),
        held_phrases=PhraseMatcher((w, "held") for w in raw.get("held_phrases", [])),
        purpose_connectors=[w.casefold() for w in raw.get("purpose_connectors", [])],
        administration_before=[w.casefold() for w in raw.get("administration_before", [])],
        administration_after=[w.casefold() for w in raw.get("administration_after", [])],
        meeting_reference=PhraseMatcher((w, "meeting") for w in raw["meeting_references"]),
        courtesy_calls=PhraseMatcher((w, "in_person") for w in raw["courtesy_calls"]),
        courtesy_call_vetoes={w.casefold() for w in raw["courtesy_call_vetoes"]},
        place_adjective_endings=sorted(raw["place_adjective_endings"], key=len, reverse=True),
        capital_words=PhraseMatcher((w, "capital") for w in raw["capital_words"]),
        series=PhraseMatcher((w, "series") for w in raw["series_markers"]),
        origin={w.casefold() for w in raw["origin_prepositions"]},
        clause_breaks=PhraseMatcher((w, "clause") for w in raw["clause_breaks"]),
        topic_nouns={w.casefold() for w in raw["topic_nouns"]},
        shared_trigger_breaks=PhraseMatcher((w, "shared") for w in raw["shared_trigger_breaks"]),
        departure_words={w.casefold() for w in raw["departure_words"]},
        arrival=PhraseMatcher((w, "arrival") for w in raw["arrival_words"]),
        seat_nouns=PhraseMatcher((w, "seat") for w in raw["seat_nouns"]),
        subject_optional=bool(raw["subject_optional"]),
        where_words=[w.casefold() for w in raw["where_words"]],
        object_pronouns={w.casefold() for w in raw["object_pronouns"]},
        spouse=PhraseMatcher((w, "spouse") for w in raw["spouse_words"]),
        subject_pronouns={w.casefold() for w in raw["subject_pronouns"]},
        range_connectors=[w.casefold() for w in raw["range_connectors"]],
        sources=PhraseMatcher((w, "source") for w in raw["source_markers"]),
        reporting=PhraseMatcher((w, "reporting") for w in raw["reporting_verbs"]),
        briefings=PhraseMatcher((w, "briefing") for w in raw["briefing_phrases"]),
        background=PhraseMatcher((w, "background") for w in raw["background_markers"]),
        airports=PhraseMatcher((w, "airport") for w in raw["airport_words"]),
        feminine_words={w.casefold() for w in raw["feminine_words"]},
        predicate_ordinals={w.casefold() for w in raw.get("predicate_ordinals", [])},
        previous=PhraseMatcher((w, "previous") for w in raw.get("previous_meeting_markers", [])),
        number_words={k.casefold(): int(v) for k, v in raw["number_words"].items()},
        pair_ranks=PhraseMatcher(raw.get("pair_ranks", {}).items()),
        separate=PhraseMatcher((w, "separate") for w in raw.get("separate_markers", [])),
        here=PhraseMatcher((w, "here") for w in raw.get("here_words", [])),
        pair=PhraseMatcher((w, "pair") for w in raw.get("pair_references", [])),
        proxy=PhraseMatcher((w, "proxy") for w in raw.get("proxy_markers", [])),
        call_verbs=PhraseMatcher((w, "phone") for w in raw.get("call_verbs", [])),
        direct_meeting_verbs=PhraseMatcher((w, "in_person") for w in raw.get("direct_meeting_verbs", [])),
        opening_meeting_verbs=PhraseMatcher((w, "in_person") for w in raw.get("opening_meeting_verbs", [])),
        event_participles=PhraseMatcher((w, "held") for w in raw.get("event_participles", [])),
        plural_calls={w.casefold() for w in raw.get("plural_calls", [])},
        talk_verbs=PhraseMatcher((w, "talk") for w in raw.get("talk_verbs", [])),
        also_words=PhraseMatcher((w, "also") for w in raw.get("also_words", [])),
        when_words=[w.casefold() for w in raw.get("when_words", [])],
        from_words=PhraseMatcher((w, "from") for w in raw.get("from_words", [])),
        memorial_nouns={w.casefold() for w in raw.get("memorial_nouns", [])},
        city_nouns=PhraseMatcher((w, "city") for w in raw.get("city_nouns", [])),
        again_words=PhraseMatcher((w, "again") for w in raw.get("again_words", [])),
        begun_words=PhraseMatcher((w, "begun") for w in raw.get("begun_words", [])),
        with_whom=PhraseMatcher((w, "with_whom") for w in raw.get("with_whom_words", [])),
        besides=PhraseMatcher((w, "besides") for w in raw.get("besides_words", [])),
        relative=PhraseMatcher((w, "relative") for w in raw.get("relative_pronouns", [])),
        respectively=PhraseMatcher((w, "respectively") for w in raw.get("respectively_words", [])),
        visit_occasions=PhraseMatcher((w, "visit") for w in raw.get("visit_occasions", [])),
        press_words=PhraseMatcher((w, "press") for w in raw.get("press_words", [])),
        eve_words={w.casefold(): re.compile(rf"\s+(?:{f})\b") for w, f in raw.get("eve_words", {}).items()},
        principal_connectors=(
            re.compile(r"\s(?:" + "|".join(map(re.escape, raw["principal_connectors"])) + r")\s+", re.IGNORECASE)
            if raw.get("principal_connectors")
            else None
        ),
        possessive_proxies=(
            re.compile(r"['’]s\s+(?:" + "|".join(map(re.escape, raw["possessive_proxies"])) + r")\b", re.IGNORECASE)
            if raw.get("possessive_proxies")
            else None
        ),
        honorifics={w.casefold() for w in raw.get("honorifics", [])},
        passive_host=PhraseMatcher((w, "passive") for w in raw.get("passive_host_markers", [])),
        between={w.casefold() for w in raw.get("between_words", [])},
        sequence=PhraseMatcher((w, int(n)) for w, n in raw.get("sequence_days", {}).items()),
        bilateral=PhraseMatcher((w, "bilateral") for w in raw.get("bilateral_markers", [])),
        purpose=PhraseMatcher((w, "purpose") for w in raw.get("purpose_markers", [])),
        organisation_nouns={w.casefold() for w in raw.get("organisation_nouns", [])},
        counterpart=PhraseMatcher((w, "counterpart") for w in raw.get("counterpart_words", [])),
        latter=PhraseMatcher((w, "latter") for w in raw.get("latter_words", [])),
        time_relations=MaskedMatcher(
            [(w, "time") for w in raw.get("time_relations", [])] + [(w, MASK) for w in raw.get("time_adverbs", [])]
        ),
        formats=PhraseMatcher((w, "format") for w in raw.get("multilateral_formats", [])),
        planned_after=PhraseMatcher((w, "planned") for w in raw.get("planned_after_markers", [])),
        weekdays=weekdays,
        months=months,
        month_names=[
            form.casefold()
            for forms in raw["months"].values()
            for form in forms
            if not form.endswith(".") and not any(o != form and o.startswith(form) for o in forms)
        ],
        month_prefixes=raw["month_prefixes"],
        month_suffixes=raw["month_suffixes"],
        month_future_words=raw["month_future_words"],
        past_weekday_words=raw.get("past_weekday_words", []),
        indefinite_articles={w.casefold() for w in raw.get("indefinite_articles", [])},
        comitatives={w.casefold() for w in raw["comitatives"]},
        each_delegation=PhraseMatcher((w, "each") for w in raw["each_delegation"]),
        then_words=PhraseMatcher((w, "then") for w in raw.get("then_words", [])),
        place_case_endings=[(a, b) for a, b in raw.get("place_case_endings", [])],
        date_prefixes=sorted(raw["date_prefixes"], key=len, reverse=True),
        date_suffixes=sorted(raw["date_suffixes"], key=len, reverse=True),
        relative_days={k.casefold(): int(v) for k, v in raw["relative_days"].items()},
        relative_periods={k.casefold(): v for k, v in raw["relative_periods"].items()},
        title_heads=PhraseMatcher((h, "title") for h in heads),
        title_vocab=vocab,
        title_connectors={c.casefold() for c in raw["title_connectors"]},
        appositive_openers=sorted((o.casefold() for o in raw["appositive_openers"]), key=len, reverse=True),
        glossary_matcher=PhraseMatcher(raw["title_glossary"].items()),
        person_stopwords={w.casefold() for w in raw["person_stopwords"]},
        name_particles=_all_name_particles(),
        noise_line=_compile_all(noise["line_patterns"], re.IGNORECASE | re.MULTILINE),
        noise_sections=[h.casefold() for h in noise["section_headers"]],
        bylines=_compile_all(noise["byline_patterns"], re.MULTILINE),
        datelines=_compile_all(raw["dateline_patterns"], re.MULTILINE),
        published=_compile_all(raw["published_patterns"], re.IGNORECASE | re.MULTILINE),
        footer_published=_compile_all(raw["footer_published_patterns"], re.IGNORECASE | re.MULTILINE),
    )


@lru_cache
def _all_name_particles() -> set[str]:
    """Name particles of every language: names travel ("Bendito dos Santos Freitas" in an Indonesian report)."""
    out: set[str] = set()
    for path in (DATA_DIR / "lang").glob("*.json"):
        out.update(w.casefold() for w in json.loads(path.read_text(encoding="utf-8"))["name_particles"])
    return out


@lru_cache
def offices_catalog() -> list[dict[str, Any]]:
    return list(_load("offices.json"))


@dataclass
class Catalog:
    frameworks: dict[str, dict[str, Any]]
    countries: dict[str, dict[str, Any]]
    places: dict[str, dict[str, Any]]
    people: dict[str, dict[str, Any]]
    topics: dict[str, dict[str, Any]]
    outlets: dict[str, dict[str, Any]]
    framework_names: PhraseMatcher
    framework_acronyms: PhraseMatcher
    country_names: PhraseMatcher  # names and demonyms, every language → country code
    country_acronyms: PhraseMatcher  # "RI", "UK", "РФ", case-sensitive → country code
    place_names: PhraseMatcher  # city aliases, every language → place id
    generic_venues: PhraseMatcher  # venues' names that many countries share ("Palacio Nacional") → their ids
    topic_names: PhraseMatcher
    outlet_names: PhraseMatcher
    person_names: PhraseMatcher  # catalog officials' aliases, case-sensitive
    person_by_key: dict[str, str] = field(default_factory=dict)  # name_key(alias) → person id
    # name_key(family name) → person id, for family names only one catalog official has ("Marcos", "Rubio")
    person_by_family_name: dict[str, str] = field(default_factory=dict)
    office_variants: dict[str, str] = field(default_factory=dict)  # lower variant (any language) → canonical title

    @functools.cached_property
    def offices_alone(self) -> set[str]:
        """The canonical titles that name their holder without a name or a country ("the King", "l'Émir")."""
        return {o["title"] for o in offices_catalog() if o.get("alone")}

    @functools.cached_property
    def spokespeople(self) -> set[str]:
        """The canonical titles of those who speak about meetings and take part in none ("Peskov told
        reporters that Putin ...")."""
        return {o["title"] for o in offices_catalog() if o.get("spokesperson")}

    @functools.cached_property
    def standing_offices(self) -> dict[str, tuple[str | None, list[dict[str, Any]]]]:
        """Canonical title → (the organisation it heads, its holders with their terms): the offices whose
        holder at a date is known without the article ("the Secretary-General" on a UN page is Guterres)."""
        return {o["title"]: (o.get("organization"), o["holders"]) for o in offices_catalog() if o.get("holders")}

    @functools.cached_property
    def folded_office_variants(self) -> frozenset[str]:
        """The offices' names in every language, lowercase and without accents ("jefe de estado")."""
        return frozenset(fold_accents(v) for v in self.office_variants)

    def person_near(self, key: str) -> str | None:
        """The catalog official whose name a key of two words or more spells a little differently ("Хайсам бен
        Тарек" for "Хайсам бен Тарик", "Hasán Sheij Mohamud" for "Hassan Sheikh Mohamud"): one official's alias
        within a few letters (ratio ≥ 92), the family name starting alike, no other official's as close."""
        if len(key.split()) < 2 or len(key) < 10:
            return None
        found = process.extract(key, self._person_keys, scorer=fuzz.ratio, score_cutoff=_NEAR - 4, limit=8)
        best = [(score, self.person_by_key[k]) for k, score, _ in found if k.split()[-1][:2] == key.split()[-1][:2]]
        if not best or best[0][0] < _NEAR:
            return None
        pid = best[0][1]
        return pid if all(other == pid for _, other in best) else None

    @functools.cached_property
    def _person_keys(self) -> list[str]:
        return [k for k in self.person_by_key if len(k.split()) >= 2]

    def holder_on(self, title: str, day: dt.date) -> str | None:
        """The person id of who held a standing office on `day` (None between terms, or for any other office)."""
        _, holders = self.standing_offices.get(title, (None, []))
        iso = day.isoformat()
        return next((h["person"] for h in holders if h["from"] <= iso and (h["to"] is None or iso <= h["to"])), None)

    @functools.cached_property
    def office_ranks(self) -> dict[str, str]:
        """Canonical title → the rank a pair reference names its holders by ("the two leaders": a President, a
        King; "the two ministers": a Minister of Foreign Affairs, a Secretary of State)."""
        return {o["title"]: o["rank"] for o in offices_catalog() if o.get("rank")}

    def office_rank(self, canonical: str) -> str | None:
        # (a minister's office the catalog does not list, "Minister of Agriculture", is a minister's too)
        if canonical in self.office_ranks:
            return self.office_ranks[canonical]
        return "ministers" if re.match(r"(?:Deputy )?Minister\b", canonical) else None

    @functools.cached_property
    def capitals(self) -> dict[str, dict[str, Any]]:
        """Country code → the place catalog's entry of kind "capital" (the first one listed)."""
        out: dict[str, dict[str, Any]] = {}
        for entry in self.places.values():
            if entry.get("kind") == "capital":
                out.setdefault(str(entry.get("country")), entry)
        return out

    @functools.cached_property
    def office_titles(self) -> set[str]:
        """The canonical titles of the office catalog."""
        return set(self.office_variants.values())

    institution_words: set[str] = field(
        default_factory=set
    )  # words of office titles and title glossaries, any language
    building_nouns: set[str] = field(default_factory=set)  # every language's organisation nouns ("palacio", "house")
    street_nouns: set[str] = field(default_factory=set)  # every language's street nouns ("calle", "rue", "jalan")


def _aliases(entry: dict[str, Any], *extra_keys: str) -> list[str]:
    aliases = entry.get("aliases", [])
    # Per-language alias tables hold the English name under "en"; adding the name to every language would
    # bring back words kept out on purpose ("Lima" is "five" in Indonesian).
    out: list[str] = [entry["name"]] if entry.get("name") and not isinstance(aliases, dict) else []
    if isinstance(aliases, dict):
        for forms in aliases.values():
            out.extend(forms)
    else:
        out.extend(aliases)
    for key in extra_keys:
        value = entry.get(key, {})
        if isinstance(value, dict):
            for forms in value.values():
                out.extend(forms)
        elif isinstance(value, list):
            out.extend(value)
    out = [a for a in out if a and len(a) >= 3]
    # texts drop accents on capitals ("l'Elysée", "Bogota"): the accent-free spelling of a Latin alias too
    folded = [f for a in out if not _CYRILLIC.search(a) and (f := _strip_accents(a)) != a]
    return out + folded


_CYRILLIC = re.compile(r"[А-яЁё]")


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


# "bin", "ben", "ibn": the particle of an Arabic patronymic ("son of")
_NASAB_PARTICLES = frozenset({"bin", "ben", "ibn"})


@lru_cache
def catalog() -> Catalog:
    frameworks = {f["id"]: f for f in _load("frameworks.json")}
    countries = {c["code"]: c for c in _load("countries.json")}
    places = {p["id"]: p for p in _load("places.json") if not p.get("ambiguous")}
    people = {p["id"]: p for p in _load("people.json")}
    topics = {t["id"]: t for t in _load("topics.json")}
    outlets = {o["id"]: o for o in _load("outlets.json")}
    person_by_key: dict[str, str] = {}
    family_names: dict[str, set[str]] = {}
    given: set[str] = set()  # (never a given name: "Sheikh Abdullah" is no family name)
    # an Arabic name is often written without its family or dynasty name: "Badr bin Hamad" is "Badr bin Hamad
    # Al Busaidi" when no other official's name begins so
    nasab: dict[str, set[str]] = {}
    for pid, p in people.items():
        for alias in [p["name"], *p.get("aliases", [])]:
            person_by_key.setdefault(name_key(alias), pid)
            key_words = name_key(alias).split()
            if len(key_words) >= 4 and key_words[1] in _NASAB_PARTICLES:
                nasab.setdefault(" ".join(key_words[:3]), set()).add(pid)
            words = [w for w in name_key(alias).split() if w not in _NAME_SUFFIXES]
            given.update(words[:-1])
            if len(words) >= 2 and len(words[-1]) >= 3:
                family_names.setdefault(words[-1], set()).add(pid)
    for key, ids in nasab.items():
        if len(ids) == 1:
            person_by_key.setdefault(key, next(iter(ids)))
    person_by_family_name = {key: ids.pop() for key, ids in family_names.items() if len(ids) == 1 and key not in given}
    # ("State House" is Kenya's, Uganda's, Tanzania's ...: every venue of that name)
    generic: dict[str, list[str]] = {}
    for pid, p in places.items():
        for forms in p.get("ambiguous_aliases", {}).values() if p.get("kind") == "venue" else []:
            for alias in forms:
                generic.setdefault(alias.casefold(), []).append(pid)
    office_variants: dict[str, str] = {}
    institution_words: set[str] = set()
    building_nouns: set[str] = set()
    street_nouns: set[str] = set()
    for path in (DATA_DIR / "lang").glob("*.json"):
        raw = json.loads(path.read_text(encoding="utf-8"))
        building_nouns.update(w.casefold() for w in raw.get("organisation_nouns", []))
        street_nouns.update(w.casefold() for w in raw.get("street_nouns", []))
        for phrase in [*raw["title_glossary"].keys(), *raw["title_glossary"].values(), *raw["title_heads"]]:
            institution_words.update(w.casefold() for w in re.findall(r"\w+", phrase))
    for o in offices_catalog():
        office_variants[o["title"].casefold()] = o["title"]
        for phrase in [o["title"], *(v for forms in o["variants"].values() for v in forms)]:
            office_variants.setdefault(phrase.casefold(), o["title"])
            institution_words.update(w.casefold() for w in re.findall(r"\w+", phrase))
    # words of multi-word country and framework names: "Federation", "Republic", "Cooperation", "Union";
    # compass words stay out, they are surnames too ("Catherine West"), and so do saints' names
    # ("Saint Martin", "San Marino", "Saint Lucia" would make Martín, Marino, Lucia non-names)
    for entry in [*countries.values(), *frameworks.values()]:
        for phrase in _aliases(entry, "names"):
            words = re.findall(r"\w+", phrase)
            if len(words) > 1 and not _SAINT.match(phrase):
                institution_words.update(w.casefold() for w in words if len(w) > 3 and w.casefold() not in _COMPASS)
    return Catalog(
        frameworks=frameworks,
        countries=countries,
        places=places,
        people=people,
        topics=topics,
        outlets=outlets,
        framework_names=PhraseMatcher((a, fid) for fid, f in frameworks.items() for a in _aliases(f)),
        framework_acronyms=PhraseMatcher(
            ((a, fid) for fid, f in frameworks.items() for a in f.get("acronyms", [])), case_sensitive=True
        ),
        country_names=PhraseMatcher(
            (a, code) for code, c in countries.items() for a in _aliases(c, "names", "demonyms")
        ),
        country_acronyms=PhraseMatcher(
            ((a, code) for code, c in countries.items() for a in c.get("acronyms", [])), case_sensitive=True
        ),
        place_names=PhraseMatcher((a, pid) for pid, p in places.items() for a in _aliases(p)),
        generic_venues=PhraseMatcher((a, tuple(ids)) for a, ids in generic.items()),
        topic_names=PhraseMatcher((a, tid) for tid, t in topics.items() for a in _aliases(t)),
        outlet_names=PhraseMatcher((a, oid) for oid, o in outlets.items() for a in _aliases(o, "domains")),
        person_names=PhraseMatcher(
            # (and the mononyms in capitals the catalog lists: "MBS", "MBZ", "AMLO")
            (
                (a, pid)
                for pid, p in people.items()
                for a in [p["name"], *p.get("aliases", [])]
                if len(a) >= 5 or (a.isupper() and len(a) >= 3)
            ),
            case_sensitive=True,
        ),
        person_by_key=person_by_key,
        person_by_family_name=person_by_family_name,
        office_variants=office_variants,
        institution_words=institution_words,
        building_nouns=building_nouns,
        street_nouns=street_nouns,
    )


def supported_languages() -> list[str]:
    return sorted(p.stem for p in (DATA_DIR / "lang").glob("*.json"))
