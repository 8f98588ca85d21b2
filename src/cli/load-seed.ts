import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { repository } from '../store/repository.js';
import type { Store } from '../store/store.js';
import { DEFAULT_MAX_MB, expandArticlePaths, readArticle } from './article-files.js';
import { ingestArticle } from '../ingest/ingest-article.js';

export const SEED_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'seed');

/**
 * Loads the articles of seed/ when the graph holds no article yet, so a new user's first
 * `npm start` has something to ask about. Resolves to how many articles it ingested.
 */
export async function loadSeedIfEmpty(store: Store, log: Logger): Promise<number> {
  if ((await repository.countSources(store)) > 0) return 0;
  let ingested = 0;
  for (const file of await expandArticlePaths([SEED_DIR])) {
    const result = await ingestArticle(store, await readArticle(file, { maxMb: DEFAULT_MAX_MB }));
    if (result.written) ingested++;
    log.info({ file: path.relative(process.cwd(), file), people: result.people, events: result.events }, 'Loaded seed article');
  }
  return ingested;
}
