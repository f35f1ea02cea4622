"""Liveness (the process answers) and readiness (Neo4j answers too)."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter
from pydantic import BaseModel

from app.deps import DriverDep
from app.errors import problem_responses
from graph_schema.driver import ping

router = APIRouter(tags=["health"])


class Status(BaseModel):
    status: Literal["ok", "ready"]


@router.get("/health", response_model=Status)
def health() -> Status:
    """The process is up. Does not touch Neo4j."""
    return Status(status="ok")


@router.get("/ready", response_model=Status, responses=problem_responses(503))
def ready(driver: DriverDep) -> Status:
    """Neo4j is reachable: 200, else 503."""
    ping(driver)
    return Status(status="ready")
