// getSameAs — the people found to be one: the id an article's mention has → the person's id.
// params: none
// returns: fromId, toId
MATCH (same:SameAs)
RETURN same.fromId AS fromId, same.toId AS toId
