"""Writing hand-built extractions to the real Neo4j: idempotence, merging, replacement, offices over time."""

from __future__ import annotations

import datetime as dt

import neo4j
import pytest

from graph_schema import read
from graph_schema.errors import NotFoundError
from graph_schema.schema import apply_schema, describe, installed
from graph_schema.settings import Settings
from graph_schema.write import counts, delete_article, write_extraction, write_extractions
from tests import builders

pytestmark = pytest.mark.integration

JOHANNESBURG_MEETING = "2023-08-23:sergey-lavrov+wang-yi"


def test_apply_schema_is_idempotent(driver: neo4j.Driver, settings: Settings) -> None:
    first = apply_schema(driver, database=settings.neo4j_database)
    present = installed(driver, database=settings.neo4j_database)
    second = apply_schema(driver, database=settings.neo4j_database)

    assert first == second == [item.name for item in describe()]
    assert set(first) <= present
    assert installed(driver, database=settings.neo4j_database) == present


def test_writing_an_article_twice_changes_no_counts(clean_graph: neo4j.Driver, settings: Settings) -> None:
    extraction = builders.johannesburg_report()

    write_extraction(clean_graph, extraction, settings.neo4j_database)
    once = counts(clean_graph, settings.neo4j_database)
    report = write_extraction(clean_graph, extraction, settings.neo4j_database)
    twice = counts(clean_graph, settings.neo4j_database)

    assert twice == once
    assert report.nodes_created == report.nodes_deleted == 0
    assert once["Article"] == once["Meeting"] == once["REPORTED_IN"] == 1
    assert once["Person"] == once["PARTICIPATED_IN"] == 2
    assert once["Event"] == once["ON_OCCASION_OF"] == once["UNDER_FRAMEWORK"] == 1
    assert once["MENTIONS"] == 2  # BRICS and South Africa


def test_two_articles_with_the_same_meeting_id_give_one_meeting_with_two_sources(
    clean_graph: neo4j.Driver, settings: Settings
) -> None:
    xinhua, reuters = builders.johannesburg_report(), builders.reuters_report()

    report = write_extractions(clean_graph, [xinhua, reuters], batch_size=1, database=settings.neo4j_database)

    assert report.articles == 2
    n = counts(clean_graph, settings.neo4j_database)
    assert (n["Article"], n["Meeting"], n["REPORTED_IN"], n["PARTICIPATED_IN"]) == (2, 1, 2, 4)
    meeting = read.get_meeting(clean_graph, JOHANNESBURG_MEETING, database=settings.neo4j_database)
    assert {source.name for source in meeting.sources} == {"xinhua-2023-08-23", "reuters-2023-08-24"}
    assert [p.id for p in meeting.participants] == ["sergey-lavrov", "wang-yi"]
    # The node keeps the most precise date, although the vaguer source is more confident.
    assert (meeting.date, meeting.date_precision) == (dt.date(2023, 8, 23), "day")


def test_deleting_a_source_recomputes_the_meeting_and_the_last_source_removes_it(
    clean_graph: neo4j.Driver, settings: Settings
) -> None:
    db = settings.neo4j_database
    xinhua, reuters = builders.johannesburg_report(), builders.reuters_report()
    write_extractions(clean_graph, [xinhua, reuters], database=db)

    assert delete_article(clean_graph, xinhua.article.id, db) is True
    meeting = read.get_meeting(clean_graph, JOHANNESBURG_MEETING, database=db)
    assert [source.name for source in meeting.sources] == ["reuters-2023-08-24"]
    assert (meeting.date, meeting.date_precision, meeting.date_text) == (dt.date(2023, 8, 1), "month", "in August")

    assert delete_article(clean_graph, reuters.article.id, db) is True
    assert delete_article(clean_graph, reuters.article.id, db) is False
    with pytest.raises(NotFoundError):
        read.get_meeting(clean_graph, JOHANNESBURG_MEETING, database=db)
    n = counts(clean_graph, db)
    assert (n["Article"], n["Meeting"], n["Event"]) == (0, 0, 0)  # the occasion went with its last meeting
    assert (n["Person"], n["Place"], n["Country"], n["Framework"], n["Office"]) == (2, 1, 3, 1, 1)  # shared nodes
    scoped = (
        "REPORTED_IN",
        "PARTICIPATED_IN",
        "HELD_IN",
        "ON_OCCASION_OF",
        "UNDER_FRAMEWORK",
        "ABOUT",
        "MENTIONS",
        "HOLDS",
        "CITIZEN_OF",
    )
    assert all(n[rel] == 0 for rel in scoped)


def test_reingesting_a_changed_extraction_leaves_no_stale_fact(clean_graph: neo4j.Driver, settings: Settings) -> None:
    db = settings.neo4j_database
    before, after = builders.phone_call(with_blinken=True), builders.phone_call(with_blinken=False)
    assert before.article.id == after.article.id
    write_extraction(clean_graph, builders.johannesburg_report(), db)  # another article, untouched
    write_extraction(clean_graph, before, db)

    write_extraction(clean_graph, after, db)

    with pytest.raises(NotFoundError):
        read.get_meeting(clean_graph, "2022-02-15:antony-blinken+sergey-lavrov", database=db)
    meeting = read.get_meeting(clean_graph, "2022-02-15:qin-gang+sergey-lavrov", database=db)
    assert (meeting.kind, meeting.venue and meeting.venue.city, meeting.topics) == ("in_person", "Moscow", ["trade"])
    blinken = read.get_person(clean_graph, "antony-blinken", database=db)  # shared node stays ...
    assert (blinken.offices, blinken.counterparts, blinken.country_code) == ([], [], None)  # ... without the facts
    lavrov = read.get_person(clean_graph, "sergey-lavrov", database=db)
    assert {c.id for c in lavrov.counterparts} == {"wang-yi", "qin-gang"}
    assert read.list_meetings(clean_graph, person="sergey-lavrov", kind="phone", database=db) == []
    n = counts(clean_graph, db)
    assert (n["Article"], n["Meeting"], n["REPORTED_IN"], n["HOLDS"]) == (2, 2, 2, 2)


def test_an_office_held_by_two_people_over_time(clean_graph: neo4j.Driver, settings: Settings) -> None:
    db = settings.neo4j_database
    write_extractions(
        clean_graph,
        [builders.qin_gang_appointment(), builders.johannesburg_report(), builders.reuters_report()],
        database=db,
    )

    assert counts(clean_graph, db)["Office"] == 1
    qin = read.get_person(clean_graph, "qin-gang", database=db)
    wang = read.get_person(clean_graph, "wang-yi", database=db)
    [qin_office], [wang_office] = qin.offices, wang.offices
    assert qin_office.office_id == wang_office.office_id == "CN:minister-of-foreign-affairs"
    assert (qin_office.country, qin_office.title) == ("China", "Minister of Foreign Affairs")
    assert (qin_office.first_seen, qin_office.last_seen) == (dt.date(2023, 3, 7), dt.date(2023, 3, 7))
    # OfficeHeld.as_of is unset in these two reports: the article's date stands in for it.
    assert (wang_office.first_seen, wang_office.last_seen) == (dt.date(2023, 8, 23), dt.date(2023, 8, 24))
    assert [s.title_as_stated for s in wang_office.sources] == ["Foreign Minister", "Foreign Minister"]
    assert all(s.sentence and s.confidence for s in wang_office.sources)
