"""Write-time reconciliation: which existing Person or Meeting a new report's ids belong to. Pure (no database).

An extraction's ids are computed from its article alone (`ingest.identity`), so two reports of one real meeting
can disagree on them: a person outside the catalog spelled differently in two languages gets two person ids,
and a meeting dated exactly in one report and only by its weekday in another gets two date keys.
`graph_schema.write` reads the candidate nodes in the article's write transaction and asks this module whether
an incoming id is one of them; the rules (documented in graph_schema/README.md, "the merge rule"):

People (an id that already is a node is kept as it is; a catalog person is never mapped onto another node, but an
existing node named outside the catalog that the rules below find to be a new catalog person takes its id):
  * an id an earlier write already mapped onto a node (`Person.merged_ids`) goes to that node again;
  * else the names match token by token: as many tokens, each equal or close (same first and last letter, e/i
    and o/u counting as one, 4+ letters, rapidfuzz ratio >= 80), at least as many equal tokens as close ones;
    close tokens count only between spellings of different languages or scripts (the node is named by an article
    in another language, or one side has a non-Latin spelling and the other not): where transliterations differ;
  * else one name is the other with tokens left out: the same first token, the shorter (2+ tokens) an in-order
    subsequence of the longer ("ricardo lemos" in "ricardo lemos vasconcelos");
  * and never when both countries are known and differ, nor when two nodes qualify equally (ambiguous).
Meetings: the same kind, the same participants (after the people above are resolved) and a date compatible with
every report of the candidate: equal keys; an exact date and the weekday of that date; an exact date and its
month-day; when the vaguer report's article has a publication date, the exact date must also be plausible for
it (within the week before for a weekday, the year before for a month-day). Of the compatible candidates, one
with a report of the very same date key wins; two of equal standing are ambiguous and nothing is merged.

A person's tokens are those of its id: ids outside the catalog are slugs of `ingest.identity.name_key`, which
already folds case, diacritics and common transliteration variants.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from graph_schema.records import Extraction

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
CLOSE_TOKEN_RATIO = 80.0
MIN_CLOSE_TOKEN_LENGTH = 4
# Final letters that transliterations swap (French "Abdoulaye" / Russian "Абдулай": abdulaie / abdulai).
_FINAL_EQUIVALENTS = {"e": "i", "u": "o"}
WEEKDAY_WINDOW_DAYS = 7  # a weekday without a date refers to the week before the article
MONTH_DAY_WINDOW_DAYS = 366  # a month-day without a year refers to the year before the article
PUBLISHED_SLACK_DAYS = 1  # time zones: an article dated the day before the meeting it reports


# ----------------------------------------------------------------------------------------------------------------
# People
# ----------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonCandidate:
    """An existing Person node: its id, the ids earlier writes mapped onto it, its countries (CITIZEN_OF), its
    spellings (name and aliases) and the languages of the articles that name it."""

    id: str
    name: str | None = None
    merged_ids: tuple[str, ...] = ()
    countries: frozenset[str] = frozenset()
    aliases: tuple[str, ...] = ()
    languages: frozenset[str] = frozenset()


@dataclass(frozen=True)
class NewPerson:
    """A person of the article being written: its id as computed, country, spellings and article language."""

    id: str
    country: str | None = None
    spellings: tuple[str, ...] = ()
    language: str | None = None


@dataclass(frozen=True)
class Match:
    target: str
    reason: str


def id_tokens(person_id: str) -> list[str]:
    return [token for token in person_id.split("-") if token]


def _ending(token: str) -> str:
    return _FINAL_EQUIVALENTS.get(token[-1], token[-1])


def _close(a: str, b: str) -> float | None:
    """Similarity of two name tokens when they are transliteration variants of each other, else None."""
    if a == b:
        return 100.0
    if min(len(a), len(b)) < MIN_CLOSE_TOKEN_LENGTH or a[0] != b[0] or _ending(a) != _ending(b):
        return None  # Ivanov / Ivanova, Maria / Mario, Li / Lu: a different person, not another spelling
    score = fuzz.ratio(a, b)
    return score if score >= CLOSE_TOKEN_RATIO else None


def _is_subsequence(short: Sequence[str], long: Sequence[str]) -> bool:
    rest = iter(long)
    return all(token in rest for token in short)


def _non_latin(spellings: Iterable[str | None]) -> bool:
    return any(ch.isalpha() and "LATIN" not in unicodedata.name(ch, "") for text in spellings if text for ch in text)


def _transliterated(person: NewPerson, cand: PersonCandidate) -> bool:
    """The two were written in different languages or scripts: where spellings of one name legitimately differ.
    (Two Latin spellings in articles of one language that differ are two people: Wiratama / Wiratmadja.)"""
    other_language = bool(person.language and cand.languages - {person.language})
    return other_language or _non_latin(person.spellings) != _non_latin((cand.name, *cand.aliases))


def names_match(a: str, b: str, *, close_tokens: bool = True) -> str | None:
    """Why the person ids `a` and `b` (slugs of spelling-tolerant keys) name the same person, or None.
    `close_tokens=False` accepts only equal tokens (no transliteration variants)."""
    ta, tb = id_tokens(a), id_tokens(b)
    if len(ta) < 2 or len(tb) < 2:
        return None  # a single token ("Lavrov") is never enough to identify someone across articles
    if ta == tb:
        return f"same name key '{' '.join(ta)}'"
    if len(ta) == len(tb):
        scores = [_close(x, y) if close_tokens else (100.0 if x == y else None) for x, y in zip(ta, tb, strict=True)]
        if any(score is None for score in scores):
            return None
        equal = sum(1 for x, y in zip(ta, tb, strict=True) if x == y)
        if equal == 0 or equal < len(ta) - equal:
            return None
        pairs = ", ".join(
            f"{x} = {y}" if x == y else f"{x} ~ {y} ({score:.0f})" for x, y, score in zip(ta, tb, scores, strict=True)
        )
        return f"names match token by token: {pairs}"
    short, long = (ta, tb) if len(ta) < len(tb) else (tb, ta)
    if short[0] == long[0] and _is_subsequence(short, long):
        return f"'{' '.join(short)}' is '{' '.join(long)}' with tokens left out (same first token, same order)"
    return None


def _countries(countries: Iterable[str]) -> str:
    return "/".join(sorted(countries)) or "unknown"


def match_person(
    person: NewPerson, candidates: Iterable[PersonCandidate], *, exclude: Iterable[str] = ()
) -> Match | None:
    """The one existing Person that `person` (whose id is not itself a node) is, or None (none, or ambiguous).

    Candidates in `exclude` (the article's other people, nodes already claimed) are never chosen: one article's
    distinct people stay distinct.
    """
    person_id, country = person.id, person.country
    excluded = set(exclude)
    ranked: list[tuple[int, str, str]] = []  # (rank, candidate id, reason)
    for cand in candidates:
        if cand.id in excluded or cand.id == person_id:
            continue
        if person_id in cand.merged_ids:
            ranked.append((3, cand.id, f"{person_id} was mapped onto {cand.id} before"))
            continue
        if country and cand.countries and country not in cand.countries:
            continue
        close = _transliterated(person, cand)
        why = names_match(person_id, cand.id, close_tokens=close) or next(
            (w for other in cand.merged_ids if (w := names_match(person_id, other, close_tokens=close))), None
        )
        if why is None:
            continue
        rank = 2 if len(id_tokens(person_id)) == len(id_tokens(cand.id)) else 1
        ranked.append((rank, cand.id, f"{why}; countries {country or 'unknown'} / {_countries(cand.countries)}"))
    if not ranked:
        return None
    best = max(rank for rank, _, _ in ranked)
    top = sorted((cid, why) for rank, cid, why in ranked if rank == best)
    if len({cid for cid, _ in top}) != 1:
        return None  # two people fit equally well: merging either could be wrong
    cid, why = top[0]
    return Match(cid, f"{person_id} → {cid}: {why}")


# ----------------------------------------------------------------------------------------------------------------
# Meetings
# ----------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dating:
    """What one report says of a meeting's date, and the article's publication date and name."""

    date: dt.date | None = None
    precision: str | None = None
    weekday: str | None = None
    month_day: str | None = None
    published: dt.date | None = None
    source: str = ""

    @property
    def exact(self) -> bool:
        return self.date is not None and self.precision == "day"

    @property
    def key(self) -> str:
        """The date key of `ingest.identity.date_key`: the one-article merge rule compares these."""
        if self.date is not None and self.precision == "day":
            return self.date.isoformat()
        if self.date is not None and self.precision == "month":
            return "ym:" + self.date.isoformat()[:7]
        if self.weekday:
            return "wd:" + self.weekday
        if self.month_day:
            return "md:" + self.month_day
        return "undated"


def _plausible(date: dt.date, published: dt.date | None, window_days: int) -> bool:
    if published is None:
        return True
    return -PUBLISHED_SLACK_DAYS <= (published - date).days <= window_days


def dates_compatible(a: Dating, b: Dating) -> str | None:
    """Why two reports' dates can be the same day, or None. Exact dates must be equal; an exact date matches a
    weekday or a month-day it has; vaguer constraints only match when equal."""
    if a.key == b.key:
        return f"the same date ({a.key})" if a.exact else f"the same date constraint ({a.key})"
    if a.exact == b.exact:
        return None
    exact, vague = (a, b) if a.exact else (b, a)
    day = exact.date
    assert day is not None  # `exact` says so; for mypy
    if vague.key.startswith("wd:"):
        if WEEKDAYS[day.weekday()] == vague.weekday and _plausible(day, vague.published, WEEKDAY_WINDOW_DAYS):
            return f"{day.isoformat()} is a {vague.weekday}, the weekday of the vaguer report"
        return None
    if vague.key.startswith("md:"):
        if f"{day:%m-%d}" == vague.month_day and _plausible(day, vague.published, MONTH_DAY_WINDOW_DAYS):
            return f"{day.isoformat()} falls on {vague.month_day}, the month-day of the vaguer report"
        return None
    return None  # a month ("ym:") or no date: too vague to place the meeting on one day


@dataclass(frozen=True)
class MeetingCandidate:
    """An existing Meeting: its kind, participants (every source's) and each source's dating."""

    id: str
    kind: str
    participants: frozenset[str]
    reports: tuple[Dating, ...]


def match_meeting(
    kind: str,
    participants: Iterable[str],
    dating: Dating,
    candidates: Iterable[MeetingCandidate],
    *,
    exclude: Iterable[str] = (),
) -> Match | None:
    """The one existing Meeting this report describes, or None (no candidate, or two that fit equally well)."""
    people = frozenset(participants)
    excluded = set(exclude)
    ranked: list[tuple[int, str, str]] = []
    for cand in candidates:
        if cand.id in excluded or cand.kind != kind or cand.participants != people or not cand.reports:
            continue
        reasons = [(report, dates_compatible(dating, report)) for report in cand.reports]
        if any(why is None for _, why in reasons):
            continue
        rank = 2 if any(report.key == dating.key for report in cand.reports) else 1
        dates = "; ".join(f"{report.source}: {why}" for report, why in sorted(reasons, key=lambda r: r[0].source))
        ranked.append(
            (rank, cand.id, f"same kind ({kind}) and participants ({', '.join(sorted(people))}); dates: {dates}")
        )
    if not ranked:
        return None
    best = max(rank for rank, _, _ in ranked)
    top = sorted((cid, why) for rank, cid, why in ranked if rank == best)
    if len(top) != 1:
        return None
    cid, why = top[0]
    return Match(cid, why)


# ----------------------------------------------------------------------------------------------------------------
# The plan for one extraction
# ----------------------------------------------------------------------------------------------------------------


@dataclass
class MergePlan:
    """Which of one extraction's ids map onto existing nodes, and why. Empty when every id stays as computed."""

    people: dict[str, Match] = field(default_factory=dict)  # incoming person id → existing Person
    meetings: dict[str, Match] = field(default_factory=dict)  # incoming meeting id → existing Meeting
    # existing Person (named outside the catalog) → the catalog id it took; the extraction's ids are unchanged
    adopted: dict[str, Match] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.people or self.meetings)

    def person_id(self, person_id: str) -> str:
        match = self.people.get(person_id)
        return match.target if match else person_id

    def meeting_id(self, meeting_id: str) -> str:
        match = self.meetings.get(meeting_id)
        return match.target if match else meeting_id

    def apply(self, extraction: Extraction) -> Extraction:
        """A copy of `extraction` with its ids rewritten onto the existing nodes (itself when nothing maps)."""
        if not self:
            return extraction
        out = extraction.model_copy(deep=True)
        for person in out.people:
            person.id = self.person_id(person.id)
        for office in out.offices:
            office.person_id = self.person_id(office.person_id)
        for meeting in out.meetings:
            meeting.id = self.meeting_id(meeting.id)
        for participant in [p for m in out.meetings for p in m.participants] + [
            p for e in out.other_events for p in e.participants
        ]:
            participant.person_id = self.person_id(participant.person_id)
        return out
