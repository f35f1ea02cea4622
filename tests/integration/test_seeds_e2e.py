"""The seed articles end to end: ingest (the CLI's own pipeline) → the real Neo4j → the REST API."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import neo4j
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from app.main import create_app
from graph_schema.settings import Settings
from graph_schema.write import counts
from ingest.cli import app as cli
from ingest.nlp import NLP
from ingest.pipeline import ingest
from tests.seeds import SEEDS

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def nlp(settings: Settings) -> NLP:
    return NLP(settings)


@pytest.fixture(scope="module")
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as client:
        yield client


@pytest.fixture
def seeded(clean_graph: neo4j.Driver, settings: Settings, nlp: NLP) -> neo4j.Driver:
    summary = ingest(clean_graph, [SEEDS], nlp, settings)
    assert summary.errors == [] and summary.articles == 5
    return clean_graph


def meetings(client: TestClient, **params: str) -> list[dict]:
    response = client.get("/meetings", params=params)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.usefixtures("seeded")
def test_patrushev_meeting_is_one_node_with_two_sources(client: TestClient) -> None:
    [m] = meetings(client, person="Wang Yi", counterpart="Nikolai Patrushev")
    assert m["kind"] == "in_person"
    assert (m["venue"]["city"], m["venue"]["country"]) == ("Johannesburg", "South Africa")
    assert m["weekday"] == "Monday" and m["date"] is None
    assert m["sidelines"] and m["occasion"]["framework_id"] == "brics"
    assert sorted(s["name"][:3] for s in m["sources"]) == ["000", "003"]
    assert all(s["sentence"] for s in m["sources"])


@pytest.mark.usefixtures("seeded")
def test_shoigu_in_saint_petersburg(client: TestClient) -> None:
    [m] = meetings(client, person="wang-yi", counterpart="Sergei Shoigu")
    assert (m["venue"]["city"], m["venue"]["country"]) == ("Saint Petersburg", "Russia")
    assert m["weekday"] == "Tuesday"


@pytest.mark.usefixtures("seeded")
def test_lavrov_by_phone_and_in_moscow(client: TestClient) -> None:
    [phone] = meetings(client, person="Wang Yi", counterpart="Sergei Lavrov", kind="phone")
    assert phone["date"] == "2023-08-07" and phone["venue"] is None
    [moscow] = meetings(client, person="Wang Yi", counterpart="Sergei Lavrov", kind="in_person")
    assert moscow["venue"]["city"] == "Moscow" and moscow["month_day"] == "09-18"
    assert len(meetings(client, person="Wang Yi")) == 4


@pytest.mark.usefixtures("seeded")
def test_nothing_from_page_noise(client: TestClient, seeded: neo4j.Driver) -> None:
    names = {r["name"] for r in seeded.execute_query("MATCH (p:Person) RETURN p.name AS name").records}
    assert names == {"Wang Yi", "Nikolai Patrushev", "Sergei Shoigu", "Sergei Lavrov", "Xi Jinping"}
    for noise in ("Xinhua", "VCG", "Global Times", "Eurasia Review", "Taiwan"):
        assert client.get("/people", params={"q": noise}).json() == []


def test_reingest_changes_no_counts(seeded: neo4j.Driver, settings: Settings, nlp: NLP) -> None:
    before = counts(seeded, database=settings.neo4j_database)
    again = ingest(seeded, [SEEDS], nlp, settings)
    assert again.errors == []
    assert counts(seeded, database=settings.neo4j_database) == before


def test_cli_ingest_names_bad_inputs_and_keeps_good_ones(
    clean_graph: neo4j.Driver, settings: Settings, tmp_path: Path
) -> None:
    good = next(SEEDS.glob("002_*.txt"))
    (tmp_path / "good.txt").write_text(good.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x00\x00")
    (tmp_path / "feed.jsonl").write_text('{"text": "x"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path)])
    assert result.exit_code == 1
    assert "empty.txt" in result.output and "image.txt" in result.output and "feed.jsonl:1" in result.output
    assert "Traceback" not in result.output
    assert counts(clean_graph, database=settings.neo4j_database)["Article"] == 1
    assert counts(clean_graph, database=settings.neo4j_database)["Meeting"] == 1
