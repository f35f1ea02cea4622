"""All of diplograph's Cypher, as constants with $parameters only.

Labels, relationship types and property names are written here and nowhere else; values always arrive as
parameters. Write queries take `$rows` (a list of maps built by `graph_schema.write`) and MERGE on keys that
have a uniqueness constraint. The graph model is documented in graph_schema/README.md.
"""

from __future__ import annotations

# --------------------------------------------------------------------------------------------------------------
# Schema: named, idempotent. Applied by graph_schema.schema.apply_schema at start-up, never per request.
# --------------------------------------------------------------------------------------------------------------

CONSTRAINTS: dict[str, str] = {
    "article_id": "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE",
    "person_id": "CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE",
    "office_id": "CREATE CONSTRAINT office_id IF NOT EXISTS FOR (n:Office) REQUIRE n.id IS UNIQUE",
    "country_code": "CREATE CONSTRAINT country_code IF NOT EXISTS FOR (n:Country) REQUIRE n.code IS UNIQUE",
    "place_id": "CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE",
    "meeting_id": "CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE",
    "event_id": "CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE",
    "framework_id": "CREATE CONSTRAINT framework_id IF NOT EXISTS FOR (n:Framework) REQUIRE n.id IS UNIQUE",
    "topic_id": "CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE",
}

INDEXES: dict[str, str] = {
    "person_name": "CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name)",
    "meeting_date": "CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date)",
    "meeting_kind": "CREATE INDEX meeting_kind IF NOT EXISTS FOR (n:Meeting) ON (n.kind)",
    "event_date": "CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)",
    "article_published": "CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published)",
    "framework_name": "CREATE INDEX framework_name IF NOT EXISTS FOR (n:Framework) ON (n.name)",
    # Write-time reconciliation finds the people whose ids (or ids mapped onto them) share a token with a new
    # person's id (graph_schema.reconcile: every rule needs one equal token).
    "person_keys": "CREATE FULLTEXT INDEX person_keys IF NOT EXISTS FOR (n:Person) ON EACH [n.id, n.merged_ids]",
    # Article-scoped relationships are found by article_id when an article is re-ingested or deleted.
    "reported_in_article": "CREATE INDEX reported_in_article IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() ON (r.article_id)",
    "participated_in_article": (
        "CREATE INDEX participated_in_article IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.article_id)"
    ),
    "held_in_article": "CREATE INDEX held_in_article IF NOT EXISTS FOR ()-[r:HELD_IN]-() ON (r.article_id)",
    "on_occasion_of_article": (
        "CREATE INDEX on_occasion_of_article IF NOT EXISTS FOR ()-[r:ON_OCCASION_OF]-() ON (r.article_id)"
    ),
    "under_framework_article": (
        "CREATE INDEX under_framework_article IF NOT EXISTS FOR ()-[r:UNDER_FRAMEWORK]-() ON (r.article_id)"
    ),
    "hosted_by_article": "CREATE INDEX hosted_by_article IF NOT EXISTS FOR ()-[r:HOSTED_BY]-() ON (r.article_id)",
    "about_article": "CREATE INDEX about_article IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.article_id)",
    "mentions_article": "CREATE INDEX mentions_article IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.article_id)",
    "holds_article": "CREATE INDEX holds_article IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.article_id)",
    "citizen_of_article": "CREATE INDEX citizen_of_article IF NOT EXISTS FOR ()-[r:CITIZEN_OF]-() ON (r.article_id)",
}

AWAIT_INDEXES = "CALL db.awaitIndexes($timeout_seconds)"

SHOW_CONSTRAINT_NAMES = "SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names"
SHOW_INDEX_NAMES = "SHOW INDEXES YIELD name RETURN collect(name) AS names"

# --------------------------------------------------------------------------------------------------------------
# Write: replacing what one article contributed.
# --------------------------------------------------------------------------------------------------------------

# Meetings and events this article is a source of, and the events its meetings were on the occasion of:
# the candidates for clean-up and property refresh once the article's relationships are gone.
ARTICLE_SOURCED = """
MATCH (a:Article {id: $article_id})
RETURN
  COLLECT { MATCH (m:Meeting)-[:REPORTED_IN]->(a) RETURN m.id } AS meeting_ids,
  COLLECT { MATCH (e:Event)-[:REPORTED_IN]->(a) RETURN e.id
            UNION
            MATCH (:Meeting)-[:ON_OCCASION_OF {article_id: $article_id}]->(e:Event) RETURN e.id } AS event_ids
"""

# --------------------------------------------------------------------------------------------------------------
# Write: reconciliation. Read in the article's write transaction, after its old relationships are deleted (so a
# node only this article supported is no candidate); graph_schema.reconcile decides.
# --------------------------------------------------------------------------------------------------------------

# For each person id of the article ($people: {id, query}): whether it is a node already and, if not, the people
# the full-text query (any of the id's tokens) finds, best first, with their spellings and the ids mapped onto them.
# A person an earlier write mapped this id onto is always a candidate, found by exact match on `merged_ids` rather
# than through the full-text index (whose searcher may not show a write of the moment before).
PERSON_CANDIDATES = """
UNWIND $people AS row
OPTIONAL MATCH (same:Person {id: row.id})
CALL (row, same) {
  WITH row WHERE same IS NULL
  CALL (row) {
    CALL db.index.fulltext.queryNodes('person_keys', row.query) YIELD node, score
    RETURN node, score
    UNION
    MATCH (node:Person) WHERE row.id IN coalesce(node.merged_ids, [])
    RETURN node, 1.0e9 AS score
  }
  WITH node, max(score) AS score
  ORDER BY score DESC, node.id
  LIMIT $limit
  RETURN collect(node {.id, .name, merged_ids: coalesce(node.merged_ids, []), aliases: coalesce(node.aliases, [])})
         AS candidates
}
RETURN row.id AS id, same IS NOT NULL AS exists, candidates
"""

# The countries (CITIZEN_OF) of the people $ids and the languages of the articles that name them: fetched only
# for the candidates whose names already match.
PERSON_EVIDENCE = """
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id,
       COLLECT { MATCH (p)-[:CITIZEN_OF]->(c:Country) RETURN DISTINCT c.code } AS countries,
       COLLECT { MATCH (p)-[r:PARTICIPATED_IN|HOLDS|CITIZEN_OF]->()
                 MATCH (a:Article {id: r.article_id})
                 RETURN DISTINCT a.language } AS languages
"""

# For each meeting of the article ($meetings: {id, kind, anchor (a participant), people}): whether it is a node
# already and, if not, the meetings of the same kind that some other article reports with exactly the same
# participants, with each report's dating.
MEETING_CANDIDATES = """
UNWIND $meetings AS row
OPTIONAL MATCH (same:Meeting {id: row.id})
CALL (row, same) {
  WITH row WHERE same IS NULL
  MATCH (:Person {id: row.anchor})-[:PARTICIPATED_IN]->(m:Meeting)
  WHERE m.kind = row.kind AND EXISTS { (m)-[:REPORTED_IN]->(:Article) }
  WITH DISTINCT m
  WITH m, COLLECT { MATCH (p:Person)-[:PARTICIPATED_IN]->(m) RETURN DISTINCT p.id } AS people
  WHERE size(people) = size(row.people) AND all(id IN people WHERE id IN row.people)
  RETURN collect(m {.id, .kind, participants: people,
                    reports: COLLECT { MATCH (m)-[r:REPORTED_IN]->(a:Article)
                                       RETURN r {.date, .date_precision, .weekday, .month_day,
                                                 article: a.name, published: a.published} }}) AS candidates
}
RETURN row.id AS id, same IS NOT NULL AS exists, candidates
"""

# One statement per article-scoped relationship type, each served by its `<type>_article` index.
DELETE_ARTICLE_RELATIONSHIPS: dict[str, str] = {
    "REPORTED_IN": "MATCH ()-[r:REPORTED_IN {article_id: $article_id}]->() DELETE r",
    "PARTICIPATED_IN": "MATCH ()-[r:PARTICIPATED_IN {article_id: $article_id}]->() DELETE r",
    "HELD_IN": "MATCH ()-[r:HELD_IN {article_id: $article_id}]->() DELETE r",
    "ON_OCCASION_OF": "MATCH ()-[r:ON_OCCASION_OF {article_id: $article_id}]->() DELETE r",
    "UNDER_FRAMEWORK": "MATCH ()-[r:UNDER_FRAMEWORK {article_id: $article_id}]->() DELETE r",
    "HOSTED_BY": "MATCH ()-[r:HOSTED_BY {article_id: $article_id}]->() DELETE r",
    "ABOUT": "MATCH ()-[r:ABOUT {article_id: $article_id}]->() DELETE r",
    "MENTIONS": "MATCH ()-[r:MENTIONS {article_id: $article_id}]->() DELETE r",
    "HOLDS": "MATCH ()-[r:HOLDS {article_id: $article_id}]->() DELETE r",
    "CITIZEN_OF": "MATCH ()-[r:CITIZEN_OF {article_id: $article_id}]->() DELETE r",
}

# A meeting exists only while some article reports it.
DELETE_UNSOURCED_MEETINGS = """
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
WHERE NOT (m)-[:REPORTED_IN]->(:Article)
DETACH DELETE m
"""

# An event exists while some article reports it or some meeting took place on its occasion.
DELETE_UNSOURCED_EVENTS = """
UNWIND $ids AS id
MATCH (e:Event {id: id})
WHERE NOT (e)-[:REPORTED_IN]->(:Article) AND NOT ()-[:ON_OCCASION_OF]->(e)
DETACH DELETE e
"""

DELETE_ARTICLE_NODE = """
MATCH (a:Article {id: $article_id})
DETACH DELETE a
RETURN count(*) AS deleted
"""

# Destructive: every node and relationship of the database. For dedicated test and scratch databases.
DELETE_EVERYTHING = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"

# --------------------------------------------------------------------------------------------------------------
# Write: nodes (shared nodes keep what other articles said; optional values never erase known ones).
# --------------------------------------------------------------------------------------------------------------

MERGE_ARTICLE = """
MERGE (a:Article {id: $row.id})
SET a += $row
"""

MERGE_COUNTRIES = """
UNWIND $rows AS row
MERGE (c:Country {code: row.code})
SET c.name = coalesce(row.name, c.name, row.code)
"""

MERGE_FRAMEWORKS = """
UNWIND $rows AS row
MERGE (f:Framework {id: row.id})
SET f.name = coalesce(row.name, f.name, row.id),
    f.qid = coalesce(row.qid, f.qid),
    f.kind = coalesce(row.kind, f.kind)
"""

MERGE_PLACES = """
UNWIND $rows AS row
MERGE (p:Place {id: row.id})
SET p.city = coalesce(row.city, p.city)
"""

# `canonical` rows come from Extraction.people and set the name; participant rows name new people only. Aliases
# accumulate across articles (a participant's name as written becomes an alias); the name itself is never one.
MERGE_PEOPLE = """
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p.name = CASE WHEN row.canonical OR p.name IS NULL THEN row.name ELSE p.name END,
    p.aliases = [alias IN coalesce(p.aliases, []) WHERE NOT alias IN row.aliases] + row.aliases
WITH p
SET p.aliases = [alias IN p.aliases WHERE alias <> p.name]
"""

# A person id an article computed that reconciliation mapped onto this Person (and why): kept, like the aliases,
# when the article goes, so that the same spelling keeps going to the same node.
RECORD_PERSON_MERGES = """
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
WHERE NOT row.merged_id IN coalesce(p.merged_ids, [])
SET p.merged_ids = coalesce(p.merged_ids, []) + row.merged_id,
    p.merged_by = coalesce(p.merged_by, []) + row.merged_by
"""

# A Person named outside the catalog by an earlier article that reconciliation found to be a catalog person
# (graph_schema.write.plan_merges): the node takes the catalog id; its old id and name are kept, as for any merge.
ADOPT_PERSON = """
MATCH (p:Person {id: $row.old})
WHERE NOT EXISTS { MATCH (:Person {id: $row.new}) }
SET p.id = $row.new,
    p.aliases = [alias IN coalesce(p.aliases, []) WHERE alias <> p.name] + p.name,
    p.merged_ids = coalesce(p.merged_ids, []) + $row.old,
    p.merged_by = coalesce(p.merged_by, []) + $row.merged_by
"""

MERGE_OFFICES = """
UNWIND $rows AS row
MERGE (o:Office {id: row.id})
SET o.title = row.title,
    o.organization = coalesce(row.organization, o.organization)
"""

MERGE_TOPICS = """
UNWIND $rows AS row
MERGE (t:Topic {id: row.id})
SET t.name = coalesce(t.name, row.name)
"""

MERGE_MEETINGS = """
UNWIND $rows AS row
MERGE (:Meeting {id: row.id})
"""

MERGE_EVENTS = """
UNWIND $rows AS row
MERGE (:Event {id: row.id})
"""

# --------------------------------------------------------------------------------------------------------------
# Write: structural relationships, implied by the keys (an office's country, a place's country). Not scoped.
# --------------------------------------------------------------------------------------------------------------

MERGE_OFFICE_COUNTRY = """
UNWIND $rows AS row
MATCH (o:Office {id: row.office_id})
MATCH (c:Country {code: row.country_code})
MERGE (o)-[:OF_COUNTRY]->(c)
"""

MERGE_PLACE_COUNTRY = """
UNWIND $rows AS row
MATCH (p:Place {id: row.place_id})
MATCH (c:Country {code: row.country_code})
MERGE (p)-[:IN_COUNTRY]->(c)
"""

# --------------------------------------------------------------------------------------------------------------
# Write: article-scoped relationships. One per (start, end, article_id); `row.props` holds the provenance
# {article_id, start, end, sentence, confidence} plus what the article stated.
# --------------------------------------------------------------------------------------------------------------

MERGE_MEETING_REPORTED_IN = """
UNWIND $rows AS row
MATCH (m:Meeting {id: row.meeting_id})
MATCH (a:Article {id: row.article_id})
MERGE (m)-[r:REPORTED_IN {article_id: row.article_id}]->(a)
SET r += row.props
"""

MERGE_EVENT_REPORTED_IN = """
UNWIND $rows AS row
MATCH (e:Event {id: row.event_id})
MATCH (a:Article {id: row.article_id})
MERGE (e)-[r:REPORTED_IN {article_id: row.article_id}]->(a)
SET r += row.props
"""

MERGE_MEETING_PARTICIPANTS = """
UNWIND $rows AS row
MATCH (p:Person {id: row.person_id})
MATCH (m:Meeting {id: row.target_id})
MERGE (p)-[r:PARTICIPATED_IN {article_id: row.article_id}]->(m)
SET r += row.props
"""

MERGE_EVENT_PARTICIPANTS = """
UNWIND $rows AS row
MATCH (p:Person {id: row.person_id})
MATCH (e:Event {id: row.target_id})
MERGE (p)-[r:PARTICIPATED_IN {article_id: row.article_id}]->(e)
SET r += row.props
"""

MERGE_MEETING_HELD_IN = """
UNWIND $rows AS row
MATCH (m:Meeting {id: row.source_id})
MATCH (p:Place {id: row.place_id})
MERGE (m)-[r:HELD_IN {article_id: row.article_id}]->(p)
SET r += row.props
"""

MERGE_EVENT_HELD_IN = """
UNWIND $rows AS row
MATCH (e:Event {id: row.source_id})
MATCH (p:Place {id: row.place_id})
MERGE (e)-[r:HELD_IN {article_id: row.article_id}]->(p)
SET r += row.props
"""

MERGE_ON_OCCASION_OF = """
UNWIND $rows AS row
MATCH (m:Meeting {id: row.meeting_id})
MATCH (e:Event {id: row.event_id})
MERGE (m)-[r:ON_OCCASION_OF {article_id: row.article_id}]->(e)
SET r += row.props
"""

MERGE_UNDER_FRAMEWORK = """
UNWIND $rows AS row
MATCH (e:Event {id: row.event_id})
MATCH (f:Framework {id: row.framework_id})
MERGE (e)-[r:UNDER_FRAMEWORK {article_id: row.article_id}]->(f)
SET r += row.props
"""

MERGE_HOSTED_BY = """
UNWIND $rows AS row
MATCH (e:Event {id: row.event_id})
MATCH (c:Country {code: row.country_code})
MERGE (e)-[r:HOSTED_BY {article_id: row.article_id}]->(c)
SET r += row.props
"""

MERGE_MEETING_ABOUT = """
UNWIND $rows AS row
MATCH (m:Meeting {id: row.meeting_id})
MATCH (t:Topic {id: row.topic_id})
MERGE (m)-[r:ABOUT {article_id: row.article_id}]->(t)
SET r += row.props
"""

MERGE_ARTICLE_ABOUT = """
UNWIND $rows AS row
MATCH (a:Article {id: row.article_id})
MATCH (t:Topic {id: row.topic_id})
MERGE (a)-[r:ABOUT {article_id: row.article_id}]->(t)
SET r += row.props
"""

MERGE_MENTIONS_FRAMEWORK = """
UNWIND $rows AS row
MATCH (a:Article {id: row.article_id})
MATCH (f:Framework {id: row.target_id})
MERGE (a)-[r:MENTIONS {article_id: row.article_id}]->(f)
SET r += row.props
"""

MERGE_MENTIONS_COUNTRY = """
UNWIND $rows AS row
MATCH (a:Article {id: row.article_id})
MATCH (c:Country {code: row.target_id})
MERGE (a)-[r:MENTIONS {article_id: row.article_id}]->(c)
SET r += row.props
"""

MERGE_HOLDS = """
UNWIND $rows AS row
MATCH (p:Person {id: row.person_id})
MATCH (o:Office {id: row.office_id})
MERGE (p)-[r:HOLDS {article_id: row.article_id}]->(o)
SET r += row.props
"""

MERGE_CITIZEN_OF = """
UNWIND $rows AS row
MATCH (p:Person {id: row.person_id})
MATCH (c:Country {code: row.country_code})
MERGE (p)-[r:CITIZEN_OF {article_id: row.article_id}]->(c)
SET r += row.props
"""

# --------------------------------------------------------------------------------------------------------------
# Write: node properties derived from the remaining sources (so that deleting or changing an article never
# leaves a value only it had stated). The best source is the most precise date, then the most confident.
# A meeting's `merged_ids` / `merged_by` list the reports reconciled onto it (REPORTED_IN.reported_id/merged_by).
# --------------------------------------------------------------------------------------------------------------

REFRESH_MEETINGS = """
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
CALL (m) {
  MATCH (m)-[r:REPORTED_IN]->(a:Article)
  WITH r, a
  ORDER BY CASE r.date_precision WHEN 'day' THEN 3 WHEN 'month' THEN 2 WHEN 'year' THEN 1 ELSE 0 END DESC,
           r.confidence DESC, a.id
  RETURN collect(r) AS reports,
         collect(CASE WHEN r.merged_by IS NOT NULL THEN a.name + ': ' + r.merged_by END) AS merged_by
}
WITH m, reports, merged_by, head(reports) AS best
WHERE best IS NOT NULL
WITH m, reports, merged_by, best,
     reduce(ids = [], r IN reports | CASE WHEN r.reported_id IS NULL OR r.reported_id IN ids THEN ids
                                          ELSE ids + r.reported_id END) AS merged_ids
SET m.kind = best.kind,
    m.date = best.date,
    m.date_precision = best.date_precision,
    m.date_text = best.date_text,
    m.weekday = coalesce(best.weekday, head([r IN reports WHERE r.weekday IS NOT NULL | r.weekday])),
    m.month_day = coalesce(best.month_day, head([r IN reports WHERE r.month_day IS NOT NULL | r.month_day])),
    m.sidelines = any(r IN reports WHERE r.sidelines),
    m.planned = all(r IN reports WHERE r.planned),
    m.merged_ids = CASE WHEN merged_ids = [] THEN null ELSE merged_ids END,
    m.merged_by = CASE WHEN merged_by = [] THEN null ELSE merged_by END
"""

REFRESH_EVENTS = """
UNWIND $ids AS id
MATCH (e:Event {id: id})
CALL (e) {
  OPTIONAL MATCH (e)-[r:REPORTED_IN]->(a:Article)
  WITH r, a
  ORDER BY CASE r.date_precision WHEN 'day' THEN 3 WHEN 'month' THEN 2 WHEN 'year' THEN 1 ELSE 0 END DESC,
           r.confidence DESC, a.id
  RETURN collect(r) AS reports
}
CALL (e) {
  OPTIONAL MATCH ()-[o:ON_OCCASION_OF]->(e)
  WITH o ORDER BY o.confidence DESC, o.article_id
  RETURN collect(o.occasion_name) AS occasion_names
}
WITH e, reports, occasion_names, head(reports) AS best
SET e.name = coalesce(head([r IN reports WHERE r.name IS NOT NULL | r.name]), head(occasion_names)),
    e.kind = best.kind,
    e.planned = CASE WHEN best IS NULL THEN null ELSE all(r IN reports WHERE r.planned) END,
    e.date = best.date,
    e.date_precision = best.date_precision,
    e.date_text = best.date_text
"""

# --------------------------------------------------------------------------------------------------------------
# Counts.
# --------------------------------------------------------------------------------------------------------------

COUNT_LABELS = "MATCH (n) UNWIND labels(n) AS label RETURN label AS name, count(*) AS n"
COUNT_RELATIONSHIP_TYPES = "MATCH ()-[r]->() RETURN type(r) AS name, count(*) AS n"

# --------------------------------------------------------------------------------------------------------------
# Read. Person filters ($person, $counterpart, $a, $b) match a person's id, name or alias, case-insensitively.
# --------------------------------------------------------------------------------------------------------------

# The page of meeting ids matching the filters, most recent first (undated last).
# $country matches a participant's country (as stated, or citizenship) or the venue's country, by code or name;
# $venue matches a place's id or city; $framework a framework's id or name, through the meeting's occasion.
MEETING_IDS = """
MATCH (m:Meeting)
WHERE ($kind IS NULL OR m.kind = $kind)
  AND ($date_from IS NULL OR m.date >= $date_from)
  AND ($date_to IS NULL OR m.date <= $date_to)
  AND ($person IS NULL OR EXISTS {
        MATCH (p:Person)-[:PARTICIPATED_IN]->(m)
        WHERE toLower(p.id) = toLower($person) OR toLower(p.name) = toLower($person)
           OR any(alias IN coalesce(p.aliases, []) WHERE toLower(alias) = toLower($person)) })
  AND ($counterpart IS NULL OR EXISTS {
        MATCH (q:Person)-[:PARTICIPATED_IN]->(m)
        WHERE (toLower(q.id) = toLower($counterpart) OR toLower(q.name) = toLower($counterpart)
               OR any(alias IN coalesce(q.aliases, []) WHERE toLower(alias) = toLower($counterpart)))
          AND ($person IS NULL OR NOT (toLower(q.id) = toLower($person) OR toLower(q.name) = toLower($person)
               OR any(alias IN coalesce(q.aliases, []) WHERE toLower(alias) = toLower($person)))) })
  AND ($country IS NULL
       OR EXISTS { MATCH (c:Country)
                   WHERE toLower(c.code) = toLower($country) OR toLower(c.name) = toLower($country)
                   MATCH (pc:Person)-[r:PARTICIPATED_IN]->(m)
                   WHERE r.country_code = c.code OR (pc)-[:CITIZEN_OF]->(c) }
       OR EXISTS { MATCH (m)-[:HELD_IN]->(:Place)-[:IN_COUNTRY]->(c:Country)
                   WHERE toLower(c.code) = toLower($country) OR toLower(c.name) = toLower($country) })
  AND ($venue IS NULL OR EXISTS {
        MATCH (m)-[:HELD_IN]->(pl:Place)
        WHERE toLower(pl.id) = toLower($venue) OR toLower(pl.city) = toLower($venue) })
  AND ($framework IS NULL OR EXISTS {
        MATCH (m)-[:ON_OCCASION_OF]->(:Event)-[:UNDER_FRAMEWORK]->(f:Framework)
        WHERE toLower(f.id) = toLower($framework) OR toLower(f.name) = toLower($framework) })
RETURN m.id AS id
ORDER BY m.date IS NULL, m.date DESC, m.id
SKIP $offset
LIMIT $limit
"""

# Full detail of the meetings with the given ids, in the order of $ids.
MEETINGS_BY_ID = """
UNWIND range(0, size($ids) - 1) AS i
MATCH (m:Meeting {id: $ids[i]})
CALL (m) {
  MATCH (p:Person)-[r:PARTICIPATED_IN]->(m)
  WITH p, collect(r) AS rels
  OPTIONAL MATCH (p)-[:CITIZEN_OF]->(citizen:Country)
  WITH p, rels, collect(DISTINCT citizen) AS citizenships
  WITH p, rels, citizenships,
       head([r IN rels WHERE r.country_code IS NOT NULL | r.country_code]) AS stated_code
  OPTIONAL MATCH (stated:Country {code: stated_code})
  WITH p, rels, coalesce(stated, head(citizenships)) AS country
  ORDER BY p.name
  RETURN collect({
    id: p.id,
    name: p.name,
    country_code: country.code,
    country: country.name,
    roles: reduce(acc = [], r IN rels | acc + [t IN coalesce(r.roles_as_stated, []) WHERE NOT t IN acc]),
    role: coalesce(head([r IN rels WHERE r.role <> 'participant' | r.role]), 'participant')
  }) AS participants
}
CALL (m) {
  OPTIONAL MATCH (m)-[r:HELD_IN]->(pl:Place)
  OPTIONAL MATCH (pl)-[:IN_COUNTRY]->(c:Country)
  WITH pl, c, count(r) AS sources, max(r.confidence) AS confidence
  ORDER BY sources DESC, confidence DESC
  RETURN head(collect(CASE WHEN pl IS NULL THEN null
                      ELSE {id: pl.id, city: pl.city, country_code: c.code, country: c.name} END)) AS venue
}
CALL (m) {
  OPTIONAL MATCH (m)-[r:ON_OCCASION_OF]->(e:Event)
  WITH e, count(r) AS sources, max(r.confidence) AS confidence
  ORDER BY sources DESC, confidence DESC
  WITH head(collect(e)) AS e
  OPTIONAL MATCH (e)-[:UNDER_FRAMEWORK]->(f:Framework)
  WITH e, f ORDER BY f.id
  WITH e, head(collect(f)) AS f
  RETURN CASE WHEN e IS NULL THEN null
         ELSE {id: e.id, name: e.name, framework_id: f.id, framework: f.name} END AS occasion
}
CALL (m) {
  OPTIONAL MATCH (m)-[:ABOUT]->(t:Topic)
  WITH DISTINCT t ORDER BY t.name
  RETURN collect(t.name) AS topics
}
CALL (m) {
  MATCH (m)-[r:REPORTED_IN]->(a:Article)
  WITH r, a ORDER BY a.published, a.id
  RETURN collect({
    article_id: a.id, name: a.name, title: a.title, url: a.url, outlet: a.outlet, published: a.published,
    sentence: r.sentence, start: r.start, end: r.end, confidence: r.confidence
  }) AS sources
}
RETURN m {.id, .kind, .date, .date_precision, .date_text, .weekday, .month_day, .sidelines, .planned,
          participants: participants, venue: venue, occasion: occasion, topics: topics, sources: sources} AS meeting
ORDER BY i
"""

PERSON = """
MATCH (p:Person {id: $id})
CALL (p) {
  OPTIONAL MATCH (p)-[r:CITIZEN_OF]->(c:Country)
  WITH c, count(r) AS sources
  ORDER BY sources DESC, c.code
  RETURN head(collect(c)) AS country
}
CALL (p) {
  OPTIONAL MATCH (p)-[h:HOLDS]->(o:Office)
  OPTIONAL MATCH (a:Article {id: h.article_id})
  WITH o, h, a ORDER BY h.as_of, a.id
  WITH o, collect(CASE WHEN h IS NULL THEN null ELSE {
         article_id: a.id, name: a.name, title: a.title, url: a.url, outlet: a.outlet, published: a.published,
         sentence: h.sentence, start: h.start, end: h.end, confidence: h.confidence,
         as_of: h.as_of, title_as_stated: h.title_as_stated } END) AS sources,
       min(h.as_of) AS first_seen, max(h.as_of) AS last_seen
  WHERE o IS NOT NULL
  OPTIONAL MATCH (o)-[:OF_COUNTRY]->(oc:Country)
  WITH o, oc, sources, first_seen, last_seen
  ORDER BY last_seen DESC, o.id
  RETURN collect({
    office_id: o.id, title: o.title, organization: o.organization, country_code: oc.code, country: oc.name,
    first_seen: first_seen, last_seen: last_seen, sources: sources
  }) AS offices
}
CALL (p) {
  OPTIONAL MATCH (p)-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(q:Person)
  WHERE q <> p
  WITH q, count(DISTINCT m) AS meetings, max(m.date) AS last_met
  WHERE q IS NOT NULL
  ORDER BY meetings DESC, last_met DESC, q.name
  RETURN collect({id: q.id, name: q.name, meetings: meetings, last_met: last_met}) AS counterparts
}
RETURN p {.id, .name, aliases: coalesce(p.aliases, []), country_code: country.code, country: country.name,
          offices: offices, counterparts: counterparts} AS person
"""

SEARCH_PEOPLE = """
MATCH (p:Person)
WHERE toLower(p.id) CONTAINS toLower($q) OR toLower(p.name) CONTAINS toLower($q)
   OR any(alias IN coalesce(p.aliases, []) WHERE toLower(alias) CONTAINS toLower($q))
CALL (p) {
  OPTIONAL MATCH (p)-[r:CITIZEN_OF]->(c:Country)
  WITH c, count(r) AS sources
  ORDER BY sources DESC, c.code
  RETURN head(collect(c)) AS country
}
WITH p, country, COUNT { MATCH (p)-[:PARTICIPATED_IN]->(m:Meeting) RETURN DISTINCT m } AS meetings
ORDER BY toLower(p.name) = toLower($q) DESC, meetings DESC, p.name
LIMIT $limit
RETURN p {.id, .name, aliases: coalesce(p.aliases, []), country_code: country.code, country: country.name,
          meetings: meetings} AS person
"""

FRAMEWORKS = """
MATCH (f:Framework)
RETURN f {.id, .name, .qid, .kind,
          meetings: COUNT { MATCH (m:Meeting)-[:ON_OCCASION_OF]->(:Event)-[:UNDER_FRAMEWORK]->(f) RETURN DISTINCT m },
          events: COUNT { MATCH (e:Event)-[:UNDER_FRAMEWORK]->(f) RETURN DISTINCT e },
          articles: COUNT { MATCH (a:Article)-[:MENTIONS]->(f) RETURN DISTINCT a }} AS framework
ORDER BY f.name
"""

PERSON_EXISTS = "MATCH (p:Person {id: $id}) RETURN p.id AS id"

# Shortest chain person - meeting - person ..., through held or planned meetings only: at most 3 meetings, i.e. a
# path of length (relationships) <= 6. Parallel PARTICIPATED_IN relationships (one per source) do not matter.
CONNECTION_PATH = """
MATCH path = SHORTEST 1 (a:Person {id: $a})
             ((:Person)-[:PARTICIPATED_IN]->(:Meeting)<-[:PARTICIPATED_IN]-(:Person)){1,3}
             (b:Person {id: $b})
RETURN [n IN nodes(path) |
        CASE WHEN n:Person THEN {kind: 'person', id: n.id, name: n.name}
             ELSE {kind: 'meeting', id: n.id, date: n.date, meeting_kind: n.kind} END] AS steps
"""
