import type { ArticleContext, ChangeMention, Extraction } from '../domain/extraction.js';
import { articlePeriod } from './article-period.js';
import { placeTitleChains } from './chain-places.js';
import { findChanges } from './changes.js';
import { findAreaContext } from './context.js';
import { DateIndex, findDates, type ArticleTime } from './dates.js';
import { readDoc } from './doc.js';
import { findEvents } from './events.js';
import { findBodyEnds, findGovernmentEnds } from './government-ends.js';
import { addHeadlineTitles } from './headline-titles.js';
import { addPlaceListTitles } from './place-lists.js';
import { addDashSharedTitles } from './shared-titles.js';
import { ContextMap } from './local-context.js';
import { addParticipants } from './participation.js';
import { findPersons, principalsOf } from './persons.js';
import { addPredecessorPosts } from './predecessors.js';
import { linkTitles } from './title-links.js';
import { findTitles } from './titles.js';

/** The article's publication date: its ISO form and the year and month that complete dates. */
export type ArticleDate = ArticleTime & { iso: string };

/**
 * The extraction steps in order: article scope and tokens, the article's places, dates,
 * titles, people, events and who took part, changes, posts of replaced people, government
 * ends. May throw on a bug;
 * `extract` is the safe entry point.
 */
export function runExtraction(body: string, date: ArticleDate | null, url: string | null = null): Extraction {
  const doc = readDoc(body);
  const areas = findAreaContext(doc.tokens, url, date?.iso ?? null);
  const context: ArticleContext = { province: areas.province, city: areas.city, date: date?.iso ?? null };
  const found = findDates(doc, date);
  const period = date === null ? articlePeriod(doc, found) : null;
  if (period !== null) context.period = period;
  const written = new DateIndex(found);
  const titles = findTitles(doc, ContextMap.of(doc, areas));
  placeTitleChains(doc, titles);
  const persons = findPersons(doc, titles, areas.known);
  addDashSharedTitles(doc, persons);
  addPlaceListTitles(doc, persons, areas);
  const links = linkTitles(doc, persons, titles);
  const events = findEvents(doc, areas, written, date === null);
  // "Sáng 23-6, tại kỳ họp thứ nhất HĐND TP khóa XVI, nhiệm kỳ 2021-2026, …" in an undated
  // article: the day of the first session dates what the article tells of it too.
  const dates = written.with(events.flatMap((event) => (event.termDay ? [event.termDay] : [])));
  const changes = findChanges(doc, persons, titles, links, dates);
  addParticipants(doc, persons, events, electedIn(changes));
  addHeadlineTitles(doc, persons, titles, changes);
  // After the changes: a replaced person's implied post is no change of theirs.
  addPredecessorPosts(doc, persons);
  return {
    context,
    persons: [...persons.map((person) => person.mention), ...principalsOf(doc, titles)],
    events: events.map((event) => event.event),
    changes,
    governmentEnds: findGovernmentEnds(doc, areas, dates),
    bodyEnds: findBodyEnds(doc, areas, dates),
  };
}

/** Who the article says was elected or re-elected: the subjects of its meeting. */
function electedIn(changes: readonly ChangeMention[]): Set<string> {
  return new Set(changes.filter((change) => change.kind === 'ELECTED' || change.kind === 'RE_ELECTED').map((change) => change.person));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** "2025-04-03" (a longer ISO timestamp too) → the date; anything else → null. */
export function parseArticleDate(value: unknown): ArticleDate | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value);
  if (match === null) return null;
  const [iso, year, month, day] = [match[0], Number(match[1]), Number(match[2]), Number(match[3])];
  const parsed = new Date(Date.UTC(year, month - 1, day));
  if (parsed.getUTCFullYear() !== year || parsed.getUTCMonth() !== month - 1 || parsed.getUTCDate() !== day) return null;
  return { year, month, iso };
}
