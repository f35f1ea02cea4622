"""The ingest pipeline: read inputs, extract, write to the graph in batches; report progress and a summary.

A bad input is reported (named) and skipped; every good article is still written. An article whose
extraction raises is reported the same way. Writing replaces each article's previous contribution, so
re-ingesting changes nothing. Writing also reconciles each article with the graph (graph_schema.write,
"the merge rule" in graph_schema/README.md): the catalog's people keep their ids, anyone else may be mapped
onto a Person an earlier article spelled differently, and a meeting onto one another article dated compatibly.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import neo4j

from graph_schema.errors import InputError
from graph_schema.records import Extraction
from graph_schema.settings import Settings
from graph_schema.write import write_extractions
from ingest.catalog import catalog
from ingest.extract import ArticleInput, extract
from ingest.nlp import NLP
from ingest.sources import read_inputs

logger = logging.getLogger(__name__)


@dataclass
class Summary:
    articles: int = 0
    meetings: int = 0
    people: int = 0
    offices: int = 0
    other_events: int = 0
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"{self.articles} articles, {self.meetings} meetings, {self.people} people, {self.offices} offices, "
            f"{self.other_events} other events; {len(self.errors)} errors"
        )


def extract_all(
    paths: list[Path], nlp: NLP, settings: Settings, on_item: Callable[[str], None] | None = None
) -> Iterator[Extraction | InputError]:
    """Extractions of every readable article, or an InputError naming what could not be read or extracted."""
    for item in read_inputs(paths, settings.max_article_bytes):
        if isinstance(item, InputError):
            yield item
        else:
            yield _safe_extract(item, nlp)
        if on_item:
            on_item(item.source)


def _safe_extract(doc: ArticleInput, nlp: NLP) -> Extraction | InputError:
    try:
        return extract(doc, nlp)
    except Exception as exc:  # noqa: BLE001 - one article's failure must not stop the others; it is reported
        logger.exception("extraction failed for %s", doc.source)
        return InputError(doc.source, f"extraction failed: {type(exc).__name__}: {exc}")


def ingest(
    driver: neo4j.Driver,
    paths: list[Path],
    nlp: NLP,
    settings: Settings,
    on_item: Callable[[str], None] | None = None,
) -> Summary:
    summary = Summary()
    batch: list[Extraction] = []
    catalog_people = frozenset(catalog().people)

    def flush() -> None:
        if batch:
            write_extractions(
                driver,
                batch,
                settings.write_batch_size,
                database=settings.neo4j_database,
                catalog_people=catalog_people,
            )
            batch.clear()

    for item in extract_all(paths, nlp, settings, on_item):
        if isinstance(item, InputError):
            summary.errors.append(str(item))
            continue
        summary.articles += 1
        summary.meetings += len(item.meetings)
        summary.people += len(item.people)
        summary.offices += len(item.offices)
        summary.other_events += len(item.other_events)
        batch.append(item)
        if len(batch) >= 20:
            flush()
    flush()
    return summary
