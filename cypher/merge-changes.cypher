// mergeChanges — reported elections, appointments, transfers and departures:
// (change)-[:OF_PERSON]->(person), -[:TO_POST]->(post) (taken up or left), -[:FROM_POST]->(post)
// (a transfer's previous post), EVIDENCED_BY their quotes. Run after mergePeople and mergePosts.
// params: $changes [{id, kind, personId, postId, fromPostId, date, dateText, evidenceIds}]
// returns: nothing
UNWIND $changes AS c
MATCH (person:Person {id: c.personId})
MERGE (change:Change {id: c.id})
  ON CREATE SET change.kind = c.kind, change.dateText = c.dateText,
                change.date = CASE WHEN c.date IS NULL THEN null ELSE date(c.date) END
MERGE (change)-[:OF_PERSON]->(person)
FOREACH (id IN CASE WHEN c.postId IS NULL THEN [] ELSE [c.postId] END |
  MERGE (post:Post {id: id})
  MERGE (change)-[:TO_POST]->(post))
FOREACH (id IN CASE WHEN c.fromPostId IS NULL THEN [] ELSE [c.fromPostId] END |
  MERGE (post:Post {id: id})
  MERGE (change)-[:FROM_POST]->(post))
WITH change, c
UNWIND c.evidenceIds AS evidenceId
MATCH (ev:Evidence {id: evidenceId})
MERGE (change)-[:EVIDENCED_BY]->(ev)
