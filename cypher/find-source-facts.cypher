// findSourceFacts — what an article's reading left in the graph, before it is read again: the
// people it names (NAMED_IN), the posts they hold or change (which may be left without any),
// and the people with a tenure or change resting on its quotes whom it does not name (a graph
// written by a version that did not link people to articles: those facts cannot be traced, so
// the article is not read again).
// params: $sourceId
// returns: personIds [string], postIds [string], untraceable [string]
MATCH (s:Source {id: $sourceId})
CALL (s) {
  OPTIONAL MATCH (p:Person)-[:NAMED_IN]->(s)
  RETURN collect(DISTINCT p.id) AS personIds
}
CALL (s, personIds) {
  UNWIND personIds AS personId
  MATCH (p:Person {id: personId})
  CALL (p) {
    MATCH (p)-[:HELD]->(:Tenure)-[:OF]->(post:Post) RETURN post
    UNION
    MATCH (p)<-[:OF_PERSON]-(:Change)-[:TO_POST|FROM_POST]->(post:Post) RETURN post
  }
  RETURN collect(DISTINCT post.id) AS postIds
}
CALL (s) {
  OPTIONAL MATCH (s)<-[:FROM]-(:Evidence)<-[:EVIDENCED_BY]-(fact)
  WHERE fact:Tenure OR fact:Change
  OPTIONAL MATCH (holder:Person)-[:HELD]->(fact)
  OPTIONAL MATCH (fact)-[:OF_PERSON]->(subject:Person)
  WITH coalesce(holder, subject) AS person
  WHERE person IS NOT NULL AND NOT (person)-[:NAMED_IN]->(s)
  RETURN collect(DISTINCT person.id) AS untraceable
}
RETURN personIds, postIds, untraceable
