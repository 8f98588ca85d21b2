// mergePeople — people by id; a new spelling of a known person's name becomes an alias.
// params: $people [{id, name, nameFolded}]
// returns: nothing
UNWIND $people AS p
MERGE (person:Person {id: p.id})
  ON CREATE SET person.name = p.name, person.nameFolded = p.nameFolded, person.aliases = []
WITH person, p
WHERE person.name <> p.name AND NOT p.name IN person.aliases
SET person.aliases = person.aliases + p.name
