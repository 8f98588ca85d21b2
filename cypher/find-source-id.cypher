// findSourceId — whether an article (by its content hash) is in the graph already.
// params: $id
// returns: id (string)
MATCH (s:Source {id: $id})
RETURN s.id AS id
