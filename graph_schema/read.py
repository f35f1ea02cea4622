"""Reading the graph: functions that return pydantic models (graph_schema.views), never a live Result.

Every query runs in a read transaction (`execute_read`), whose records are copied out, with Neo4j temporal
values turned into `datetime` ones, before the transaction ends. Person filters match a person's id, name or
alias, case-insensitively.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import neo4j
import neo4j.time

from graph_schema import queries
from graph_schema.driver import graph_errors
from graph_schema.errors import NotFoundError
from graph_schema.records import MeetingKind
from graph_schema.views import (
    ConnectionPath,
    FrameworkView,
    MeetingView,
    PathStep,
    PersonSummary,
    PersonView,
)

logger = logging.getLogger(__name__)

MAX_PATH_MEETINGS = 3  # CONNECTION_PATH's bound: a path of at most 6 relationships


def list_meetings(
    driver: neo4j.Driver,
    *,
    person: str | None = None,
    counterpart: str | None = None,
    country: str | None = None,
    venue: str | None = None,
    framework: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    kind: MeetingKind | None = None,
    limit: int = 50,
    offset: int = 0,
    database: str | None = None,
) -> list[MeetingView]:
    """Meetings matching every given filter, most recent first (undated meetings last).

    person / counterpart: id, name or alias (with both, two different participants); country: code or name of a
    participant's country or of the venue's; venue: place id or city; framework: id or name, via the occasion;
    date_from / date_to: inclusive bounds on the meeting's date (undated meetings never match them).
    """
    params = {
        "person": person,
        "counterpart": counterpart,
        "country": country,
        "venue": venue,
        "framework": framework,
        "date_from": date_from,
        "date_to": date_to,
        "kind": kind,
        "limit": limit,
        "offset": offset,
    }
    with graph_errors(), driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session:
        records = session.execute_read(_meeting_page, params)
    return [MeetingView.model_validate(record["meeting"]) for record in records]


def get_meeting(driver: neo4j.Driver, meeting_id: str, *, database: str | None = None) -> MeetingView:
    """One meeting with its participants, venue, occasion, topics and sources. NotFoundError if absent."""
    records = _read(driver, database, queries.MEETINGS_BY_ID, ids=[meeting_id])
    if not records:
        raise NotFoundError(f"no meeting with id {meeting_id!r}")
    return MeetingView.model_validate(records[0]["meeting"])


def get_person(driver: neo4j.Driver, person_id: str, *, database: str | None = None) -> PersonView:
    """A person, their country, the offices they were reported in and their counterparts. NotFoundError if absent."""
    records = _read(driver, database, queries.PERSON, id=person_id)
    if not records:
        raise NotFoundError(f"no person with id {person_id!r}")
    return PersonView.model_validate(records[0]["person"])


def search_people(driver: neo4j.Driver, q: str, *, limit: int = 20, database: str | None = None) -> list[PersonSummary]:
    """People whose id, name or an alias contains `q` (case-insensitive); exact name first, then most met."""
    records = _read(driver, database, queries.SEARCH_PEOPLE, q=q, limit=limit)
    return [PersonSummary.model_validate(record["person"]) for record in records]


def list_frameworks(driver: neo4j.Driver, *, database: str | None = None) -> list[FrameworkView]:
    """Every framework, with how many meetings, events and articles refer to it."""
    records = _read(driver, database, queries.FRAMEWORKS)
    return [FrameworkView.model_validate(record["framework"]) for record in records]


def connection_path(driver: neo4j.Driver, a: str, b: str, *, database: str | None = None) -> ConnectionPath:
    """The shortest chain of meetings linking person `a` to person `b` (by id), at most 3 meetings long.

    NotFoundError if either person does not exist; `connected=False` if no such chain exists.
    """
    for person_id in dict.fromkeys((a, b)):
        if not _read(driver, database, queries.PERSON_EXISTS, id=person_id):
            raise NotFoundError(f"no person with id {person_id!r}")
    if a == b:
        person = _read(driver, database, queries.PERSON_EXISTS, id=a)[0]
        return ConnectionPath(source=a, target=b, connected=True, steps=[PathStep(kind="person", id=person["id"])])
    records = _read(driver, database, queries.CONNECTION_PATH, a=a, b=b)
    if not records:
        return ConnectionPath(source=a, target=b, connected=False)
    steps = [PathStep.model_validate(step) for step in records[0]["steps"]]
    meetings = sum(step.kind == "meeting" for step in steps)
    return ConnectionPath(source=a, target=b, connected=True, meetings=meetings, steps=steps)


# ----------------------------------------------------------------------------------------------------------------


def _meeting_page(tx: neo4j.ManagedTransaction, params: dict[str, Any]) -> list[dict[str, Any]]:
    ids = [record["id"] for record in tx.run(queries.MEETING_IDS, params)]
    if not ids:
        return []
    return [_native(record.data()) for record in tx.run(queries.MEETINGS_BY_ID, ids=ids)]


def _read(driver: neo4j.Driver, database: str | None, query: str, **params: Any) -> list[dict[str, Any]]:
    with graph_errors(), driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session:
        return session.execute_read(_records, query, params)


def _records(tx: neo4j.ManagedTransaction, query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    return [_native(record.data()) for record in tx.run(query, params)]


def _native(value: Any) -> Any:
    """Replace Neo4j temporal values by `datetime` ones, recursively."""
    if isinstance(value, dict):
        return {key: _native(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_native(item) for item in value]
    if isinstance(value, neo4j.time.Date | neo4j.time.DateTime | neo4j.time.Time):
        return value.to_native()
    return value
