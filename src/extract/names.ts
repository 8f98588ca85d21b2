import { isCapitalizedWord, isSpaced, type Token } from './tokens.js';

/**
 * Vietnamese person names: 2–4 capitalised syllables, the family name first
 * ("Vũ Đại Thắng", "Vũ Thị Mai Anh").
 */

const FAMILY_NAMES = new Set(
  [
    'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ',
    'Ngô', 'Dương', 'Lý', 'Đinh', 'Đào', 'Trịnh', 'Mai', 'Tạ', 'Cao', 'Lương', 'Lâm', 'Hà', 'Chu',
    'Văn', 'Tô', 'Kiều', 'Trương', 'Đoàn', 'Lưu', 'Thái', 'Triệu', 'Quách', 'Tăng', 'Phùng', 'Đồng',
    'Lại', 'Khổng', 'Hứa', 'Thân', 'Mạc', 'Vương', 'Nông', 'La', 'Lò', 'Giáp', 'Âu', 'Tôn', 'Doãn',
    'Khúc', 'Kim', 'Hầu', 'Lục', 'Từ', 'Diệp', 'Ninh', 'Viên', 'Nghiêm', 'Tiêu', 'Đàm', 'Đường',
    'Tòng', 'Bế', 'Cù', 'Lã', 'Khương', 'Tất', 'Cầm', 'Lường', 'Điểu', 'Thào', 'Giàng', 'Sùng', 'Khuất', 'Tào', 'Bành', 'Nhữ', 'Lữ', 'Phí', 'Uông', 'Vi',
  ].map((name) => name.toLowerCase()),
);
const LONGEST_SYLLABLE = 7;
const BODY_WORDS = new Set(['cục', 'vụ', 'sở', 'ban', 'bộ', 'viện', 'phòng', 'tổng', 'ủy', 'hội', 'học', 'đảng', 'công', 'quân', 'tòa', 'báo', 'đài', 'tập', 'tạp', 'trung', 'bệnh', 'trường', 'kho']);
const MAX_NAME_SYLLABLES = 4;
// "bầu Đoàn Chủ tịch, Đoàn Thư ký": a capitalised syllable that starts a two-syllable word with
// the lowercase one after it is no name's last syllable (a congress's presidium, not "Đoàn Chủ").
const WORDS_SPLIT_BY_CASE = new Set(['chủ tịch', 'thư ký', 'chủ nhiệm', 'thanh niên', 'thường trực', 'thường vụ']);

/** "Nguyễn", "Vũ": a common Vietnamese family name (any case). */
function isFamilyName(word: string): boolean {
  return FAMILY_NAMES.has(word.toLowerCase());
}

/** A capitalised word short enough to be one Vietnamese syllable. */
function isNameSyllable(token: Token | undefined): token is Token {
  return isCapitalizedWord(token) && token.text.length <= LONGEST_SYLLABLE;
}

/** Whether these words read as a full name: 2–4 capitalised syllables, a family name first. */
export function isPersonName(words: readonly string[]): boolean {
  const [first] = words;
  return (
    first !== undefined &&
    words.length >= 2 &&
    words.length <= MAX_NAME_SYLLABLES &&
    isFamilyName(first) &&
    words.every((word) => /^\p{Lu}[\p{Ll}\p{M}]*$/u.test(word) && word.length <= LONGEST_SYLLABLE)
  );
}

export interface NameMatch {
  name: string;
  start: number;
  /** Exclusive token index. */
  end: number;
}

export interface NameOptions {
  /** After "ông", "đồng chí": any capitalised syllables (ethnic-minority names too). */
  familyNameOptional: boolean;
  /** A token where the name must stop because something else (a title) starts there. */
  stopsAt: (index: number) => boolean;
}

/** The person name that starts at token `index`, 2–4 syllables, or null. */
export function readName(tokens: readonly Token[], index: number, options: NameOptions): NameMatch | null {
  const first = tokens[index];
  if (!isNameSyllable(first) || options.stopsAt(index)) return null;
  if (!options.familyNameOptional && !isFamilyName(first.text)) return null;
  // "giữ chức Cục trưởng Cục Thuế": a body's name after its head's title, not a person.
  if (!isFamilyName(first.text) && BODY_WORDS.has(first.lower)) return null;
  // Names of the Central Highlands peoples run longer: "Y Thanh Hà Niê Kđăm".
  const longest = options.familyNameOptional && !isFamilyName(first.text) ? MAX_NAME_SYLLABLES + 1 : MAX_NAME_SYLLABLES;
  let end = index + 1;
  while (end < index + longest && isNameSyllable(tokens[end]) && isSpaced(tokens[end - 1], tokens[end]) && !options.stopsAt(end)) {
    end++;
  }
  if (end - index < 2) return null;
  const last = tokens[end - 1] as Token;
  if (WORDS_SPLIT_BY_CASE.has(`${last.lower} ${tokens[end]?.lower ?? ''}`) && isSpaced(last, tokens[end])) return null;
  return { name: tokens.slice(index, end).map((token) => token.text).join(' '), start: index, end };
}
