// searchNames — people, bodies and posts whose folded name matches a Lucene query, best first.
// params: $query (Lucene syntax over folded names), $first
// returns: kind (Person | Organization | Post), id, score
CALL db.index.fulltext.queryNodes('name_folded', $query) YIELD node, score
RETURN CASE WHEN node:Person THEN 'Person' WHEN node:Organization THEN 'Organization' ELSE 'Post' END AS kind,
       node.id AS id, score
ORDER BY score DESC, size(node.nameFolded), node.id
LIMIT $first
