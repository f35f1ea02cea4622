"""People: search, one person (offices over time, counterparts), and how two people are connected."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from app.deps import DriverDep, SettingsDep
from app.errors import problem_responses
from graph_schema import read
from graph_schema.views import ConnectionPath, PersonSummary, PersonView

router = APIRouter(prefix="/people", tags=["people"], responses=problem_responses(422, 503))


@router.get("", response_model=list[PersonSummary])
def search_people(
    driver: DriverDep,
    settings: SettingsDep,
    q: Annotated[str, Query(description="part of an id, name or alias (case-insensitive); empty: everyone")] = "",
    limit: Annotated[int, Query(ge=1, le=500)] = 20,
) -> list[PersonSummary]:
    """People matching `q`, exact name first, then the most met."""
    return read.search_people(driver, q, limit=limit, database=settings.neo4j_database)


@router.get("/{person_id}", response_model=PersonView, responses=problem_responses(404))
def get_person(person_id: str, driver: DriverDep, settings: SettingsDep) -> PersonView:
    """A person, their offices over time (first and last seen, with sources) and counterparts."""
    return read.get_person(driver, person_id, database=settings.neo4j_database)


@router.get("/{a}/path/{b}", response_model=ConnectionPath, responses=problem_responses(404))
def connection_path(a: str, b: str, driver: DriverDep, settings: SettingsDep) -> ConnectionPath:
    """The shortest chain of meetings (at most 3) linking two people, by id; `connected` is false if none."""
    return read.connection_path(driver, a, b, database=settings.neo4j_database)
