// getSameAs — who the people with these ids (as articles name them) were found to be, for those
// that were found to be someone else.
// params: $ids [string]
// returns: fromId, toId
UNWIND $ids AS id
MATCH (same:SameAs {fromId: id})
RETURN same.fromId AS fromId, same.toId AS toId
