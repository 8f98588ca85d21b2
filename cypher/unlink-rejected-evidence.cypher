// unlinkRejectedEvidence — a rejected quote no longer supports events or organization ends; an
// event left without a quote is removed, and an organization's end is the earliest day the
// quotes left report (none left: no end date).
// params: $evidenceId string
// returns: nothing
MATCH (ev:Evidence {id: $evidenceId})
CALL (ev) {
  OPTIONAL MATCH (event:Event)-[link:EVIDENCED_BY]->(ev)
  DELETE link
  WITH event WHERE event IS NOT NULL AND NOT (event)-[:EVIDENCED_BY]->()
  DETACH DELETE event
}
CALL (ev) {
  OPTIONAL MATCH (org:Organization)-[link:END_EVIDENCED_BY]->(ev)
  DELETE link
  WITH org WHERE org IS NOT NULL
  OPTIONAL MATCH (org)-[other:END_EVIDENCED_BY]->()
  WITH org, min(other.endDate) AS endDate
  SET org.endDate = endDate
}
