"""Extraction -> parameter rows, and the consistency of the schema and queries (no database)."""

from __future__ import annotations

import pytest

from graph_schema import queries
from graph_schema.errors import InputError
from graph_schema.records import Meeting, OfficeHeld
from graph_schema.schema import ARTICLE_SCOPED, describe
from graph_schema.write import build_rows, topic_id
from tests import builders


def test_every_article_scoped_relationship_is_deleted_by_article_and_indexed() -> None:
    assert set(queries.DELETE_ARTICLE_RELATIONSHIPS) == {rel.value for rel in ARTICLE_SCOPED}
    indexed = {name.removesuffix("_article").upper() for name in queries.INDEXES if name.endswith("_article")}
    assert indexed == {rel.value for rel in ARTICLE_SCOPED}


def test_schema_statements_are_named_and_idempotent() -> None:
    items = describe()
    assert len({item.name for item in items}) == len(items)
    assert all(f" {item.name} IF NOT EXISTS " in item.statement for item in items)


def test_rows_are_deduplicated_and_carry_provenance() -> None:
    extraction = builders.johannesburg_report()
    extraction.meetings.append(extraction.meetings[0].model_copy())  # the same meeting stated twice

    rows = build_rows(extraction)

    assert len(rows.meeting_reported_in) == 1
    assert len(rows.meeting_participants) == 2
    assert set(rows.countries) == {"CN", "RU", "ZA"}
    assert set(rows.topics) == {topic_id("Ukraine"), topic_id("BRICS expansion"), "brics"}
    participation = rows.meeting_participants[("wang-yi", extraction.meetings[0].id)]
    assert participation["article_id"] == extraction.article.id
    assert set(participation["props"]) >= {"start", "end", "sentence", "confidence", "roles_as_stated", "role"}


def test_a_participant_name_as_written_becomes_an_alias() -> None:
    extraction = builders.johannesburg_report()
    meeting = extraction.meetings[0]
    meeting.participants[1] = meeting.participants[1].model_copy(update={"name": "S. Lavrov"})

    rows = build_rows(extraction)

    assert rows.people["sergey-lavrov"]["name"] == "Sergey Lavrov"
    assert "S. Lavrov" in rows.people["sergey-lavrov"]["aliases"]


def test_a_provenance_for_another_article_is_refused() -> None:
    extraction = builders.johannesburg_report()
    foreign = builders.phone_call().meetings[0].provenance
    extraction.meetings = [Meeting.model_validate(extraction.meetings[0].model_dump() | {"provenance": foreign})]

    with pytest.raises(InputError, match="provenance names article"):
        build_rows(extraction)


def test_an_office_of_an_unnamed_person_is_refused() -> None:
    extraction = builders.johannesburg_report()
    extraction.offices.append(OfficeHeld.model_validate(extraction.offices[0].model_dump() | {"person_id": "x"}))

    with pytest.raises(InputError, match="not among the extraction's people"):
        build_rows(extraction)
