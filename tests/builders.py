"""Hand-built records for the integration and API tests (never produced by the NLP)."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal

from graph_schema.records import (
    Article,
    Country,
    DatePrecision,
    Extraction,
    Framework,
    Meeting,
    Mention,
    Occasion,
    OfficeHeld,
    Participant,
    Person,
    Place,
    Provenance,
)

CHINA = Country(code="CN", name="China")
RUSSIA = Country(code="RU", name="Russia")
USA = Country(code="US", name="United States")
SOUTH_AFRICA = Country(code="ZA", name="South Africa")
BRICS = Framework(id="brics", name="BRICS", qid="Q178660", kind="organization")
JOHANNESBURG = Place(id="ZA:johannesburg", city="Johannesburg", country_code="ZA", country="South Africa")
MOSCOW = Place(id="RU:moscow", city="Moscow", country_code="RU", country="Russia")
BRICS_SUMMIT_2023 = Occasion(id="brics-summit-2023", name="15th BRICS Summit", framework_id="brics")

WANG_YI = Person(id="wang-yi", name="Wang Yi", aliases=["王毅"], country_code="CN")
LAVROV = Person(id="sergey-lavrov", name="Sergey Lavrov", aliases=["Sergei Lavrov", "Лавров"], country_code="RU")
BLINKEN = Person(id="antony-blinken", name="Antony Blinken", country_code="US")
QIN_GANG = Person(id="qin-gang", name="Qin Gang", country_code="CN")
PANDOR = Person(id="naledi-pandor", name="Naledi Pandor", country_code="ZA")


def article(name: str, published: dt.date | None, *, outlet: str = "Test Wire", text: str = "") -> Article:
    body = text or f"text of {name}"
    digest = hashlib.sha256(body.encode()).hexdigest()
    return Article(
        id=digest[:16],
        source=f"tests/{name}.txt",
        name=name,
        url=f"https://example.org/{name}",
        title=f"Title of {name}",
        outlet=outlet,
        published=published,
        language="en",
        content_hash=digest,
        text=body,
    )


def prov(art: Article, sentence: str, confidence: float = 0.9, start: int = 0) -> Provenance:
    return Provenance(
        article_id=art.id, start=start, end=start + len(sentence), sentence=sentence, confidence=confidence
    )


def participant(
    person: Person, *roles: str, role: Literal["participant", "host", "guest"] = "participant"
) -> Participant:
    return Participant(
        person_id=person.id, name=person.name, country_code=person.country_code, roles=list(roles), role=role
    )


def office(art: Article, person: Person, title: str, stated: str, as_of: dt.date | None, sentence: str) -> OfficeHeld:
    slug = title.lower().replace(" ", "-")
    return OfficeHeld(
        person_id=person.id,
        office_id=f"{person.country_code}:{slug}",
        title=title,
        title_as_stated=stated,
        country_code=person.country_code,
        as_of=as_of,
        provenance=prov(art, sentence),
    )


def johannesburg_report(
    name: str = "xinhua-2023-08-23",
    *,
    published: dt.date = dt.date(2023, 8, 23),
    confidence: float = 0.9,
    precision: DatePrecision = "day",
) -> Extraction:
    """Wang Yi meets Sergey Lavrov on the sidelines of the BRICS summit in Johannesburg.

    `precision="month"` gives a vaguer report of the same meeting (same Meeting.id, date 2023-08-01).
    """
    art = article(name, published, outlet=name.split("-")[0], text=f"Johannesburg report {name}")
    sentence = "Wang Yi met Russian Foreign Minister Sergey Lavrov on the sidelines of the BRICS summit."
    meeting = Meeting(
        id="2023-08-23:sergey-lavrov+wang-yi",
        kind="in_person",
        participants=[
            participant(WANG_YI, "Chinese Foreign Minister", role="host"),
            participant(LAVROV, "Russian Foreign Minister"),
        ],
        place=JOHANNESBURG,
        date=dt.date(2023, 8, 23) if precision == "day" else dt.date(2023, 8, 1),
        date_precision=precision,
        date_text="on Wednesday" if precision == "day" else "in August",
        weekday="Wednesday",
        occasion=BRICS_SUMMIT_2023,
        sidelines=True,
        topics=["Ukraine", "BRICS expansion"],
        provenance=prov(art, sentence, confidence),
    )
    return Extraction(
        article=art,
        people=[WANG_YI, LAVROV],
        offices=[office(art, WANG_YI, "Minister of Foreign Affairs", "Foreign Minister", None, sentence)],
        meetings=[meeting],
        countries=[CHINA, RUSSIA, SOUTH_AFRICA],
        places=[JOHANNESBURG],
        frameworks=[BRICS],
        framework_mentions=[Mention(target_id="brics", provenance=prov(art, sentence))],
        country_mentions=[Mention(target_id="ZA", provenance=prov(art, sentence))],
        topics=["BRICS"],
    )


def phone_call(name: str = "tass-2022-02-15", *, with_blinken: bool = True) -> Extraction:
    """Lavrov holds a phone call with Blinken (or, in the corrected version, with Qin Gang in Moscow)."""
    art = article(name, dt.date(2022, 2, 15), outlet="tass", text=f"Phone call report {name}")
    other = BLINKEN if with_blinken else QIN_GANG
    sentence = f"Sergey Lavrov held a telephone conversation with {other.name}."
    meeting = Meeting(
        id=f"2022-02-15:{'+'.join(sorted([LAVROV.id, other.id]))}",
        kind="phone" if with_blinken else "in_person",
        participants=[participant(LAVROV, "Foreign Minister"), participant(other, "Secretary of State")],
        place=None if with_blinken else MOSCOW,
        date=dt.date(2022, 2, 15),
        date_precision="day",
        date_text="on Tuesday",
        topics=["European security"] if with_blinken else ["trade"],
        provenance=prov(art, sentence, 0.8),
    )
    offices = [office(art, LAVROV, "Minister of Foreign Affairs", "Foreign Minister", None, sentence)]
    if with_blinken:
        offices.append(office(art, BLINKEN, "Secretary of State", "Secretary of State", None, sentence))
    return Extraction(
        article=art,
        people=[LAVROV, other],
        offices=offices,
        meetings=[meeting],
        countries=[RUSSIA, other_country(other)],
        places=[] if with_blinken else [MOSCOW],
    )


def other_country(person: Person) -> Country:
    return {"US": USA, "CN": CHINA, "RU": RUSSIA, "ZA": SOUTH_AFRICA}[person.country_code or ""]


def qin_gang_appointment(name: str = "globaltimes-2023-03-07") -> Extraction:
    """Qin Gang, as foreign minister, holds a video call with Naledi Pandor (no venue)."""
    art = article(name, dt.date(2023, 3, 7), outlet="globaltimes", text=f"Qin Gang report {name}")
    sentence = "Foreign Minister Qin Gang met South African Foreign Minister Naledi Pandor."
    meeting = Meeting(
        id="2023-03-07:naledi-pandor+qin-gang",
        kind="video",
        participants=[
            participant(QIN_GANG, "Foreign Minister"),
            participant(PANDOR, "Minister of International Relations"),
        ],
        date=dt.date(2023, 3, 7),
        date_precision="day",
        provenance=prov(art, sentence, 0.7),
    )
    return Extraction(
        article=art,
        people=[QIN_GANG, PANDOR],
        offices=[
            office(art, QIN_GANG, "Minister of Foreign Affairs", "Foreign Minister", dt.date(2023, 3, 7), sentence)
        ],
        meetings=[meeting],
        countries=[CHINA, SOUTH_AFRICA],
    )


def reuters_report() -> Extraction:
    """A second, vaguer and later report of the Johannesburg meeting, by another outlet."""
    return johannesburg_report("reuters-2023-08-24", published=dt.date(2023, 8, 24), confidence=0.95, precision="month")


def sample_reports() -> list[Extraction]:
    """The hand-built reports the API and README-query tests write: two reports of one meeting, a phone
    call, and an office changing hands."""
    return [johannesburg_report(), reuters_report(), phone_call(), qin_gang_appointment()]
