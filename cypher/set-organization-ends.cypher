// setOrganizationEnds — the day a body stopped operating, END_EVIDENCED_BY the quote that
// reports it (the link keeps the day that quote gives); the earliest reported day wins. Run
// after mergeOrganizations and mergeSource.
// params: $ends [{organizationId, endDate, evidenceId}]
// returns: nothing
UNWIND $ends AS e
MATCH (org:Organization {id: e.organizationId})
MATCH (ev:Evidence {id: e.evidenceId})
MERGE (org)-[link:END_EVIDENCED_BY]->(ev)
SET link.endDate = date(e.endDate)
SET org.endDate = CASE WHEN org.endDate IS NULL OR date(e.endDate) < org.endDate THEN date(e.endDate) ELSE org.endDate END
