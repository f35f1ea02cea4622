"""The records that cross the boundary between ingest (which produces them) and the graph (which stores them).

One `Extraction` per article. Every fact carries a `Provenance`: the article, the sentence's character
offsets in the article text as ingested, the sentence itself and a confidence in [0, 1].

Identifiers are deterministic, so that re-ingesting an article, or ingesting another report of the same
meeting, MERGEs onto the same nodes:
- Person.id       slug of the canonical (Latin-script) name: "wang-yi"
- Country.code    ISO 3166-1 alpha-2: "CN"
- Framework.id    catalog id: "brics"
- Place.id        "<country code>:<city slug>": "ZA:johannesburg"
- Office.id       "<country code or org>:<normalized title slug>": "RU:secretary-of-the-security-council"
- Meeting.id      see ingest.identity.meeting_id (documented merge rule)
- Article.id      sha256 of the article text, first 16 hex digits
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

MeetingKind = Literal["in_person", "phone", "video"]
DatePrecision = Literal["day", "month", "year"]


class Provenance(BaseModel):
    article_id: str
    start: int = Field(ge=0, description="character offset of the sentence in the article text")
    end: int = Field(ge=0)
    sentence: str
    confidence: float = Field(ge=0.0, le=1.0)


class Article(BaseModel):
    id: str
    source: str = Field(description="file path or URL it was read from")
    name: str = Field(description="file name without extension, or the JSON line's id")
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    language: str
    content_hash: str
    dateline_city: str | None = None
    text: str


class Country(BaseModel):
    code: str
    name: str


class Place(BaseModel):
    id: str
    city: str | None = None
    country_code: str | None = None
    country: str | None = None


class Framework(BaseModel):
    id: str
    name: str
    qid: str | None = None
    kind: str | None = None  # organization | initiative | forum | treaty


class Person(BaseModel):
    id: str
    name: str
    aliases: list[str] = []
    country_code: str | None = None
    provenance: list[Provenance] = []


class OfficeHeld(BaseModel):
    """A person holds an office, as stated by one article at one time (time-bounded fact)."""

    person_id: str
    office_id: str
    title: str = Field(description="normalized English title: 'Minister of Foreign Affairs'")
    title_as_stated: str
    organization: str | None = None
    country_code: str | None = None
    as_of: dt.date | None = Field(default=None, description="the article's date: the office was held then")
    provenance: Provenance


class Participant(BaseModel):
    person_id: str
    name: str
    country_code: str | None = None
    roles: list[str] = Field(default=[], description="titles as stated in this article")
    role: Literal["participant", "host", "guest"] = "participant"


class Occasion(BaseModel):
    """The event a meeting took place at or on the sidelines of."""

    id: str
    name: str
    framework_id: str | None = None


class Meeting(BaseModel):
    id: str
    kind: MeetingKind
    participants: list[Participant]
    place: Place | None = None
    date: dt.date | None = None
    date_precision: DatePrecision | None = None
    date_text: str | None = None
    weekday: str | None = Field(default=None, description="constraint kept when the date is unknown: 'Monday'")
    month_day: str | None = Field(default=None, description="constraint kept when the year is unknown: '09-18'")
    occasion: Occasion | None = None
    sidelines: bool = False
    planned: bool = False
    topics: list[str] = []
    provenance: Provenance


class OtherEvent(BaseModel):
    """Visits without a named counterpart and planned events (summits, visits): never a held meeting."""

    id: str
    kind: str  # summit | visit | state_visit | meeting
    name: str | None = None
    planned: bool
    participants: list[Participant] = []
    place: Place | None = None
    host_country_code: str | None = None
    framework_id: str | None = None
    date: dt.date | None = None
    date_precision: DatePrecision | None = None
    date_text: str | None = None
    provenance: Provenance


class Mention(BaseModel):
    """An article mentions a framework (Extraction.framework_mentions) or a country (Extraction.country_mentions)."""

    target_id: str
    provenance: Provenance


class Extraction(BaseModel):
    article: Article
    people: list[Person] = []
    offices: list[OfficeHeld] = []
    meetings: list[Meeting] = []
    other_events: list[OtherEvent] = []
    countries: list[Country] = []
    places: list[Place] = []
    frameworks: list[Framework] = []
    framework_mentions: list[Mention] = []
    country_mentions: list[Mention] = Field(default=[], description="Mention.target_id is a Country.code")
    topics: list[str] = []
    warnings: list[str] = []
