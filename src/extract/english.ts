/**
 * A Vietnamese name in plain ASCII letters, case kept, for English names.
 *
 * @example toAscii('Hạ Long') === 'Ha Long'
 */
export function toAscii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}
