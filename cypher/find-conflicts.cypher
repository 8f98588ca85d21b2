// findConflicts — contradictions for the correction queue, each with the quotes of the
// contradicting facts only (not every quote of the tenures involved):
// - TWO_CONFIRMED_HOLDERS: two holders of a single-holder post attested on the same day; the
//   quotes of each tenure from the sources published that day;
// - START_AFTER_END: a reported start on or after the reported end; the quotes of the changes
//   that report that start and that end;
// - TENURE_AFTER_ORGANIZATION_END: a tenure attested on or after its body's end; the quote
//   reporting the end and the tenure's quotes published on or after it;
// - ATTESTED_AFTER_RETIREMENT: a person attested in a post on or after a reported retirement;
//   the retirement's quotes and the tenure's quotes published on or after it;
// - ATTESTED_AFTER_END: a tenure attested on or after its own reported end; the quotes of the
//   change reporting the end and the tenure's quotes published on or after it.
// params: $first
// returns: kind, date, personIds, postId, organizationId, evidenceIds (sources in date order)
CALL () {
  MATCH (p1:Person)-[:HELD]->(t1:Tenure)-[:OF]->(post:Post {singleHolder: true})<-[:OF]-(t2:Tenure)<-[:HELD]-(p2:Person)
  WHERE p1.id < p2.id
  UNWIND [day IN t1.attestedOn WHERE day IN t2.attestedOn] AS day
  MATCH (post)-[:IN]->(org:Organization)
  RETURN 'TWO_CONFIRMED_HOLDERS' AS kind, day AS date, [p1.id, p2.id] AS personIds, post.id AS postId,
         org.id AS organizationId,
         COLLECT { UNWIND [t1, t2] AS t MATCH (t)-[:EVIDENCED_BY]->(ev:Evidence)-[:FROM]->(s:Source) WHERE s.publishedOn = day RETURN ev } AS evidence
  UNION ALL
  MATCH (p:Person)-[:HELD]->(t:Tenure)-[:OF]->(post:Post)-[:IN]->(org:Organization)
  WHERE t.startDate IS NOT NULL AND t.endDate IS NOT NULL AND t.startDate >= t.endDate
  RETURN 'START_AFTER_END' AS kind, t.startDate AS date, [p.id] AS personIds, post.id AS postId,
         org.id AS organizationId,
         COLLECT {
           MATCH (p)<-[:OF_PERSON]-(c:Change)-[:TO_POST]->(post)
           WHERE (c.kind IN ['ELECTED', 'APPOINTED', 'TRANSFERRED'] AND c.date = t.startDate)
              OR (c.kind IN ['RETIRED', 'RESIGNED', 'RELIEVED', 'DISMISSED'] AND c.date = t.endDate)
           MATCH (c)-[:EVIDENCED_BY]->(ev:Evidence) RETURN ev
           UNION
           MATCH (p)<-[:OF_PERSON]-(c:Change {kind: 'TRANSFERRED'})-[:FROM_POST]->(post)
           WHERE c.date = t.endDate
           MATCH (c)-[:EVIDENCED_BY]->(ev:Evidence) RETURN ev
         } AS evidence
  UNION ALL
  MATCH (p:Person)-[:HELD]->(t:Tenure)-[:OF]->(post:Post)-[:IN]->(org:Organization)
  WHERE org.endDate IS NOT NULL AND t.lastAttested >= org.endDate
  RETURN 'TENURE_AFTER_ORGANIZATION_END' AS kind, t.lastAttested AS date, [p.id] AS personIds, post.id AS postId,
         org.id AS organizationId,
         COLLECT {
           MATCH (org)-[:END_EVIDENCED_BY]->(ev:Evidence) RETURN ev
           UNION
           MATCH (t)-[:EVIDENCED_BY]->(ev:Evidence)-[:FROM]->(s:Source) WHERE s.publishedOn >= org.endDate RETURN ev
         } AS evidence
  UNION ALL
  MATCH (retirement:Change {kind: 'RETIRED'})-[:OF_PERSON]->(p:Person)-[:HELD]->(t:Tenure)-[:OF]->(post:Post)-[:IN]->(org:Organization)
  WHERE retirement.date IS NOT NULL AND t.lastAttested >= retirement.date
  RETURN 'ATTESTED_AFTER_RETIREMENT' AS kind, t.lastAttested AS date, [p.id] AS personIds, post.id AS postId,
         org.id AS organizationId,
         COLLECT {
           MATCH (retirement)-[:EVIDENCED_BY]->(ev:Evidence) RETURN ev
           UNION
           MATCH (t)-[:EVIDENCED_BY]->(ev:Evidence)-[:FROM]->(s:Source) WHERE s.publishedOn >= retirement.date RETURN ev
         } AS evidence
  UNION ALL
  MATCH (p:Person)-[:HELD]->(t:Tenure)-[:OF]->(post:Post)-[:IN]->(org:Organization)
  WHERE t.endDate IS NOT NULL AND t.lastAttested >= t.endDate
    AND NOT EXISTS { (:Change {kind: 'RETIRED'})-[:OF_PERSON]->(p) }
  RETURN 'ATTESTED_AFTER_END' AS kind, t.lastAttested AS date, [p.id] AS personIds, post.id AS postId,
         org.id AS organizationId,
         COLLECT {
           MATCH (p)<-[:OF_PERSON]-(c:Change)-[:TO_POST]->(post)
           WHERE c.kind IN ['RETIRED', 'RESIGNED', 'RELIEVED', 'DISMISSED'] AND c.date = t.endDate
           MATCH (c)-[:EVIDENCED_BY]->(ev:Evidence) RETURN ev
           UNION
           MATCH (p)<-[:OF_PERSON]-(c:Change {kind: 'TRANSFERRED'})-[:FROM_POST]->(post)
           WHERE c.date = t.endDate
           MATCH (c)-[:EVIDENCED_BY]->(ev:Evidence) RETURN ev
           UNION
           MATCH (t)-[:EVIDENCED_BY]->(ev:Evidence)-[:FROM]->(s:Source) WHERE s.publishedOn >= t.endDate RETURN ev
         } AS evidence
}
CALL (evidence) {
  UNWIND evidence AS ev
  MATCH (ev)-[:FROM]->(s:Source)
  WITH DISTINCT ev, s
  ORDER BY s.publishedOn, s.id, ev.start
  RETURN collect(ev.id) AS evidenceIds
}
RETURN kind, date, personIds, postId, organizationId, evidenceIds
ORDER BY date, kind, postId
LIMIT $first
