// unlinkSourceEvidence — removes an article's quotes before it is read again, but those an
// editor's correction names (a rejected quote stays, as the audit log shows it): events left
// without any quote go, and the bodies whose reported end rested on them take the earliest
// day the quotes left report (none left: no end date). Tenures, changes and participations
// go with the people the article names (deletePeople), which are read again after this.
// params: $sourceId
// returns: nothing
MATCH (:Source {id: $sourceId})<-[:FROM]-(ev:Evidence)
WHERE NOT EXISTS { MATCH (c:Correction) WHERE c.evidenceId = ev.id }
OPTIONAL MATCH (event:Event)-[:EVIDENCED_BY]->(ev)
OPTIONAL MATCH (org:Organization)-[:END_EVIDENCED_BY]->(ev)
WITH collect(DISTINCT ev) AS quotes, collect(DISTINCT event) AS events, collect(DISTINCT org) AS bodies
FOREACH (quote IN quotes | DETACH DELETE quote)
WITH events, bodies
CALL (events) {
  UNWIND events AS event
  WITH event WHERE NOT (event)-[:EVIDENCED_BY]->()
  DETACH DELETE event
}
CALL (bodies) {
  UNWIND bodies AS org
  OPTIONAL MATCH (org)-[other:END_EVIDENCED_BY]->()
  WITH org, min(other.endDate) AS endDate
  SET org.endDate = endDate
}
