"""Graph write throughput: `write_extractions` (batched UNWIND) against the row-by-row baseline writer.

Every timed round starts from a cleared database (constraints and indexes stay) and writes the corpus's
extractions once ("first ingest"), then writes the same extractions again ("re-ingest", the idempotent
path: each article's old contribution is found, removed and written back). Before its timed rounds each writer
writes the first few articles twice, untimed, so that Neo4j has compiled and cached the query plans before
anything is timed. The graph each writer leaves is compared by node and relationship counts.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import neo4j

from bench.naive_write import write_row_by_row
from graph_schema.records import Extraction
from graph_schema.write import build_rows, clear_graph, counts, write_extractions

WARMUP_ARTICLES = 8


@dataclass
class WriteFigures:
    articles: int  # per round
    first_s: list[float] = field(default_factory=list)  # one per round
    again_s: list[float] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def first_articles_per_s(self) -> float:
        return self.articles * len(self.first_s) / sum(self.first_s)

    @property
    def again_articles_per_s(self) -> float:
        return self.articles * len(self.again_s) / sum(self.again_s)


@dataclass
class WriteComparison:
    batched: WriteFigures
    naive: WriteFigures
    rows_per_article: float  # parameter rows (nodes + relationships) per article, as build_rows makes them
    naive_statements_per_article: float
    batch_size: int


def compare_writers(
    driver: neo4j.Driver, extractions: list[Extraction], *, rounds: int, batch_size: int, database: str | None
) -> WriteComparison:
    """Time both writers over `rounds` rounds each; leave the database holding the batched writer's graph."""
    naive_statements = 0

    def batched(items: list[Extraction]) -> None:
        write_extractions(driver, items, batch_size, database=database)

    def naive(items: list[Extraction]) -> None:
        nonlocal naive_statements
        naive_statements = write_row_by_row(driver, items, database=database)

    naive_figures = _rounds(driver, naive, extractions, rounds, database)
    statements_per_article = naive_statements / len(extractions)  # of the last (re-ingest) write
    batched_figures = _rounds(driver, batched, extractions, rounds, database)  # last, so its graph stays
    rows = sum(sum(len(r) for _, r in build_rows(e).stages()) + 1 for e in extractions) / len(extractions)
    return WriteComparison(batched_figures, naive_figures, rows, statements_per_article, batch_size)


def _rounds(
    driver: neo4j.Driver,
    write: Callable[[list[Extraction]], None],
    extractions: list[Extraction],
    rounds: int,
    database: str | None,
) -> WriteFigures:
    figures = WriteFigures(articles=len(extractions))
    clear_graph(driver, database=database)
    write(extractions[:WARMUP_ARTICLES])
    write(extractions[:WARMUP_ARTICLES])
    for _ in range(rounds):
        clear_graph(driver, database=database)
        figures.first_s.append(_timed(write, extractions))
        figures.again_s.append(_timed(write, extractions))
    figures.counts = counts(driver, database=database)
    return figures


def _timed(write: Callable[[list[Extraction]], None], extractions: list[Extraction]) -> float:
    started = time.perf_counter()
    write(extractions)
    return time.perf_counter() - started
