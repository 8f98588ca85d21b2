// getEvidenceByIds — quotes by id, with their source's id.
// params: $ids [string]
// returns: id, quote, start, end, sourceId
UNWIND $ids AS id
MATCH (ev:Evidence {id: id})-[:FROM]->(s:Source)
RETURN ev.id AS id, ev.quote AS quote, ev.start AS start, ev.end AS end, s.id AS sourceId
