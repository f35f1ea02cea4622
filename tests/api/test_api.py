"""The HTTP API through TestClient, with the real Neo4j behind it and hand-built records written first."""

from __future__ import annotations

import http
import socket
from collections.abc import Iterator
from typing import Any

import neo4j
import pytest
from fastapi.testclient import TestClient

from app.deps import get_driver
from app.main import create_app
from graph_schema.settings import Settings
from graph_schema.write import write_extractions
from tests import builders

pytestmark = pytest.mark.integration

PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as client:
        yield client


@pytest.fixture
def seeded(clean_graph: neo4j.Driver, settings: Settings) -> None:
    write_extractions(clean_graph, builders.sample_reports(), database=settings.neo4j_database)


def meeting_ids(client: TestClient, **params: Any) -> list[str]:
    response = client.get("/meetings", params=params)
    assert response.status_code == 200, response.text
    return [meeting["id"] for meeting in response.json()]


def test_health_and_ready(client: TestClient) -> None:
    assert client.get("/health").json() == {"status": "ok"}
    ready = client.get("/ready")
    assert (ready.status_code, ready.json()) == (200, {"status": "ready"})


def test_ready_is_503_problem_when_neo4j_is_unreachable(client: TestClient) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    unreachable = neo4j.GraphDatabase.driver(f"bolt://127.0.0.1:{port}", auth=("neo4j", "unused"))
    client.app.dependency_overrides[get_driver] = lambda: unreachable  # type: ignore[attr-defined]
    try:
        response = client.get("/ready")
    finally:
        client.app.dependency_overrides.clear()  # type: ignore[attr-defined]
        unreachable.close()
    assert response.status_code == 503
    assert response.headers["content-type"] == PROBLEM
    assert response.json()["status"] == 503
    assert client.get("/health").status_code == 200


@pytest.mark.usefixtures("seeded")
def test_meetings_are_listed_most_recent_first_with_details(client: TestClient) -> None:
    response = client.get("/meetings")
    assert response.status_code == 200
    meetings = response.json()
    assert [m["date"] for m in meetings] == ["2023-08-23", "2023-03-07", "2022-02-15"]
    johannesburg = meetings[0]
    assert johannesburg["venue"] == {
        "id": "ZA:johannesburg",
        "city": "Johannesburg",
        "country_code": "ZA",
        "country": "South Africa",
    }
    assert johannesburg["occasion"]["framework_id"] == "brics"
    assert (johannesburg["sidelines"], johannesburg["weekday"], johannesburg["kind"]) == (
        True,
        "Wednesday",
        "in_person",
    )
    host = next(p for p in johannesburg["participants"] if p["id"] == "wang-yi")
    assert (host["role"], host["country"], host["roles"]) == ("host", "China", ["Chinese Foreign Minister"])
    source = johannesburg["sources"][0]
    assert source["sentence"].startswith("Wang Yi met") and source["end"] > source["start"]
    assert 0 < source["confidence"] <= 1


@pytest.mark.usefixtures("seeded")
@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"person": "WANG YI"}, ["2023-08-23:sergey-lavrov+wang-yi"]),
        ({"person": "Sergei Lavrov"}, ["2023-08-23:sergey-lavrov+wang-yi", "2022-02-15:antony-blinken+sergey-lavrov"]),
        ({"person": "sergey-lavrov", "counterpart": "antony blinken"}, ["2022-02-15:antony-blinken+sergey-lavrov"]),
        ({"person": "sergey-lavrov", "counterpart": "sergey-lavrov"}, []),
        ({"country": "za"}, ["2023-08-23:sergey-lavrov+wang-yi", "2023-03-07:naledi-pandor+qin-gang"]),
        ({"country": "United States"}, ["2022-02-15:antony-blinken+sergey-lavrov"]),
        ({"venue": "johannesburg"}, ["2023-08-23:sergey-lavrov+wang-yi"]),
        ({"framework": "BRICS"}, ["2023-08-23:sergey-lavrov+wang-yi"]),
        ({"from": "2023-01-01", "to": "2023-06-30"}, ["2023-03-07:naledi-pandor+qin-gang"]),
        ({"kind": "phone"}, ["2022-02-15:antony-blinken+sergey-lavrov"]),
        ({"limit": 1, "offset": 1}, ["2023-03-07:naledi-pandor+qin-gang"]),
        ({"person": "nobody"}, []),
    ],
)
def test_meeting_filters(client: TestClient, params: dict[str, Any], expected: list[str]) -> None:
    assert meeting_ids(client, **params) == expected


@pytest.mark.parametrize(
    ("params", "field"),
    [({"from": "23 August 2023"}, "from"), ({"kind": "dinner"}, "kind"), ({"limit": 0}, "limit")],
)
def test_bad_parameters_are_422_problems(client: TestClient, params: dict[str, Any], field: str) -> None:
    response = client.get("/meetings", params=params)
    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM
    body = response.json()
    assert (body["status"], body["title"]) == (422, http.HTTPStatus(422).phrase)
    assert body["errors"][0]["loc"] == ["query", field]


@pytest.mark.usefixtures("seeded")
def test_one_meeting_and_404_problem(client: TestClient) -> None:
    meeting = client.get("/meetings/2023-08-23:sergey-lavrov+wang-yi").json()
    assert len(meeting["sources"]) == 2
    assert meeting["topics"] == ["BRICS expansion", "Ukraine"]

    missing = client.get("/meetings/no-such-meeting")
    assert missing.status_code == 404
    assert missing.headers["content-type"] == PROBLEM
    assert missing.json() == {
        "type": "about:blank",
        "title": "Not Found",
        "status": 404,
        "detail": "no meeting with id 'no-such-meeting'",
        "instance": "/meetings/no-such-meeting",
    }


@pytest.mark.usefixtures("seeded")
def test_people(client: TestClient) -> None:
    assert [p["id"] for p in client.get("/people", params={"q": "лавров"}).json()] == ["sergey-lavrov"]
    assert [p["id"] for p in client.get("/people", params={"q": "a"}).json()][:1] == ["sergey-lavrov"]  # most met
    assert [p["id"] for p in client.get("/people", params={"q": "Wang Yi"}).json()] == ["wang-yi"]
    assert len(client.get("/people").json()) == 5

    wang = client.get("/people/wang-yi").json()
    assert (wang["name"], wang["country"], wang["aliases"]) == ("Wang Yi", "China", ["王毅"])
    assert wang["offices"][0]["title"] == "Minister of Foreign Affairs"
    assert wang["offices"][0]["last_seen"] == "2023-08-24"
    assert wang["counterparts"] == [
        {"id": "sergey-lavrov", "name": "Sergey Lavrov", "meetings": 1, "last_met": "2023-08-23"}
    ]

    missing = client.get("/people/nobody")
    assert (missing.status_code, missing.headers["content-type"]) == (404, PROBLEM)


@pytest.mark.usefixtures("seeded")
def test_connection_path(client: TestClient) -> None:
    path = client.get("/people/wang-yi/path/antony-blinken").json()
    assert (path["connected"], path["meetings"]) == (True, 2)
    assert [step["id"] for step in path["steps"] if step["kind"] == "person"] == [
        "wang-yi",
        "sergey-lavrov",
        "antony-blinken",
    ]
    apart = client.get("/people/wang-yi/path/naledi-pandor").json()
    assert (apart["connected"], apart["steps"]) == (False, [])
    assert client.get("/people/wang-yi/path/nobody").status_code == 404


@pytest.mark.usefixtures("seeded")
def test_frameworks(client: TestClient) -> None:
    assert client.get("/frameworks").json() == [
        {
            "id": "brics",
            "name": "BRICS",
            "qid": "Q178660",
            "kind": "organization",
            "meetings": 1,
            "events": 1,
            "articles": 2,
        }
    ]


def test_openapi_declares_problem_responses(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    person = spec["paths"]["/people/{person_id}"]["get"]["responses"]
    meetings = spec["paths"]["/meetings"]["get"]["responses"]
    for responses, status in ((person, "404"), (meetings, "422"), (meetings, "503")):
        assert list(responses[status]["content"]) == [PROBLEM]
    assert "Problem" in spec["components"]["schemas"]
    assert "HTTPValidationError" not in spec["components"]["schemas"]
