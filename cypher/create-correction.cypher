// createCorrection — records an editor's correction: who, when, why and what.
// params: $correction {id, kind, at (ISO date-time, UTC), by, note, personIds?, intoId?, personId?,
//         sourceIds?, newPersonId?, tenureId?, startDate?, endDate?, setsStart?, setsEnd?, evidenceId?}
// returns: nothing
CREATE (c:Correction)
SET c = $correction
