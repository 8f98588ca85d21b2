// findConflicts — contradictions for the correction queue, each with the facts involved:
// two holders of a single-holder post attested on the same day; a reported start after the
// reported end; a tenure attested on or after its body's end; a person attested in a post on or
// after a reported retirement; a tenure attested on or after its own reported end.
// params: $first
// returns: kind, date, personIds, postId, organizationId, factIds (tenures/changes whose evidence applies)
CALL () {
  MATCH (p1:Person)-[:HELD]->(t1:Tenure)-[:OF]->(post:Post {singleHolder: true})<-[:OF]-(t2:Tenure)<-[:HELD]-(p2:Person)
  WHERE p1.id < p2.id
  UNWIND [day IN t1.attestedOn WHERE day IN t2.attestedOn] AS day
  MATCH (post)-[:IN]->(org:Organization)
  RETURN 'TWO_CONFIRMED_HOLDERS' AS kind, day AS date, [p1.id, p2.id] AS personIds, post.id AS postId,
         org.id AS organizationId, [t1.id, t2.id] AS factIds
  UNION ALL
  MATCH (p:Person)-[:HELD]->(t:Tenure)-[:OF]->(post:Post)-[:IN]->(org:Organization)
  WHERE t.startDate IS NOT NULL AND t.endDate IS NOT NULL AND t.startDate >= t.endDate
  RETURN 'START_AFTER_END' AS kind, t.startDate AS date, [p.id] AS personIds, post.id AS postId,
         org.id AS organizationId, [t.id] AS factIds
  UNION ALL
  MATCH (p:Person)-[:HELD]->(t:Tenure)-[:OF]->(post:Post)-[:IN]->(org:Organization)
  WHERE org.endDate IS NOT NULL AND t.lastAttested >= org.endDate
  RETURN 'TENURE_AFTER_ORGANIZATION_END' AS kind, t.lastAttested AS date, [p.id] AS personIds, post.id AS postId,
         org.id AS organizationId, [t.id] AS factIds
  UNION ALL
  MATCH (retirement:Change {kind: 'RETIRED'})-[:OF_PERSON]->(p:Person)-[:HELD]->(t:Tenure)-[:OF]->(post:Post)-[:IN]->(org:Organization)
  WHERE retirement.date IS NOT NULL AND t.lastAttested >= retirement.date
  RETURN 'ATTESTED_AFTER_RETIREMENT' AS kind, t.lastAttested AS date, [p.id] AS personIds, post.id AS postId,
         org.id AS organizationId, [retirement.id, t.id] AS factIds
  UNION ALL
  MATCH (p:Person)-[:HELD]->(t:Tenure)-[:OF]->(post:Post)-[:IN]->(org:Organization)
  WHERE t.endDate IS NOT NULL AND t.lastAttested >= t.endDate
    AND NOT EXISTS { (:Change {kind: 'RETIRED'})-[:OF_PERSON]->(p) }
  RETURN 'ATTESTED_AFTER_END' AS kind, t.lastAttested AS date, [p.id] AS personIds, post.id AS postId,
         org.id AS organizationId, [t.id] AS factIds
}
RETURN kind, date, personIds, postId, organizationId, factIds
ORDER BY date, kind, postId
LIMIT $first
