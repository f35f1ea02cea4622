"""The reconciliation rules (graph_schema.reconcile), without a database."""

from __future__ import annotations

import datetime as dt

import pytest

from graph_schema.reconcile import (
    Dating,
    Match,
    MeetingCandidate,
    MergePlan,
    NewPerson,
    PersonCandidate,
    dates_compatible,
    match_meeting,
    match_person,
    names_match,
)
from graph_schema.write import build_rows
from tests import builders

WEDNESDAY = dt.date(2025, 3, 5)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("gedion-timotevos", "gedion-timoteos"),
        ("abdulaie-diop", "abdulai-diop"),
        ("ricardo-lemos", "ricardo-lemos-vasconcelos"),
        ("ricardo-vasconcelos", "ricardo-lemos-vasconcelos"),
        ("hashim-abas", "hashim-abas-al-juburi"),
    ],
)
def test_spellings_of_one_name_match(a: str, b: str) -> None:
    assert names_match(a, b) and names_match(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ana-petrova", "elena-petrova"),  # the same surname
        ("ahmed-hasan", "ahmed-husein"),  # the same first name
        ("aleksandr-ivanov", "aleksandra-ivanova"),
        ("sergei-ivanov", "sergei-ivanova"),  # one letter more, at the end: another person
        ("mario-rosi", "maria-rosi"),
        ("li-vei", "li-ven"),  # short tokens must be equal
        ("lavrov", "lavrova"),  # one token never identifies anyone
        ("ricardo-lemos", "lemos-vasconcelos"),
        ("lemos-ricardo", "ricardo-lemos-vasconcelos"),  # the same tokens in another order
        ("gedeon-timotevos", "gedion-timoteos"),  # every token only close: no anchor
    ],
)
def test_different_names_do_not_match(a: str, b: str) -> None:
    assert names_match(a, b) is None and names_match(b, a) is None


def test_close_tokens_count_only_across_languages_or_scripts() -> None:
    hendra = PersonCandidate("hendra-viratmaja", "Hendra Wiratmadja", languages=frozenset({"id"}))
    same_language = NewPerson("hendra-viratama", None, ("Hendra Wiratama",), "id")
    other_language = NewPerson("hendra-viratama", None, ("Hendra Wiratama",), "en")
    cyrillic = NewPerson("hendra-viratama", None, ("Хендра Виратама",), "id")

    assert match_person(same_language, [hendra]) is None
    assert match_person(other_language, [hendra]) is not None
    assert match_person(cyrillic, [hendra]) is not None


def test_a_person_match_needs_the_same_country_where_both_are_known() -> None:
    gedion = PersonCandidate("gedion-timotevos", "Gedion Timothewos", countries=frozenset({"ET"}))

    assert match_person(NewPerson("gedion-timoteos", "ET", ("Гедион Тимотеос",), "ru"), [gedion])
    assert match_person(NewPerson("gedion-timoteos", None, ("Гедион Тимотеос",), "ru"), [gedion])
    assert match_person(NewPerson("gedion-timoteos", "ER", ("Гедион Тимотеос",), "ru"), [gedion]) is None


def test_a_person_match_prefers_an_earlier_decision_and_refuses_ambiguity() -> None:
    new = NewPerson("ricardo-lemos", "PT", ("Ricardo Lemos",), "pt")
    one = PersonCandidate("ricardo-lemos-vasconcelos")
    two = PersonCandidate("ricardo-lemos-ferreira")
    decided = PersonCandidate("ricardo-lemos-ferreira", merged_ids=("ricardo-lemos",))

    assert match_person(new, [one, two]) is None
    assert match_person(new, [one, decided]) == match_person(new, [decided])
    assert match_person(new, [one, two], exclude={"ricardo-lemos-ferreira"}).target == "ricardo-lemos-vasconcelos"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        (Dating(WEDNESDAY, "day"), Dating(WEDNESDAY, "day"), True),
        (Dating(WEDNESDAY, "day"), Dating(dt.date(2025, 3, 12), "day"), False),
        (Dating(WEDNESDAY, "day"), Dating(weekday="Wednesday"), True),
        (Dating(WEDNESDAY, "day"), Dating(weekday="Thursday"), False),
        (Dating(WEDNESDAY, "day"), Dating(weekday="Wednesday", published=dt.date(2025, 3, 11)), True),
        (Dating(WEDNESDAY, "day"), Dating(weekday="Wednesday", published=dt.date(2025, 3, 13)), False),
        (Dating(WEDNESDAY, "day"), Dating(weekday="Wednesday", published=dt.date(2025, 3, 4)), True),  # time zones
        (Dating(WEDNESDAY, "day"), Dating(weekday="Wednesday", published=dt.date(2025, 3, 1)), False),
        (Dating(WEDNESDAY, "day"), Dating(month_day="03-05"), True),
        (Dating(WEDNESDAY, "day"), Dating(month_day="03-05", published=dt.date(2025, 12, 1)), True),
        (Dating(WEDNESDAY, "day"), Dating(month_day="03-05", published=dt.date(2026, 3, 10)), False),
        (Dating(WEDNESDAY, "day"), Dating(month_day="05-03"), False),
        (Dating(WEDNESDAY, "day"), Dating(dt.date(2025, 3, 1), "month"), False),
        (Dating(WEDNESDAY, "day"), Dating(), False),
        (Dating(weekday="Wednesday"), Dating(weekday="Wednesday"), True),
        (Dating(weekday="Wednesday"), Dating(month_day="03-05"), False),
        (Dating(month_day="03-05"), Dating(month_day="03-05"), True),
        (Dating(), Dating(), True),  # as the one-article key does: both "undated"
    ],
)
def test_date_compatibility_is_symmetric(a: Dating, b: Dating, compatible: bool) -> None:
    assert (dates_compatible(a, b) is not None) is compatible
    assert (dates_compatible(b, a) is not None) is compatible


def test_a_meeting_matches_only_with_the_same_kind_people_and_every_reports_date() -> None:
    people = frozenset({"gedion-timotevos", "sergei-lavrov"})
    exact = MeetingCandidate("m-1", "phone", people, (Dating(WEDNESDAY, "day", source="ena"),))
    both = MeetingCandidate(
        "m-2", "phone", people, (Dating(WEDNESDAY, "day", source="ena"), Dating(weekday="Wednesday", source="tass"))
    )
    weekday = Dating(weekday="Wednesday", source="new")

    match = match_meeting("phone", people, weekday, [exact])
    assert match is not None and match.target == "m-1"
    assert match.reason == (
        "same kind (phone) and participants (gedion-timotevos, sergei-lavrov); "
        "dates: ena: 2025-03-05 is a Wednesday, the weekday of the vaguer report"
    )
    assert match_meeting("video", people, weekday, [exact]) is None
    assert match_meeting("phone", people | {"wang-yi"}, weekday, [exact]) is None
    assert match_meeting("phone", people, Dating(dt.date(2025, 3, 12), "day"), [both]) is None  # tass fits, ena not
    # two candidates: the one with a report of the very same date key wins; otherwise nothing merges
    assert match_meeting("phone", people, weekday, [exact, both]).target == "m-2"  # type: ignore[union-attr]
    other = MeetingCandidate("m-3", "phone", people, (Dating(dt.date(2025, 3, 12), "day"),))
    assert match_meeting("phone", people, weekday, [exact, other]) is None


def test_a_plan_rewrites_ids_and_records_why() -> None:
    extraction = builders.phone_call()
    reported = extraction.meetings[0].id
    plan = MergePlan()
    plan.people["antony-blinken"] = Match("tony-blinken", "names match")
    plan.meetings[reported] = Match("m-existing", "same kind (phone)")

    rows = build_rows(extraction, plan)

    assert set(rows.people) == {"sergey-lavrov", "tony-blinken"}
    assert rows.people["tony-blinken"]["canonical"] is False  # the node keeps its name ...
    assert rows.people["tony-blinken"]["aliases"][0] == "Antony Blinken"  # ... and gains this spelling
    assert rows.person_merges["tony-blinken"]["merged_id"] == "antony-blinken"
    assert {k[0] for k in rows.meeting_participants} == {"sergey-lavrov", "tony-blinken"}
    assert {k[0] for k in rows.holds} == {"sergey-lavrov", "tony-blinken"}
    [(key, row)] = rows.meeting_reported_in.items()
    assert key == ("m-existing",)
    assert (row["props"]["reported_id"], row["props"]["merged_by"]) == (reported, "same kind (phone)")
    assert extraction.meetings[0].id == reported  # the extraction itself is left as it was
    assert build_rows(extraction, MergePlan()).meeting_ids == {reported}
