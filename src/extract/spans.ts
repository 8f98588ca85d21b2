/**
 * Index of the first item whose `start` is at or after `token`, in items sorted by start
 * (binary search: lookups stay logarithmic on any input).
 */
export function firstStartingAtOrAfter(items: readonly { start: number }[], token: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((items[middle] as { start: number }).start < token) low = middle + 1;
    else high = middle;
  }
  return low;
}
