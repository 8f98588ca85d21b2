import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** officials-graph's own version, from package.json. */
export const PACKAGE_VERSION: string = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8'),
).version;
