"""The graph's labels, relationship types, constraints and indexes.

`Label` and `RelType` are the allow-lists: nothing else is ever written. `ARTICLE_SCOPED` relationships carry
the provenance of the article that stated them and are replaced when that article is re-ingested;
`OF_COUNTRY` and `IN_COUNTRY` follow from node keys and are shared.

`apply_schema` is idempotent (every statement is `CREATE ... name IF NOT EXISTS`) and is run by an explicit
command at start-up, never per request. See graph_schema/README.md for the model.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

import neo4j

from graph_schema import queries
from graph_schema.driver import graph_errors

logger = logging.getLogger(__name__)


class Label(StrEnum):
    ARTICLE = "Article"
    PERSON = "Person"
    OFFICE = "Office"
    COUNTRY = "Country"
    PLACE = "Place"
    MEETING = "Meeting"
    EVENT = "Event"
    FRAMEWORK = "Framework"
    TOPIC = "Topic"


class RelType(StrEnum):
    REPORTED_IN = "REPORTED_IN"
    PARTICIPATED_IN = "PARTICIPATED_IN"
    HELD_IN = "HELD_IN"
    ON_OCCASION_OF = "ON_OCCASION_OF"
    UNDER_FRAMEWORK = "UNDER_FRAMEWORK"
    HOSTED_BY = "HOSTED_BY"
    ABOUT = "ABOUT"
    MENTIONS = "MENTIONS"
    HOLDS = "HOLDS"
    CITIZEN_OF = "CITIZEN_OF"
    OF_COUNTRY = "OF_COUNTRY"
    IN_COUNTRY = "IN_COUNTRY"


STRUCTURAL: frozenset[RelType] = frozenset({RelType.OF_COUNTRY, RelType.IN_COUNTRY})
ARTICLE_SCOPED: frozenset[RelType] = frozenset(RelType) - STRUCTURAL

# The key of each label: its uniqueness constraint, and what MERGE matches on.
KEYS: dict[Label, str] = {
    Label.ARTICLE: "id",
    Label.PERSON: "id",
    Label.OFFICE: "id",
    Label.COUNTRY: "code",
    Label.PLACE: "id",
    Label.MEETING: "id",
    Label.EVENT: "id",
    Label.FRAMEWORK: "id",
    Label.TOPIC: "id",
}


@dataclass(frozen=True)
class SchemaItem:
    name: str
    kind: Literal["constraint", "index"]
    statement: str


def describe() -> list[SchemaItem]:
    """Every constraint and index diplograph needs, in the order `apply_schema` creates them."""
    constraints = [SchemaItem(name, "constraint", cypher) for name, cypher in queries.CONSTRAINTS.items()]
    indexes = [SchemaItem(name, "index", cypher) for name, cypher in queries.INDEXES.items()]
    return constraints + indexes


def apply_schema(driver: neo4j.Driver, *, database: str | None = None, timeout_seconds: int = 300) -> list[str]:
    """Create every missing constraint and index, wait until all are online, and return the names applied.

    Safe to run any number of times: existing items are left as they are.
    """
    names = []
    with graph_errors():
        for item in describe():
            driver.execute_query(item.statement, database_=database)
            names.append(item.name)
        driver.execute_query(queries.AWAIT_INDEXES, timeout_seconds=timeout_seconds, database_=database)
    logger.info("schema applied: %d constraints and indexes", len(names))
    return names


def installed(driver: neo4j.Driver, *, database: str | None = None) -> set[str]:
    """Names of the constraints and indexes present in the database (diplograph's and any others)."""
    with graph_errors():
        constraints = driver.execute_query(
            queries.SHOW_CONSTRAINT_NAMES, database_=database, routing_=neo4j.RoutingControl.READ
        )
        indexes = driver.execute_query(queries.SHOW_INDEX_NAMES, database_=database, routing_=neo4j.RoutingControl.READ)
    return set(constraints.records[0]["names"]) | set(indexes.records[0]["names"])
