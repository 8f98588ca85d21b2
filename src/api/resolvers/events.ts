import type { Resolvers } from '../generated/resolvers-types.js';
import { evidenceOf, isRow, required } from './people.js';
import { connectionOf } from '../connection.js';

export const eventResolvers: Resolvers = {
  Event: {
    period: (event) => (event.periodFrom && event.periodTo ? { from: event.periodFrom, to: event.periodTo } : null),
    convenedBy: (event, _, { loaders }) => (event.convenedById ? loaders.organizationById.load(event.convenedById) : null),
    participants: (event, _, { loaders }) => loaders.participationsByEventId.load(event.id),
    evidence: (event, _, { loaders }) => evidenceOf(event.id, loaders),
  },
  Participation: {
    person: async (participation, _, { loaders }) => required(await loaders.personById.load(participation.personId), participation.personId),
    event: async (participation, _, { loaders }) => required(await loaders.eventById.load(participation.eventId), participation.eventId),
    roles: (participation) => participation.roles as never,
    evidence: async (participation, _, { loaders }) =>
      (await loaders.evidenceById.loadMany(participation.evidenceIds)).filter(isRow),
  },
  EventConnection: {
    edges: ({ events, offset, totalCount }) => connectionOf(events, offset, totalCount).edges,
    pageInfo: ({ events, offset, totalCount }) => connectionOf(events, offset, totalCount).pageInfo,
  },
};
