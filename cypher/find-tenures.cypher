// findTenures — the tenures reached from any of their entry points (by id, by person, by post,
// or the posts with any of `roles` in a body: the candidates for `holders`), with what certainty is
// judged from (dates, attestations, the end of the post's body), in one round trip, and whether
// the body exists (certainty on a date is judged by the caller). Always exactly one row.
// params: $tenureIds [string], $personIds [string], $postIds [string] (each possibly empty),
//         $organizationId, $roles (null and [], or both given)
// returns: organizationFound (false when $organizationId is null),
//          tenures [{id, personId, postId, postRole, startDate, endDate, attestedOn, firstAttested, lastAttested,
//                    formerOn, namedCurrent, precedes [tenure ids an article says came after it],
//                    sources [{publishedOn, periodFrom, periodTo} of the articles quoted for it, to order a post's history], bodyEndDate, rivals [{startDate, endDate, attestedOn, formerOn, firstAttested, lastAttested}], terms, termYears, termEvents [{term, congress, date, endYear}]}]
//          ordered by the holder's name, then tenure id
// Each branch starts from an index seek, so an empty list or a null id costs nothing; UNION
// drops a tenure reached twice.
CALL () {
  UNWIND $tenureIds AS tenureId
  MATCH (t:Tenure {id: tenureId})
  RETURN t
  UNION
  UNWIND $personIds AS personId
  MATCH (:Person {id: personId})-[:HELD]->(t:Tenure)
  RETURN t
  UNION
  UNWIND $postIds AS postId
  MATCH (:Post {id: postId})<-[:OF]-(t:Tenure)
  RETURN t
  UNION
  // From the body to its few posts. `rolePost` has no label on purpose: with one, the planner
  // also seeks every post with that role in the country (the Post(role) index) and joins.
  MATCH (:Organization {id: $organizationId})<-[:IN]-(rolePost)<-[:OF]-(t:Tenure)
  WHERE rolePost.role IN $roles
  RETURN t
}
MATCH (person:Person)-[:HELD]->(t)-[:OF]->(post:Post)-[:IN]->(org:Organization)
// For a single-holder post: what is known of the other people's tenures of it; who held it on a
// day is judged from them all (domain/rival-holders.ts).
CALL (t, post) {
  OPTIONAL MATCH (post)<-[:OF]-(other:Tenure)
  WHERE post.singleHolder AND other <> t
  RETURN collect(other {.startDate, .endDate, .attestedOn, formerOn: coalesce(other.formerOn, []), .firstAttested, .lastAttested}) AS rivals
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
WITH t, person, post, org, rivals, termEvents
ORDER BY person.name, t.id
// collect keeps the order of its rows; with no grouping key it makes one row even of no tenure.
WITH collect({
       id: t.id, personId: person.id, postId: post.id, postRole: post.role, startDate: t.startDate, endDate: t.endDate,
       attestedOn: t.attestedOn, formerOn: coalesce(t.formerOn, []), namedCurrent: coalesce(t.namedCurrent, true), precedes: [(t)-[:PRECEDED]->(later:Tenure) | later.id],
       sources: [(t)-[:EVIDENCED_BY]->(:Evidence)-[:FROM]->(s:Source) WHERE s.publishedOn IS NOT NULL OR s.periodFrom IS NOT NULL | s {.publishedOn, .periodFrom, .periodTo}],
       firstAttested: t.firstAttested, lastAttested: t.lastAttested,
       bodyEndDate: org.endDate, rivals: rivals, terms: coalesce(t.terms, []),
       termYears: coalesce(t.termYears, []), termEvents: termEvents
     }) AS tenures
RETURN EXISTS { MATCH (:Organization {id: $organizationId}) } AS organizationFound, tenures
