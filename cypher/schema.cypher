// schema — constraints and indexes, applied at start-up; every statement is idempotent.
// One uniqueness constraint on `id` per label of the graph model (DESIGN.md), and a full-text
// index over folded names (lowercase, no diacritics, đ→d) for diacritic-insensitive search, and
// range indexes for the events timeline, posts by role and changes by date.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT area_id IF NOT EXISTS FOR (n:Area) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT post_id IF NOT EXISTS FOR (n:Post) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT tenure_id IF NOT EXISTS FOR (n:Tenure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (n:Correction) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT same_as_from IF NOT EXISTS FOR (n:SameAs) REQUIRE n.fromId IS UNIQUE;
CREATE FULLTEXT INDEX name_folded IF NOT EXISTS
FOR (n:Person|Organization|Post) ON EACH [n.nameFolded]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
CREATE INDEX event_period_from IF NOT EXISTS FOR (e:Event) ON (e.periodFrom);
CREATE INDEX post_role IF NOT EXISTS FOR (p:Post) ON (p.role);
CREATE INDEX change_date IF NOT EXISTS FOR (c:Change) ON (c.date);
