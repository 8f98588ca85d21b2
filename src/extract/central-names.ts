import { CENTRAL_BODIES, type CentralBody } from '../domain/central-bodies.js';
import type { BodyRef } from '../domain/extraction.js';
import { centralBody } from './body-refs.js';
import { Lexicon } from './lexicon.js';

/**
 * The central bodies' table (src/domain/central-bodies.ts) as lexicon phrases: every name and
 * variant tokenised as the tokenizer reads text ("Bộ GD-ĐT" → "bộ gd - đt"), with the
 * punctuation between words loose, as news writes it ("Văn hóa, Thể thao và Du lịch", "Văn hóa -
 * Thể thao và Du lịch", "Văn hóa Thể thao và Du lịch"), and "và" also written "-" or "&"
 * ("Bộ Giáo dục - Đào tạo", "Sở Thông tin & Truyền thông").
 */

/** The body a table row stands for. */
export function centralBodyRef(body: CentralBody): BodyRef {
  return centralBody(body.kind, body.vi, body.en);
}

const TOKEN = /[\p{L}\p{M}]+|\p{Nd}+|[^\s]/gu;
const LOOSE = new Set([',', '-', '–']);
// Each loose mark may be written as any of these, or left out.
const LOOSE_FORMS = [',', '-', ''];
// "và" between two fields may be written as a hyphen or an ampersand, never left out.
const AND_FORMS = ['và', '-', '&'];
const MAX_LOOSE = 3;

/** Lowercase phrases for one written name, its loose punctuation in every form. */
export function phrasesOf(name: string): string[] {
  const words = name.toLowerCase().match(TOKEN) ?? [];
  let phrases: string[][] = [[]];
  let loose = 0;
  for (const word of words) {
    if (LOOSE.has(word) && loose++ < MAX_LOOSE) {
      phrases = phrases.flatMap((phrase) => LOOSE_FORMS.map((form) => (form === '' ? phrase : [...phrase, form])));
    } else if (word === 'và' && loose++ < MAX_LOOSE) {
      phrases = phrases.flatMap((phrase) => AND_FORMS.map((form) => [...phrase, form]));
    } else phrases = phrases.map((phrase) => [...phrase, word]);
  }
  return phrases.map((phrase) => phrase.join(' '));
}

/** Every phrase naming a central body, with its row: for a body grammar's lexicon. */
export function centralBodyPhrases(): (readonly [string, CentralBody])[] {
  return CENTRAL_BODIES.flatMap((body) => [body.vi, ...(body.variants ?? [])].flatMap((name) => phrasesOf(name).map((phrase) => [phrase, body] as const)));
}

/** A ministry by its field alone, as written after "Bộ trưởng"/"Thứ trưởng": "Quốc phòng", "Công an". */
export const MINISTRY_FIELDS = new Lexicon<CentralBody>(
  CENTRAL_BODIES.flatMap((body) => (body.field === undefined ? [] : phrasesOf(body.field).map((phrase) => [phrase, body] as const))),
);
