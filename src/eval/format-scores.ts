import { CATEGORIES, type CategoryScore, type EvalScore, type FileScore } from './score.js';

const HEADER = ['category', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1'] as const;

/** A rate with two decimals; "-" when it is undefined (nothing to divide by). */
export function formatRate(rate: number | null): string {
  return rate === null ? '-' : rate.toFixed(2);
}

/**
 * The score table `officials eval` prints, one row per category, numbers right-aligned.
 *
 * @example
 * formatScoreTable([{ category: 'persons', tp: 2, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 }])
 * // 'category  TP  FP  FN  precision  recall    F1\n'
 * // + 'persons    2   0   0       1.00    1.00  1.00\n'
 */
export function formatScoreTable(totals: readonly CategoryScore[]): string {
  const rows = totals.map((score) => [
    score.category,
    String(score.tp),
    String(score.fp),
    String(score.fn),
    formatRate(score.precision),
    formatRate(score.recall),
    formatRate(score.f1),
  ]);
  return alignColumns([[...HEADER], ...rows]);
}

/** Rows as lines: the first column left-aligned, the others right-aligned, two spaces apart. */
export function alignColumns(rows: readonly (readonly string[])[]): string {
  const columns = Math.max(...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const lines = rows.map((row) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ').trimEnd(),
  );
  return `${lines.join('\n')}\n`;
}

/**
 * One row per file, one column per category, each cell `TP/FP/FN` ("-" when the file has
 * nothing of that category on either side), so that the files that lose the most stand out.
 *
 * @example
 * formatFileTable(files)
 * // 'file     persons  person-titles  person-roles  events  participants  changes\n'
 * // + '001.txt    5/0/0          9/1/2         8/2/3   1/0/0         2/0/1    1/0/0\n'
 */
export function formatFileTable(files: readonly FileScore[]): string {
  const rows = files.map((file) => [
    file.file,
    ...CATEGORIES.map((category) => {
      const { tp, fp, fn } = file.categories[category];
      return tp + fp + fn === 0 ? '-' : `${tp}/${fp}/${fn}`;
    }),
  ]);
  return alignColumns([['file', ...CATEGORIES], ...rows]);
}

/**
 * Every miss and false hit, by file (files with neither are left out):
 *
 * ```
 * 003.txt
 *   persons: miss Vũ Văn Diện
 *   changes: false hit Vũ Văn Diện | appointed | Bí thư | Thành ủy Hạ Long
 * ```
 */
export function formatDetails(files: readonly FileScore[]): string {
  const blocks: string[] = [];
  for (const file of files) {
    const lines: string[] = [];
    for (const category of CATEGORIES) {
      const result = file.categories[category];
      for (const miss of result.misses) lines.push(`  ${category}: miss ${miss}`);
      for (const hit of result.falseHits) lines.push(`  ${category}: false hit ${hit}`);
    }
    if (lines.length > 0) blocks.push(`${file.file}\n${lines.join('\n')}\n`);
  }
  return blocks.length === 0 ? 'No misses and no false hits.\n' : blocks.join('\n');
}

/** What `officials eval` prints besides the totals. */
export interface EvalReportOptions {
  /** Every miss and false hit, by file (--verbose). */
  verbose: boolean;
  /** TP/FP/FN per file and category (--by-file). */
  byFile: boolean;
}

/**
 * What `officials eval` prints: details with --verbose, the per-file table with --by-file, then
 * how many files and the totals.
 */
export function formatEvalReport(score: EvalScore, options: EvalReportOptions): string {
  const count = score.files.length;
  const summary = `Scored ${count} ${count === 1 ? 'file' : 'files'} (counts summed over files, micro-averaged):\n`;
  const details = options.verbose ? `${formatDetails(score.files)}\n` : '';
  const perFile = options.byFile ? `TP/FP/FN per file:\n${formatFileTable(score.files)}\n` : '';
  return `${details}${perFile}${summary}${formatScoreTable(score.totals)}`;
}
