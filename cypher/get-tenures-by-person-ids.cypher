// getTenuresByPersonIds — every tenure of each person, with what certainty is judged from
// (dates, attestations, the end of the post's body).
// params: $ids [string]
// returns: the tenure columns (see getTenuresByPostIds)
UNWIND $ids AS personId
MATCH (person:Person {id: personId})-[:HELD]->(t:Tenure)-[:OF]->(post:Post)-[:IN]->(org:Organization)
// For a single-holder post: the first day another person is known in it after t began.
CALL (t, post) {
  OPTIONAL MATCH (post)<-[:OF]-(other:Tenure)
  WHERE post.singleHolder AND other <> t
    AND coalesce(other.startDate, other.firstAttested) > coalesce(t.startDate, t.firstAttested)
  RETURN min(coalesce(other.startDate, other.firstAttested)) AS successorFrom
}
// For a tenure attested under a term (khóa): what is known of its body's terms, from the events
// the body convened and, for a Party committee, from those of its Party organization (the
// congress of "Đảng bộ tỉnh X" elects "Tỉnh ủy X"); the bound is computed in domain/term-bound.ts.
CALL (t, org) {
  OPTIONAL MATCH (org)-[:FOR_AREA]->(:Area)<-[:FOR_AREA]-(party:Organization {kind: 'PARTY_ORGANIZATION', level: org.level})
  WHERE coalesce(t.terms, []) <> [] AND org.kind = 'PARTY_COMMITTEE' AND NOT org.name STARTS WITH 'Đảng ủy Khối'
    AND party.name STARTS WITH 'Đảng bộ '
  WITH t, org, collect(party) AS parties
  UNWIND CASE WHEN coalesce(t.terms, []) = [] THEN [] ELSE [org] + parties END AS body
  MATCH (body)<-[:CONVENED_BY]-(e:Event)
  WHERE e.term IS NOT NULL OR e.kind = 'CONGRESS'
  WITH e.term AS term, CASE WHEN e.kind = 'CONGRESS' THEN e.ordinal END AS congress, min(e.date) AS date, max(e.termEnd) AS endYear
  RETURN collect(CASE WHEN term IS NULL AND congress IS NULL THEN null
                      ELSE {term: term, congress: congress, date: date, endYear: endYear} END) AS termEvents
}
RETURN t.id AS id, person.id AS personId, post.id AS postId, t.startDate AS startDate, t.endDate AS endDate,
       t.attestedOn AS attestedOn, t.firstAttested AS firstAttested, t.lastAttested AS lastAttested,
       org.endDate AS bodyEndDate, successorFrom, coalesce(t.terms, []) AS terms, coalesce(t.termYears, []) AS termYears,
       termEvents
