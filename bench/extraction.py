"""Extraction throughput and memory: the extractor against spaCy's `nlp.pipe` alone, on the same texts.

The parent reads the corpus once and hands the same articles to both sides (the corpus folder may change
while the benchmark runs). Each side runs in its own freshly spawned process, because peak RSS (`ru_maxrss`)
is a high-water mark that never goes down: measured in one process, the second side would inherit the first
one's peak. Each child loads what it needs (timed separately as "load"), records RSS after loading, does the
timed work, and returns its figures; the extractor's child also returns the extractions of its first pass,
which the graph benchmark then writes.

- Extractor: `ingest.extract.extract` per article, as `diplograph ingest` runs it. It repeats whole passes
  over the corpus until `target` articles are done or `budget_s` seconds have passed (always one full pass),
  so the benchmark stays bounded however slow extraction is; the figures say how many articles were timed.
- Baseline: the spaCy pipeline the extractor uses for each article's language (`NLP.pipeline`: the trained
  English and French models, `spacy.blank` + sentencizer elsewhere), over the same raw article texts,
  grouped by pipeline and fed through `nlp.pipe`, repeated to `target` articles. No language detection,
  noise masking, catalogs, natasha or rules: what the NLP models alone cost.
"""

from __future__ import annotations

import logging
import math
import multiprocessing
import resource
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from graph_schema.errors import InputError
from graph_schema.records import Extraction
from graph_schema.settings import get_settings
from ingest.catalog import catalog, language_data
from ingest.extract import ArticleInput, extract
from ingest.nlp import NLP
from ingest.sources import read_inputs

T = TypeVar("T")

# Pipelines with a trained model; every other language uses its data language's blank pipeline
# (mirrors `pipeline_code` in ingest.extract.extract).
_TRAINED = {"en", "fr"}


@dataclass
class ExtractionFigures:
    """What one side measured in its own process. Times in seconds, memory in MiB."""

    articles: int  # articles timed (passes x corpus size)
    passes: int
    load_s: float
    work_s: float
    rss_after_load_mib: float
    peak_rss_mib: float
    first_pass_s: float | None = None  # extractor only: the first pass (cold lazy caches) on its own
    per_article_s: list[float] = field(default_factory=list)  # extractor only
    slowest: tuple[str, float] | None = None  # extractor only: (article name, seconds) of its slowest extraction

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.work_s

    @property
    def ms_per_article(self) -> float:
        return 1000 * self.work_s / self.articles


@dataclass
class ExtractorRun:
    figures: ExtractionFigures
    extractions: list[Extraction]  # of the first pass, in corpus order
    pipelines: list[str]  # the spaCy pipeline code each article was read with


def in_fresh_process(fn: Callable[..., T], *args: object) -> T:
    """Run `fn(*args)` in a newly spawned process (its own RSS high-water mark) and return its result."""
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(fn, *args).result()


def read_corpus(paths: list[Path]) -> list[ArticleInput]:
    """The articles under `paths`, read once by the parent so that both sides get the very same texts.

    An unreadable article stops the benchmark (it would skew every figure).
    """
    articles = []
    for item in read_inputs(paths, get_settings().max_article_bytes):
        if isinstance(item, InputError):
            raise item
        articles.append(item)
    if not articles:
        raise InputError(", ".join(map(str, paths)), "no articles to benchmark")
    return articles


def run_extractor(articles: list[ArticleInput], target: int, budget_s: float) -> ExtractorRun:
    """(Child process.) Load the NLP resources the corpus needs, then extract whole passes over it."""
    logging.basicConfig(level=logging.WARNING)
    nlp = NLP(get_settings())

    started = time.perf_counter()
    nlp.detect_language(articles[0].text)  # builds the lingua detector
    load_s = time.perf_counter() - started
    languages = [article.language or nlp.detect_language(article.text) for article in articles]  # not timed
    pipelines = [_pipeline_code(nlp, code) for code in languages]
    started = time.perf_counter()
    catalog()
    for code in set(languages):
        language_data(nlp.data_language(code))
    for code in set(pipelines):
        nlp.pipeline(code)
    if "ru" in languages:
        nlp.russian_names("Сергей Лавров")  # loads natasha's embeddings and taggers
    load_s += time.perf_counter() - started
    rss_after_load = _peak_rss_mib()

    extractions: list[Extraction] = []
    per_article: list[float] = []
    slowest = ("", 0.0)
    passes = 0
    first_pass_s = 0.0
    started = time.perf_counter()
    while True:
        for article in articles:
            t0 = time.perf_counter()
            extraction = extract(article, nlp)
            per_article.append(time.perf_counter() - t0)
            if per_article[-1] > slowest[1]:
                slowest = (article.name, per_article[-1])
            if passes == 0:
                extractions.append(extraction)
        passes += 1
        if passes == 1:
            first_pass_s = time.perf_counter() - started
        if passes * len(articles) >= target or time.perf_counter() - started >= budget_s:
            break
    work_s = time.perf_counter() - started

    figures = ExtractionFigures(
        articles=passes * len(articles),
        passes=passes,
        load_s=load_s,
        work_s=work_s,
        rss_after_load_mib=rss_after_load,
        peak_rss_mib=_peak_rss_mib(),
        first_pass_s=first_pass_s,
        per_article_s=per_article,
        slowest=slowest,
    )
    return ExtractorRun(figures, extractions, pipelines)


def run_spacy_baseline(articles: list[ArticleInput], pipelines: list[str], target: int) -> ExtractionFigures:
    """(Child process.) Load the same spaCy pipelines, then `nlp.pipe` the raw texts, repeated to `target`."""
    logging.basicConfig(level=logging.WARNING)
    nlp = NLP(get_settings())
    groups: dict[str, list[str]] = {}
    for article, code in zip(articles, pipelines, strict=True):
        groups.setdefault(code, []).append(article.text)

    started = time.perf_counter()
    loaded = {code: nlp.pipeline(code) for code in groups}
    load_s = time.perf_counter() - started
    rss_after_load = _peak_rss_mib()

    passes = max(1, math.ceil(target / len(articles)))
    started = time.perf_counter()
    for _ in range(passes):
        for code, texts in groups.items():
            for _doc in loaded[code].pipe(texts):
                pass
    work_s = time.perf_counter() - started
    return ExtractionFigures(
        articles=passes * len(articles),
        passes=passes,
        load_s=load_s,
        work_s=work_s,
        rss_after_load_mib=rss_after_load,
        peak_rss_mib=_peak_rss_mib(),
    )


def _pipeline_code(nlp: NLP, code: str) -> str:
    return code if code in _TRAINED else language_data(nlp.data_language(code)).code


def _peak_rss_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux
