"""The `diplograph` command line: thin commands over importable functions; non-zero exit on failure."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from graph_schema.driver import open_driver
from graph_schema.errors import DiploGraphError, InputError
from graph_schema.schema import apply_schema
from graph_schema.settings import get_settings
from graph_schema.write import counts
from ingest.cli_neo4j import neo4j_app
from ingest.nlp import NLP
from ingest.pipeline import extract_all, ingest
from ingest.sources import read_inputs

app = typer.Typer(
    help="diplograph: diplomatic articles → a Neo4j graph of people, offices and meetings.", no_args_is_help=True
)
schema_app = typer.Typer(help="The graph schema (constraints and indexes).", no_args_is_help=True)
app.add_typer(schema_app, name="schema")
app.add_typer(neo4j_app, name="neo4j")
err = Console(stderr=True, soft_wrap=True)

Paths = Annotated[list[Path], typer.Argument(help="text files, folders, or JSON Lines files with metadata")]


def _fail(exc: DiploGraphError) -> None:
    err.print(f"[red]error:[/red] {exc}")
    raise typer.Exit(1)


@app.callback()
def _main(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="log progress details")] = False) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )


@schema_app.command("apply")
def schema_apply() -> None:
    """Create the named constraints and indexes (idempotent)."""
    settings = get_settings()
    try:
        with open_driver(settings) as driver:
            applied = apply_schema(driver, database=settings.neo4j_database)
    except DiploGraphError as exc:
        _fail(exc)
    typer.echo(f"schema applied: {len(applied)} constraints and indexes")


def _count_articles(paths: list[Path], max_bytes: int) -> int:
    return sum(1 for _ in read_inputs(paths, max_bytes))


@app.command("ingest")
def ingest_cmd(paths: Paths) -> None:
    """Extract every article and write it to the graph (idempotent: re-ingesting changes nothing)."""
    settings = get_settings()
    nlp = NLP(settings)
    total = _count_articles(paths, settings.max_article_bytes)
    try:
        with (
            open_driver(settings) as driver,
            Progress(
                TextColumn("ingest"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TextColumn("{task.description}"),
                console=err,
                disable=not sys.stderr.isatty(),
            ) as progress,
        ):
            task = progress.add_task("", total=total)
            summary = ingest(
                driver,
                paths,
                nlp,
                settings,
                on_item=lambda src: progress.update(task, advance=1, description=Path(src).name),
            )
            graph = counts(driver, database=settings.neo4j_database)
    except DiploGraphError as exc:
        _fail(exc)
    for line in summary.errors:
        err.print(f"[red]error:[/red] {line}", highlight=False)
    typer.echo(f"ingested {summary.line()}")
    typer.echo(
        "graph now holds "
        + ", ".join(f"{graph.get(k, 0)} {k}" for k in ("Article", "Meeting", "Person", "Office", "Place", "Framework"))
    )
    if summary.errors:
        raise typer.Exit(1)


@app.command("extract")
def extract_cmd(
    paths: Paths,
    fmt: Annotated[
        str, typer.Option("--format", help="gold-jsonl (the interchange format) or json (full records)")
    ] = "gold-jsonl",
) -> None:
    """Print the extraction of each article, one JSON line each, without touching the graph."""
    from ingest.gold import to_gold

    if fmt not in {"gold-jsonl", "json"}:
        err.print(f"[red]error:[/red] unknown --format {fmt!r}: use gold-jsonl or json")
        raise typer.Exit(2)
    settings = get_settings()
    failed = 0
    for item in extract_all(paths, NLP(settings), settings):
        if isinstance(item, InputError):
            err.print(f"[red]error:[/red] {item}", highlight=False)
            failed += 1
            continue
        line = to_gold(item) if fmt == "gold-jsonl" else item.model_dump(mode="json", exclude={"article": {"text"}})
        typer.echo(json.dumps(line, ensure_ascii=False))
    if failed:
        raise typer.Exit(1)


@app.command("eval")
def eval_cmd(
    gold: Annotated[Path, typer.Argument(help="gold annotations, JSON Lines")],
    articles: Annotated[Path, typer.Argument(help="folder with <id>.txt for each gold line")],
    as_json: Annotated[bool, typer.Option("--json", help="print the report as JSON")] = False,
    show_errors: Annotated[bool, typer.Option("--errors", help="list the meetings that differ")] = False,
) -> None:
    """Precision, recall and F1 of the extraction against gold annotations."""
    from ingest.evaluate import evaluate_corpus, format_table

    settings = get_settings()
    try:
        report = evaluate_corpus(gold, articles, NLP(settings), settings)
    except DiploGraphError as exc:
        _fail(exc)
    if as_json:
        typer.echo(json.dumps(report.as_dict(), indent=1))
    else:
        typer.echo(format_table(report))
    if show_errors:
        for e in report.errors:
            typer.echo(json.dumps(e, ensure_ascii=False))


@app.command("stats")
def stats_cmd() -> None:
    """Node and relationship counts of the graph."""
    settings = get_settings()
    try:
        with open_driver(settings) as driver:
            graph = counts(driver, database=settings.neo4j_database)
    except DiploGraphError as exc:
        _fail(exc)
    for key, value in graph.items():
        typer.echo(f"{key:<20}{value:>8}")


def main() -> None:
    app()
