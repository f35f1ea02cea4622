"""Meetings and calls: filtered lists and one meeting with its sources."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query

from app.deps import DriverDep, SettingsDep
from app.errors import problem_responses
from graph_schema import read
from graph_schema.records import MeetingKind
from graph_schema.views import MeetingView

router = APIRouter(prefix="/meetings", tags=["meetings"], responses=problem_responses(422, 503))


@router.get("", response_model=list[MeetingView])
def list_meetings(
    driver: DriverDep,
    settings: SettingsDep,
    person: Annotated[str | None, Query(description="id, name or alias of a participant")] = None,
    counterpart: Annotated[str | None, Query(description="id, name or alias of another participant")] = None,
    country: Annotated[str | None, Query(description="code or name of a participant's or the venue's country")] = None,
    venue: Annotated[str | None, Query(description="place id or city")] = None,
    framework: Annotated[str | None, Query(description="framework id or name of the meeting's occasion")] = None,
    date_from: Annotated[dt.date | None, Query(alias="from", description="on or after (YYYY-MM-DD)")] = None,
    date_to: Annotated[dt.date | None, Query(alias="to", description="on or before (YYYY-MM-DD)")] = None,
    kind: Annotated[MeetingKind | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[MeetingView]:
    """Meetings matching every given filter, most recent first; undated meetings last."""
    return read.list_meetings(
        driver,
        person=person,
        counterpart=counterpart,
        country=country,
        venue=venue,
        framework=framework,
        date_from=date_from,
        date_to=date_to,
        kind=kind,
        limit=limit,
        offset=offset,
        database=settings.neo4j_database,
    )


@router.get("/{meeting_id}", response_model=MeetingView, responses=problem_responses(404))
def get_meeting(meeting_id: str, driver: DriverDep, settings: SettingsDep) -> MeetingView:
    """One meeting: participants, venue, date, occasion, topics and every source."""
    return read.get_meeting(driver, meeting_id, database=settings.neo4j_database)
