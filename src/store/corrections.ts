import { correctedSpan, correctedTenureId, personIdsNamedBy, type Correction, type GraphSnapshot } from '../domain/corrections.js';
import { CorrectionRowModel } from './rows.js';
import type { TransactionRunner } from './store.js';

/** Every correction, in the order made, read inside the transaction that applies them. */
export async function readCorrections(run: TransactionRunner): Promise<Correction[]> {
  return (await run('getCorrections', {})).map((row) => CorrectionRowModel.parse(row.correction));
}

/** Who the people with `ids` (as articles name them) were found to be, where any was. */
export async function readSameAs(run: TransactionRunner, ids: readonly string[]): Promise<Map<string, string>> {
  return new Map((await run('getSameAs', { ids })).map((row) => [String(row.fromId), String(row.toId)]));
}

/**
 * What the resolver needs from the graph to resolve mentions of `personIds`: every correction
 * (they are few), and who those people, and the people the corrections name, were found to be.
 * Only those links are read, so the cost does not grow with the graph.
 */
export async function readSnapshot(run: TransactionRunner, personIds: readonly string[]): Promise<GraphSnapshot> {
  const corrections = await readCorrections(run);
  const ids = [...new Set([...personIds, ...personIdsNamedBy(corrections)])];
  return { corrections, sameAs: await readSameAs(run, ids) };
}

/** A correction as stored: `setsStart`/`setsEnd` keep a cleared date apart from one left alone. */
export function correctionProperties(correction: Correction): Record<string, unknown> {
  if (correction.kind !== 'CORRECT_TENURE') return { ...correction };
  const { startDate, endDate, ...rest } = correction;
  return { ...rest, startDate: startDate ?? null, endDate: endDate ?? null, setsStart: startDate !== undefined, setsEnd: endDate !== undefined };
}

/**
 * Puts the editors' start and end dates on the tenures among `tenureIds` that have any,
 * over what the articles report (which the tenure keeps as reportedStart/reportedEnd).
 */
export async function applyTenureCorrections(run: TransactionRunner, snapshot: GraphSnapshot, tenureIds: readonly string[]) {
  const wanted = new Set(tenureIds);
  const byTenure = new Map<string, Correction[]>();
  for (const correction of snapshot.corrections) {
    if (correction.kind !== 'CORRECT_TENURE') continue;
    const id = correctedTenureId(correction, snapshot);
    if (wanted.has(id)) byTenure.set(id, [...(byTenure.get(id) ?? []), correction]);
  }
  if (byTenure.size === 0) return;
  const reported = await run('getReportedTenureSpans', { ids: [...byTenure.keys()] });
  const spans = reported.map((row) => {
    const id = String(row.id);
    const asReported = {
      startDate: row.reportedStart === null ? null : String(row.reportedStart),
      endDate: row.reportedEnd === null ? null : String(row.reportedEnd),
    };
    return { id, ...correctedSpan(asReported, byTenure.get(id)!) };
  });
  await run('setTenureSpans', { spans });
}
