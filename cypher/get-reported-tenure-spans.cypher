// getReportedTenureSpans — the start and end the articles report for tenures, before corrections.
// params: $ids [string]
// returns: id, reportedStart, reportedEnd
UNWIND $ids AS id
MATCH (t:Tenure {id: id})
RETURN t.id AS id, t.reportedStart AS reportedStart, t.reportedEnd AS reportedEnd
