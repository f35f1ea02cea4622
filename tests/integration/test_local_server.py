"""The project-managed Neo4j for real: provision (first time), start, Cypher, Browser, restart, stop.

Runs an instance on spare ports (bolt 17687, http 17474) with its home in a temporary directory and the
project's shared lib dir (.neo4j/lib). Needs Java 17+ and Maven (first run: ~200 jars from Maven Central).
"""

from __future__ import annotations

import json
import socket
import urllib.request
import uuid
from collections.abc import Iterator

import pytest
from neo4j import GraphDatabase
from pydantic import SecretStr

from graph_schema import local_server
from graph_schema.errors import LocalServerError
from graph_schema.local_server import ServerStatus
from graph_schema.settings import Settings

pytestmark = pytest.mark.integration

BOLT_PORT = 17687
HTTP_PORT = 17474


@pytest.fixture(scope="module")
def local_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    settings = Settings(
        environment="test",
        neo4j_uri=f"bolt://127.0.0.1:{BOLT_PORT}",
        neo4j_home=tmp_path_factory.mktemp("neo4j-home"),
        neo4j_bolt_port=BOLT_PORT,
        neo4j_http_port=HTTP_PORT,
    )
    yield settings
    local_server.stop(settings)


@pytest.fixture
def running(local_settings: Settings) -> ServerStatus:
    return local_server.start(local_settings)


def _query(settings: Settings, cypher: str, **parameters: object) -> list[dict[str, object]]:
    auth = (settings.neo4j_user, settings.neo4j_password.get_secret_value())
    with GraphDatabase.driver(settings.neo4j_uri, auth=auth) as driver:
        records, _, _ = driver.execute_query(cypher, parameters, database_=settings.neo4j_database)
    return [record.data() for record in records]


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.5)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def test_start_reports_the_running_server(running: ServerStatus, local_settings: Settings) -> None:
    assert running.running
    assert isinstance(running.pid, int)
    assert running.bolt_uri == f"bolt://127.0.0.1:{BOLT_PORT}"
    assert running.http_url == f"http://127.0.0.1:{HTTP_PORT}"
    assert running.home == local_settings.neo4j_home.resolve()
    assert local_server.status(local_settings) == running
    assert local_server.start(local_settings) == running  # already running: same process, no second server


def test_cypher_round_trip(running: ServerStatus, local_settings: Settings) -> None:
    assert _query(local_settings, "RETURN $x + 1 AS y", x=41) == [{"y": 42}]


def test_browser_is_served_and_discovery_advertises_our_ports(running: ServerStatus) -> None:
    with urllib.request.urlopen(f"{running.http_url}/browser/", timeout=10) as response:  # noqa: S310 - loopback
        assert response.status == 200
        assert "text/html" in response.headers["Content-Type"]
    with urllib.request.urlopen(f"{running.http_url}/", timeout=10) as response:  # noqa: S310 - loopback
        discovery = json.load(response)
    assert discovery["bolt_direct"] == running.bolt_uri
    assert discovery["neo4j_edition"] == "community"


def test_data_survive_stop_and_start(running: ServerStatus, local_settings: Settings) -> None:
    marker = uuid.uuid4().hex
    _query(local_settings, "CREATE (:LocalServerProbe {marker: $marker})", marker=marker)

    stopped = local_server.stop(local_settings)
    assert not stopped.running
    assert stopped.pid is None
    assert not _listening(BOLT_PORT)
    assert not _listening(HTTP_PORT)

    restarted = local_server.start(local_settings)
    assert restarted.running
    assert restarted.pid != running.pid
    found = _query(local_settings, "MATCH (p:LocalServerProbe {marker: $marker}) RETURN count(p) AS n", marker=marker)
    assert found == [{"n": 1}]


def test_stop_is_idempotent(local_settings: Settings) -> None:
    local_server.start(local_settings)
    assert not local_server.stop(local_settings).running
    assert not local_server.stop(local_settings).running
    assert not local_server.status(local_settings).running


def test_a_second_instance_on_the_same_ports_is_refused(
    running: ServerStatus, local_settings: Settings, tmp_path_factory: pytest.TempPathFactory
) -> None:
    other = local_settings.model_copy(update={"neo4j_home": tmp_path_factory.mktemp("other-home")})
    with pytest.raises(LocalServerError, match=f"port {BOLT_PORT} on 127.0.0.1 is already in use"):
        local_server.start(other)


def test_a_changed_password_is_refused_and_the_server_stopped(running: ServerStatus, local_settings: Settings) -> None:
    local_server.stop(local_settings)
    wrong = local_settings.model_copy(update={"neo4j_password": SecretStr("not-the-first-password")})
    with pytest.raises(LocalServerError, match="refused user 'neo4j'"):
        local_server.start(wrong)
    assert not local_server.status(local_settings).running
    assert not _listening(BOLT_PORT)


def test_an_early_exit_shows_the_log_tail(local_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    local_server.stop(local_settings)
    monkeypatch.setattr(local_server, "JVM_FLAGS", (*local_server.JVM_FLAGS, "-XX:+DiplographNoSuchOption"))
    with pytest.raises(LocalServerError, match="exited during start-up") as raised:
        local_server.start(local_settings)
    assert "DiplographNoSuchOption" in str(raised.value)  # the JVM's complaint, from console.log
    assert not local_server.status(local_settings).running


def test_a_start_timeout_stops_the_server_and_shows_the_log_tail(local_settings: Settings) -> None:
    local_server.stop(local_settings)
    impatient = local_settings.model_copy(update={"neo4j_start_timeout": 1.0})
    with pytest.raises(LocalServerError, match=r"did not answer on bolt://127\.0\.0\.1:17687 within 1 s"):
        local_server.start(impatient)
    assert not local_server.status(local_settings).running
    assert not _listening(BOLT_PORT)
