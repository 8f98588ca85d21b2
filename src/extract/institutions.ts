import type { BodyRef } from '../domain/extraction.js';
import { centralBody, unitBody } from './body-refs.js';
import { readUnit } from './bodies.js';
import type { AreaContext } from './context.js';
import { toAscii } from './english.js';
import { Lexicon } from './lexicon.js';
import { isPersonName } from './names.js';
import { isCapitalizedWord, type Token } from './tokens.js';

/**
 * Public institutions named by a kind word and their own words: "Bệnh viện Bạch Mai", "Trường
 * Đại học Sư phạm Hà Nội", "Đài Phát thanh và Truyền hình tỉnh" (the article's province), "Báo
 * Bắc Ninh", "Hội Người cao tuổi Việt Nam". Their heads (Giám đốc, Hiệu trưởng, Tổng Biên tập,
 * Chủ tịch) are titles of that body.
 */

const KIND_WORDS = new Lexicon<readonly [string, string]>([
  ['bệnh viện', ['Bệnh viện', 'Hospital']],
  ['trường', ['Trường', 'School']],
  ['trường đại học', ['Trường Đại học', 'University']],
  ['trường cao đẳng', ['Trường Cao đẳng', 'College']],
  ['trường trung cấp', ['Trường Trung cấp', 'Vocational School']],
  ['bệnh viện đa khoa', ['Bệnh viện Đa khoa', 'General Hospital']],
  ['đại học', ['Đại học', 'University']],
  ['học viện', ['Học viện', 'Academy']],
  ['viện', ['Viện', 'Institute']],
  ['trung tâm', ['Trung tâm', 'Centre']],
  ['đài', ['Đài', 'Station']],
  ['báo', ['Báo', 'Newspaper']],
  ['tạp chí', ['Tạp chí', 'Review']],
  ['hội', ['Hội', 'Association']],
  ['quỹ', ['Quỹ', 'Fund']],
  ['thông tấn xã', ['Thông tấn xã', 'News Agency']],
]);

// Words that end a name written without a comma: the sentence goes on ("… Bạch Mai cho biết").
const NAME_ENDS = new Set([
  'được', 'làm', 'giữ', 'là', 'về', 'thay', 'nay', 'đã', 'sẽ', 'kiêm', 'sang', 'từ', 'thuộc', 'tại', 'cho', 'trong', 'đến',
  'vừa', 'nhận', 'phụ', 'với', 'khi', 'cũng', 'cùng', 'phát', 'dự', 'chủ', 'trình', 'báo', 'nghỉ', 'đọc', 'trao', 'có',
]);
const MAX_NAME_WORDS = 10;

/** The institution named at token `index` and the token after it, or null. */
export function readInstitution(tokens: readonly Token[], index: number, context: AreaContext): { body: BodyRef; end: number } | null {
  // "Hiệu trưởng trường Trung cấp Luật …": the kind word may be lowercase before a capitalised name.
  const found = KIND_WORDS.match(tokens, index);
  const kind = found !== null && (isCapitalizedWord(tokens[index]) || isCapitalizedWord(tokens[found.end])) ? found : null;
  // "Hội đồng …" is a council, never an association.
  if (kind === null || (tokens[index]?.lower === 'hội' && tokens[kind.end]?.lower === 'đồng')) return null;
  const [prefix, prefixEn] = kind.value;
  const words: string[] = [];
  for (let k = kind.end; k < kind.end + MAX_NAME_WORDS; k++) {
    const token = tokens[k];
    // "Đài Phát thanh và Truyền hình tỉnh": the name ends with the unit it serves.
    const unit = readUnit(tokens, k, context);
    if (unit !== null && unit.unit.area !== null) {
      const name = [prefix, ...words].join(' ');
      return { body: unitBody('STATE_BODY', name, [toAscii(words.join(' ')), prefixEn].join(' ').trim(), unit.unit), end: unit.end };
    }
    if (token === undefined || (token.kind !== 'word' && token.text !== '-') || NAME_ENDS.has(token.lower)) break;
    words.push(token.text);
  }
  trimName(words);
  if (words.length === 0 || !isCapitalizedName(words[0] as string)) return null;
  const name = words.join(' ');
  return { body: centralBody('STATE_BODY', `${prefix} ${name}`, `${toAscii(name)} ${prefixEn}`), end: kind.end + words.length };
}

/**
 * Cuts the words read after a body's kind word back to its name: a name of several capitalised
 * words ends with one ("Bạch Mai", "Sư phạm Hà Nội"; lowercase words after it are the sentence's,
 * while "Công nghệ thông tin" is one capitalised name), and a person's full name that closes the
 * run of capitals is the holder named after the title ("Bệnh viện Bạch Mai Đào Xuân Cơ").
 */
export function trimName(words: string[]): void {
  if (words.filter(isCapitalizedName).length >= 2) {
    while (words.length > 0 && !isCapitalizedName(words.at(-1) as string)) words.pop();
  }
  let run = 0;
  while (run < words.length && isCapitalizedName(words[words.length - 1 - run] as string)) run++;
  for (const length of PERSON_NAME_LENGTHS) {
    if (run > length && isPersonName(words.slice(-length))) {
      words.splice(words.length - length, length);
      return;
    }
  }
}
// Most full names are three syllables, then four; a two-syllable tail is too often part of the name ("… Văn hóa Y Ngọc Hà Êban").
const PERSON_NAME_LENGTHS = [3, 4];

function isCapitalizedName(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() || /^\p{Nd}/u.test(word);
}
