/**
 * The abbreviations Vietnamese official news uses for bodies and roles, and every way a
 * phrase can be written with them: "Ban Chấp hành Trung ương Đảng" is also "BCH TW Đảng".
 */

/** Abbreviation → the words it stands for. */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  TW: 'Trung ương',
  'T.Ư': 'Trung ương',
  'T.W': 'Trung ương',
  TX: 'Thị xã',
  TT: 'Thường trực',
  HĐND: 'Hội đồng nhân dân',
  // Typed without the stroke on Đ, as news often is.
  HDND: 'Hội đồng nhân dân',
  UBND: 'Ủy ban nhân dân',
  TP: 'Thành phố',
  BCH: 'Ban Chấp hành',
  BTV: 'Ban Thường vụ',
  MTTQ: 'Mặt trận Tổ quốc',
  ĐBQH: 'Đại biểu Quốc hội',
  QH: 'Quốc hội',
  UBKT: 'Ủy ban Kiểm tra',
  CHQS: 'Chỉ huy Quân sự',
};

// "T.Ư" is three tokens, as the tokenizer reads it: "t", ".", "ư".
const EXPANSIONS: readonly (readonly [readonly string[], readonly string[]])[] = Object.entries(ABBREVIATIONS).map(
  ([abbreviation, words]) => [abbreviation.toLowerCase().match(/[\p{L}\p{M}]+|[^\s]/gu) ?? [], words.toLowerCase().split(' ')] as const,
);

/**
 * Every spelling of a lowercase phrase, the full words first.
 *
 * @example spellings(['thành', 'phố']) → [['thành', 'phố'], ['tp']]
 * @example spellings(['trung', 'ương']) → [['trung', 'ương'], ['tw'], ['t', '.', 'ư'], ['t', '.', 'w']]
 */
export function spellings(words: readonly string[]): string[][] {
  return spellFrom(words, 0);
}

function spellFrom(words: readonly string[], position: number): string[][] {
  if (position >= words.length) return [[]];
  const results = spellFrom(words, position + 1).map((rest) => [words[position] ?? '', ...rest]);
  for (const [abbreviation, expansion] of EXPANSIONS) {
    if (!expansion.every((word, k) => words[position + k] === word)) continue;
    for (const rest of spellFrom(words, position + expansion.length)) results.push([...abbreviation, ...rest]);
  }
  return results;
}
