import type { Role } from '../domain/roles.js';
import { roleName, roleNamed } from '../eval/role-names.js';
import type { Asked } from '../eval/score-answers.js';
import type { CareerQuestion, EventQuestion, HoldersQuestion, Question, SuccessionQuestion } from '../eval/question-model.js';
import { findOrganization, findPerson } from './answer-lookups.js';
import { GraphQLAnswerError, type GraphRequest } from './graph-client.js';

/**
 * Asks the answers benchmark's questions through the GraphQL API, as a user would: bodies and
 * people found by name with `search`, then `holders`, a person's `tenures`, the body's `events`
 * on the day with their participants, and a single-holder post's `history`. No Cypher here.
 */

const HOLDERS = `query Holders($organization: ID!, $role: Role!, $on: Date!, $minCertainty: Certainty!) {
  holders(organization: $organization, role: $role, on: $on, minCertainty: $minCertainty) {
    certainty
    reason
    person { id name }
  }
}`;

const EVENTS = `query Events($organization: ID, $from: Date!, $to: Date!) {
  events(organization: $organization, from: $from, to: $to, first: 100) {
    edges { node { id name date convenedBy { name } participants { person { name } roles } } }
  }
}`;

const POSTS = `query Posts($id: ID!) {
  organization(id: $id) {
    posts { id name role singleHolder history { person { id name } startDate firstAttested } }
  }
}`;

interface HoldingRow {
  certainty: string;
  reason: string;
  person: { id: string; name: string };
}

interface EventNode {
  id: string;
  name: string;
  date: string | null;
  convenedBy: { name: string } | null;
  participants: Array<{ person: { name: string }; roles: string[] }>;
}

interface PostRow {
  id: string;
  name: string;
  role: Role;
  singleHolder: boolean;
  history: Array<{ person: { id: string; name: string }; startDate: string | null; firstAttested: string | null }>;
}

const CHAIR_ROLES = new Set(['CHAIRED', 'CO_CHAIRED']);

const notAsked = (notes: string[]): Asked => ({ answer: null, notes });

function roleOrNote(name: string): { role: Role } | { notes: string[] } {
  const role = roleNamed(name);
  return role === null ? { notes: [`the API's Role vocabulary has no role named ${JSON.stringify(name)}`] } : { role };
}

const holdingLine = (holding: HoldingRow) => `${holding.person.name} ${holding.certainty} (${holding.reason})`;

async function askHolders(request: GraphRequest, question: HoldersQuestion): Promise<Asked> {
  const organization = await findOrganization(request, question.organization);
  const role = roleOrNote(question.role);
  if (organization.found === null || 'notes' in role) return notAsked([...organization.notes, ...('notes' in role ? role.notes : [])]);
  const variables = { organization: organization.found.id, role: role.role, on: question.on };
  const { holders } = await request<{ holders: HoldingRow[] }>(HOLDERS, { ...variables, minCertainty: question.min_certainty });
  // Every holding of the day, however sure: why the answer is what it is.
  const { holders: all } = await request<{ holders: HoldingRow[] }>(HOLDERS, { ...variables, minCertainty: 'POSSIBLE' });
  const notes = [...organization.notes, `${organization.found.id} ${role.role} on ${question.on}: ${all.length === 0 ? 'no holding at any certainty' : all.map(holdingLine).join('; ')}`];
  return { answer: { kind: 'holders', people: holders.map((holding) => holding.person.name) }, notes };
}

async function askCareer(request: GraphRequest, question: CareerQuestion, sourceIds: ReadonlySet<string>): Promise<Asked> {
  const { found: person, notes } = await findPerson(request, question.person, sourceIds);
  if (person === null) return notAsked(notes);
  const posts = person.tenures.map((tenure) => ({ role: roleName(tenure.post.role), organization: tenure.post.organization.name }));
  return { answer: { kind: 'career', posts }, notes: [`${person.id}`, ...notes] };
}

const eventLine = (event: EventNode) => `${event.id} (${event.name}, convened by ${event.convenedBy?.name ?? 'no body'})`;

/** The events dated `date` (to the day), of one body or of any. */
async function eventsOn(request: GraphRequest, organization: string | null, date: string): Promise<EventNode[]> {
  const { events } = await request<{ events: { edges: Array<{ node: EventNode }> } }>(EVENTS, { organization, from: date, to: date });
  return events.edges.map((edge) => edge.node).filter((event) => event.date === date);
}

async function askEvent(request: GraphRequest, question: EventQuestion): Promise<Asked> {
  const organization = await findOrganization(request, question.organization);
  const ofBody = organization.found === null ? [] : await eventsOn(request, organization.found.id, question.date);
  if (ofBody.length === 0) {
    // Not answered; what the graph holds that day says whether the meeting or its body is missing.
    const thatDay = await eventsOn(request, null, question.date);
    const none = organization.found === null ? [] : [`no event of ${organization.found.id} dated ${question.date}`];
    return notAsked([...organization.notes, ...none, `events on ${question.date}: ${thatDay.length === 0 ? 'none' : thatDay.map(eventLine).join('; ')}`]);
  }
  // Several meetings of the body that day (a plenary and a closed sitting) answer together.
  const participants = ofBody.flatMap((event) => event.participants);
  const chairedBy = participants.filter((p) => p.roles.some((role) => CHAIR_ROLES.has(role))).map((p) => p.person.name);
  const attendedBy = participants.map((p) => p.person.name).filter((name) => !chairedBy.includes(name));
  return { answer: { kind: 'event', chairedBy, attendedBy }, notes: [...organization.notes, ...ofBody.map(eventLine)] };
}

async function askSuccession(request: GraphRequest, question: SuccessionQuestion): Promise<Asked> {
  const organization = await findOrganization(request, question.organization);
  const role = roleOrNote(question.role);
  if (organization.found === null || 'notes' in role) return notAsked([...organization.notes, ...('notes' in role ? role.notes : [])]);
  const { organization: found } = await request<{ organization: { posts: PostRow[] } }>(POSTS, { id: organization.found.id });
  const post = found.posts.find((candidate) => candidate.role === role.role);
  if (!post) {
    return notAsked([...organization.notes, `${organization.found.id} has no ${role.role} post; its posts: ${found.posts.map((p) => p.role).join(', ') || 'none'}`]);
  }
  const history = post.history.map((tenure) => `${tenure.person.name} (start ${tenure.startDate ?? '?'}, first attested ${tenure.firstAttested ?? '?'})`);
  return { answer: { kind: 'succession', order: post.history.map((tenure) => tenure.person.name) }, notes: [...organization.notes, `${post.id}: ${history.join(' → ')}`] };
}

/**
 * Puts one question to the API. `sourceIds` are the ids of the sources the question rests on
 * (to tell namesakes apart). An error the API answers with is the answer's note, not a failure
 * of the run.
 */
export async function askQuestion(request: GraphRequest, question: Question, sourceIds: ReadonlySet<string>): Promise<Asked> {
  try {
    switch (question.kind) {
      case 'holders':
        return await askHolders(request, question);
      case 'career':
        return await askCareer(request, question, sourceIds);
      case 'event':
        return await askEvent(request, question);
      case 'succession':
        return await askSuccession(request, question);
    }
  } catch (error) {
    if (error instanceof GraphQLAnswerError) return notAsked([`the API answered with an error: ${error.message}`]);
    throw error;
  }
}
