import { mkdtempSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { runCli } from '../support/cli.js';

const neo4j = inject('neo4j');
const env = { NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password };

describe('officials ingest', () => {
  it('ingests a directory of articles, then finds them unchanged the second time', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'officials-ingest-'));
    // A unique line makes a text the graph has never seen (its source id is a hash of the text).
    const marker = randomUUID();
    writeFileSync(
      path.join(dir, 'hoi-nghi.txt'),
      `title: Hội nghị Tỉnh ủy Thanh Hóa\ndate: 2024-06-05\n\nNgày 5/6, đồng chí Lê Văn Nam, Bí thư Tỉnh ủy Thanh Hóa chủ trì hội nghị.\nMã: ${marker}\n`,
    );
    writeFileSync(
      path.join(dir, 'ky-hop.json'),
      JSON.stringify({ title: 'Kỳ họp', date: '2024-07-01', text: `Ông Trần Hữu Phúc, Chủ tịch HĐND tỉnh Thanh Hóa phát biểu. ${marker}` }),
    );

    const first = await runCli(['ingest', '--no-progress', dir], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Articles: 2 read, 2 ingested, 0 read again (older extractor), 0 unchanged (already ingested), 0 failed');
    expect(first.stdout).toMatch(/Written: 2 people, 2 posts, 2 tenures, \d+ events?/);

    const second = await runCli(['ingest', '--no-progress', dir], env);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Articles: 2 read, 0 ingested, 0 read again (older extractor), 2 unchanged (already ingested), 0 failed');
    expect(second.stdout).toContain('Written: 0 people, 0 posts, 0 tenures, 0 events');
  });
});
