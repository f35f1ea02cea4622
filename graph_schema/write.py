"""Writing extractions: each article's contribution is replaced as a whole, in one managed transaction.

`write_extraction` first removes every article-scoped relationship carrying the article's id, then reconciles
the extraction's ids with the graph (`plan_merges`: a person outside the catalog spelled differently elsewhere,
a meeting another article dates differently but compatibly; rules in graph_schema/reconcile.py), then MERGEs
nodes (on constrained keys) and relationships (on their endpoints plus `article_id`) in batched
`UNWIND $rows` statements, then deletes the meetings and events no article reports any more and recomputes
the properties of the meetings and events it touched from their remaining sources. So writing the same
extraction twice changes nothing, a changed extraction leaves no stale fact behind, and two articles that
report the same meeting give one Meeting with two REPORTED_IN relationships.

People, places, countries, frameworks, offices and topics are shared and never deleted by an article;
only their article-scoped relationships are.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

import neo4j

from graph_schema import queries
from graph_schema.driver import graph_errors
from graph_schema.errors import InputError
from graph_schema.reconcile import (
    Dating,
    Match,
    MeetingCandidate,
    MergePlan,
    NewPerson,
    PersonCandidate,
    id_tokens,
    match_meeting,
    match_person,
    names_match,
)
from graph_schema.records import Extraction, Meeting, OfficeHeld, OtherEvent, Participant, Place, Provenance
from graph_schema.schema import Label, RelType

logger = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 200
PERSON_CANDIDATE_LIMIT = 50  # people the full-text index proposes per new person id, best scores first

Row = dict[str, Any]


@dataclass
class WriteReport:
    """What a write changed, summed over its statements (and over articles, for write_extractions)."""

    articles: int = 0
    nodes_created: int = 0
    nodes_deleted: int = 0
    relationships_created: int = 0
    relationships_deleted: int = 0
    properties_set: int = 0

    def add(self, counters: neo4j.SummaryCounters) -> None:
        self.nodes_created += counters.nodes_created
        self.nodes_deleted += counters.nodes_deleted
        self.relationships_created += counters.relationships_created
        self.relationships_deleted += counters.relationships_deleted
        self.properties_set += counters.properties_set

    def __iadd__(self, other: WriteReport) -> WriteReport:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))
        return self


# ----------------------------------------------------------------------------------------------------------------
# Public API
# ----------------------------------------------------------------------------------------------------------------


def write_extraction(
    driver: neo4j.Driver,
    extraction: Extraction,
    database: str | None = None,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    catalog_people: Collection[str] = frozenset(),
) -> WriteReport:
    """Replace what `extraction.article` contributed to the graph with `extraction`, in one transaction.

    `catalog_people` are person ids from a curated catalog: they are never mapped onto another Person; every
    other person id may be (see `plan_merges`). Raises InputError when the extraction is inconsistent (a
    provenance for another article, an office held by a person the extraction does not name) and
    GraphUnavailableError when Neo4j cannot be reached.
    """
    build_rows(extraction)  # InputError before any transaction
    with graph_errors(), driver.session(database=database) as session:
        report = session.execute_write(_replace_article, extraction, batch_size, frozenset(catalog_people))
    logger.debug("wrote article %s: %s", extraction.article.id, report)
    return report


def write_extractions(
    driver: neo4j.Driver,
    extractions: Iterable[Extraction],
    batch_size: int = DEFAULT_BATCH_SIZE,
    *,
    database: str | None = None,
    catalog_people: Collection[str] = frozenset(),
) -> WriteReport:
    """Write many extractions in order, one transaction per article (each reconciled with the graph the ones
    before it left); `batch_size` caps the rows of one UNWIND statement. `catalog_people`: as `write_extraction`."""
    total = WriteReport()
    fixed = frozenset(catalog_people)
    with graph_errors(), driver.session(database=database) as session:
        for extraction in extractions:
            build_rows(extraction)  # InputError before this article's transaction
            total += session.execute_write(_replace_article, extraction, batch_size, fixed)
            if total.articles % 100 == 0:
                logger.info("wrote %d articles", total.articles)
    logger.info("wrote %d articles: %s", total.articles, total)
    return total


def delete_article(driver: neo4j.Driver, article_id: str, database: str | None = None) -> bool:
    """Remove an article, its relationships, and the meetings and events only it reported. False if absent."""
    with graph_errors(), driver.session(database=database) as session:
        return session.execute_write(_delete_article, article_id)


def counts(driver: neo4j.Driver, database: str | None = None) -> dict[str, int]:
    """Number of nodes per label and relationships per type; every known label and type is present."""
    result: dict[str, int] = {label.value: 0 for label in Label} | {rel.value: 0 for rel in RelType}
    with graph_errors():
        for query in (queries.COUNT_LABELS, queries.COUNT_RELATIONSHIP_TYPES):
            records = driver.execute_query(query, database_=database, routing_=neo4j.RoutingControl.READ).records
            result.update({record["name"]: record["n"] for record in records})
    return result


def clear_graph(driver: neo4j.Driver, database: str | None = None) -> None:
    """Delete every node and relationship of `database`. Destructive: for dedicated test or scratch databases."""
    with graph_errors(), driver.session(database=database) as session:
        session.run(queries.DELETE_EVERYTHING).consume()
    logger.warning("deleted every node and relationship of database %s", database or "(default)")


# ----------------------------------------------------------------------------------------------------------------
# Transaction functions (retried by execute_write, so they only read their arguments)
# ----------------------------------------------------------------------------------------------------------------


def _replace_article(
    tx: neo4j.ManagedTransaction, extraction: Extraction, batch_size: int, catalog_people: frozenset[str]
) -> WriteReport:
    report = WriteReport(articles=1)
    article_id = extraction.article.id
    old_meetings, old_events = _sourced(tx, article_id)
    _delete_article_relationships(tx, article_id, report)
    rows = build_rows(extraction, plan_merges(tx, extraction, catalog_people))
    report.add(tx.run(queries.MERGE_ARTICLE, row=rows.article).consume().counters)
    for query, stage_rows in rows.stages():
        for chunk in _chunks(stage_rows, batch_size):
            report.add(tx.run(query, rows=chunk).consume().counters)
    _tidy(tx, old_meetings | rows.meeting_ids, old_events | rows.event_ids, report)
    return report


def _delete_article(tx: neo4j.ManagedTransaction, article_id: str) -> bool:
    report = WriteReport()
    old_meetings, old_events = _sourced(tx, article_id)
    _delete_article_relationships(tx, article_id, report)
    deleted = tx.run(queries.DELETE_ARTICLE_NODE, article_id=article_id).single(strict=True)["deleted"]
    _tidy(tx, old_meetings, old_events, report)
    return bool(deleted)


def _sourced(tx: neo4j.ManagedTransaction, article_id: str) -> tuple[set[str], set[str]]:
    record = tx.run(queries.ARTICLE_SOURCED, article_id=article_id).single()
    if record is None:
        return set(), set()
    return set(record["meeting_ids"]), set(record["event_ids"])


def _delete_article_relationships(tx: neo4j.ManagedTransaction, article_id: str, report: WriteReport) -> None:
    for query in queries.DELETE_ARTICLE_RELATIONSHIPS.values():
        report.add(tx.run(query, article_id=article_id).consume().counters)


def _tidy(tx: neo4j.ManagedTransaction, meeting_ids: set[str], event_ids: set[str], report: WriteReport) -> None:
    """Delete the touched meetings/events nothing supports any more; recompute the others' properties."""
    meetings, events = sorted(meeting_ids), sorted(event_ids)
    report.add(tx.run(queries.DELETE_UNSOURCED_MEETINGS, ids=meetings).consume().counters)
    report.add(tx.run(queries.DELETE_UNSOURCED_EVENTS, ids=events).consume().counters)
    report.add(tx.run(queries.REFRESH_MEETINGS, ids=meetings).consume().counters)
    report.add(tx.run(queries.REFRESH_EVENTS, ids=events).consume().counters)


def plan_merges(
    tx: neo4j.ManagedTransaction, extraction: Extraction, catalog_people: Collection[str] = ()
) -> MergePlan:
    """Which of the extraction's ids name existing nodes (graph_schema.reconcile), read in the article's write
    transaction after its old relationships are deleted. Deterministic given the graph: candidates are sorted.

    People first: a catalog person (in `catalog_people`) not yet a node may adopt an existing Person that an
    earlier article named outside the catalog (the node is renamed to the catalog id, here, in the transaction:
    the one write of planning, so that the meetings below compare participants on it); every other person not
    yet a node may map onto an existing one. Then meetings, whose participants are compared after the people are
    resolved. An id that already is a node is always kept.
    """
    plan = MergePlan()
    incoming = _incoming_people(extraction)
    claimed = set(incoming)  # one article's distinct people are never merged onto each other
    catalog_new = sorted(pid for pid in incoming if pid in catalog_people)
    for pid, candidates in _person_candidates(tx, catalog_new).items():
        # A Person an earlier article named outside the catalog ("Гедион Тимотеос", not a catalog spelling) that
        # is this catalog person: the node takes the catalog id, so that both reports meet on one node.
        open_nodes = [c for c in candidates if c.id not in catalog_people]
        match = match_person(incoming[pid], open_nodes, exclude=claimed)
        if match is not None:
            row = {"old": match.target, "new": pid, "merged_by": f"{extraction.article.name}: {match.reason}"}
            tx.run(queries.ADOPT_PERSON, row=row).consume()
            plan.adopted[match.target] = Match(pid, match.reason)
            claimed.add(match.target)
    open_people = sorted(pid for pid in incoming if pid not in catalog_people)
    for pid, candidates in _person_candidates(tx, open_people).items():
        match = match_person(incoming[pid], candidates, exclude=claimed)
        if match is not None:
            plan.people[pid] = match
            claimed.add(match.target)

    meetings = {m.id: m for m in extraction.meetings if m.participants}
    if not meetings:
        return plan
    meeting_params: list[Row] = []
    for meeting in meetings.values():
        people = sorted({plan.person_id(p.person_id) for p in meeting.participants})
        meeting_params.append({"id": meeting.id, "kind": meeting.kind, "anchor": people[0], "people": people})
    records = tx.run(queries.MEETING_CANDIDATES, meetings=meeting_params).data()
    claimed = set(meetings)
    for record in sorted(records, key=lambda r: r["id"]):
        if record["exists"]:
            continue
        meeting = meetings[record["id"]]
        meeting_candidates = sorted((_meeting_candidate(c) for c in record["candidates"]), key=lambda c: c.id)
        dating = Dating(
            meeting.date,
            meeting.date_precision,
            meeting.weekday,
            meeting.month_day,
            extraction.article.published,
            extraction.article.name,
        )
        participants = [plan.person_id(p.person_id) for p in meeting.participants]
        match = match_meeting(meeting.kind, participants, dating, meeting_candidates, exclude=claimed)
        if match is None:
            continue
        read_as = sorted(
            f"{p.person_id} as {plan.person_id(p.person_id)}"
            for p in meeting.participants
            if p.person_id in plan.people
        )
        if read_as:
            match = Match(match.target, match.reason + f"; participants read {', '.join(read_as)}")
        plan.meetings[record["id"]] = match
        claimed.add(match.target)
    return plan


def _person_candidates(tx: neo4j.ManagedTransaction, person_ids: Sequence[str]) -> dict[str, list[PersonCandidate]]:
    """For each of `person_ids` that is not a node yet: the existing people whose names may be it, with their
    countries and languages (the evidence `match_person` weighs), sorted by id."""
    if not person_ids:
        return {}
    params = [{"id": pid, "query": _fulltext_query(pid)} for pid in person_ids]
    records = tx.run(queries.PERSON_CANDIDATES, people=params, limit=PERSON_CANDIDATE_LIMIT).data()
    named = {r["id"]: [c for c in r["candidates"] if _may_name(r["id"], c)] for r in records if not r["exists"]}
    wanted = sorted({c["id"] for found in named.values() for c in found})
    evidence = {r["id"]: r for r in tx.run(queries.PERSON_EVIDENCE, ids=wanted).data()} if wanted else {}
    return {
        pid: [
            PersonCandidate(
                c["id"],
                c["name"],
                tuple(c["merged_ids"]),
                frozenset(evidence[c["id"]]["countries"]),
                tuple(c["aliases"]),
                frozenset(evidence[c["id"]]["languages"]),
            )
            for c in sorted(found, key=lambda c: c["id"])
        ]
        for pid, found in sorted(named.items())
    }


def _incoming_people(extraction: Extraction) -> dict[str, NewPerson]:
    """Every person the extraction names, with the first country it states for them and all their spellings."""
    countries: dict[str, str | None] = {}
    spellings: dict[str, list[str]] = {}
    participants = [p for m in extraction.meetings for p in m.participants] + [
        p for e in extraction.other_events for p in e.participants
    ]
    for pid, code, names in [(p.id, p.country_code, [p.name, *p.aliases]) for p in extraction.people] + [
        (p.person_id, p.country_code, [p.name]) for p in participants
    ]:
        countries[pid] = countries.get(pid) or code
        spellings.setdefault(pid, []).extend(names)
    language = extraction.article.language
    return {pid: NewPerson(pid, countries[pid], tuple(dict.fromkeys(spellings[pid])), language) for pid in countries}


def _may_name(person_id: str, candidate: Row) -> bool:
    """The loosest name test (`match_person` applies the rest): worth fetching the candidate's evidence."""
    return person_id in candidate["merged_ids"] or any(
        names_match(person_id, other) for other in [candidate["id"], *candidate["merged_ids"]]
    )


def _fulltext_query(person_id: str) -> str:
    """The Lucene query for the people sharing a token with `person_id` (any token: OR). Exact terms suffice, as
    every rule of `names_match` needs one equal token; fuzzy terms cost 5 ms a person. Tokens are slug parts
    ([a-z0-9]), so nothing needs escaping."""
    return " ".join(id_tokens(person_id))


def _meeting_candidate(row: Row) -> MeetingCandidate:
    reports = tuple(
        Dating(
            _native(r["date"]), r["date_precision"], r["weekday"], r["month_day"], _native(r["published"]), r["article"]
        )
        for r in row["reports"]
    )
    return MeetingCandidate(row["id"], row["kind"], frozenset(row["participants"]), reports)


def _native(value: Any) -> Any:
    """A neo4j temporal value as its Python equivalent (None stays None)."""
    return value.to_native() if hasattr(value, "to_native") else value


def _chunks(rows: Sequence[Row], size: int) -> Iterator[Sequence[Row]]:
    for start in range(0, len(rows), max(size, 1)):
        yield rows[start : start + size]


# ----------------------------------------------------------------------------------------------------------------
# Records -> rows (pure; no database)
# ----------------------------------------------------------------------------------------------------------------


@dataclass
class ArticleRows:
    """The parameter rows of one article's write, deduplicated by key (the most confident statement wins)."""

    article_id: str
    article: Row
    countries: dict[str, Row] = field(default_factory=dict)
    frameworks: dict[str, Row] = field(default_factory=dict)
    places: dict[str, Row] = field(default_factory=dict)
    people: dict[str, Row] = field(default_factory=dict)
    person_merges: dict[str, Row] = field(default_factory=dict)
    offices: dict[str, Row] = field(default_factory=dict)
    topics: dict[str, Row] = field(default_factory=dict)
    meetings: dict[str, Row] = field(default_factory=dict)
    events: dict[str, Row] = field(default_factory=dict)
    office_country: dict[tuple[str, ...], Row] = field(default_factory=dict)
    place_country: dict[tuple[str, ...], Row] = field(default_factory=dict)
    meeting_reported_in: dict[tuple[str, ...], Row] = field(default_factory=dict)
    event_reported_in: dict[tuple[str, ...], Row] = field(default_factory=dict)
    meeting_participants: dict[tuple[str, ...], Row] = field(default_factory=dict)
    event_participants: dict[tuple[str, ...], Row] = field(default_factory=dict)
    meeting_held_in: dict[tuple[str, ...], Row] = field(default_factory=dict)
    event_held_in: dict[tuple[str, ...], Row] = field(default_factory=dict)
    on_occasion_of: dict[tuple[str, ...], Row] = field(default_factory=dict)
    under_framework: dict[tuple[str, ...], Row] = field(default_factory=dict)
    hosted_by: dict[tuple[str, ...], Row] = field(default_factory=dict)
    meeting_about: dict[tuple[str, ...], Row] = field(default_factory=dict)
    article_about: dict[tuple[str, ...], Row] = field(default_factory=dict)
    mentions_framework: dict[tuple[str, ...], Row] = field(default_factory=dict)
    mentions_country: dict[tuple[str, ...], Row] = field(default_factory=dict)
    holds: dict[tuple[str, ...], Row] = field(default_factory=dict)
    citizen_of: dict[tuple[str, ...], Row] = field(default_factory=dict)

    @property
    def meeting_ids(self) -> set[str]:
        return set(self.meetings)

    @property
    def event_ids(self) -> set[str]:
        return set(self.events)

    def stages(self) -> list[tuple[str, list[Row]]]:
        """(query, rows) in write order: nodes, then structural relationships, then article-scoped ones."""
        plan: list[tuple[str, dict[Any, Row]]] = [
            (queries.MERGE_COUNTRIES, self.countries),
            (queries.MERGE_FRAMEWORKS, self.frameworks),
            (queries.MERGE_PLACES, self.places),
            (queries.MERGE_PEOPLE, self.people),
            (queries.RECORD_PERSON_MERGES, self.person_merges),
            (queries.MERGE_OFFICES, self.offices),
            (queries.MERGE_TOPICS, self.topics),
            (queries.MERGE_MEETINGS, self.meetings),
            (queries.MERGE_EVENTS, self.events),
            (queries.MERGE_OFFICE_COUNTRY, self.office_country),
            (queries.MERGE_PLACE_COUNTRY, self.place_country),
            (queries.MERGE_MEETING_REPORTED_IN, self.meeting_reported_in),
            (queries.MERGE_EVENT_REPORTED_IN, self.event_reported_in),
            (queries.MERGE_MEETING_PARTICIPANTS, self.meeting_participants),
            (queries.MERGE_EVENT_PARTICIPANTS, self.event_participants),
            (queries.MERGE_MEETING_HELD_IN, self.meeting_held_in),
            (queries.MERGE_EVENT_HELD_IN, self.event_held_in),
            (queries.MERGE_ON_OCCASION_OF, self.on_occasion_of),
            (queries.MERGE_UNDER_FRAMEWORK, self.under_framework),
            (queries.MERGE_HOSTED_BY, self.hosted_by),
            (queries.MERGE_MEETING_ABOUT, self.meeting_about),
            (queries.MERGE_ARTICLE_ABOUT, self.article_about),
            (queries.MERGE_MENTIONS_FRAMEWORK, self.mentions_framework),
            (queries.MERGE_MENTIONS_COUNTRY, self.mentions_country),
            (queries.MERGE_HOLDS, self.holds),
            (queries.MERGE_CITIZEN_OF, self.citizen_of),
        ]
        return [(query, list(rows.values())) for query, rows in plan if rows]


def topic_id(name: str) -> str:
    """The key of a Topic: its name, case-folded, with whitespace collapsed."""
    return " ".join(name.split()).casefold()


def build_rows(extraction: Extraction, plan: MergePlan | None = None) -> ArticleRows:
    """Turn one extraction into deduplicated parameter rows, checking that it only speaks for its own article.

    With a `plan` (from `plan_merges`), the ids it maps are rewritten onto the existing nodes: a mapped person
    keeps the node's name and adds the article's spelling to its aliases and its own id to `merged_ids`; a mapped
    meeting's REPORTED_IN records the id the article computed (`reported_id`) and why it merged (`merged_by`).
    """
    if plan:
        rows = build_rows(plan.apply(extraction))
        _annotate(rows, plan, extraction.article.name)
        return rows
    article = extraction.article
    rows = ArticleRows(
        article_id=article.id,
        article={
            "id": article.id,
            "name": article.name,
            "source": article.source,
            "url": article.url,
            "title": article.title,
            "outlet": article.outlet,
            "published": article.published,
            "language": article.language,
            "content_hash": article.content_hash,
            "dateline_city": article.dateline_city,
            "warnings": list(extraction.warnings),
        },
    )
    builder = _RowBuilder(extraction, rows)
    builder.build()
    return rows


def _annotate(rows: ArticleRows, plan: MergePlan, article_name: str) -> None:
    for merged_id, match in sorted(plan.people.items()):
        person = rows.people[match.target]
        person["canonical"] = False  # the node keeps its name; this article's spelling becomes an alias
        person["aliases"] = list(dict.fromkeys([person["name"], *person["aliases"]]))
        rows.person_merges[match.target] = {
            "id": match.target,
            "merged_id": merged_id,
            "merged_by": f"{article_name}: {match.reason}",
        }
    for reported_id, match in plan.meetings.items():
        row = rows.meeting_reported_in[(match.target,)]
        row["props"] |= {"reported_id": reported_id, "merged_by": match.reason}


class _RowBuilder:
    def __init__(self, extraction: Extraction, rows: ArticleRows) -> None:
        self.extraction = extraction
        self.rows = rows
        self.article_id = extraction.article.id

    def build(self) -> None:
        ex = self.extraction
        for country in ex.countries:
            self.rows.countries[country.code] = {"code": country.code, "name": country.name}
        for framework in ex.frameworks:
            self.rows.frameworks[framework.id] = framework.model_dump(include={"id", "name", "qid", "kind"})
        for place in ex.places:
            self._place(place)
        for person in ex.people:
            names = [alias for alias in dict.fromkeys(person.aliases) if alias != person.name]
            self.rows.people[person.id] = {"id": person.id, "name": person.name, "canonical": True, "aliases": names}
            if person.country_code:
                best = max(person.provenance, key=lambda p: p.confidence, default=None)
                self._citizen(person.id, person.country_code, best)
        for meeting in ex.meetings:
            self._meeting(meeting)
        for event in ex.other_events:
            self._event(event)
        for office in ex.offices:
            self._office(office)
        for name in ex.topics:
            if name.strip():
                self._topic(name)
                key = (self.article_id, topic_id(name))
                self.rows.article_about[key] = {"article_id": self.article_id, "topic_id": key[1], "props": {}}
        for mention in ex.framework_mentions:
            self._framework_ref(mention.target_id)
            self._keep(
                self.rows.mentions_framework, (mention.target_id,), {"target_id": mention.target_id}, mention.provenance
            )
        for mention in ex.country_mentions:
            self._country_ref(mention.target_id)
            self._keep(
                self.rows.mentions_country, (mention.target_id,), {"target_id": mention.target_id}, mention.provenance
            )

    # -- nodes referenced by facts ---------------------------------------------------------------------------

    def _country_ref(self, code: str, name: str | None = None) -> None:
        known = self.rows.countries.get(code)
        if known is None or (known["name"] is None and name is not None):
            self.rows.countries[code] = {"code": code, "name": name}

    def _framework_ref(self, framework_id: str) -> None:
        self.rows.frameworks.setdefault(framework_id, {"id": framework_id, "name": None, "qid": None, "kind": None})

    def _place(self, place: Place) -> None:
        known = self.rows.places.get(place.id)
        self.rows.places[place.id] = {"id": place.id, "city": place.city or (known or {}).get("city")}
        if place.country_code:
            self._country_ref(place.country_code, place.country)
            self.rows.place_country[(place.id,)] = {"place_id": place.id, "country_code": place.country_code}

    def _participant_person(self, participant: Participant) -> None:
        if participant.person_id in self.rows.people:
            known = self.rows.people[participant.person_id]
            if participant.name != known["name"] and participant.name not in known["aliases"]:
                known["aliases"].append(participant.name)
            return
        self.rows.people[participant.person_id] = {
            "id": participant.person_id,
            "name": participant.name,
            "canonical": False,
            "aliases": [participant.name],
        }

    def _topic(self, name: str) -> None:
        name = " ".join(name.split())
        self.rows.topics.setdefault(topic_id(name), {"id": topic_id(name), "name": name})

    # -- facts ------------------------------------------------------------------------------------------------

    def _meeting(self, meeting: Meeting) -> None:
        prov = meeting.provenance
        self.rows.meetings[meeting.id] = {"id": meeting.id}
        stated = meeting.model_dump(
            include={"kind", "date", "date_precision", "date_text", "weekday", "month_day", "sidelines", "planned"}
        )
        self._keep(self.rows.meeting_reported_in, (meeting.id,), {"meeting_id": meeting.id}, prov, stated)
        for participant in meeting.participants:
            self._participant(self.rows.meeting_participants, meeting.id, participant, prov)
        if meeting.place is not None:
            self._place(meeting.place)
            self._keep(
                self.rows.meeting_held_in,
                (meeting.id, meeting.place.id),
                {"source_id": meeting.id, "place_id": meeting.place.id},
                prov,
            )
        if meeting.occasion is not None:
            occasion = meeting.occasion
            self.rows.events.setdefault(occasion.id, {"id": occasion.id})
            self._keep(
                self.rows.on_occasion_of,
                (meeting.id, occasion.id),
                {"meeting_id": meeting.id, "event_id": occasion.id},
                prov,
                {"occasion_name": occasion.name},
            )
            if occasion.framework_id:
                self._under_framework(occasion.id, occasion.framework_id, prov)
        for name in meeting.topics:
            if name.strip():
                self._topic(name)
                self._keep(
                    self.rows.meeting_about,
                    (meeting.id, topic_id(name)),
                    {"meeting_id": meeting.id, "topic_id": topic_id(name)},
                    prov,
                )

    def _event(self, event: OtherEvent) -> None:
        prov = event.provenance
        self.rows.events[event.id] = {"id": event.id}
        stated = event.model_dump(include={"kind", "name", "planned", "date", "date_precision", "date_text"})
        self._keep(self.rows.event_reported_in, (event.id,), {"event_id": event.id}, prov, stated)
        for participant in event.participants:
            self._participant(self.rows.event_participants, event.id, participant, prov)
        if event.place is not None:
            self._place(event.place)
            self._keep(
                self.rows.event_held_in,
                (event.id, event.place.id),
                {"source_id": event.id, "place_id": event.place.id},
                prov,
            )
        if event.host_country_code:
            self._country_ref(event.host_country_code)
            self._keep(
                self.rows.hosted_by,
                (event.id, event.host_country_code),
                {"event_id": event.id, "country_code": event.host_country_code},
                prov,
            )
        if event.framework_id:
            self._under_framework(event.id, event.framework_id, prov)

    def _participant(
        self, target: dict[tuple[str, ...], Row], target_id: str, participant: Participant, prov: Provenance
    ) -> None:
        self._participant_person(participant)
        key = (participant.person_id, target_id)
        stated = {
            "roles_as_stated": list(participant.roles),
            "role": participant.role,
            "country_code": participant.country_code,
        }
        known = target.get(key)
        if known is not None:  # the same person twice in one meeting: keep every role as stated
            roles = known["props"]["roles_as_stated"]
            roles.extend(role for role in participant.roles if role not in roles)
            if participant.role != "participant":
                known["props"]["role"] = participant.role
            known["props"]["country_code"] = known["props"]["country_code"] or participant.country_code
        else:
            self._keep(target, key, {"person_id": participant.person_id, "target_id": target_id}, prov, stated)
        if participant.country_code:
            self._citizen(participant.person_id, participant.country_code, prov)

    def _under_framework(self, event_id: str, framework_id: str, prov: Provenance) -> None:
        self._framework_ref(framework_id)
        self._keep(
            self.rows.under_framework,
            (event_id, framework_id),
            {"event_id": event_id, "framework_id": framework_id},
            prov,
        )

    def _citizen(self, person_id: str, country_code: str, prov: Provenance | None) -> None:
        self._country_ref(country_code)
        self._keep(
            self.rows.citizen_of,
            (person_id, country_code),
            {"person_id": person_id, "country_code": country_code},
            prov,
        )

    def _office(self, office: OfficeHeld) -> None:
        if office.person_id not in self.rows.people:
            raise InputError(
                self.extraction.article.source,
                f"office {office.office_id!r} is held by {office.person_id!r}, who is not among the "
                "extraction's people or participants",
            )
        self.rows.offices[office.office_id] = {
            "id": office.office_id,
            "title": office.title,
            "organization": office.organization,
        }
        if office.country_code:
            self._country_ref(office.country_code)
            self.rows.office_country[(office.office_id,)] = {
                "office_id": office.office_id,
                "country_code": office.country_code,
            }
        as_of = office.as_of or self.extraction.article.published
        self._keep(
            self.rows.holds,
            (office.person_id, office.office_id),
            {"person_id": office.person_id, "office_id": office.office_id},
            office.provenance,
            {"as_of": as_of, "title_as_stated": office.title_as_stated},
        )

    # -- provenance -------------------------------------------------------------------------------------------

    def _keep(
        self,
        target: dict[tuple[str, ...], Row],
        key: tuple[str, ...],
        ends: Row,
        prov: Provenance | None,
        stated: Row | None = None,
    ) -> None:
        """Add an article-scoped relationship row; of two statements of the same fact, keep the more confident."""
        props = self._provenance(prov) | (stated or {})
        known = target.get(key)
        if known is not None and (known["props"].get("confidence") or 0.0) >= (props.get("confidence") or 0.0):
            return
        target[key] = {**ends, "article_id": self.article_id, "props": props}

    def _provenance(self, prov: Provenance | None) -> Row:
        if prov is None:
            return {"start": None, "end": None, "sentence": None, "confidence": None}
        if prov.article_id != self.article_id:
            raise InputError(
                self.extraction.article.source,
                f"a provenance names article {prov.article_id!r} in the extraction of {self.article_id!r}",
            )
        return {"start": prov.start, "end": prov.end, "sentence": prov.sentence, "confidence": prov.confidence}
