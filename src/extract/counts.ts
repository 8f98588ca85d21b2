import type { Token } from './tokens.js';

/**
 * Whether the role at token `roleStart` is counted, and so may stand for several people: "ba Phó
 * Chủ tịch", "các phó bí thư", "6 Phó Chủ tịch", "ba người được bầu giữ chức Phó Bí thư",
 * "đội ngũ Thứ trưởng".
 */
export function isCounted(tokens: readonly Token[], roleStart: number): boolean {
  if (tokens[roleStart - 2]?.lower === 'đội' && tokens[roleStart - 1]?.lower === 'ngũ') return true;
  for (let k = roleStart - 1; k >= Math.max(0, roleStart - MAX_COUNT_REACH); k--) {
    const token = tokens[k] as Token;
    // "ba người … giữ chức <role>": after a count, fillers start with the people counted.
    if (token.kind === 'number' || COUNTS.has(token.lower)) return k === roleStart - 1 || COUNTED_NOUNS.has(tokens[k + 1]?.lower ?? '');
    if (!COUNT_FILLERS.has(token.lower)) return false;
  }
  return false;
}

const COUNTS = new Set(['hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'các', 'những']);
// Words between a count and its role: "ba người được tín nhiệm bầu giữ chức <role>".
const COUNT_FILLERS = new Set([
  'người', 'vị', 'đồng', 'chí', 'được', 'tín', 'nhiệm', 'bầu', 'giữ', 'chức', 'vụ', 'danh', 'làm', 'vào', 'bổ', 'chỉ', 'định',
  'tân', 'mới', 'cử',
]);
const COUNTED_NOUNS = new Set(['người', 'vị', 'đồng', 'tân']);
const MAX_COUNT_REACH = 8;
