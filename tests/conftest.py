"""Shared fixtures. Integration and API tests talk to a real, dedicated Neo4j (never a mock).

Connection settings come from the environment (DIPLOGRAPH_NEO4J_URI / _USER / _PASSWORD / _DATABASE).
If that Neo4j cannot be reached, the `driver` fixture FAILS (it never skips): start the test instance first.
`clean_graph` deletes everything in it, so never point the tests at a database you care about.
"""

from __future__ import annotations

from collections.abc import Iterator

import neo4j
import pytest

from graph_schema.driver import open_driver
from graph_schema.errors import GraphUnavailableError
from graph_schema.schema import apply_schema
from graph_schema.settings import Settings, get_settings
from graph_schema.write import clear_graph


@pytest.fixture(scope="session")
def settings() -> Settings:
    settings = get_settings()
    if settings.environment == "production":
        pytest.fail("refusing to run tests that delete the whole graph with DIPLOGRAPH_ENVIRONMENT=production")
    return settings


@pytest.fixture(scope="session")
def driver(settings: Settings) -> Iterator[neo4j.Driver]:
    """One driver for the test session, with the schema applied."""
    try:
        driver = open_driver(settings)
    except GraphUnavailableError as exc:
        pytest.fail(
            f"the integration tests need a running Neo4j: {exc}. Start the test instance and set "
            "DIPLOGRAPH_NEO4J_URI / DIPLOGRAPH_NEO4J_PASSWORD to reach it.",
            pytrace=False,
        )
    with driver:
        apply_schema(driver, database=settings.neo4j_database)
        yield driver


@pytest.fixture
def clean_graph(driver: neo4j.Driver, settings: Settings) -> neo4j.Driver:
    """The driver, on a database emptied of every node and relationship (constraints and indexes stay)."""
    clear_graph(driver, database=settings.neo4j_database)
    return driver
