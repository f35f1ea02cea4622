"""The evaluator's person match: the same person spelt or shortened differently, and no one else."""

from __future__ import annotations

import pytest

from ingest.evaluate import same_person


@pytest.mark.parametrize(
    ("gold", "pred"),
    [
        ("John Dramani Mahama", "John Mahama"),  # a middle name left out
        ("Mohamed Ould Cheikh El Ghazouani", "Mohamed Ould Ghazouani"),
        ("Sergei Lavrov", "Sergey Lavrov"),  # transliteration
        ("Abdourahamane Tiani", "Abdourahamane Tchiani"),
        ("S. Jaishankar", "Subrahmanyam Jaishankar"),  # a given name as its initial
        ("Faisal bin Farhan Al Saud", "Faisal bin Farhan"),  # the dynasty name left out
        ("Abdullah II of Jordan", "Abdullah II"),  # a regnal name without its country
        ("Sultan Ibrahim", "Sultan Ibrahim Iskandar"),  # two aliases of one catalog official
    ],
)
def test_same_person(gold: str, pred: str) -> None:
    assert same_person(gold, pred)


@pytest.mark.parametrize(
    ("gold", "pred"),
    [
        ("Karamoko Jean-Marie Traoré", "Ibrahim Traoré"),  # the family name alone is not enough
        ("John Dramani Mahama", "Mahama"),  # one word is not a name match
        ("Abdoulaye Diop", "Abdoulaye Wade"),  # nor is the given name
        ("K. Traoré", "Ibrahim Traoré"),  # nor an initial of another given name
        ("Mohammed bin Salman", "Mohammed bin Rashid Al Maktoum"),  # nor the same first words of two
        ("Charles III", "Charles Michel"),  # nor a regnal name and another name
    ],
)
def test_different_people(gold: str, pred: str) -> None:
    assert not same_person(gold, pred)


def test_a_city_with_and_without_city_in_its_name_is_one_venue() -> None:
    from ingest.evaluate import _venue

    assert _venue({"venue_city": "Cebu City", "venue_country": "Philippines"}) == _venue(
        {"venue_city": "Cebu", "venue_country": "Philippines"}
    )
    assert _venue({"venue_city": "St. John's", "venue_country": "Antigua and Barbuda"}) == _venue(
        {"venue_city": "Saint John's", "venue_country": "Antigua and Barbuda"}
    )
    assert _venue({"venue_city": "Washington, D.C.", "venue_country": "United States"}) == _venue(
        {"venue_city": "Washington", "venue_country": "United States"}
    )
    assert _venue({"venue_city": "Mexico City", "venue_country": "Mexico"}) != _venue(
        {"venue_city": "Monterrey", "venue_country": "Mexico"}
    )


def test_two_spellings_of_one_gazetteer_town_are_one_venue() -> None:
    from ingest.evaluate import _venue

    assert _venue({"venue_city": "Gabala", "venue_country": "Azerbaijan"}) == _venue(
        {"venue_city": "Qabala", "venue_country": "Azerbaijan"}
    )
    assert _venue({"venue_city": "Gabala", "venue_country": "Azerbaijan"}) != _venue(
        {"venue_city": "Sheki", "venue_country": "Azerbaijan"}
    )


def test_a_pairs_calls_match_its_calls_whatever_the_gold_order() -> None:
    from ingest.evaluate import Report, score_article

    pair = [{"name": "Kojo Asante"}, {"name": "Tunde Bakare"}]

    def meeting(kind: str, date: str) -> dict[str, object]:
        return {"kind": kind, "participants": pair, "date": date, "venue_city": None, "venue_country": None}

    # two earlier meetings in person the extractor missed, told before the two calls it found
    gold = {
        "id": "t",
        "meetings": [
            meeting("in_person", "2024-05"),
            meeting("in_person", "2023-12"),
            meeting("phone", "2025-03-04"),
            meeting("phone", "2025-02-26"),
        ],
    }
    pred = {"meetings": [meeting("phone", "2025-03-04"), meeting("phone", "2025-02-26")]}
    report = Report()
    score_article(report, gold, pred)
    assert (report.scores["meetings"].tp, report.scores["meetings"].fn) == (2, 2)
    assert report.scores["dates"].fp == 0 and report.scores["kinds"].fp == 0
