import type { ExtractedRecord, ExtractedResolved } from './gold-record.js';

function describeResolved(resolved: ExtractedResolved): string {
  return `${resolved.status === 'former' ? 'former ' : ''}${resolved.role}, ${resolved.org ?? '(body unknown)'}`;
}

function section(title: string, count: number, lines: readonly string[]): string[] {
  return [`  ${title}: ${count === 0 ? 'none' : count}`, ...lines];
}

/**
 * What `officials extract` prints for one file without --json: the people with their titles as
 * written and as understood, the events with who chaired and attended, the changes of post.
 *
 * @example
 * formatRecord(record)
 * // 'seed/a.txt (2020-09-27)\n'
 * // + '  People: 1\n'
 * // + '    Nguyễn Xuân Ký\n'
 * // + '      Bí thư Tỉnh ủy\n'
 * // + '      = Bí thư, Tỉnh ủy Quảng Ninh\n'
 * // …
 */
export function formatRecord(record: ExtractedRecord): string {
  const people = record.mentions.flatMap((mention) => [
    `    ${mention.person}`,
    ...mention.titles.map((title) => `      ${title}`),
    ...mention.resolved.map((resolved) => `      = ${describeResolved(resolved)}`),
  ]);
  const events = record.events.flatMap((event) => [
    `    ${event.date ?? event.date_text ?? 'undated'}: ${event.name}`,
    ...(event.chaired_by.length > 0 ? [`      chaired by: ${event.chaired_by.join(', ')}`] : []),
    ...(event.attended_by.length > 0 ? [`      attended by: ${event.attended_by.join(', ')}`] : []),
  ]);
  const changes = record.changes.map((change) => {
    const post = change.role === null ? '(post unknown)' : `${change.role}, ${change.org ?? '(body unknown)'}`;
    const from = change.from_role === undefined ? '' : ` (from ${change.from_role}, ${change.from_org ?? '(body unknown)'})`;
    const when = change.date === null ? '' : ` on ${change.date}`;
    return `    ${change.person} ${change.modality === 'proposed' ? 'to be ' : ''}${change.kind}: ${post}${from}${when}`;
  });
  const lines = [
    `${record.file} (${record.date})`,
    ...section('People', record.mentions.length, people),
    ...section('Events', record.events.length, events),
    ...section('Changes', record.changes.length, changes),
  ];
  return `${lines.join('\n')}\n`;
}
