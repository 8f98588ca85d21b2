import { describe, expect, it } from 'vitest';
import { GraphQLEnumType } from 'graphql';
import { buildSchema } from '../../../src/api/schema.js';
import { PARTICIPATION_ROLES } from '../../../src/domain/extraction.js';
import { ROLE_NAMES } from '../../../src/domain/roles.js';

const schema = buildSchema();
const valuesOf = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((value) => value.name);

describe('the GraphQL enums are the domain vocabularies', () => {
  it('Role lists every role of src/domain/roles.ts, in the same order', () => {
    expect(valuesOf('Role')).toEqual(ROLE_NAMES);
  });

  it('ParticipationRole lists every participation role', () => {
    expect(valuesOf('ParticipationRole')).toEqual([...PARTICIPATION_ROLES]);
  });
});
