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
        # set on 360 articles in the twenty-third session (measured 0.901 / 0.872 / 0.845 / 0.847 / 0.846 / 0.756
        # / 0.876 / 0.957 in this order; batches q and r 0.885 / 0.804 / 0.885 and 0.845 / 0.820 / 0.770 on
        # meetings, venues and dates)
        ("meetings", 0.895),
        ("participants", 0.865),
        ("venues", 0.84),
        ("dates", 0.84),
        ("countries", 0.84),
        ("offices", 0.75),
        ("frameworks", 0.87),
        ("people", 0.95),
    ],
)
def test_development_corpus_floor(nlp: NLP, metric: str, floor: float, dev_report: Report) -> None:
    assert dev_report.scores[metric].f1 >= floor


# Held-out sets that were scored blind and then read (each README says how and when): development data since,
# with floors on meetings, venues and dates.
@pytest.mark.parametrize(
    ("name", "meetings", "venues", "dates"),
    [
        ("heldout", 0.95, 0.95, 0.95),
        ("heldout2", 0.925, 0.91, 0.88),
        ("heldout3", 0.875, 0.835, 0.805),
        ("heldout4", 0.89, 0.85, 0.825),
        # (held-out 9: 0.807 -> 0.789 meetings in the thirteenth session: a wrong call "A and B" that was credited
        # against a meeting of theirs with others became the two right calls "A with C" and "B with C")
        ("heldout9", 0.81, 0.71, 0.625),
        # (held-out 10 venues 0.800 -> 0.779 in the twenty-second session: the gazetteer now places the talks at the
        # palace "in Baabda", and three meetings of the same day that gold puts in the dateline's Beirut take it)
        ("heldout10", 0.88, 0.77, 0.795),
        ("heldout11", 0.93, 0.875, 0.86),
        ("heldout12", 0.93, 0.915, 0.915),
        ("heldout13", 0.83, 0.80, 0.765),
        ("heldout14", 0.895, 0.86, 0.845),
        ("heldout16", 0.885, 0.83, 0.765),
        ("heldout17", 0.885, 0.785, 0.815),
        ("heldout18", 0.915, 0.895, 0.885),
        ("heldout15", 0.835, 0.815, 0.80),
        ("heldout19", 0.955, 0.925, 0.95),
        ("heldout20", 0.89, 0.87, 0.87),
        ("heldout21", 0.915, 0.90, 0.885),
        ("heldout22", 0.935, 0.80, 0.88),
        # (held-out 23 meetings 0.794 -> 0.787 in the twenty-fourth session: its date line now gives h23_02 its date,
        # and "Starmer stays in Tirana for Friday's summit" is read as a meeting of the Friday before)
        ("heldout23", 0.83, 0.72, 0.77),
        ("heldout24", 0.89, 0.85, 0.84),
        ("heldout25", 0.915, 0.895, 0.78),
        ("heldout26", 0.85, 0.71, 0.755),
        ("heldout27", 0.89, 0.80, 0.88),
    ],
)
def test_read_heldout_floor(nlp: NLP, name: str, meetings: float, venues: float, dates: float) -> None:
    s = _eval(nlp, CORPUS / name / "gold.jsonl", CORPUS / name).scores
    floors = {"meetings": meetings, "venues": venues, "dates": dates}
    measured = {metric: s[metric].f1 for metric in floors}
    assert all(measured[m] >= floors[m] for m in floors), (measured, floors)


@pytest.fixture(scope="module")
def dev_report(nlp: NLP) -> Report:
    return _eval(nlp, CORPUS / "gold.jsonl", CORPUS / "articles")
