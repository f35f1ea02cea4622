"""Multilateral frameworks (BRICS, SCO, UN...)."""

from __future__ import annotations

from fastapi import APIRouter

from app.deps import DriverDep, SettingsDep
from app.errors import problem_responses
from graph_schema import read
from graph_schema.views import FrameworkView

router = APIRouter(prefix="/frameworks", tags=["frameworks"], responses=problem_responses(503))


@router.get("", response_model=list[FrameworkView])
def list_frameworks(driver: DriverDep, settings: SettingsDep) -> list[FrameworkView]:
    """Every framework with the number of meetings, events and articles that refer to it."""
    return read.list_frameworks(driver, database=settings.neo4j_database)
