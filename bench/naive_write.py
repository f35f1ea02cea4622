"""BASELINE ONLY: a deliberately naive graph writer, one Cypher statement per row. diplograph never uses it.

It exists so that the benchmark can show what batching buys. It sends the same Cypher
(`graph_schema.queries`) with the same rows (`graph_schema.write.build_rows`) in the same transaction
per article as `graph_schema.write.write_extractions`; the one difference is that every row
(and every meeting or event id to tidy) is its own statement instead of one `UNWIND` per batch of rows.
So the graph it leaves is the same, and the ratio of the two timings is the cost of round trips and
per-statement overhead that batching removes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import neo4j

from graph_schema import queries
from graph_schema.driver import graph_errors
from graph_schema.records import Extraction
from graph_schema.write import build_rows, plan_merges


def write_row_by_row(driver: neo4j.Driver, extractions: Iterable[Extraction], *, database: str | None = None) -> int:
    """Write each extraction in its own transaction, one statement per row; return the statements sent."""
    statements = 0
    with graph_errors(), driver.session(database=database) as session:
        for extraction in extractions:
            build_rows(extraction)  # InputError before the transaction, as write_extractions
            statements += session.execute_write(_replace_article_row_by_row, extraction)
    return statements


def _replace_article_row_by_row(tx: neo4j.ManagedTransaction, extraction: Extraction) -> int:
    sent = 0

    def run(query: str, **params: Any) -> None:
        nonlocal sent
        sent += 1
        tx.run(query, **params).consume()

    sent += 1
    sourced = tx.run(queries.ARTICLE_SOURCED, article_id=extraction.article.id).single()
    old_meetings = set(sourced["meeting_ids"]) if sourced else set()
    old_events = set(sourced["event_ids"]) if sourced else set()
    for query in queries.DELETE_ARTICLE_RELATIONSHIPS.values():
        run(query, article_id=extraction.article.id)
    rows = build_rows(extraction, plan_merges(tx, extraction))  # the same reads as write_extractions (not counted)
    run(queries.MERGE_ARTICLE, row=rows.article)
    for query, stage_rows in rows.stages():
        for row in stage_rows:
            run(query, rows=[row])
    meetings, events = sorted(old_meetings | rows.meeting_ids), sorted(old_events | rows.event_ids)
    for query, ids in (
        (queries.DELETE_UNSOURCED_MEETINGS, meetings),
        (queries.DELETE_UNSOURCED_EVENTS, events),
        (queries.REFRESH_MEETINGS, meetings),
        (queries.REFRESH_EVENTS, events),
    ):
        for one in ids:
            run(query, ids=[one])
    return sent
