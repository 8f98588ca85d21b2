import { alignColumns } from './format-scores.js';
import type { AnswersReport, KindTally, Verdict } from './score-answers.js';

/** A share as a percentage with one decimal; "-" for none of none. */
function percent(right: number, total: number): string {
  return total === 0 ? '-' : `${((100 * right) / total).toFixed(1)}%`;
}

/**
 * The table `officials eval-answers` prints: per kind and overall, the questions answered
 * exactly, of how many.
 *
 * @example
 * formatAnswersTable([{ kind: 'holders', right: 24, total: 46 }, { kind: 'overall', right: 24, total: 46 }])
 * // 'kind     right  total      %\n'
 * // + 'holders     24     46  52.2%\n'
 * // + 'overall     24     46  52.2%\n'
 */
export function formatAnswersTable(totals: readonly KindTally[]): string {
  const rows = totals.map((tally) => [tally.kind, String(tally.right), String(tally.total), percent(tally.right, tally.total)]);
  return alignColumns([['kind', 'right', 'total', '%'], ...rows]);
}

const list = (items: readonly string[]) => (items.length === 0 ? '(nobody, nothing)' : items.join('; '));

/** One wrong answer: the question, what was expected and what came back, the files it rests on. */
export function formatWrongAnswer(verdict: Verdict): string {
  const lines = [
    `${verdict.id} ${verdict.kind}: ${verdict.asks}`,
    `  expected: ${list(verdict.expected)}`,
    `  got:      ${verdict.got === null ? '(not answered)' : list(verdict.got)}`,
  ];
  if (verdict.got !== null && verdict.missing.length > 0) lines.push(`  missing:  ${verdict.missing.join('; ')}`);
  if (verdict.extra.length > 0) lines.push(`  extra:    ${verdict.extra.join('; ')}`);
  if (verdict.got !== null && verdict.missing.length + verdict.extra.length === 0) lines.push('  (the right people in the wrong order)');
  lines.push(`  files:    ${verdict.files.join(', ')}`);
  for (const note of verdict.notes) lines.push(`  note:     ${note}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The report as text: under `verbose` every wrong answer first, then the table.
 */
export function formatAnswersReport(report: AnswersReport, { verbose }: { verbose: boolean }): string {
  const wrong = report.verdicts.filter((verdict) => !verdict.right);
  const details = verbose && wrong.length > 0 ? `${wrong.length} wrong answers:\n\n${wrong.map(formatWrongAnswer).join('\n')}\n` : '';
  return `${details}Answered exactly:\n${formatAnswersTable(report.totals)}`;
}

/** The report as JSON: the table, and every wrong answer with its expectation, answer, files and notes. */
export function answersReportJson(report: AnswersReport): { totals: KindTally[]; wrong: Verdict[] } {
  return { totals: report.totals, wrong: report.verdicts.filter((verdict) => !verdict.right) };
}
