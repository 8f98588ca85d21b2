// setTenureSpans — a tenure's start and end as corrected by an editor (null: none).
// params: $spans [{id, startDate, endDate}]
// returns: nothing
UNWIND $spans AS s
MATCH (t:Tenure {id: s.id})
SET t.startDate = CASE WHEN s.startDate IS NULL THEN null ELSE date(s.startDate) END,
    t.endDate = CASE WHEN s.endDate IS NULL THEN null ELSE date(s.endDate) END,
    t.startKnown = s.startDate IS NOT NULL,
    t.endKnown = s.endDate IS NOT NULL
