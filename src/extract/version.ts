/**
 * The version of the extractor, stored with every source it reads (`Source.extraction.version`).
 * Bump it whenever what `extract` finds in some article changes (a new rule, a fixed pattern, a
 * vocabulary entry): `officials reprocess` then reads again, from the text each source keeps,
 * every source an older version read, and ingesting a stored article again re-reads it too.
 * Version 1 is every source stored before versions were recorded (no version on the Source).
 */
export const EXTRACTOR_VERSION = 5;
