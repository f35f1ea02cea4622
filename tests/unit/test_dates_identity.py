"""Dates resolved against the publication date (or kept as constraints) and the identity keys. No model."""

from __future__ import annotations

import datetime as dt

import pytest

from ingest.catalog import language_data
from ingest.dates import find_dates
from ingest.identity import date_key, meeting_id, name_key, person_id

TUESDAY = dt.date(2023, 8, 8)


@pytest.mark.parametrize(
    ("lang", "text", "date", "weekday", "month_day"),
    [
        ("en", "Wang Yi said on Monday", dt.date(2023, 8, 7), "Monday", None),
        ("id", "bertemu pada hari Senin.", dt.date(2023, 8, 7), "Monday", None),
        ("es", "se reunió el lunes con", dt.date(2023, 8, 7), "Monday", None),
        ("fr", "s'est entretenu lundi avec", dt.date(2023, 8, 7), "Monday", None),
        ("ru", "в понедельник провел переговоры", dt.date(2023, 8, 7), "Monday", None),
        ("en", "in Moscow on September 18 local time", dt.date(2022, 9, 18), None, None),
        ("id", "Senin (7/8) di Jakarta", dt.date(2023, 8, 7), "Monday", None),
        ("en", "met yesterday", dt.date(2023, 8, 7), None, None),
    ],
)
def test_relative_dates_resolve_against_publication(lang: str, text: str, date, weekday, month_day) -> None:
    [d] = find_dates(text, language_data(lang), TUESDAY)
    assert (d.date, d.weekday, d.month_day) == (date, weekday, month_day)
    assert d.precision == "day"


@pytest.mark.parametrize(
    ("lang", "text", "date", "precision"),
    [
        ("en", "the two ministers met last week in Moscow", None, None),  # 31 July-6 August: two months
        ("id", "keduanya bertemu awal pekan ini", dt.date(2023, 8, 1), "month"),  # 7-8 August
        ("ru", "в прошлом месяце в Москве", dt.date(2023, 7, 1), "month"),
        ("es", "se reunieron a principios de este mes", dt.date(2023, 8, 1), "month"),
        ("en", "talks in Moscow in May this year", dt.date(2023, 5, 1), "month"),  # the period gives the year
        ("en", "met earlier this year", dt.date(2023, 1, 1), "year"),
    ],
)
def test_relative_periods_give_a_month_or_a_year(lang: str, text: str, date, precision) -> None:
    found = find_dates(text, language_data(lang), TUESDAY)
    assert [(d.date, d.precision) for d in found] == ([(date, precision)] if date else [])


def test_a_day_just_after_the_article_is_this_years_and_one_far_after_last_years() -> None:
    en = language_data("en")
    [soon] = find_dates("the conference on August 12", en, TUESDAY)  # four days after 8 August 2023
    assert soon.date == dt.date(2023, 8, 12)
    [far] = find_dates("they met on December 28", en, TUESDAY)
    assert far.date == dt.date(2022, 12, 28)


def test_a_period_to_come_dates_no_meeting_held() -> None:
    assert find_dates("they will meet next month", language_data("en"), TUESDAY) == []
    [d] = find_dates("they will meet next month", language_data("en"), TUESDAY, future=True)
    assert (d.date, d.precision) == (dt.date(2023, 9, 1), "month")


def test_without_publication_date_the_constraint_is_kept() -> None:
    [wd] = find_dates("on Monday", language_data("en"), None)
    assert (wd.date, wd.weekday) == (None, "Monday")
    [md] = find_dates("on September 18", language_data("en"), None)
    assert (md.date, md.month_day) == (None, "09-18")
    assert find_dates("yesterday", language_data("en"), None) == []


def test_planned_dates_look_forward() -> None:
    [d] = find_dates("will meet on Friday", language_data("en"), TUESDAY, future=True)
    assert d.date == dt.date(2023, 8, 11)


def test_numeric_dates_day_first_except_us_slashes() -> None:
    assert find_dates("Rabat, 03/04/2025 (MAP)", language_data("fr"), None)[0].date == dt.date(2025, 4, 3)
    assert find_dates("posted 03/04/2025", language_data("en"), None)[0].date == dt.date(2025, 3, 4)
    assert find_dates("03.04.2025", language_data("en"), None)[0].date == dt.date(2025, 4, 3)


def test_transliterations_share_a_key() -> None:
    assert name_key("Sergei Lavrov") == name_key("Sergey Lavrov") == name_key("Serguei Lavrov")
    assert person_id("Sylvie Baïpo-Temon") == person_id("Sylvie Baipo Temon")
    assert name_key("Josephat Muriithi") == name_key("Josefat Muriiti")
    assert name_key("Wang Yi") != name_key("Wang Yu")


def test_meeting_id_ignores_participant_order_and_wording() -> None:
    key = date_key(None, None, "Monday", None)
    assert meeting_id("in_person", ["wang-yi", "nikolai-patrushev"], key) == meeting_id(
        "in_person", ["nikolai-patrushev", "wang-yi"], key
    )
    assert meeting_id("phone", ["a", "b"], key) != meeting_id("in_person", ["a", "b"], key)
    assert date_key("2023-08-07", "day", "Monday", None) == "2023-08-07"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "they met last Tuesday"),
        ("es", "el martes pasado se reunieron"),
        ("ru", "в прошлый вторник"),
        ("id", "Selasa lalu"),
    ],
)
def test_last_weekday_written_on_that_weekday_is_a_week_before(lang: str, text: str) -> None:
    [d] = find_dates(text, language_data(lang), TUESDAY)
    assert d.date == TUESDAY - dt.timedelta(days=7)
    [same] = find_dates("on Tuesday", language_data("en"), TUESDAY)
    assert same.date == TUESDAY  # (without "last": the day of the article)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "the conference next Monday in New York"),
        ("es", "la conferencia prevista para el próximo lunes"),
        ("fr", "la conférence de lundi prochain"),
        ("ru", "конференция в следующий понедельник"),
        ("id", "konferensi Senin depan"),
    ],
)
def test_next_weekday_dates_no_held_meeting_and_is_the_coming_one_when_planned(lang: str, text: str) -> None:
    assert find_dates(text, language_data(lang), TUESDAY) == []
    [coming] = find_dates(text, language_data(lang), TUESDAY, future=True)
    assert coming.date == TUESDAY + dt.timedelta(days=6)
