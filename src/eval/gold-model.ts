import { z } from 'zod';

/**
 * The gold annotation format (one JSON object per article file, JSON Lines), which is also
 * what `officials extract --json` prints. Only the fields `officials eval` compares are
 * checked; every other field the annotators use (`note`, `verb`, `aliases`, `implied`, …) is
 * allowed and kept.
 */

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const name = z.string().trim().min(1, 'expected a non-empty name');

/** The kinds of change, as the gold writes them. */
export const GOLD_CHANGE_KINDS = ['elected', 're-elected', 'appointed', 'transferred', 'relieved', 'resigned', 'retired', 'dismissed'] as const;
export type GoldChangeKind = (typeof GOLD_CHANGE_KINDS)[number];

export const GoldResolvedModel = z.looseObject({
  role: z.string().trim().min(1, 'expected a role such as "Bí thư"'),
  org: z.string().nullable(),
  role_en: z.string().nullish(),
  org_en: z.string().nullish(),
  status: z.string().optional(),
});

export const GoldMentionModel = z.looseObject({
  person: name,
  titles: z.array(z.string()),
  resolved: z.array(GoldResolvedModel),
});

export const GoldEventModel = z.looseObject({
  name: z.string(),
  date: isoDay.nullable(),
  chaired_by: z.array(name),
  attended_by: z.array(name),
});

export const GoldChangeModel = z.looseObject({
  person: name,
  kind: z.enum(GOLD_CHANGE_KINDS, { error: `expected one of ${GOLD_CHANGE_KINDS.join(', ')}` }),
  role: z.string().nullable(),
  org: z.string().nullable(),
  date: isoDay.nullable(),
  modality: z.literal('proposed').optional(),
});

export const GoldRecordModel = z.looseObject({
  file: z.string().trim().min(1, 'expected the article file name, relative to the corpus directory'),
  date: z.union([isoDay, z.literal('unknown')], { error: 'expected a date as YYYY-MM-DD, or "unknown"' }).nullish(),
  mentions: z.array(GoldMentionModel),
  events: z.array(GoldEventModel),
  changes: z.array(GoldChangeModel),
});

export type GoldResolved = z.infer<typeof GoldResolvedModel>;
export type GoldMention = z.infer<typeof GoldMentionModel>;
export type GoldEvent = z.infer<typeof GoldEventModel>;
export type GoldChange = z.infer<typeof GoldChangeModel>;
export type GoldRecord = z.infer<typeof GoldRecordModel>;

/** A gold file that cannot be used: every bad line is named. Exit code 2, like other usage errors. */
export class GoldFormatError extends Error {
  override readonly name = 'GoldFormatError';
  readonly exitCode = 2;

  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(`${source} is not valid gold (one JSON object per line, see the corpus README):\n  ${problems.join('\n  ')}`);
  }
}

/** At most this many problems are listed; a wholly wrong file would otherwise flood the terminal. */
const MAX_PROBLEMS = 20;

/**
 * The records of a gold JSON Lines text, in order; blank lines are skipped.
 *
 * @throws GoldFormatError listing each bad line by number and field:
 *   `line 3: changes[0].kind: expected one of elected, re-elected, …`.
 * @example parseGoldLines('{"file":"a.txt","mentions":[],"events":[],"changes":[]}\n', 'gold.jsonl')[0].file === 'a.txt'
 */
export function parseGoldLines(text: string, source: string): GoldRecord[] {
  const records: GoldRecord[] = [];
  const problems: string[] = [];
  const lineOfFile = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((line, index) => {
    const number = index + 1;
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push(`line ${number}: not valid JSON (${(error as Error).message})`);
      return;
    }
    const result = GoldRecordModel.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`line ${number}: ${describePath(issue.path)}${issue.message}`);
      return;
    }
    const first = lineOfFile.get(result.data.file);
    if (first !== undefined) {
      problems.push(`line ${number}: file ${JSON.stringify(result.data.file)} is already annotated on line ${first}: keep one line per file`);
      return;
    }
    lineOfFile.set(result.data.file, number);
    records.push(result.data);
  });
  if (problems.length > MAX_PROBLEMS) {
    const more = problems.length - MAX_PROBLEMS;
    problems.splice(MAX_PROBLEMS, more, `… and ${more} more`);
  }
  if (problems.length > 0) throw new GoldFormatError(source, problems);
  if (records.length === 0) throw new GoldFormatError(source, ['no records: expected one JSON object per line']);
  return records;
}

/** `["changes", 0, "kind"]` → `"changes[0].kind: "`. */
function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '';
  const text = path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
  return `${text}: `;
}
