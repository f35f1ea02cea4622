"""What the read functions return: plain pydantic models, detached from any transaction.

These are also the API's response models, so their field descriptions are the API documentation.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from graph_schema.records import DatePrecision, MeetingKind


class Source(BaseModel):
    """An article that states a fact, and the sentence it states it in."""

    article_id: str
    name: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    sentence: str | None = None
    start: int | None = Field(default=None, description="character offset of the sentence in the article text")
    end: int | None = None
    confidence: float | None = None


class ParticipantView(BaseModel):
    id: str
    name: str
    country_code: str | None = Field(default=None, description="as stated for this meeting, else the person's country")
    country: str | None = None
    roles: list[str] = Field(default=[], description="titles as stated by the sources")
    role: Literal["participant", "host", "guest"] = "participant"


class VenueView(BaseModel):
    id: str
    city: str | None = None
    country_code: str | None = None
    country: str | None = None


class OccasionView(BaseModel):
    id: str
    name: str | None = None
    framework_id: str | None = None
    framework: str | None = None


class MeetingView(BaseModel):
    id: str
    kind: MeetingKind | None = None
    date: dt.date | None = None
    date_precision: DatePrecision | None = None
    date_text: str | None = Field(default=None, description="the date as written in the best source")
    weekday: str | None = None
    month_day: str | None = None
    sidelines: bool = False
    planned: bool = False
    participants: list[ParticipantView] = []
    venue: VenueView | None = None
    occasion: OccasionView | None = None
    topics: list[str] = []
    sources: list[Source] = []


class OfficeSource(Source):
    as_of: dt.date | None = None
    title_as_stated: str | None = None


class OfficeView(BaseModel):
    office_id: str
    title: str
    organization: str | None = None
    country_code: str | None = None
    country: str | None = None
    first_seen: dt.date | None = Field(default=None, description="earliest date a source says the office was held")
    last_seen: dt.date | None = Field(default=None, description="latest date a source says the office was held")
    sources: list[OfficeSource] = []


class Counterpart(BaseModel):
    id: str
    name: str
    meetings: int
    last_met: dt.date | None = None


class PersonView(BaseModel):
    id: str
    name: str
    aliases: list[str] = []
    country_code: str | None = None
    country: str | None = None
    offices: list[OfficeView] = []
    counterparts: list[Counterpart] = []


class PersonSummary(BaseModel):
    id: str
    name: str
    aliases: list[str] = []
    country_code: str | None = None
    country: str | None = None
    meetings: int = 0


class FrameworkView(BaseModel):
    id: str
    name: str
    qid: str | None = None
    kind: str | None = None
    meetings: int = Field(default=0, description="meetings held on the occasion of an event under this framework")
    events: int = 0
    articles: int = Field(default=0, description="articles that mention it")


class PathStep(BaseModel):
    kind: Literal["person", "meeting"]
    id: str
    name: str | None = None
    date: dt.date | None = None
    meeting_kind: MeetingKind | None = None


class ConnectionPath(BaseModel):
    """The shortest chain person, meeting, person, ... from `source` to `target` (empty when not connected)."""

    source: str
    target: str
    connected: bool
    meetings: int = Field(default=0, description="number of meetings on the path")
    steps: list[PathStep] = []
