// findDuplicateCandidates — people who could be one person written two ways are compared in
// blocks of the same family name (first folded syllable) and number of syllables.
// params: none
// returns: people [{id, name}] (one block, two or more people)
MATCH (p:Person)
WITH p, split(p.nameFolded, ' ') AS words
WITH words[0] AS family, size(words) AS syllables, p ORDER BY p.id
WITH family, syllables, collect(p {.id, .name}) AS people
WHERE size(people) > 1
RETURN people
ORDER BY family, syllables
