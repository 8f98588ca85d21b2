import { randomUUID } from 'node:crypto';
import { correctedTenureId, type Correction } from '../../domain/corrections.js';
import { applyCorrection } from '../../ingest/apply-correction.js';
import { PeopleNotRereadableError } from '../../ingest/reread.js';
import { repository } from '../../store/repository.js';
import type { Store } from '../../store/store.js';
import { requireEditor } from '../auth/require-role.js';
import type { ApiContext } from '../context.js';
import { apiError, badInput, notFound } from '../errors.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { pageSize } from '../page-size.js';
import { isRow } from './people.js';

const MAX_NOTE = 2000;

/** Why, in the editor's words: required, so the audit log can say it. */
function noteOf(note: string): string {
  const trimmed = note.trim();
  if (trimmed === '') throw badInput('note', 'say why you make this correction; the audit log shows it');
  if (trimmed.length > MAX_NOTE) throw badInput('note', `expected at most ${MAX_NOTE} characters, got ${trimmed.length}`);
  return trimmed;
}

async function requireIds(store: Store, what: string, ids: readonly string[], find: (store: Store, ids: readonly string[]) => Promise<{ id: string }[]>) {
  const found = new Set((await find(store, ids)).map((row) => row.id));
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) throw notFound(what, missing);
}

/** Who, when and why, for a correction made now by the caller. */
function made(context: ApiContext, note: string) {
  const editor = requireEditor(context);
  return { id: `correction:${randomUUID()}`, at: new Date().toISOString(), by: editor.name, note: noteOf(note) };
}

async function record(context: ApiContext, correction: Correction): Promise<Correction> {
  try {
    const applied = await applyCorrection(context.store, correction);
    // The request's loaders may hold people as they were before the correction.
    for (const loader of Object.values(context.loaders)) loader.clearAll();
    return applied;
  } catch (error) {
    if (error instanceof PeopleNotRereadableError) throw apiError('BAD_USER_INPUT', error.message, { personIds: error.personIds });
    throw error;
  }
}

/** The id a person has now (an id merged away leads to the person it became), or NOT_FOUND. */
async function currentPersonId(id: string, { loaders }: ApiContext): Promise<string> {
  const person = await loaders.personById.load(id);
  if (!person) throw notFound('person', id);
  return person.id;
}

export const correctionResolvers: Resolvers = {
  Mutation: {
    async mergePeople(_, { into, people, note }, context) {
      const base = made(context, note);
      into = await currentPersonId(into, context);
      const others = [...new Set(await Promise.all(people.map((id) => currentPersonId(id, context))))];
      if (others.length === 0) throw badInput('people', 'name at least one person to merge into `into`');
      if (others.includes(into)) throw badInput('people', `"${into}" is \`into\`; list only the people merged into it`);
      await requireIds(context.store, 'person', [into, ...others], repository.peopleByIds);
      return record(context, { ...base, kind: 'MERGE_PEOPLE', intoId: into, personIds: others });
    },

    async splitPerson(_, { person, sources, note }, context) {
      const base = made(context, note);
      const sourceIds = [...new Set(sources)];
      if (sourceIds.length === 0) throw badInput('sources', 'name the articles whose mentions are of another person');
      person = await currentPersonId(person, context);
      await requireIds(context.store, 'person', [person], repository.peopleByIds);
      const naming = new Set(await repository.sourceIdsNamingPerson(context.store, person));
      const stranger = sourceIds.find((id) => !naming.has(id));
      if (stranger !== undefined) throw badInput('sources', `"${stranger}" does not name ${person}; see Person.timeline for its sources`);
      if (sourceIds.length === naming.size) throw badInput('sources', 'these are all the articles that name the person: leave at least one, or merge instead');
      const newPersonId = `${person}--${base.id.slice('correction:'.length, 'correction:'.length + 6)}`;
      return record(context, { ...base, kind: 'SPLIT_PERSON', personId: person, sourceIds, newPersonId, naturalIds: [] });
    },

    async correctTenure(_, { tenure, startDate, endDate, clearStartDate, clearEndDate, note }, context) {
      const base = made(context, note);
      if (startDate && clearStartDate) throw badInput('clearStartDate', 'give a startDate or clear it, not both');
      if (endDate && clearEndDate) throw badInput('clearEndDate', 'give an endDate or clear it, not both');
      if (!startDate && !endDate && !clearStartDate && !clearEndDate) {
        throw badInput('tenure', 'give a startDate or endDate to set, or clearStartDate / clearEndDate');
      }
      const [current] = await repository.tenuresByIds(context.store, [tenure]);
      if (!current) throw notFound('tenure', tenure);
      const start = clearStartDate ? null : (startDate ?? current.startDate);
      const end = clearEndDate ? null : (endDate ?? current.endDate);
      if (start !== null && end !== null && start >= end) {
        throw badInput('endDate', `the end (${end}, the first day not held) must come after the start (${start})`);
      }
      return record(context, {
        ...base,
        kind: 'CORRECT_TENURE',
        tenureId: tenure,
        personId: current.personId,
        postId: current.postId,
        ...(startDate || clearStartDate ? { startDate: startDate ?? null } : {}),
        ...(endDate || clearEndDate ? { endDate: endDate ?? null } : {}),
      });
    },

    async rejectEvidence(_, { evidence, note }, context) {
      const base = made(context, note);
      await requireIds(context.store, 'evidence', [evidence], repository.evidenceByIds);
      return record(context, { ...base, kind: 'REJECT_EVIDENCE', evidenceId: evidence, personIds: [] });
    },
  },

  Query: {
    // Every correction is read (they are few: an editor's work), since a tenure corrected before a
    // merge is now the merged person's.
    auditLog: async (_, { first }, { store }) => {
      const size = pageSize('first', first, 50, 500);
      const snapshot = await repository.snapshot(store, []);
      return snapshot.corrections
        .map((correction) => (correction.kind === 'CORRECT_TENURE' ? { ...correction, currentTenureId: correctedTenureId(correction, snapshot) } : correction))
        .reverse()
        .slice(0, size);
    },
  },

  Correction: {
    async people(correction, _, { loaders }) {
      const ids =
        correction.kind === 'MERGE_PEOPLE' ? [correction.intoId]
        : correction.kind === 'SPLIT_PERSON' ? [correction.personId, correction.newPersonId]
        : correction.kind === 'REJECT_EVIDENCE' ? correction.personIds
        : [];
      return (await loaders.personById.loadMany(ids)).filter(isRow);
    },
    tenure: (correction, _, { loaders }) =>
      correction.kind === 'CORRECT_TENURE' ? loaders.tenureById.load(correction.currentTenureId ?? correction.tenureId) : null,
    startDate: (correction) => (correction.kind === 'CORRECT_TENURE' ? (correction.startDate ?? null) : null),
    endDate: (correction) => (correction.kind === 'CORRECT_TENURE' ? (correction.endDate ?? null) : null),
    clearsStartDate: (correction) => correction.kind === 'CORRECT_TENURE' && correction.startDate === null,
    clearsEndDate: (correction) => correction.kind === 'CORRECT_TENURE' && correction.endDate === null,
    evidence: (correction, _, { loaders }) => (correction.kind === 'REJECT_EVIDENCE' ? loaders.evidenceById.load(correction.evidenceId) : null),
    sources: async (correction, _, { loaders }) =>
      correction.kind === 'SPLIT_PERSON' ? (await loaders.sourceById.loadMany(correction.sourceIds)).filter(isRow) : [],
  },
};
