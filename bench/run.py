"""`python -m bench.run`: extraction, graph-write and API figures, each against a baseline from the same run.

Needs a running Neo4j that the benchmark may empty: it refuses to run unless DIPLOGRAPH_ENVIRONMENT=test
(`make bench` starts the test instance and sets it). Progress goes to stderr, the table to stdout; the exit
status is 0 when every figure was measured, 1 on a diplograph error, 2 when refused. Nothing asserts a time.
"""

from __future__ import annotations

import argparse
import logging
import os
import platform
import statistics
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import quote, urlencode

import neo4j
import spacy

from bench import api_latency, extraction, graph_writes
from graph_schema import read
from graph_schema.driver import open_driver
from graph_schema.errors import DiploGraphError
from graph_schema.records import Extraction
from graph_schema.schema import Label, RelType, apply_schema
from graph_schema.settings import PROJECT_ROOT, Settings, get_settings

logger = logging.getLogger(__name__)

Row = Sequence[str]


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("graph_schema.write").setLevel(logging.ERROR)  # clear_graph warns on every round
    settings = get_settings()
    if settings.environment != "test":
        print(
            f"refusing to benchmark: it deletes every node of {settings.neo4j_uri} (database "
            f"{settings.neo4j_database!r}); set DIPLOGRAPH_ENVIRONMENT=test for a dedicated instance (make bench)",
            file=sys.stderr,
        )
        return 2
    try:
        print(_run(args, settings))
    except DiploGraphError as exc:
        print(f"benchmark failed: {exc}", file=sys.stderr)
        return 1
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=PROJECT_ROOT / "corpus" / "articles")
    parser.add_argument("--articles", type=int, default=192, help="articles to time per side (whole passes)")
    parser.add_argument(
        "--extract-budget", type=float, default=60.0, help="seconds after which extraction stops repeating passes"
    )
    parser.add_argument("--write-rounds", type=int, default=2, help="timed rounds (corpus writes) of each writer")
    parser.add_argument("--requests", type=int, default=200, help="timed requests per API route")
    parser.add_argument("--warmup", type=int, default=20, help="untimed requests per API route first")
    return parser


def _progress(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def _run(args: argparse.Namespace, settings: Settings) -> str:
    started = time.perf_counter()
    load_before = _load_average()
    articles = extraction.read_corpus([args.corpus])

    _progress(f"1/3 extraction of {len(articles)} articles (own process) ...")
    extractor = extraction.in_fresh_process(extraction.run_extractor, articles, args.articles, args.extract_budget)
    _progress("1/3 spaCy nlp.pipe baseline (own process) ...")
    spacy_only = extraction.in_fresh_process(
        extraction.run_spacy_baseline, articles, extractor.pipelines, args.articles
    )
    extractions = extractor.extractions

    _progress("2/3 graph writes ...")
    with open_driver(settings) as driver:
        database = settings.neo4j_database
        apply_schema(driver, database=database)
        writes = graph_writes.compare_writers(
            driver, extractions, rounds=args.write_rounds, batch_size=settings.write_batch_size, database=database
        )
        server = driver.get_server_info().agent
        routes = _routes(driver, database)

    _progress("3/3 API latency (uvicorn on loopback) ...")
    latencies = api_latency.measure(routes, requests=args.requests, warmup=args.warmup)

    sections = [
        _header(args, settings, server, extractions, (load_before, _load_average())),
        _extraction_table(extractor.figures, spacy_only, args),
        _writes_table(writes),
        _api_table(latencies, args),
        f"total benchmark time {time.perf_counter() - started:.0f} s",
    ]
    return "\n\n".join(sections)


def _routes(driver: neo4j.Driver, database: str) -> list[tuple[str, str]]:
    """GET routes to time, with filter values taken from the graph so that they return data."""
    routes = [("GET /health (baseline: no Neo4j)", "/health"), ("GET /meetings", "/meetings")]
    people = read.search_people(driver, "", limit=1, database=database)
    if people:
        person = read.get_person(driver, people[0].id, database=database)
        if person.counterparts:
            query = urlencode({"person": person.name, "counterpart": person.counterparts[0].name})
            routes.append(("GET /meetings?person&counterpart", f"/meetings?{query}"))
    frameworks = sorted(read.list_frameworks(driver, database=database), key=lambda f: -f.meetings)
    if frameworks:
        query = urlencode({"framework": frameworks[0].id, "from": "2024-01-01", "kind": "in_person"})
        routes.append(("GET /meetings?framework&from&kind", f"/meetings?{query}"))
    if people:
        routes.append(("GET /people/{id}", f"/people/{quote(people[0].id)}"))
    return routes


# ------------------------------------------------------------------------------------------------------------
# The printed table
# ------------------------------------------------------------------------------------------------------------


def _load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def _header(
    args: argparse.Namespace, settings: Settings, server: str, extractions: list[Extraction], load: tuple[str, str]
) -> str:
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 0
    languages = Counter(e.article.language for e in extractions)
    chars = sum(len(e.article.text) for e in extractions)
    meetings = sum(len(e.meetings) for e in extractions)
    corpus = args.corpus.relative_to(PROJECT_ROOT) if args.corpus.is_relative_to(PROJECT_ROOT) else args.corpus
    return "\n".join(
        [
            "diplograph benchmark (figures from one run; ratio = measured / baseline)",
            f"machine : {platform.system()} {platform.machine()}, {os.cpu_count()} cores ({usable} usable), "
            f"Python {platform.python_version()}, spaCy {spacy.__version__}, neo4j driver {neo4j.__version__}",
            f"load    : {load[0]} at start, {load[1]} at end (1/5/15-min load averages; other work skews figures)",
            f"neo4j   : {server} at {settings.neo4j_uri}, database {settings.neo4j_database!r}",
            f"corpus  : {corpus}: {len(extractions)} articles, {chars:,} characters, "
            + ", ".join(f"{code} {n}" for code, n in languages.most_common())
            + f"; {meetings} meetings extracted",
        ]
    )


def _extraction_table(
    ours: extraction.ExtractionFigures, base: extraction.ExtractionFigures, args: argparse.Namespace
) -> str:
    rows: list[Row] = [
        ("", "extraction", "spaCy nlp.pipe", "ratio"),
        ("articles timed (passes)", f"{ours.articles} ({ours.passes})", f"{base.articles} ({base.passes})", ""),
        ("load: models, detector, data (s)", f"{ours.load_s:.2f}", f"{base.load_s:.2f}",
         _ratio(ours.load_s, base.load_s)),
        ("throughput (articles/s)", f"{ours.articles_per_s:.2f}", f"{base.articles_per_s:.1f}",
         _ratio(ours.articles_per_s, base.articles_per_s)),
        ("mean latency (ms/article)", f"{ours.ms_per_article:.1f}", f"{base.ms_per_article:.1f}",
         _ratio(ours.ms_per_article, base.ms_per_article)),
    ]  # fmt: skip
    if len(ours.per_article_s) > 1:
        p95 = statistics.quantiles(ours.per_article_s, n=20, method="inclusive")[18]
        rows.append(("p95 / max (ms/article)", f"{1000 * p95:.0f} / {1000 * max(ours.per_article_s):.0f}", "", ""))
    if ours.first_pass_s is not None and ours.passes > 1:
        later = (ours.work_s - ours.first_pass_s) / (ours.articles - ours.articles // ours.passes)
        first = ours.first_pass_s / (ours.articles // ours.passes)
        rows.append(("first pass / later passes (ms/art.)", f"{1000 * first:.1f} / {1000 * later:.1f}", "", ""))
    rows += [
        ("RSS after load (MiB)", f"{ours.rss_after_load_mib:.0f}", f"{base.rss_after_load_mib:.0f}",
         _ratio(ours.rss_after_load_mib, base.rss_after_load_mib)),
        ("peak RSS (MiB)", f"{ours.peak_rss_mib:.0f}", f"{base.peak_rss_mib:.0f}",
         _ratio(ours.peak_rss_mib, base.peak_rss_mib)),
    ]  # fmt: skip
    notes = []
    if ours.slowest:
        notes.append(f"  slowest extraction: {ours.slowest[0]} ({1000 * ours.slowest[1]:.0f} ms)")
    if ours.articles < args.articles:
        notes.append(
            f"  note: extraction stopped after {ours.passes} pass(es) = {ours.articles} articles "
            f"(--extract-budget {args.extract_budget:.0f}s reached before --articles {args.articles})"
        )
    title = (
        "1. Extraction: ingest.extract.extract vs spaCy nlp.pipe alone (same texts, same pipelines), "
        "each in its own process"
    )
    return "\n".join([title, _table(rows), *notes])


def _writes_table(w: graph_writes.WriteComparison) -> str:
    b, n = w.batched, w.naive
    rows: list[Row] = [
        ("", "batched UNWIND", "row by row", "ratio"),
        ("first ingest, cleared db (articles/s)", f"{b.first_articles_per_s:.1f}", f"{n.first_articles_per_s:.1f}",
         _ratio(b.first_articles_per_s, n.first_articles_per_s)),
        ("first ingest (ms/article)", _ms(b.first_s, b.articles), _ms(n.first_s, n.articles),
         _ratio(sum(b.first_s), sum(n.first_s))),
        ("re-ingest, same articles (articles/s)", f"{b.again_articles_per_s:.1f}", f"{n.again_articles_per_s:.1f}",
         _ratio(b.again_articles_per_s, n.again_articles_per_s)),
        ("re-ingest (ms/article)", _ms(b.again_s, b.articles), _ms(n.again_s, n.articles),
         _ratio(sum(b.again_s), sum(n.again_s))),
        ("re-ingest time / first ingest time", f"{sum(b.again_s) / sum(b.first_s):.2f}",
         f"{sum(n.again_s) / sum(n.first_s):.2f}", ""),
        ("same graph (node + relationship counts)", "yes" if b.counts == n.counts else "NO", "", ""),
    ]  # fmt: skip
    title = (
        f"2. Graph writes: write_extractions (one tx per article, UNWIND batches of <= {w.batch_size}) "
        "vs bench/naive_write.py (baseline: one statement per row)"
    )
    detail = (
        f"  {len(b.first_s)} timed rounds x {b.articles} articles per writer, after an untimed warm-up write of the "
        f"corpus; {w.rows_per_article:.0f} rows per article on average; the row-by-row writer sends "
        f"{w.naive_statements_per_article:.0f} statements per article"
    )
    per_round = f"  per round, first ingest / re-ingest ms/article: batched {_per_round(b)}; row by row {_per_round(n)}"
    graph = ", ".join(f"{b.counts.get(label, 0)} {label}" for label in (Label.ARTICLE, Label.MEETING, Label.PERSON))
    relationships = sum(b.counts.get(rel, 0) for rel in RelType)
    return "\n".join(
        [title, detail, _table(rows), per_round, f"  graph written: {graph}, {relationships} relationships"]
    )


def _per_round(f: graph_writes.WriteFigures) -> str:
    return ", ".join(
        f"{1000 * first / f.articles:.0f} / {1000 * again / f.articles:.0f}"
        for first, again in zip(f.first_s, f.again_s, strict=True)
    )


def _api_table(latencies: list[api_latency.Latency], args: argparse.Namespace) -> str:
    base = latencies[0].p50
    rows: list[Row] = [("route", "items", "p50 ms", "p95 ms", "max ms", "p50 ratio")]
    for lat in latencies:
        ratio = "baseline" if lat is latencies[0] else _ratio(lat.p50, base)
        rows.append((lat.label, str(lat.items), f"{lat.p50:.2f}", f"{lat.p95:.2f}", f"{lat.max:.1f}", ratio))
    title = (
        f"3. API latency: uvicorn app.main:app on 127.0.0.1, one keep-alive connection, "
        f"{args.requests} timed requests per route after {args.warmup} warm-up"
    )
    paths = [f"  {lat.label}: {lat.path}" for lat in latencies if "?" in lat.path or "{" in lat.label]
    return "\n".join([title, _table(rows), *paths])


def _ms(seconds: list[float], articles: int) -> str:
    return f"{1000 * sum(seconds) / (articles * len(seconds)):.1f}"


def _ratio(value: float, baseline: float) -> str:
    if baseline <= 0:
        return "-"
    ratio = value / baseline
    return f"{ratio:.3f}x" if ratio < 0.1 else f"{ratio:.2f}x" if ratio < 10 else f"{ratio:.0f}x"


def _table(rows: list[Row]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [row[0].ljust(widths[0])] + [cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)]
        lines.append("  " + "   ".join(cells).rstrip())
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
