"""Every Cypher example of graph_schema/README.md runs, and finds something, on hand-built sample data."""

from __future__ import annotations

import re
from pathlib import Path

import neo4j
import pytest

from graph_schema.settings import Settings
from graph_schema.write import write_extractions
from tests import builders

pytestmark = pytest.mark.integration

README = Path(__file__).resolve().parents[2] / "graph_schema" / "README.md"
EXAMPLES = re.findall(r"```cypher\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.DOTALL)


def test_the_readme_has_examples() -> None:
    assert len(EXAMPLES) >= 6


@pytest.mark.parametrize("cypher", EXAMPLES, ids=[f"example-{i}" for i in range(len(EXAMPLES))])
def test_readme_example_runs(clean_graph: neo4j.Driver, settings: Settings, cypher: str) -> None:
    write_extractions(clean_graph, builders.sample_reports(), database=settings.neo4j_database)

    records = clean_graph.execute_query(
        cypher, database_=settings.neo4j_database, routing_=neo4j.RoutingControl.READ
    ).records

    assert records, cypher
