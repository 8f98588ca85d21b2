// setSameAs — records that the people articles name with `fromId` are the person `toId` (found,
// not an editor's correction: src/ingest/identities.ts).
// params: $links [{fromId, toId}]
// returns: nothing
UNWIND $links AS link
MERGE (same:SameAs {fromId: link.fromId})
SET same.toId = link.toId
