"""Graph write throughput: `write_extractions` (batched UNWIND) against the row-by-row baseline writer.

Every timed write starts from a cleared database (constraints and indexes stay) and writes the corpus's
extractions once ("first ingest"), then writes the same extractions again ("re-ingest", the idempotent
path: each article's old contribution is found, removed and written back).

Neo4j's speed drifts while its JVM warms up (JIT, plan cache, page cache): a freshly started server writes
several times slower than a warm one. So both writers first write the whole corpus, untimed; then the timed
rounds alternate the order of the two writers, the last round ending with the batched one (whose graph the
API benchmark then reads). The graph each writer leaves is compared by node and relationship counts.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import neo4j

from bench.naive_write import write_row_by_row
from graph_schema.records import Extraction
from graph_schema.write import build_rows, clear_graph, counts, write_extractions

Writer = Callable[[list[Extraction]], None]


@dataclass
class WriteFigures:
    articles: int  # per write
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

    writers: dict[str, Writer] = {"naive": naive, "batched": batched}
    figures = {name: WriteFigures(articles=len(extractions)) for name in writers}

    clear_graph(driver, database=database)  # warm-up, untimed
    batched(extractions)
    naive(extractions)
    for index in range(rounds):
        order = ["naive", "batched"] if (rounds - 1 - index) % 2 == 0 else ["batched", "naive"]
        for name in order:
            clear_graph(driver, database=database)
            figures[name].first_s.append(_timed(writers[name], extractions))
            figures[name].again_s.append(_timed(writers[name], extractions))
            figures[name].counts = counts(driver, database=database)

    rows = sum(sum(len(r) for _, r in build_rows(e).stages()) + 1 for e in extractions) / len(extractions)
    return WriteComparison(figures["batched"], figures["naive"], rows, naive_statements / len(extractions), batch_size)


def _timed(write: Writer, extractions: list[Extraction]) -> float:
    started = time.perf_counter()
    write(extractions)
    return time.perf_counter() - started
