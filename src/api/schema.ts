import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { careerResolvers } from './resolvers/careers.js';
import { conflictResolvers } from './resolvers/conflicts.js';
import { correctionResolvers } from './resolvers/corrections.js';
import { duplicateResolvers } from './resolvers/duplicates.js';
import { eventResolvers } from './resolvers/events.js';
import { healthResolvers } from './resolvers/health.js';
import { peopleResolvers } from './resolvers/people.js';
import { queryResolvers } from './resolvers/query.js';
import { DateScalar } from './resolvers/scalars.js';
import { sourceResolvers } from './resolvers/sources.js';

const SCHEMA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema');

/** The SDL of schema/*.graphql, the public contract, in file-name order. */
export function loadTypeDefs(dir = SCHEMA_DIR): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(path.join(dir, file), 'utf8'));
}

export function buildSchema() {
  return makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: [{ Date: DateScalar, Query: queryResolvers }, healthResolvers, peopleResolvers, careerResolvers, conflictResolvers, correctionResolvers, duplicateResolvers, eventResolvers, sourceResolvers],
  });
}
