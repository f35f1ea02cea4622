"""An `Extraction` in the interchange format of shared/corpus/README.md (one JSON object per article)."""

from __future__ import annotations

from typing import Any

from graph_schema import records as r
from ingest.catalog import catalog


def _country(code: str | None) -> str | None:
    if not code:
        return None
    entry = catalog().countries.get(code)
    return entry["name"] if entry else code


def _framework(fid: str | None) -> str | None:
    if not fid:
        return None
    entry = catalog().frameworks.get(fid)
    return entry["name"] if entry else fid


def _participants(parts: list[r.Participant]) -> list[dict[str, Any]]:
    return [
        {"name": p.name, "id": p.person_id, "country": _country(p.country_code), "roles": p.roles, "role": p.role}
        for p in parts
    ]


def to_gold(ex: r.Extraction) -> dict[str, Any]:
    a = ex.article
    return {
        "id": a.name,
        "language": a.language,
        "published": a.published.isoformat() if a.published else None,
        "outlet": a.outlet,
        "meetings": [
            {
                "id": m.id,
                "kind": m.kind,
                "participants": _participants(m.participants),
                "venue_city": m.place.city if m.place else None,
                "venue_country": m.place.country if m.place else None,
                # a month as the annotations write it: "2025-07"
                "date": (m.date.isoformat()[: {"month": 7, "year": 4}.get(m.date_precision or "", 10)])
                if m.date
                else None,
                "date_precision": m.date_precision,
                "date_text": m.date_text,
                "weekday": m.weekday,
                "month_day": m.month_day,
                "occasion": m.occasion.name if m.occasion else None,
                "occasion_framework": _framework(m.occasion.framework_id) if m.occasion else None,
                "sidelines": m.sidelines,
                "confidence": m.provenance.confidence,
                "sentence": [m.provenance.start, m.provenance.end],
            }
            for m in ex.meetings
        ],
        "other_events": [
            {
                "kind": e.kind,
                "planned": e.planned,
                "name": e.name,
                "participants": _participants(e.participants),
                "venue_city": e.place.city if e.place else None,
                "venue_country": e.place.country if e.place else None,
                "date": e.date.isoformat() if e.date else None,
                "date_text": e.date_text,
                "framework": _framework(e.framework_id),
            }
            for e in ex.other_events
        ],
        "frameworks": [f.name for f in ex.frameworks],
        "topics": ex.topics,
        "people": [p.name for p in ex.people],
        "offices": [{"person": o.person_id, "title": o.title, "as_stated": o.title_as_stated} for o in ex.offices],
    }
