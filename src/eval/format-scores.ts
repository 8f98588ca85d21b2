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
  const all = [[...HEADER], ...rows];
  const widths = HEADER.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  const lines = all.map((row) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  '),
  );
  return `${lines.join('\n')}\n`;
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

/** What `officials eval` prints: details with --verbose, then how many files, then the table. */
export function formatEvalReport(score: EvalScore, verbose: boolean): string {
  const count = score.files.length;
  const summary = `Scored ${count} ${count === 1 ? 'file' : 'files'} (counts summed over files, micro-averaged):\n`;
  return `${verbose ? `${formatDetails(score.files)}\n` : ''}${summary}${formatScoreTable(score.totals)}`;
}
