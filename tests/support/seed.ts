import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArticleModel, type Article } from '../../src/domain/article.js';

export const SEED_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'seed',
  'hoi-nghi-bch-dang-bo-thanh-pho-lan-thu-63.txt',
);

/** The seed article, its two header lines (title, date) parsed by hand to keep this file independent of the readers. */
export function seedArticle(): Article {
  const [header, ...body] = readFileSync(SEED_FILE, 'utf8').split('\n\n');
  const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(header!)?.[1];
  return ArticleModel.parse({ title: field('title'), date: field('date'), text: body.join('\n\n') });
}
