"""Date expressions: find them with the language's data, resolve them against the publication date.

Finding is ours (dateparser cannot see "pada hari Senin" or "el lunes" inside a sentence); parsing the
expression core ("18 сентября", "13 Mei 2024") is dateparser's. When the publication date is unknown the
constraint is kept (weekday, month-day) with no date rather than a guess.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import warnings
from dataclasses import dataclass

from graph_schema.records import DatePrecision
from ingest.catalog import LanguageData
from ingest.titles import CONJUNCTION

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    date: dt.date | None = None
    precision: DatePrecision | None = None
    weekday: str | None = None
    month_day: str | None = None
    ranged: bool = False  # one end of a span of days ("les 19 et 20 décembre"): no one day of it is meant


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True) if w)


_PATTERNS: dict[str, list[tuple[str, re.Pattern[str]]]] = {}


def _patterns(lang: LanguageData) -> list[tuple[str, re.Pattern[str]]]:
    if lang.code not in _PATTERNS:
        _PATTERNS[lang.code] = _build_patterns(lang)
    return _PATTERNS[lang.code]


def _build_patterns(lang: LanguageData) -> list[tuple[str, re.Pattern[str]]]:
    wd = _alt(list(lang.weekdays))
    mo = _alt(list(lang.months))
    pre = _alt(lang.date_prefixes)
    suf = _alt(lang.date_suffixes)
    prefix = rf"(?:(?:{pre})\s+)?" if pre else ""
    suffix = rf"(?:\s+(?:{suf}))?" if suf else ""
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|-?го|-е)?"
    year = r"(?P<year>(?:19|20)\d\d)"
    flags = re.IGNORECASE
    pats = [
        ("iso", re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)")),
        # weekday with a numeric day/month in brackets: "Senin (13/5)", "Minggu (26/10/2025)" (read before the bare
        # numeric date in it)
        (
            "wd_num",
            re.compile(
                rf"(?<!\w){prefix}(?P<wd>{wd})\s*\((?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?:/(?P<y>\d{{2,4}}))?\)", flags
            ),
        ),
        # 05/03/2025, 5.3.2025: day first, except in English when both readings are possible (US style)
        (
            "numeric",
            re.compile(r"(?<![\d/.])(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[01]?\d)[./](?P<y>(?:19|20)\d\d)(?![\d/])"),
        ),
        (
            "day_month",
            re.compile(
                rf"(?<!\w){prefix}(?:(?P<wd>{wd}),?\s+)?{day}\.?\s+(?:de\s+)?(?P<month>{mo})(?:\s+(?:de\s+)?{year})?{suffix}(?!\w)",
                flags,
            ),
        ),
        (
            "month_day",
            re.compile(
                rf"(?<!\w){prefix}(?:(?P<wd>{wd}),?\s+)?(?P<month>{mo})\.?\s+{day}(?:(?:,?\s+|/){year})?{suffix}(?!\w)",
                flags,
            ),
        ),
        (
            "month_year",
            re.compile(
                rf"(?<!\w)(?:(?:in|pada|en|en el mes de|au mois de|в)\s+)?(?P<month>{mo})\s+(?:de\s+)?{year}(?!\w)",
                flags,
            ),
        ),
        # a weekday with its day of the month and no month: "el sábado 16", "samedi 16" (the latest such day)
        (
            "wd_day",
            re.compile(rf"(?<!\w){prefix}(?P<wd>{wd})\s+(?P<d>[0-3]?\d)(?![\w:./]|\s*(?:[ap]\.?m\b|h\b))", flags),
        ),
        ("weekday", re.compile(rf"(?<!\w){prefix}(?P<wd>{wd}){suffix}(?!\w)", flags)),
    ]
    # a month named alone, after a preposition or before "lalu" ("last met in March", "в конце сентября",
    # "Juli lalu"): after the patterns with a day or a year, which take those first
    names = _alt(lang.month_names)
    mpre, msuf, fut = _alt(lang.month_prefixes), _alt(lang.month_suffixes), _alt(lang.month_future_words)
    # "pada Mei mendatang", "next March", "en juin prochain": a month to come
    before = rf"(?:(?P<fut_before>{fut})\s+)?" if fut else ""
    after = rf"(?:\s+(?:(?P<fut>{fut})|{msuf}))?" if fut and msuf else rf"(?:\s+(?P<fut>{fut}))?" if fut else ""
    alone = [rf"(?<!\w)(?:{mpre})\s*{before}(?P<month>{names}){after}(?![\w-])(?!\s+\d)"] if mpre else []
    # without a preposition only with a word after it: "Juli lalu", "Mei mendatang"
    tail = "|".join(f"(?:{w})" for w in (msuf, fut) if w)
    alone += [rf"(?<!\w)(?P<month>{names})\s+(?:{tail})(?!\w)"] if tail else []
    pats += [("month", re.compile(p, flags)) for p in alone]
    rel = _alt(list(lang.relative_days))
    if rel:
        pats.append(("relative", re.compile(rf"(?<!\w)(?P<rel>{rel})(?!\w)", flags)))
    period = _alt(list(lang.relative_periods))
    if period:
        pats.append(("period", re.compile(rf"(?<!\w)(?P<period>{period})(?!\w)", flags)))
    return pats


def names_period(text: str, lang: LanguageData) -> bool:
    """Whether `text` names a relative period ("last week", "pekan lalu"), placed by `find_dates` or not."""
    return any(kind == "period" and rx.search(text) for kind, rx in _patterns(lang))


def find_dates(text: str, lang: LanguageData, published: dt.date | None, *, future: bool = False) -> list[DateMention]:
    """Every date expression in `text`, resolved where the publication date allows; earliest first."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _patterns(lang):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            before = re.findall(r"\w+", text[max(0, m.start() - 12) : m.start()])[-1:]
            if kind == "weekday" and before and before[0].casefold() in lang.indefinite_articles:
                continue  # "on a Sunday in February last year": no particular Sunday
            eve = lang.eve_words.get(m.group("rel").casefold()) if kind == "relative" else None
            if eve is not None and m.group("rel")[:1].islower() and eve.match(text, m.end()):
                continue  # "накануне заседания", "la víspera de la cumbre": the eve of an event, no day told
            mention = _resolve(kind, m, lang, published, future)
            if mention is not None:
                found.append(mention)
                taken.append((m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    # "in May this year", "en julio del año pasado": a month with the year a period names right after it
    out: list[DateMention] = []
    for d in found:
        month = out[-1] if out else None
        # (a day with no year of its own too: "11 сентября прошлого года")
        if (
            month is not None
            and month.date is not None
            and (month.precision == "month" or (month.precision == "day" and not re.search(r"\d{4}", month.text)))
            and d.date is not None
            and d.precision == "year"
            and 0 <= d.start - month.end <= 5
        ):
            month.date, month.end = month.date.replace(year=d.date.year), d.end
            month.text = text[month.start : month.end]
            continue
        # "pada Senin malam, 14 Juli 2025", "el lunes, 14 de julio de 2025": a weekday the full date right after it
        # tells (it is that day's weekday, not the last one before the article)
        if (
            month is not None
            and month.weekday is not None
            and d.date is not None
            and d.precision == "day"
            and re.search(r"\d", d.text)
            and re.fullmatch(r"\s*,?\s*", text[month.end : d.start])
        ):
            month.date = d.date
        out.append(d)
    _mark_ranges(text, out, lang)
    return out


def listed_months(text: str, first: DateMention, lang: LanguageData) -> list[DateMention]:
    """ "трижды говорили по телефону — в марте, мае и июне", "se reunieron en enero y en marzo": the further months a
    list goes on with right after a month `first` (of the same year), each a date of its own."""
    if first.date is None or first.precision != "month":
        return []
    names, prefixes = _alt(lang.month_names), _alt(lang.month_prefixes)
    item = re.compile(rf"\s*(?:,|\s{CONJUNCTION})\s*(?:(?:{prefixes})\s+)?(?P<month>{names})(?![\w-])", re.IGNORECASE)
    out: list[DateMention] = []
    pos = first.end
    while (m := item.match(text, pos)) is not None:
        month = _month(lang, m.group("month"))
        out.append(DateMention(m.start("month"), m.end(), m.group("month"), first.date.replace(month=month), "month"))
        pos = m.end()
    return out


def _mark_ranges(text: str, found: list[DateMention], lang: LanguageData) -> None:
    """ "14-15 February", "February 14 and 15", "du 14 au 15 février", "entre le samedi 14 et le dimanche 15
    février", "с 14 по 15 февраля": the days of a span. A meeting dated by one is of either day, so of neither."""
    conn = rf"(?:[-–—]|\s(?:{_alt(lang.range_connectors)})\s)" if lang.range_connectors else r"[-–—]"
    bare_before = re.compile(rf"(?<![\d.,/:])[0-3]?\d(?:er|st|nd|rd|th)?\s*{conn}\s*$", re.IGNORECASE)
    bare_after = re.compile(rf"^\s*{conn}\s*[0-3]?\d(?!\d|[.:/]\d)", re.IGNORECASE)
    # between two dates: the connector and short words ("on Monday and on Tuesday"); after a bare day
    # ("samedi 14 et la journée du dimanche 15") up to three words of any length
    between = re.compile(rf"^\s*{conn}\s*(?:[^\W\d]{{1,3}}['’\s]+){{0,2}}$", re.IGNORECASE)
    listed = re.compile(rf"^\s*(?:[0-3]?\d(?:er)?)?\s*{conn}\s*(?:[^\W\d]+['’\s]+){{0,3}}$", re.IGNORECASE)
    days = [d for d in found if d.precision == "day" or d.weekday or d.month_day]
    for d in days:
        if bare_before.search(text[max(0, d.start - 16) : d.start]) or bare_after.match(text[d.end : d.end + 16]):
            d.ranged = True
    for a, b in itertools.pairwise(days):
        gap = text[a.end : b.start]
        # (the bare day may be the first date's own, with only lowercase words after it: "samedi 14 et la journée")
        own = a.weekday is not None and a.text[-1:].isdigit() and gap == gap.lower()
        if between.match(gap) or (listed.match(gap) and (re.match(r"\s*\d", gap) or own)):
            a.ranged = b.ranged = True


def _month(lang: LanguageData, word: str) -> int:
    low = word.casefold()
    return lang.months[low] if low in lang.months else lang.months[low.rstrip(".")]


def _weekday_of(m: re.Match[str], lang: LanguageData) -> str | None:
    wd = m.groupdict().get("wd")
    return lang.weekdays.get(wd.casefold()) if wd else None


def _resolve(
    kind: str, m: re.Match[str], lang: LanguageData, published: dt.date | None, future: bool
) -> DateMention | None:
    g = m.groupdict()
    out = DateMention(m.start(), m.end(), m.group(0).strip())
    try:
        if kind == "iso":
            out.date, out.precision = dt.date(int(g["y"]), int(g["m"]), int(g["d"])), "day"
        elif kind == "numeric":
            a, b = int(g["a"]), int(g["b"])
            day, month = (b, a) if lang.code == "en" and g["sep"] == "/" and a <= 12 else (a, b)
            out.date, out.precision = dt.date(int(g["y"]), month, day), "day"
        elif kind in {"day_month", "month_day", "wd_num"}:
            month = int(g["m"]) if kind == "wd_num" else _month(lang, g["month"])
            day = int(g["day"] if kind != "wd_num" else g["d"])
            year = g.get("year") or g.get("y")
            out.weekday = _weekday_of(m, lang)
            if year:
                y = int(year) + (2000 if len(year) == 2 else 0)
                out.date, out.precision = dt.date(y, month, day), "day"
            elif published:
                candidate = dt.date(published.year, month, day)
                # a day more than ten days after the article is last year's ("on December 28", written on 5
                # January); one just after it is the coming day it names ("28–29 октября", written on the 27th)
                if not future and candidate > published + dt.timedelta(days=10):
                    candidate = dt.date(published.year - 1, month, day)
                if future and candidate < published:
                    candidate = dt.date(published.year + 1, month, day)
                out.date, out.precision = candidate, "day"
            else:
                dt.date(2024, month, day)  # validates the month-day (2024 is a leap year)
                out.month_day = f"{month:02d}-{day:02d}"
        elif kind == "wd_day":
            out.weekday = _weekday_of(m, lang)
            day = int(g["d"])
            if out.weekday is None or not 1 <= day <= 31:
                return None
            if published:
                # the latest month (the next one, in a planned sentence) whose day of that number is that weekday
                step = 1 if future else -1
                year, month = published.year, published.month
                for _ in range(36):
                    try:
                        candidate = dt.date(year, month, day)
                    except ValueError:
                        candidate = None
                    if (
                        candidate is not None
                        and WEEKDAYS[candidate.weekday()] == out.weekday
                        and ((candidate >= published) if future else (candidate <= published))
                    ):
                        out.date, out.precision = candidate, "day"
                        break
                    month += step
                    if month in (0, 13):
                        year, month = year + step, 12 if month == 0 else 1
        elif kind == "month_year":
            out.date, out.precision = dt.date(int(g["year"]), _month(lang, g["month"]), 1), "month"
        elif kind == "month":
            if published is None:
                return None  # "in March" of which year: no constraint worth keeping
            month = _month(lang, g["month"])
            year = published.year
            if (
                g.get("fut")
                or g.get("fut_before")
                or re.search(rf"(?:{_alt(lang.month_future_words)})$", m.group(0), re.I)
            ):
                if not future:
                    return None  # a month to come dates no meeting held
                future = True
            if not future and month > published.month:
                year -= 1  # "last met in November", written in August: the November before
            if future and month < published.month:
                year += 1
            out.date, out.precision = dt.date(year, month, 1), "month"
        elif kind == "weekday":
            out.weekday = _weekday_of(m, lang)
            if out.weekday is None:
                return None
            # "el próximo lunes", "next Monday", "lundi prochain", "Senin depan": a day to come, which dates no
            # meeting held (and, in a planned sentence, the coming one even when written on that weekday)
            fut = _alt(lang.month_future_words)
            if fut and (
                re.search(rf"(?<!\w)(?:{fut})\s+$", m.string[max(0, m.start() - 24) : m.start()], re.I)
                or re.match(rf"\s+(?:{fut})(?!\w)", m.string[m.end("wd") :], re.I)
            ):
                if not future:
                    return None
                future = True
            if published:
                target = WEEKDAYS.index(out.weekday)
                delta = (published.weekday() - target) % 7
                # "el martes pasado", "last Tuesday", "в прошлую среду" written on a Tuesday: a week before
                window = m.string[max(0, m.start() - 14) : m.end() + 10]
                if (
                    delta == 0
                    and not future
                    and any(
                        re.search(rf"(?<!\w){re.escape(w)}(?!\w)", window, re.IGNORECASE)
                        for w in lang.past_weekday_words
                    )
                ):
                    delta = 7
                out.date = (
                    published + dt.timedelta(days=(7 - delta) % 7) if future else published - dt.timedelta(days=delta)
                )
                out.precision = "day"
        elif kind == "relative":
            offset = lang.relative_days[g["rel"].casefold()]
            if published:
                out.date, out.precision = published + dt.timedelta(days=offset), "day"
            else:
                return None
        elif kind == "period":
            return _period(out, lang.relative_periods[g["period"].casefold()], published, future)
    except (ValueError, KeyError):
        return None
    return out


def _period(out: DateMention, period: str, published: dt.date | None, future: bool) -> DateMention | None:
    """ "last week", "pekan lalu", "в прошлом месяце", "earlier this year": the month (or year) the period
    lies in, counted from the publication date; a week across two months dates nothing, and a period to
    come dates no meeting held."""
    unit, offset = period.split(":")
    shift = int(offset)
    if published is None or (shift > 0 and not future):
        return None
    if unit == "week":
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=shift)
        first, last = monday, monday + dt.timedelta(days=6)
        if shift == 0:  # "this week": the part before the article when past, after it when to come
            first, last = (published, last) if future else (first, published)
        if (first.year, first.month) != (last.year, last.month):
            return None
        out.date, out.precision = dt.date(first.year, first.month, 1), "month"
    elif unit == "month":
        index = published.year * 12 + published.month - 1 + shift
        out.date, out.precision = dt.date(index // 12, index % 12 + 1, 1), "month"
    else:
        out.date, out.precision = dt.date(published.year + shift, 1, 1), "year"
    return out


def parse_publication_date(expression: str, lang_code: str) -> dt.date | None:
    """A header or dateline expression ('2023-08-08', '14 Mei 2024', 'March 3, 2024') → date, via dateparser."""
    import dateparser  # heavy import, only needed here

    # a day with a year of two digits ("Mise à jour : 24.12.25"): this century's
    short = re.fullmatch(r"\s*(\d{1,2})([./])(\d{1,2})\2(\d\d)\s*", expression)
    if short:
        expression = f"{short.group(1)}{short.group(2)}{short.group(3)}{short.group(2)}20{short.group(4)}"
    iso = re.search(r"(?:19|20)\d\d-[01]\d-[0-3]\d", expression)
    if iso:
        try:
            return dt.date.fromisoformat(iso.group(0))
        except ValueError:
            return None
    if not re.search(r"(?:19|20)\d\d", expression):
        return None  # without a year the publication date is not known
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = dateparser.parse(
            expression,
            languages=[lang_code, "en"],
            settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "DMY"},
        )
    return parsed.date() if parsed else None
