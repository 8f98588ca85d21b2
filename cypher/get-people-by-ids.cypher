// getPeopleByIds — people by id, in no particular order (the loader re-orders).
// params: $ids [string]
// returns: id, name, aliases
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases
