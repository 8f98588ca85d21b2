import { correctedPersonId, type Correction, type SplitPerson } from '../domain/corrections.js';
import { applyTenureCorrections, correctionProperties, readSnapshot } from '../store/corrections.js';
import type { Store, TransactionRunner } from '../store/store.js';
import { articleGraphBuilder, articleOfSource, graphWithSnapshot } from './graph-of-article.js';
import { unifyIdentities } from './identities.js';
import { rereadPeople } from './reread.js';

/** The people whose facts a correction changes. */
function peopleTouched(correction: Correction): string[] {
  switch (correction.kind) {
    case 'MERGE_PEOPLE':
      return [correction.intoId, ...correction.personIds];
    case 'SPLIT_PERSON':
      return [correction.personId];
    case 'REJECT_EVIDENCE':
      return correction.personIds;
    case 'CORRECT_TENURE':
      return [];
  }
}

/** The correction with what only the graph knows filled in, as it is recorded. */
async function completed(run: TransactionRunner, correction: Correction): Promise<Correction> {
  if (correction.kind === 'SPLIT_PERSON') return withNaturalIds(run, correction);
  if (correction.kind === 'REJECT_EVIDENCE') {
    const rows = await run('findPeopleCitingEvidence', { evidenceId: correction.evidenceId });
    return { ...correction, personIds: rows.map((row) => String(row.personId)).sort() };
  }
  return correction;
}

/** A split with the ids its mentions had before the snapshot applied, read from its articles. */
async function withNaturalIds(run: TransactionRunner, split: SplitPerson): Promise<SplitPerson> {
  const naturalIds = new Set<string>();
  for (const source of await run('getSourceTextsByIds', { ids: split.sourceIds })) {
    const { graph } = await graphWithSnapshot(run, articleGraphBuilder(articleOfSource(source)));
    for (const person of graph.people) if (person.id === split.personId) for (const id of person.naturalIds) naturalIds.add(id);
  }
  return { ...split, naturalIds: [...naturalIds].sort() };
}

/**
 * Records a correction and applies it, in one transaction. A tenure's dates are set over what
 * the articles report. Merging, splitting and rejecting a quote change who the articles speak
 * of, so the people touched are removed and every article naming them is read again with all
 * corrections applied (rereadPeople); the people that leaves are then checked for others of
 * their name in a shared body (unifyIdentities), as after an article.
 */
export async function applyCorrection(store: Store, asMade: Correction): Promise<Correction> {
  const { value } = await store.writeTransaction(async (run) => {
    const correction = await completed(run, asMade);
    await run('createCorrection', { correction: correctionProperties(correction) });
    const snapshot = await readSnapshot(run, []);
    if (correction.kind === 'CORRECT_TENURE') {
      await applyTenureCorrections(run, snapshot, [correction.tenureId]);
      return correction;
    }
    if (correction.kind === 'REJECT_EVIDENCE') await run('unlinkRejectedEvidence', { evidenceId: correction.evidenceId });
    const personIds = peopleTouched(correction);
    await rereadPeople(run, personIds);
    const resulting = new Set(personIds.map((id) => correctedPersonId(id, '', snapshot)));
    if (correction.kind === 'SPLIT_PERSON') resulting.add(correction.newPersonId);
    await unifyIdentities(run, [...resulting]);
    return correction;
  });
  return value;
}
