import type { Stats } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import type { Article } from '../domain/article.js';
import { ArticleError } from './article-error.js';
import { ARTICLE_EXTENSIONS, articleFormatOf, isArticlePath, parseArticle } from './article-formats.js';

/** `--max-mb` when not given. */
export const DEFAULT_MAX_MB = 5;
/** A "megabyte" in limits and messages: 1 MB = 1024 × 1024 bytes. */
export const BYTES_PER_MB = 1024 * 1024;

export interface ReadArticleOptions {
  /** Files larger than this many megabytes are refused before they are read. */
  maxMb: number;
}

const EXTENSIONS_SHOWN = ARTICLE_EXTENSIONS.join(', ');

/**
 * The article files the CLI's `<file|dir>...` arguments name, in argument order. A directory
 * stands for the article files (.txt, .json, .html, .htm) under it, recursively, sorted by path;
 * hidden files and directories (`.git`, `.DS_Store`) are skipped, and so are symbolic links to
 * directories (no cycles). A directory with none stays in the list as itself, and any other
 * argument is kept as given, so that readArticle reports what is wrong with it, in order.
 *
 * @example await expandArticlePaths(['seed', 'extra.json']) // ['seed/a.txt', 'seed/b/c.html', 'extra.json']
 */
export async function expandArticlePaths(args: readonly string[]): Promise<string[]> {
  const paths: string[] = [];
  for (const arg of args) {
    const stats = await stat(arg).catch(() => undefined);
    const files = stats?.isDirectory() ? await articleFilesUnder(arg) : [];
    paths.push(...(files.length > 0 ? files : [arg]));
  }
  return paths;
}

async function articleFilesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await articleFilesUnder(path)));
    else if ((entry.isFile() || entry.isSymbolicLink()) && isArticlePath(entry.name)) files.push(path);
  }
  return files.sort(byCodeUnits);
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Reads and parses one article file, checking it first: it exists and is a regular file, its
 * extension is a known format, it is within the size limit (from stat: a 20 MB file is never
 * read), its bytes are UTF-8 text without NULs, and it is not blank.
 *
 * @throws ArticleError with any code; its message starts with `path`.
 */
export async function readArticle(path: string, options: ReadArticleOptions): Promise<Article> {
  try {
    const stats = await statArticleFile(path);
    const format = articleFormatOf(path);
    checkSize(stats, options.maxMb);
    const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
      throw unreadable(error);
    });
    return parseArticle(decodeArticleBytes(bytes), format);
  } catch (error) {
    throw error instanceof ArticleError && error.path === undefined ? error.at(path) : error;
  }
}

async function statArticleFile(path: string): Promise<Stats> {
  let stats: Stats;
  try {
    stats = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      const where = isAbsolute(path) ? '' : ` (looked for ${resolve(path)})`;
      throw new ArticleError('FILE_NOT_FOUND', `no such file or directory${where}: check the path`);
    }
    throw unreadable(error as NodeJS.ErrnoException);
  }
  if (stats.isDirectory()) {
    throw new ArticleError(
      'NOT_A_FILE',
      `is a directory with no article files in it (${EXTENSIONS_SHOWN}; hidden ones are skipped), or one that cannot be listed: pass article files or a directory that holds some`,
    );
  }
  if (!stats.isFile()) {
    throw new ArticleError('NOT_A_FILE', 'is not a regular file (a FIFO, socket or device): pass an article file or a directory');
  }
  return stats;
}

function unreadable(error: NodeJS.ErrnoException): ArticleError {
  const why = error.code === 'EACCES' || error.code === 'EPERM' ? 'permission denied' : error.message;
  return new ArticleError('UNREADABLE_FILE', `cannot be read (${why}): check its permissions`);
}

function checkSize(stats: Stats, maxMb: number): void {
  if (stats.size <= maxMb * BYTES_PER_MB) return;
  const sizeMb = stats.size / BYTES_PER_MB;
  throw new ArticleError(
    'ARTICLE_TOO_LARGE',
    `is ${sizeMb.toFixed(1)} MB, over the ${maxMb} MB limit: is it really one article? Split it, or raise the limit with --max-mb ${Math.ceil(sizeMb)}`,
  );
}

/**
 * The text of an article file's bytes (a UTF-8 BOM is dropped).
 *
 * @throws ArticleError `BINARY_FILE` for NUL bytes or bytes that are not UTF-8 (an image, a
 *   PDF, UTF-16 or legacy-encoded Vietnamese text), `EMPTY_ARTICLE` for an empty or blank file.
 */
export function decodeArticleBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) {
    throw new ArticleError('EMPTY_ARTICLE', 'is empty (0 bytes): write the article into it, or leave the file out');
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new ArticleError(
      'BINARY_FILE',
      `contains NUL bytes (the first at byte ${nul}), so it is not text (an image, a PDF, a Word document, UTF-16?): save the article as UTF-8 .txt, .json or .html`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleError(
      'BINARY_FILE',
      'is not UTF-8 text (a binary file, or Vietnamese in a legacy encoding such as TCVN3 or Windows-1258?): save the article as UTF-8',
    );
  }
  if (text.trim() === '') {
    throw new ArticleError('EMPTY_ARTICLE', 'has only whitespace: write the article into it, or leave the file out');
  }
  return text;
}
