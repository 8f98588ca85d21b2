// findPeopleNamedNowhere — those of the people no stored article names (NAMED_IN): their facts
// could not be read again, e.g. people written by a version that did not link them to sources.
// params: $personIds [string]
// returns: personId
MATCH (p:Person)
WHERE p.id IN $personIds AND NOT (p)-[:NAMED_IN]->(:Source)
RETURN p.id AS personId
