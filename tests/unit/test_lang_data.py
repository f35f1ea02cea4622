"""The per-language data files and the office catalog are well-formed (schema: ingest/data/lang/README.md)."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import warnings
from pathlib import Path

import pytest

from ingest.catalog import DATA_DIR, language_data

LANG_FILES = sorted((DATA_DIR / "lang").glob("*.json"))
KEYS = [
    "language",
    "meeting_triggers",
    "multilateral_triggers",
    "host_triggers",
    "visit_triggers",
    "planned_markers",
    "negation_markers",
    "sidelines_markers",
    "occasion_markers",
    "venue_prepositions",
    "weekdays",
    "months",
    "date_prefixes",
    "date_suffixes",
    "relative_days",
    "relative_periods",
    "title_heads",
    "title_connectors",
    "appositive_openers",
    "title_glossary",
    "person_stopwords",
    "name_particles",
    "coreference_nominals",
    "noise",
    "dateline_patterns",
    "published_patterns",
    "here_words",
    "separate_markers",
    "attendance_markers",
    "pair_references",
    "proxy_markers",
    "honorifics",
    "passive_host_markers",
    "between_words",
    "sequence_days",
    "bilateral_markers",
    "purpose_markers",
    "organisation_nouns",
    "counterpart_words",
    "time_relations",
    "multilateral_formats",
    "planned_after_markers",
    "meeting_references",
    "courtesy_calls",
    "courtesy_call_vetoes",
    "place_adjective_endings",
    "capital_words",
    "series_markers",
    "origin_prepositions",
    "month_prefixes",
    "month_suffixes",
    "month_future_words",
    "past_weekday_words",
    "place_case_endings",
    "clause_breaks",
    "topic_nouns",
    "shared_trigger_breaks",
    "departure_words",
    "subject_pronouns",
    "arrival_words",
    "spouse_words",
    "object_pronouns",
    "where_words",
    "subject_optional",
    "seat_nouns",
    "range_connectors",
    "source_markers",
    "airport_words",
    "number_words",
    "feminine_words",
    "footer_published_patterns",
    "briefing_phrases",
    "background_markers",
    "possessive_proxies",
    "call_verbs",
    "principal_connectors",
    "predicate_ordinals",
    "previous_meeting_markers",
    "pair_ranks",
    "direct_meeting_verbs",
    "then_words",
    "street_nouns",
    "delegation_leaders",
    "held_phrases",
    "purpose_connectors",
    "administration_before",
    "administration_after",
    "time_adverbs",
    "latter_words",
    "indefinite_articles",
    "comitatives",
    "reporting_verbs",
    "each_delegation",
    "opening_meeting_verbs",
    "event_participles",
    "plural_calls",
    "talk_verbs",
    "also_words",
    "when_words",
    "from_words",
    "memorial_nouns",
    "city_nouns",
    "eve_words",
    "press_words",
    "visit_occasions",
    "again_words",
    "begun_words",
    "with_whom_words",
    "besides_words",
    "relative_pronouns",
    "respectively_words",
]
# every key whose value is a list of lowercase phrases (the others are mappings, regexes or nested objects)
NOT_PHRASE_LISTS = {
    "language",
    "subject_optional",
    "meeting_triggers",
    "weekdays",
    "months",
    "relative_days",
    "relative_periods",
    "title_glossary",
    "coreference_nominals",
    "noise",
    "dateline_patterns",
    "published_patterns",
    "footer_published_patterns",
    "sequence_days",
    "number_words",
    "pair_ranks",
    "place_case_endings",
}
PHRASE_LISTS = [k for k in KEYS if k not in NOT_PHRASE_LISTS]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _compiles(patterns: list[str], flags: int, groups: tuple[str, ...] = ()) -> list[str]:
    problems = []
    for p in patterns:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                rx = re.compile(p, flags)
        except (re.error, FutureWarning, DeprecationWarning) as exc:
            problems.append(f"{p!r}: {exc}")
            continue
        problems += [f"{p!r} lacks group {g!r}" for g in groups if g not in rx.groupindex]
    return problems


def test_the_five_languages_are_there() -> None:
    assert {p.stem for p in LANG_FILES} >= {"en", "id", "es", "fr", "ru"}


@pytest.mark.parametrize("path", LANG_FILES, ids=lambda p: p.stem)
def test_language_file_schema(path: Path) -> None:
    d = _load(path)
    assert list(d) == KEYS
    assert d["language"] == path.stem
    assert sorted(d["meeting_triggers"]) == ["in_person", "phone", "video"]
    assert all(d["meeting_triggers"].values())
    lists = {k: d[k] for k in PHRASE_LISTS} | {f"meeting_triggers.{k}": v for k, v in d["meeting_triggers"].items()}
    lists["noise.section_headers"] = d["noise"]["section_headers"]
    for name, phrases in lists.items():
        bad = [p for p in phrases if p != " ".join(p.lower().split()) or p.startswith("* ") or p.endswith(" *")]
        assert not bad, f"{name}: {bad}"
        assert len(phrases) == len(set(phrases)), f"{name} has duplicates"
    assert (d["title_glossary"] == {}) == (path.stem == "en")
    assert all(k == k.lower() and isinstance(v, str) and v for k, v in d["title_glossary"].items())
    assert all(v is None and k == k.lower() for k, v in d["coreference_nominals"].items())
    assert all(isinstance(v, int) for v in d["relative_days"].values())
    assert all(re.fullmatch(r"(?:week|month|year):(?:0|[+-][1-9]\d*)", v) for v in d["relative_periods"].values())


@pytest.mark.parametrize("path", LANG_FILES, ids=lambda p: p.stem)
def test_weekday_and_month_tables_are_complete(path: Path) -> None:
    d = _load(path)
    assert list(d["weekdays"]) == WEEKDAYS
    assert list(d["months"]) == [str(i) for i in range(1, 13)]
    for forms in [*d["weekdays"].values(), *d["months"].values()]:
        assert forms and all(f == f.lower() for f in forms)
    month_forms = [f.rstrip(".") for forms in d["months"].values() for f in forms]
    weekday_forms = {f for forms in d["weekdays"].values() for f in forms}
    assert not weekday_forms & set(month_forms)


@pytest.mark.parametrize("path", LANG_FILES, ids=lambda p: p.stem)
def test_every_regex_compiles(path: Path) -> None:
    d = _load(path)
    problems = _compiles(d["noise"]["line_patterns"], re.IGNORECASE | re.MULTILINE)
    problems += _compiles(d["noise"]["byline_patterns"], re.MULTILINE)
    problems += _compiles(d["dateline_patterns"], re.MULTILINE, ("city",))
    problems += _compiles(d["published_patterns"], re.IGNORECASE | re.MULTILINE, ("date",))
    assert not problems


@pytest.mark.parametrize("path", LANG_FILES, ids=lambda p: p.stem)
def test_the_loader_compiles_the_language(path: Path) -> None:
    lang = language_data(path.stem)
    assert lang.code == path.stem
    assert lang.triggers and lang.title_heads


def test_office_catalog() -> None:
    offices = _load(DATA_DIR / "offices.json")
    langs = [p.stem for p in LANG_FILES]
    assert len(offices) >= 40
    ids = [o["id"] for o in offices]
    assert len(ids) == len(set(ids))
    seen: dict[tuple[str, str], str] = {}
    for o in offices:
        optional = {"alone", "spokesperson", "rank", "organization", "holders"}
        assert {"id", "title", "variants"} <= set(o) <= {"id", "title", "variants", *optional}
        assert o["title"] and o.get("alone", True) is True and o.get("spokesperson", True) is True
        assert o.get("rank", "leaders") in {"leaders", "ministers"}
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", o["id"])
        for lang in langs:
            variants = o["variants"].get(lang)
            assert variants, f"{o['id']} has no {lang} variants"
            for v in variants:
                assert v == v.lower() and v == " ".join(v.split()), (o["id"], v)
                assert seen.setdefault((lang, v), o["id"]) == o["id"], f"{v!r} is in two offices"


def test_standing_offices_name_catalog_people_in_terms_that_do_not_overlap() -> None:
    people = {p["id"] for p in _load(DATA_DIR / "people.json")}
    frameworks = {f["id"] for f in _load(DATA_DIR / "frameworks.json")}
    standing = [o for o in _load(DATA_DIR / "offices.json") if "holders" in o]
    assert len(standing) >= 10
    for o in standing:
        assert o.get("organization", "un") in frameworks, o["id"]
        terms = [(h["from"], h["to"] or "9999-12-31") for h in o["holders"]]
        assert all(h["person"] in people for h in o["holders"]), o["id"]
        assert all(dt.date.fromisoformat(a) <= dt.date.fromisoformat(b) for a, b in terms), o["id"]
        assert all(b < a2 for (_, b), (a2, _) in itertools.pairwise(terms)), o["id"]


@pytest.mark.parametrize("path", LANG_FILES, ids=lambda p: p.stem)
def test_pair_ranks_name_ranks_of_the_office_catalog(path: Path) -> None:
    offices = _load(DATA_DIR / "offices.json")
    ranks = {o["rank"] for o in offices if "rank" in o} | {o["title"] for o in offices if "rank" in o}
    pair_ranks = _load(path)["pair_ranks"]
    assert set(pair_ranks.values()) <= ranks  # a rank, or the title of an office of one
    assert all(k == k.casefold() for k in pair_ranks)
