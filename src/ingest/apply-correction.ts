import { ArticleModel } from '../domain/article.js';
import type { Correction } from '../domain/corrections.js';
import { applyTenureCorrections, correctionProperties, readCorrections } from '../store/corrections.js';
import type { Store, TransactionRunner } from '../store/store.js';
import { writeArticleGraph } from '../store/write-article.js';
import { graphOfArticle } from './ingest-article.js';

/**
 * The correction would remove people whose facts cannot be read again from a stored article
 * (they were written by a version that did not link people to their articles): nothing is
 * changed. Ingesting the articles into an empty database again makes them correctable.
 */
export class CorrectionNotApplicableError extends Error {
  override readonly name = 'CorrectionNotApplicableError';

  constructor(readonly personIds: readonly string[]) {
    super(
      `No stored article is linked to ${personIds.join(', ')}, so their facts could not be read again after the correction; nothing was changed. Ingest the articles into an empty database (the graph was written by an older version) and correct again.`,
    );
  }
}

/** The people whose facts a correction changes (a rejected quote's are found in the graph). */
async function peopleTouched(run: TransactionRunner, correction: Correction): Promise<string[]> {
  switch (correction.kind) {
    case 'MERGE_PEOPLE':
      return [correction.intoId, ...correction.personIds];
    case 'SPLIT_PERSON':
      return [correction.personId];
    case 'REJECT_EVIDENCE':
      return (await run('findPeopleCitingEvidence', { evidenceId: correction.evidenceId })).map((row) => String(row.personId));
    case 'CORRECT_TENURE':
      return [];
  }
}

/**
 * Records a correction and applies it, in one transaction. A tenure's dates are set over what
 * the articles report. Merging, splitting and rejecting a quote change who the articles speak
 * of, so the people touched are removed and every article naming them is read again (from the
 * text kept in its Source) with all corrections applied; writing an article again changes
 * nothing else, since every write merges.
 */
export async function applyCorrection(store: Store, correction: Correction): Promise<void> {
  await store.writeTransaction(async (run) => {
    await run('createCorrection', { correction: correctionProperties(correction) });
    const corrections = await readCorrections(run);
    if (correction.kind === 'CORRECT_TENURE') {
      await applyTenureCorrections(run, corrections, [correction.tenureId]);
      return;
    }
    if (correction.kind === 'REJECT_EVIDENCE') await run('unlinkRejectedEvidence', { evidenceId: correction.evidenceId });
    const personIds = await peopleTouched(run, correction);
    const unreadable = await run('findPeopleNamedNowhere', { personIds });
    if (unreadable.length > 0) throw new CorrectionNotApplicableError(unreadable.map((row) => String(row.personId)));
    const sources = await run('findSourcesNamingPeople', { personIds });
    await run('deletePeople', { personIds });
    for (const source of sources) {
      const { title, url, author, text, publishedOn } = source;
      const article = ArticleModel.parse({ title, url, author, text, date: publishedOn === null ? null : String(publishedOn) });
      await writeArticleGraph(run, graphOfArticle(article, corrections), corrections);
    }
  });
}
