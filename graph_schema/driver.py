"""The driver factory: one `neo4j.Driver` per process, verified before it is handed out.

`open_driver` is called once by each entry point (the API lifespan, the CLI in a `with` block, the test
session) and the driver is passed down; nothing in diplograph opens a driver per request.
`graph_errors()` turns the driver's "cannot reach the server" exceptions into `GraphUnavailableError`,
so read and write functions raise domain errors only.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

import neo4j
from neo4j.exceptions import AuthError, ConfigurationError, ServiceUnavailable, SessionExpired

from graph_schema.errors import ConfigError, GraphUnavailableError
from graph_schema.settings import Settings

logger = logging.getLogger(__name__)


def open_driver(settings: Settings) -> neo4j.Driver:
    """Create the driver for `settings.neo4j_uri` and verify that the server answers and accepts the credentials.

    Raises ConfigError for an unusable URI and GraphUnavailableError (naming the URI) when the server
    cannot be reached or refuses the credentials; the driver is closed before raising.
    """
    uri = settings.neo4j_uri
    auth = (settings.neo4j_user, settings.neo4j_password.get_secret_value())
    try:
        # A sparse graph reads optional properties that no node has yet ("property key does not exist"):
        # those UNRECOGNIZED notifications are noise; performance, deprecation and other notifications stay on.
        driver = neo4j.GraphDatabase.driver(
            uri,
            auth=auth,
            notifications_disabled_classifications=[neo4j.NotificationDisabledClassification.UNRECOGNIZED],
        )
    except (ConfigurationError, ValueError) as exc:
        raise ConfigError(f"DIPLOGRAPH_NEO4J_URI={uri!r} is not a usable Neo4j URI: {exc}") from exc
    try:
        driver.verify_connectivity()
    except AuthError as exc:
        driver.close()
        raise GraphUnavailableError(
            f"Neo4j at {uri} refused the credentials of user {settings.neo4j_user!r} "
            "(check DIPLOGRAPH_NEO4J_USER / DIPLOGRAPH_NEO4J_PASSWORD)"
        ) from exc
    except (ServiceUnavailable, SessionExpired, OSError) as exc:
        driver.close()
        raise GraphUnavailableError(f"Neo4j is not reachable at {uri}: {exc}") from exc
    logger.info("connected to Neo4j at %s as %s", uri, settings.neo4j_user)
    return driver


@contextmanager
def graph_errors() -> Iterator[None]:
    """Re-raise the driver's connection failures, met after start-up, as GraphUnavailableError."""
    try:
        yield
    except AuthError as exc:
        raise GraphUnavailableError(f"Neo4j refused the credentials: {exc.message}") from exc
    except (ServiceUnavailable, SessionExpired) as exc:
        raise GraphUnavailableError(f"Neo4j became unavailable: {exc}") from exc


def ping(driver: neo4j.Driver) -> None:
    """Check that the server still answers; GraphUnavailableError if it does not."""
    with graph_errors():
        driver.verify_connectivity()
