import type { DateIndex, DateSpan } from './dates.js';
import type { Doc } from './doc.js';

/**
 * The day an article's scene is set on, carried to the undated paragraphs after it: "Sáng 25/6,
 * HĐND tỉnh tổ chức Kỳ họp thứ nhất …" then, a paragraph later, "ông A tái đắc cử chức …" (the
 * vote is at that session). Only a paragraph that opens with a day sets a scene; a day written
 * later in a paragraph moves the story in time and ends the scene, except an effective date
 * ("kể từ ngày 1/3/2024" belongs to a decision, not to the scene). A scene that closes an event
 * of several days ("Chiều 18/7, Đại hội … bế mạc sau hai ngày làm việc") dates nothing: what
 * happened during it may have been on another day. No scene, no date: nothing is invented.
 */
export function sceneDates(doc: Doc, dates: DateIndex): (DateSpan | null)[] {
  const scenes: (DateSpan | null)[] = [];
  let scene: DateSpan | null = null;
  for (const paragraph of doc.paragraphs) {
    scenes.push(scene);
    const opening = dates.openingOf(paragraph, doc.tokens);
    if (opening !== null) {
      scene = opening.date.precision === 'DAY' && !spansSeveralDays(doc, paragraph.tokenStart, paragraph.tokenEnd) ? opening : null;
    } else if (dates.within(paragraph.tokenStart, paragraph.tokenEnd).some((date) => date.date.precision === 'DAY' && !isEffective(doc, date))) {
      scene = null;
    }
  }
  return scenes;
}

/** "kể từ ngày 1/4/2022", "từ 1/7": the day a decision takes effect. */
export function isEffective(doc: Doc, date: DateSpan): boolean {
  return doc.tokens[date.start - 1]?.lower === 'từ';
}

// "sau hai ngày làm việc", "trong 3 ngày": how long the event the scene closes lasted.
const DURATION_WORDS = new Set(['sau', 'trong']);
const SEVERAL = new Set(['hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'mấy', 'nhiều']);

function spansSeveralDays(doc: Doc, from: number, to: number): boolean {
  for (let i = from; i + 2 < to; i++) {
    if (!DURATION_WORDS.has(doc.tokens[i]?.lower ?? '') || doc.tokens[i + 2]?.lower !== 'ngày') continue;
    const count = doc.tokens[i + 1];
    if (count?.kind === 'number' ? Number(count.text) >= 2 : SEVERAL.has(count?.lower ?? '')) return true;
  }
  return false;
}
