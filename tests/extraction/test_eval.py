"""Measured extraction quality, as `diplograph eval` reports it: the seeds' targets and the corpus floors.

The floors are the figures measured when they were set (README, "Measured extraction quality"), less a
small margin: a change that makes extraction worse on the corpus fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_schema.settings import get_settings
from ingest.evaluate import Report, evaluate_corpus
from ingest.nlp import NLP
from tests.seeds import CORPUS, SEEDS


def _eval(nlp: NLP, gold: Path, articles: Path) -> Report:
    report = evaluate_corpus(gold, articles, nlp, get_settings())
    assert report.missing == [] and report.articles > 0
    return report


def test_seed_targets(nlp: NLP) -> None:
    s = _eval(nlp, SEEDS / "gold.jsonl", SEEDS).scores
    for metric in ("meetings", "participants", "kinds", "venues", "dates", "countries", "people"):
        assert s[metric].f1 == 1.0, metric
    assert s["offices"].recall >= 0.9
    assert s["frameworks"].f1 >= 0.9


@pytest.mark.parametrize(
    ("metric", "floor"),
    [
        # set on 360 articles in the thirteenth session (measured 0.866 / 0.823 / 0.792 / 0.792 / 0.790 / 0.703 /
        # 0.876 / 0.951 in this order; batches q and r 0.860 / 0.742 / 0.807 and 0.735 / 0.625 / 0.631 on
        # meetings, venues and dates)
        ("meetings", 0.855),
        ("participants", 0.81),
        ("venues", 0.78),
        ("dates", 0.78),
        ("countries", 0.78),
        ("offices", 0.69),
        ("frameworks", 0.87),
        ("people", 0.94),
    ],
)
def test_development_corpus_floor(nlp: NLP, metric: str, floor: float, dev_report: Report) -> None:
    assert dev_report.scores[metric].f1 >= floor


def test_former_heldout_corpus_floor(nlp: NLP) -> None:
    """corpus/heldout2 was scored blind once and is development data since (its README says how)."""
    s = _eval(nlp, CORPUS / "heldout2" / "gold.jsonl", CORPUS / "heldout2").scores
    assert s["meetings"].f1 >= 0.925
    assert s["venues"].f1 >= 0.85
    assert s["dates"].f1 >= 0.88


def test_heldout3_floor(nlp: NLP) -> None:
    """corpus/heldout3 was scored blind once and read since (its README says how)."""
    s = _eval(nlp, CORPUS / "heldout3" / "gold.jsonl", CORPUS / "heldout3").scores
    assert s["meetings"].f1 >= 0.875
    assert s["venues"].f1 >= 0.835
    assert s["dates"].f1 >= 0.805


def test_heldout4_floor(nlp: NLP) -> None:
    """corpus/heldout4 was scored blind once and read in the fourth session (its README says how)."""
    s = _eval(nlp, CORPUS / "heldout4" / "gold.jsonl", CORPUS / "heldout4").scores
    assert s["meetings"].f1 >= 0.89
    assert s["venues"].f1 >= 0.85
    assert s["dates"].f1 >= 0.825


@pytest.fixture(scope="module")
def dev_report(nlp: NLP) -> Report:
    return _eval(nlp, CORPUS / "gold.jsonl", CORPUS / "articles")


def test_heldout9_floor(nlp: NLP) -> None:
    """corpus/heldout9 was scored blind twice and read in the twelfth session (its README says how)."""
    s = _eval(nlp, CORPUS / "heldout9" / "gold.jsonl", CORPUS / "heldout9").scores
    # (0.807 -> 0.789 meetings in the thirteenth session: a wrong call "A and B" that was credited against a meeting
    # of theirs with others became the two right calls "A with C" and "B with C")
    assert s["meetings"].f1 >= 0.78
    assert s["venues"].f1 >= 0.665
    assert s["dates"].f1 >= 0.61


def test_heldout10_floor(nlp: NLP) -> None:
    """corpus/heldout10 was scored blind in the twelfth session and read in the thirteenth (its README says how)."""
    s = _eval(nlp, CORPUS / "heldout10" / "gold.jsonl", CORPUS / "heldout10").scores
    assert s["meetings"].f1 >= 0.835
    assert s["venues"].f1 >= 0.715
    assert s["dates"].f1 >= 0.735
