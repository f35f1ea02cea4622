"""Write-time reconciliation against the real Neo4j: reports of one meeting with different ids become one Meeting,
one person spelled differently becomes one Person, and nothing else merges (graph_schema/README.md, the merge rule).

The reports are hand-built with the ids `ingest.identity` computes from one article alone, as the extraction does;
the corpus pair c_03 / c_18 goes through the real extraction and pipeline.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import neo4j
import pytest

from graph_schema.records import Extraction, Meeting, Participant, Person
from graph_schema.settings import Settings
from graph_schema.write import counts, delete_article, write_extraction, write_extractions
from ingest.identity import date_key, meeting_id, person_id
from ingest.nlp import NLP
from ingest.pipeline import ingest
from tests import builders
from tests.seeds import CORPUS

pytestmark = pytest.mark.integration

C03 = CORPUS / "articles" / "c_03_en_addis-gedion-lavrov-phone-ena.txt"
C18 = CORPUS / "articles" / "c_18_ru_lavrov-gedion-telefon-tass.txt"
LAVROV = ("Sergei Lavrov", "RU")


def report(
    name: str,
    people: list[tuple[str, str | None]],
    *,
    kind: str = "phone",
    date: dt.date | None = None,
    precision: str = "day",
    weekday: str | None = None,
    month_day: str | None = None,
    published: dt.date | None = None,
    language: str = "en",
    aliases: dict[str, list[str]] | None = None,
) -> Extraction:
    """One article reporting one meeting of `people` ((name, country) pairs), with the ids one article gives."""
    art = builders.article(name, published, text=f"report {name}").model_copy(update={"language": language})
    sentence = " and ".join(n for n, _ in people) + " talked."
    persons = [Person(id=person_id(n), name=n, aliases=(aliases or {}).get(n, [n]), country_code=c) for n, c in people]
    participants = [Participant(person_id=p.id, name=p.name, country_code=p.country_code) for p in persons]
    precision = precision if date else None
    meeting = Meeting(
        id=meeting_id(
            kind, [p.id for p in persons], date_key(date and date.isoformat(), precision, weekday, month_day)
        ),
        kind=kind,  # type: ignore[arg-type]
        participants=participants,
        date=date,
        date_precision=precision,  # type: ignore[arg-type]
        weekday=weekday,
        month_day=month_day,
        provenance=builders.prov(art, sentence),
    )
    return Extraction(article=art, people=persons, meetings=[meeting])


def meetings(driver: neo4j.Driver, db: str) -> list[dict]:
    """Every meeting with its participants and sources (article names), and what its merge was based on."""
    return driver.execute_query(
        """
        MATCH (m:Meeting)
        RETURN m.id AS id, m.date AS date, m.merged_ids AS merged_ids, m.merged_by AS merged_by,
               COLLECT { MATCH (p:Person)-[:PARTICIPATED_IN]->(m) RETURN DISTINCT p.id ORDER BY p.id } AS people,
               COLLECT { MATCH (m)-[:REPORTED_IN]->(a:Article) RETURN a.name ORDER BY a.name } AS sources
        ORDER BY id
        """,
        database_=db,
    ).records  # type: ignore[return-value]


def people(driver: neo4j.Driver, db: str) -> dict[str, dict]:
    records = driver.execute_query(
        "MATCH (p:Person) RETURN p.id AS id, p.name AS name, p.aliases AS aliases, p.merged_ids AS merged_ids",
        database_=db,
    ).records
    return {r["id"]: dict(r) for r in records}


# ----------------------------------------------------------------------------------------------------------------
# The corpus pair, through the real extraction: "Gedion Timothewos" (en) and "Гедион Тимотеос" (ru)
# ----------------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def nlp(settings: Settings) -> NLP:
    return NLP(settings)


@pytest.mark.parametrize("order", [(C03, C18), (C18, C03)], ids=["en-then-ru", "ru-then-en"])
def test_the_gedion_lavrov_call_is_one_meeting_in_either_order(
    clean_graph: neo4j.Driver, settings: Settings, nlp: NLP, order: tuple[Path, Path]
) -> None:
    db = settings.neo4j_database
    for path in order:
        assert ingest(clean_graph, [path], nlp, settings).errors == []

    calls = [m for m in meetings(clean_graph, db) if "sergei-lavrov" in m["people"]]
    assert len(calls) == 1
    [call] = calls
    assert call["sources"] == [C03.stem, C18.stem]
    assert call["date"].to_native() == dt.date(2025, 3, 5)
    assert len(call["merged_ids"]) == 1 and call["merged_ids"][0] != call["id"]
    [why] = call["merged_by"]
    assert why.startswith(order[1].stem + ": same kind (phone)") and "the same date (2025-03-05)" in why

    gedions = [p for p in people(clean_graph, db).values() if p["name"].startswith("Gedion")]
    assert len(gedions) == 1
    [gedion] = gedions
    assert {"Gedion Timothewos", "Gedion Timoteos"} <= {gedion["name"], *gedion["aliases"]}
    assert [gedion["id"]] + gedion["merged_ids"] in (
        ["gedion-timotevos", "gedion-timoteos"],
        ["gedion-timoteos", "gedion-timotevos"],
    )
    assert [gedion["id"]] == [p for p in call["people"] if p != "sergei-lavrov"]

    before = counts(clean_graph, db)
    for path in reversed(order):
        ingest(clean_graph, [path], nlp, settings)
    assert counts(clean_graph, db) == before
    assert [m["id"] for m in meetings(clean_graph, db) if "sergei-lavrov" in m["people"]] == [call["id"]]


# ----------------------------------------------------------------------------------------------------------------
# Dates: an exact date and a compatible constraint merge; different days do not
# ----------------------------------------------------------------------------------------------------------------

WEDNESDAY = dt.date(2025, 3, 5)
PAIR = [LAVROV, ("Gedion Timothewos", "ET")]


@pytest.mark.parametrize(
    "vague",
    [
        {"weekday": "Wednesday"},
        {"weekday": "Wednesday", "published": dt.date(2025, 3, 6)},
        {"month_day": "03-05"},
    ],
    ids=["weekday", "weekday-published-next-day", "month-day"],
)
@pytest.mark.parametrize("exact_first", [True, False], ids=["exact-first", "vague-first"])
def test_an_exact_date_and_a_compatible_constraint_are_one_meeting(
    clean_graph: neo4j.Driver, settings: Settings, vague: dict, exact_first: bool
) -> None:
    db = settings.neo4j_database
    exact = report("exact", PAIR, date=WEDNESDAY, published=WEDNESDAY)
    other = report("vague", PAIR, **vague)
    assert exact.meetings[0].id != other.meetings[0].id
    first, second = (exact, other) if exact_first else (other, exact)

    write_extractions(clean_graph, [first, second], database=db)

    [meeting] = meetings(clean_graph, db)
    assert meeting["id"] == first.meetings[0].id
    assert meeting["merged_ids"] == [second.meetings[0].id]
    assert meeting["sources"] == ["exact", "vague"]
    assert meeting["date"].to_native() == WEDNESDAY  # the most precise source dates the node
    [why] = meeting["merged_by"]
    assert why.startswith(f"{second.article.name}: same kind (phone)")
    reported = clean_graph.execute_query(
        "MATCH (:Meeting)-[r:REPORTED_IN]->(a:Article {name: $name}) RETURN r.reported_id AS id, r.merged_by AS why",
        name=second.article.name,
        database_=db,
    ).records
    assert [(r["id"], r["why"]) for r in reported] == [(second.meetings[0].id, why.split(": ", 1)[1])]


@pytest.mark.parametrize(
    "other",
    [
        {"date": dt.date(2025, 3, 12)},  # another Wednesday, exactly dated
        {"weekday": "Thursday"},
        {"month_day": "03-06"},
        {"weekday": "Wednesday", "published": dt.date(2025, 3, 20)},  # "on Wednesday" in an article two weeks on
        {"month_day": "03-05", "published": dt.date(2024, 3, 6)},  # "on March 5" a year before
        {"date": dt.date(2025, 3, 1), "precision": "month"},  # "in March": too vague to place on a day
    ],
    ids=["other-exact-date", "other-weekday", "other-month-day", "weekday-too-late", "month-day-too-early", "month"],
)
def test_different_days_of_the_same_people_stay_two_meetings(
    clean_graph: neo4j.Driver, settings: Settings, other: dict
) -> None:
    db = settings.neo4j_database
    exact, second = report("exact", PAIR, date=WEDNESDAY, published=WEDNESDAY), report("other", PAIR, **other)

    write_extractions(clean_graph, [exact, second], database=db)

    found = meetings(clean_graph, db)
    assert sorted(m["sources"] for m in found) == [["exact"], ["other"]]
    assert all(m["merged_by"] is None for m in found)


def test_another_kind_of_meeting_the_same_day_is_another_meeting(clean_graph: neo4j.Driver, settings: Settings) -> None:
    db = settings.neo4j_database
    call = report("call", PAIR, date=WEDNESDAY)
    talks = report("talks", PAIR, kind="in_person", weekday="Wednesday")

    write_extractions(clean_graph, [call, talks], database=db)

    assert len(meetings(clean_graph, db)) == 2


def test_a_weekday_that_fits_two_meetings_merges_with_neither(clean_graph: neo4j.Driver, settings: Settings) -> None:
    db = settings.neo4j_database
    first = report("first", PAIR, date=WEDNESDAY)
    second = report("second", PAIR, date=dt.date(2025, 3, 12))
    vague = report("vague", PAIR, weekday="Wednesday")

    write_extractions(clean_graph, [first, second, vague], database=db)

    assert sorted(m["sources"] for m in meetings(clean_graph, db)) == [["first"], ["second"], ["vague"]]


# ----------------------------------------------------------------------------------------------------------------
# People: spellings of one person merge, different people do not
# ----------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("Ricardo Lemos", "PT"), ("Ricardo Lemos Vasconcelos", "PT")),
        (("Ricardo Lemos Vasconcelos", "PT"), ("Ricardo Lemos", None)),
        (("Khashim Abbas", "IQ"), ("Hashim Abbas al-Jubouri", "IQ")),
    ],
    ids=["second-surname-added", "second-surname-left-out", "transliteration-and-family-name"],
)
def test_a_name_with_tokens_left_out_is_the_same_person(
    clean_graph: neo4j.Driver, settings: Settings, first: tuple[str, str | None], second: tuple[str, str | None]
) -> None:
    db = settings.neo4j_database
    one = report("one", [LAVROV, first], date=WEDNESDAY)
    two = report("two", [LAVROV, second], date=WEDNESDAY)

    write_extractions(clean_graph, [one, two], database=db)

    [meeting] = meetings(clean_graph, db)
    assert meeting["people"] == sorted([person_id(LAVROV[0]), person_id(first[0])])
    person = people(clean_graph, db)[person_id(first[0])]
    assert person["name"] == first[0]  # the node keeps its name; the new spelling is an alias
    assert second[0] in person["aliases"]
    assert person["merged_ids"] == [person_id(second[0])]
    assert person_id(second[0]) not in people(clean_graph, db)
    assert "participants read" in meeting["merged_by"][0]


@pytest.mark.parametrize(
    ("first", "second", "languages"),
    [
        (("Anna Petrova", "RU"), ("Elena Petrova", "RU"), ("en", "ru")),  # the same surname
        (("Ahmed Hassan", "EG"), ("Ahmed Hussein", "EG"), ("en", "fr")),  # the same first name
        (("Alexander Ivanov", "RU"), ("Alexandra Ivanova", "RU"), ("en", "ru")),
        (("Mario Rossi", "IT"), ("Maria Rossi", "IT"), ("en", "it")),
        (("Ricardo Lemos", "BR"), ("Ricardo Lemos Vasconcelos", "PT"), ("pt", "pt")),  # two countries
        (("Gedion Timothewos", "ET"), ("Gedion Timoteos", "ER"), ("en", "ru")),  # two countries
        (("Hendra Wiratama", None), ("Hendra Wiratmadja", None), ("id", "id")),  # one language: two people
        (("Li Wei", "CN"), ("Li Wen", "CN"), ("en", "fr")),
        (("Ricardo Lemos", "PT"), ("Lemos Vasconcelos", "PT"), ("pt", "pt")),  # not the same first name
    ],
)
def test_different_people_with_similar_names_stay_apart(
    clean_graph: neo4j.Driver,
    settings: Settings,
    first: tuple[str, str | None],
    second: tuple[str, str | None],
    languages: tuple[str, str],
) -> None:
    db = settings.neo4j_database
    one = report("one", [LAVROV, first], date=WEDNESDAY, language=languages[0])
    two = report("two", [LAVROV, second], date=WEDNESDAY, language=languages[1])

    write_extractions(clean_graph, [one, two], database=db)

    assert len(meetings(clean_graph, db)) == 2
    found = people(clean_graph, db)
    assert {person_id(first[0]), person_id(second[0])} <= set(found)
    assert all(p["merged_ids"] is None for p in found.values())


def test_a_name_that_fits_two_people_merges_with_neither(clean_graph: neo4j.Driver, settings: Settings) -> None:
    db = settings.neo4j_database
    write_extractions(
        clean_graph,
        [
            report("one", [LAVROV, ("Ricardo Lemos Vasconcelos", "PT")], date=WEDNESDAY),
            report("two", [LAVROV, ("Ricardo Lemos Ferreira", "PT")], date=dt.date(2025, 3, 6)),
            report("three", [LAVROV, ("Ricardo Lemos", "PT")], date=dt.date(2025, 3, 7)),
        ],
        database=db,
    )

    assert "ricardo-lemos" in people(clean_graph, db)
    assert len(meetings(clean_graph, db)) == 3


def test_catalog_people_are_never_merged_onto_each_other(clean_graph: neo4j.Driver, settings: Settings) -> None:
    db = settings.neo4j_database
    one = report("one", [LAVROV, ("Gedion Timothewos", "ET")], date=WEDNESDAY)
    two = report("two", [LAVROV, ("Gedion Timoteos", "ET")], date=WEDNESDAY, language="ru")
    catalog = {"gedion-timotevos", "gedion-timoteos", "sergei-lavrov"}
    write_extraction(clean_graph, one, db, catalog_people=catalog)

    write_extraction(clean_graph, two, db, catalog_people=catalog)

    assert {"gedion-timotevos", "gedion-timoteos"} <= set(people(clean_graph, db))
    assert len(meetings(clean_graph, db)) == 2


@pytest.mark.parametrize("russian_first", [True, False], ids=["outside-catalog-first", "catalog-first"])
def test_a_catalog_person_and_a_spelling_outside_the_catalog_are_one_person_in_either_order(
    clean_graph: neo4j.Driver, settings: Settings, russian_first: bool
) -> None:
    """The Russian spelling is not in the catalog (a key id), the English one is: whichever article comes first,
    one Person with the catalog id, the other id in its merged_ids, and one Meeting."""
    db = settings.neo4j_database
    russian = report("ru", [LAVROV, ("Гедион Тимотеос", "ET")], date=WEDNESDAY, language="ru")
    english = report("en", [LAVROV, ("Gedion Timothewos", "ET")], date=WEDNESDAY)
    catalog = {"gedion-timotevos", "sergei-lavrov"}
    order = [russian, english] if russian_first else [english, russian]

    for extraction in order:
        write_extraction(clean_graph, extraction, db, catalog_people=catalog)

    gedions = {pid: p for pid, p in people(clean_graph, db).items() if pid.startswith("gedion")}
    assert list(gedions) == ["gedion-timotevos"]
    assert gedions["gedion-timotevos"]["merged_ids"] == ["gedion-timoteos"]
    assert "Гедион Тимотеос" in gedions["gedion-timotevos"]["aliases"]
    [meeting] = meetings(clean_graph, db)
    assert meeting["people"] == ["gedion-timotevos", "sergei-lavrov"]
    assert meeting["sources"] == ["en", "ru"]

    before = counts(clean_graph, db)
    for extraction in reversed(order):
        write_extraction(clean_graph, extraction, db, catalog_people=catalog)
    assert counts(clean_graph, db) == before
    assert [m["id"] for m in meetings(clean_graph, db)] == [meeting["id"]]


def test_one_articles_two_people_are_never_merged_onto_each_other(
    clean_graph: neo4j.Driver, settings: Settings
) -> None:
    db = settings.neo4j_database
    write_extraction(clean_graph, report("one", [LAVROV, ("Ricardo Lemos Vasconcelos", "PT")], date=WEDNESDAY), db)
    both = report("two", [("Ricardo Lemos", "PT"), ("Ricardo Lemos Vasconcelos", "PT")], date=WEDNESDAY)

    write_extraction(clean_graph, both, db)

    assert {"ricardo-lemos", "ricardo-lemos-vasconcelos"} <= set(people(clean_graph, db))


# ----------------------------------------------------------------------------------------------------------------
# Idempotence and replace-per-article on a merged pair
# ----------------------------------------------------------------------------------------------------------------


def merged_pair() -> tuple[Extraction, Extraction]:
    english = report("ena", [LAVROV, ("Gedion Timothewos", None)], date=WEDNESDAY, published=WEDNESDAY, language="en")
    russian = report(
        "tass",
        [LAVROV, ("Gedion Timoteos", "ET")],
        weekday="Wednesday",
        language="ru",
        aliases={"Gedion Timoteos": ["Гедионом Тимотеосом"]},
    )
    return english, russian


@pytest.mark.parametrize("reverse", [False, True], ids=["exact-first", "weekday-first"])
def test_reingesting_a_merged_pair_changes_nothing(
    clean_graph: neo4j.Driver, settings: Settings, reverse: bool
) -> None:
    db = settings.neo4j_database
    pair = list(merged_pair())[:: -1 if reverse else 1]
    write_extractions(clean_graph, pair, database=db)
    once, graph = counts(clean_graph, db), meetings(clean_graph, db)
    assert once["Meeting"] == 1 and once["Person"] == 2 and once["REPORTED_IN"] == 2

    for again in (pair, pair[::-1]):
        report_ = write_extractions(clean_graph, again, database=db)
        assert report_.nodes_created == report_.nodes_deleted == 0
        assert counts(clean_graph, db) == once
        assert meetings(clean_graph, db) == graph


@pytest.mark.parametrize("which", [0, 1], ids=["delete-the-nodes-first-source", "delete-the-merged-source"])
def test_deleting_one_article_of_a_merged_pair_keeps_the_others_facts(
    clean_graph: neo4j.Driver, settings: Settings, which: int
) -> None:
    db = settings.neo4j_database
    pair = merged_pair()
    write_extractions(clean_graph, pair, database=db)
    merged, before = meetings(clean_graph, db), counts(clean_graph, db)
    gone, kept = pair[which], pair[1 - which]

    assert delete_article(clean_graph, gone.article.id, db) is True

    [meeting] = meetings(clean_graph, db)
    assert meeting["sources"] == [kept.article.name]
    assert meeting["people"] == merged[0]["people"]  # the kept article's participation, on the same Person
    assert meeting["merged_by"] == (None if which == 1 else merged[0]["merged_by"])
    assert (meeting["date"] is None) == (kept is pair[1])  # the node is dated by what remains
    gedion = people(clean_graph, db)[next(p for p in meeting["people"] if p != "sergei-lavrov")]
    assert {"Gedion Timothewos", "Gedion Timoteos"} <= {gedion["name"], *gedion["aliases"]}  # aliases are kept

    write_extraction(clean_graph, gone, db)

    assert counts(clean_graph, db) == before
    [again] = meetings(clean_graph, db)
    assert again["sources"] == merged[0]["sources"] and again["people"] == merged[0]["people"]


def test_reingesting_one_article_of_a_merged_pair_after_the_other_went(
    clean_graph: neo4j.Driver, settings: Settings
) -> None:
    db = settings.neo4j_database
    english, russian = merged_pair()
    write_extractions(clean_graph, [english, russian], database=db)
    delete_article(clean_graph, english.article.id, db)

    write_extraction(clean_graph, russian, db)

    [meeting] = meetings(clean_graph, db)
    assert meeting["sources"] == ["tass"] and meeting["merged_by"] is None
    assert meeting["people"] == ["gedion-timotevos", "sergei-lavrov"]  # the spelling stays mapped to its Person
    assert counts(clean_graph, db)["Meeting"] == 1
