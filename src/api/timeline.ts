import type { ChangeRow, TenureRow } from '../store/rows.js';
import type { TimelineEntryModel } from './models.js';

/**
 * A career in date order: tenures dated by their reported start or first attestation, changes
 * by their date; undated entries last; on the same day a change comes before the tenure it
 * opens. The order does not depend on the order of the inputs.
 */
export function careerTimeline(tenures: readonly TenureRow[], changes: readonly ChangeRow[]): TimelineEntryModel[] {
  const entries: Array<TimelineEntryModel & { key: string }> = [
    ...changes.map((change) => ({ date: change.date, tenure: null, change, key: `0${change.id}` })),
    ...tenures.map((tenure) => ({ date: tenure.startDate ?? tenure.firstAttested, tenure, change: null, key: `1${tenure.id}` })),
  ];
  entries.sort((a, b) => {
    if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1;
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  });
  return entries.map(({ date, tenure, change }) => ({ date, tenure, change }));
}
