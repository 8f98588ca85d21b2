// mergeEvents — meetings, conferences, congresses, sessions, CONVENED_BY their body and
// EVIDENCED_BY their quotes. When reports differ, the earliest exact day wins and an exact day
// wins over a month or quarter, whatever order they arrive in; of the ways that day (or no day)
// is written, the first in text order. Run after mergeOrganizations
// and mergeSource.
// params: $events [{id, kind, name, nameFolded, ordinal, date, dateText, periodFrom, periodTo,
//                   term, termStart, termEnd, convenedById, evidenceIds}]
// returns: nothing
UNWIND $events AS e
MERGE (event:Event {id: e.id})
  ON CREATE SET event.kind = e.kind, event.name = e.name, event.nameFolded = e.nameFolded,
                event.ordinal = e.ordinal, event.dateKnown = e.date IS NOT NULL,
                event.date = CASE WHEN e.date IS NULL THEN null ELSE date(e.date) END,
                event.dateText = e.dateText,
                event.periodFrom = CASE WHEN e.periodFrom IS NULL THEN null ELSE date(e.periodFrom) END,
                event.periodTo = CASE WHEN e.periodTo IS NULL THEN null ELSE date(e.periodTo) END,
                event.term = e.term, event.termStart = e.termStart, event.termEnd = e.termEnd
  ON MATCH SET event += CASE
    WHEN e.date IS NOT NULL AND (event.date IS NULL OR date(e.date) < event.date)
      THEN {date: date(e.date), dateKnown: true, dateText: e.dateText, periodFrom: date(e.date), periodTo: date(e.date)}
    WHEN e.dateText IS NOT NULL AND (event.dateText IS NULL OR e.dateText < event.dateText)
         AND CASE WHEN e.date IS NULL THEN event.date IS NULL ELSE event.date = date(e.date) END
      THEN {dateText: e.dateText}
    ELSE {}
  END
FOREACH (bodyId IN CASE WHEN e.convenedById IS NULL THEN [] ELSE [e.convenedById] END |
  MERGE (body:Organization {id: bodyId})
  MERGE (event)-[:CONVENED_BY]->(body))
WITH event, e
UNWIND e.evidenceIds AS evidenceId
MATCH (ev:Evidence {id: evidenceId})
MERGE (event)-[:EVIDENCED_BY]->(ev)
