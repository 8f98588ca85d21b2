import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeArticleBytes, expandArticlePaths, readArticle } from '../../../src/cli/article-files.js';
import { catchArticleError, rejectionOf } from './catch-article-error.js';

const ARTICLE = 'title: Bổ nhiệm Chánh Văn phòng\ndate: 2025-01-15\n\nChiều 15/1, UBND tỉnh Lâm Đồng trao quyết định bổ nhiệm ông Nguyễn Hữu Phước.\n';

let dir: string;
const at = (...parts: string[]) => path.join(dir, ...parts);
const read = (file: string, maxMb = 5) => readArticle(file, { maxMb });

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'officials-article-files-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('expandArticlePaths', () => {
  it('expands a directory to its article files, recursively and sorted, skipping hidden and other files', async () => {
    const root = at('seed');
    for (const sub of ['tinh/ha-noi', '.git', '.nhap']) mkdirSync(path.join(root, sub), { recursive: true });
    for (const file of ['b.txt', 'a.json', 'tinh/c.html', 'tinh/ha-noi/d.HTM', 'tinh/ghi-chu.md', '.an.txt', '.git/x.txt', '.nhap/y.txt', 'anh.jpg']) {
      writeFileSync(path.join(root, file), ARTICLE);
    }
    expect(await expandArticlePaths([root])).toEqual(
      ['a.json', 'b.txt', 'tinh/c.html', 'tinh/ha-noi/d.HTM'].map((file) => path.join(root, file)),
    );
  });

  it('keeps the arguments in order; files, missing paths and directories without articles stay as given', async () => {
    const empty = at('rong');
    mkdirSync(empty);
    writeFileSync(at('mot.txt'), ARTICLE);
    expect(await expandArticlePaths([at('mot.txt'), at('khong-co.txt'), empty, at('mot.txt')])).toEqual([
      at('mot.txt'),
      at('khong-co.txt'),
      empty,
      at('mot.txt'),
    ]);
  });
});

describe('readArticle', () => {
  it('reads and parses a good file', async () => {
    writeFileSync(at('tot.txt'), ARTICLE);
    expect(await read(at('tot.txt'))).toEqual({
      title: 'Bổ nhiệm Chánh Văn phòng',
      date: '2025-01-15',
      url: null,
      author: null,
      text: 'Chiều 15/1, UBND tỉnh Lâm Đồng trao quyết định bổ nhiệm ông Nguyễn Hữu Phước.',
    });
  });

  it('FILE_NOT_FOUND names the path, and where a relative path was looked for', async () => {
    const missing = await rejectionOf(read(at('khong-co.txt')));
    expect(missing.code).toBe('FILE_NOT_FOUND');
    expect(missing.message).toBe(`${at('khong-co.txt')}: no such file or directory: check the path`);
    const relative = await rejectionOf(read('khong-co/bai-viet.txt'));
    expect(relative.message).toBe(`khong-co/bai-viet.txt: no such file or directory (looked for ${path.resolve('khong-co/bai-viet.txt')}): check the path`);
  });

  it('NOT_A_FILE for a directory (one without articles) and for a device', async () => {
    mkdirSync(at('thu-muc'));
    const directory = await rejectionOf(read(at('thu-muc')));
    expect(directory.code).toBe('NOT_A_FILE');
    expect(directory.message).toMatch(new RegExp(`^${escape(at('thu-muc'))}: is a directory with no article files in it`));
    const device = await rejectionOf(read('/dev/null'));
    expect(device.code).toBe('NOT_A_FILE');
    expect(device.message).toBe('/dev/null: is not a regular file (a FIFO, socket or device): pass an article file or a directory');
  });

  it('UNSUPPORTED_FORMAT for another extension, before reading', async () => {
    writeFileSync(at('bai.docx'), randomBytes(64));
    const error = await rejectionOf(read(at('bai.docx')));
    expect(error.code).toBe('UNSUPPORTED_FORMAT');
    expect(error.message.startsWith(`${at('bai.docx')}: ".docx" files are not read`)).toBe(true);
  });

  it('ARTICLE_TOO_LARGE from the size alone: a sparse 20 MB file is refused, not read', async () => {
    writeFileSync(at('lon.txt'), '');
    truncateSync(at('lon.txt'), 20 * 1024 * 1024);
    const error = await rejectionOf(read(at('lon.txt')));
    expect(error.code).toBe('ARTICLE_TOO_LARGE');
    expect(error.message).toBe(
      `${at('lon.txt')}: is 20.0 MB, over the 5 MB limit: is it really one article? Split it, or raise the limit with --max-mb 20`,
    );
    // Over the limit, the size check wins; under it, the same file is read and found to be zeros.
    expect((await rejectionOf(read(at('lon.txt'), 0.5))).code).toBe('ARTICLE_TOO_LARGE');
    expect((await rejectionOf(read(at('lon.txt'), 21))).code).toBe('BINARY_FILE');
  });

  it('BINARY_FILE for random bytes with a NUL, naming the byte', async () => {
    const bytes = randomBytes(4096);
    bytes[0] = 0x41;
    bytes[1] = 0;
    writeFileSync(at('anh.txt'), bytes);
    const error = await rejectionOf(read(at('anh.txt')));
    expect(error.code).toBe('BINARY_FILE');
    expect(error.message.startsWith(`${at('anh.txt')}: contains NUL bytes (the first at byte 1), so it is not text`)).toBe(true);
  });

  it('BINARY_FILE for text that is not UTF-8 (Windows-1258 bytes)', async () => {
    writeFileSync(at('cu.txt'), Buffer.from([0x48, 0xe0, 0x20, 0x4e, 0xd4, 0x69, 0x0a])); // "Hà Nội" in a legacy code page
    const error = await rejectionOf(read(at('cu.txt')));
    expect(error.code).toBe('BINARY_FILE');
    expect(error.message.startsWith(`${at('cu.txt')}: is not UTF-8 text`)).toBe(true);
  });

  it('EMPTY_ARTICLE for an empty file and for one with only whitespace', async () => {
    writeFileSync(at('rong.txt'), '');
    writeFileSync(at('trang.json'), ' \n\t\n');
    const empty = await rejectionOf(read(at('rong.txt')));
    expect([empty.code, empty.message]).toEqual(['EMPTY_ARTICLE', `${at('rong.txt')}: is empty (0 bytes): write the article into it, or leave the file out`]);
    const blank = await rejectionOf(read(at('trang.json')));
    expect([blank.code, blank.message]).toEqual(['EMPTY_ARTICLE', `${at('trang.json')}: has only whitespace: write the article into it, or leave the file out`]);
  });

  it('puts the path before the problems the format parsers find', async () => {
    writeFileSync(at('sai.json'), '{"text": "Ông Phước nhận nhiệm vụ.", "date": "15/01/2025"}');
    const invalid = await rejectionOf(read(at('sai.json')));
    expect([invalid.code, invalid.path, invalid.message]).toEqual([
      'INVALID_ARTICLE',
      at('sai.json'),
      `${at('sai.json')}: date: expected a date as YYYY-MM-DD (got "15/01/2025")`,
    ]);
    writeFileSync(at('hong.json'), '{"text": ');
    const broken = await rejectionOf(read(at('hong.json')));
    expect(broken.code).toBe('INVALID_JSON');
    expect(broken.message.startsWith(`${at('hong.json')}: not valid JSON (`)).toBe(true);
  });
});

describe('decodeArticleBytes', () => {
  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeArticleBytes(Buffer.from('\uFEFFSở Nội vụ', 'utf8'))).toBe('Sở Nội vụ');
  });

  it('is BINARY_FILE for UTF-16 text (NUL bytes between the letters)', () => {
    expect(catchArticleError(() => decodeArticleBytes(Buffer.from('Sở', 'utf16le'))).code).toBe('BINARY_FILE');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
