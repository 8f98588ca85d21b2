import { badInput } from './errors.js';

/** How many items a list argument (`first`) asks for: `fallback` when not given, refused outside 0…`max`. */
export function pageSize(argument: string, value: number | null | undefined, fallback: number, max = 100): number {
  const size = value ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > max) {
    throw badInput(argument, `expected a whole number from 0 to ${max}, got ${size}`);
  }
  return size;
}
