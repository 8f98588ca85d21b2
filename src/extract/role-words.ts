import { phraseSet } from './lexicon.js';
import type { NameMatch } from './names.js';
import { isCapitalizedWord, type Token } from './tokens.js';

/**
 * Names anchored by a role word the title grammar may not read in full: "Tổng Thư ký Quốc hội
 * Bùi Văn Cường", "Chủ nhiệm Ủy ban Xã hội Nguyễn Thị Hà", "Thường trực Ban Bí thư Lê Văn A".
 * A full name (family name first) that closes a run of words starting with a role word, in the
 * same clause, is a person even when the words between are no title the grammar knows.
 */

const ROLE_WORDS = phraseSet([
  'chủ tịch', 'bí thư', 'tổng bí thư', 'thường trực ban bí thư', 'ủy viên', 'trưởng ban', 'phó ban', 'trưởng đoàn',
  'giám đốc', 'tổng giám đốc', 'chủ nhiệm', 'bộ trưởng', 'thứ trưởng', 'thủ tướng', 'tổng thư ký', 'thư ký', 'trợ lý',
  'thống đốc', 'tư lệnh', 'chính ủy', 'chánh án', 'viện trưởng', 'tổng kiểm toán', 'chánh văn phòng', 'chánh thanh tra',
  'cục trưởng', 'vụ trưởng', 'tổng cục trưởng', 'hiệu trưởng', 'tổng biên tập', 'tham mưu trưởng', 'tổng tham mưu trưởng',
  'chỉ huy trưởng', 'người phát ngôn', 'đại biểu quốc hội', 'đbqh',
]);
// Punctuation that ends the words a role word may reach over ("Ủy ban Khoa học, Công nghệ và
// Môi trường" keeps its comma).
const BREAKS = new Set(['.', ';', ':', '(', ')', '!', '?', '"', '“', '”', '\n']);
const MAX_ROLE_REACH = 12;
const COUNTRY = 'Việt Nam';

/** Whether a known place (or the country) is the 1–3 words ending right before token `end`. */
function placeEndsAt(tokens: readonly Token[], end: number, knownPlaces: ReadonlySet<string>): boolean {
  const words: string[] = [];
  for (let k = end - 1; k >= Math.max(0, end - 3) && isCapitalizedWord(tokens[k]); k--) {
    words.unshift((tokens[k] as Token).text);
    const place = words.join(' ');
    if (place === COUNTRY || knownPlaces.has(place)) return true;
  }
  return false;
}

/**
 * Whether a role word starts at most a dozen words before the name, in the same clause. The name
 * must close the run of capitalised words, and open it unless a place ends right before it
 * ("Ngân hàng Nhà nước Việt Nam Nguyễn Văn A"): in "Hội đồng Dân tộc Y Thanh Hà Niê Kđăm" the
 * name starts before the family name read.
 */
export function followsRoleWord(tokens: readonly Token[], name: NameMatch, knownPlaces: ReadonlySet<string>): boolean {
  if (isCapitalizedWord(tokens[name.end])) return false;
  if (isCapitalizedWord(tokens[name.start - 1]) && !placeEndsAt(tokens, name.start, knownPlaces)) return false;
  for (let k = name.start - 1; k >= Math.max(0, name.start - MAX_ROLE_REACH); k--) {
    const token = tokens[k] as Token;
    if (BREAKS.has(token.text)) return false;
    const role = ROLE_WORDS.match(tokens, k);
    if (role !== null && role.end <= name.start) return true;
  }
  return false;
}

/** Whether a role word, maybe after "nguyên" and "Phó", starts at token `index`: "Phó Giám đốc …", "trưởng phòng …". */
export function startsWithRoleWord(tokens: readonly Token[], index: number): boolean {
  let k = index;
  if (tokens[k]?.lower === 'nguyên') k++;
  if (tokens[k]?.lower === 'phó') k++;
  return ROLE_WORDS.match(tokens, k) !== null || tokens[k]?.lower === 'trưởng';
}
