// Names repeat within and across articles ("Quảng Ninh", "Tỉnh ủy"): each is converted once.
const MAX_CACHED = 10_000;
const cache = new Map<string, string>();

/**
 * A Vietnamese name in plain ASCII letters, case kept, for English names.
 *
 * @example toAscii('Hạ Long') === 'Ha Long'
 */
export function toAscii(text: string): string {
  let ascii = cache.get(text);
  if (ascii === undefined) {
    ascii = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(text, ascii);
  }
  return ascii;
}
