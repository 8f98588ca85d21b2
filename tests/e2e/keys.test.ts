import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseEnvironment } from '../../src/config/environment.js';
import { BIN, cliEnv, runCli, type Finished } from '../support/cli.js';

/** `officials <args>` with `input` on its standard input. */
function runCliWithInput(args: string[], input: string): Promise<Finished> {
  const child = spawn(process.execPath, [BIN, ...args], { env: cliEnv({}), stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  child.stdin.end(input);
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** The key and the API_KEYS entry `keys create` printed. */
function created(stdout: string): { key: string; entry: string } {
  const key = /^key: +(\S+)$/m.exec(stdout)?.[1];
  const entry = /^entry: +(\S+)$/m.exec(stdout)?.[1];
  if (key === undefined || entry === undefined) throw new Error(`no key and entry in:\n${stdout}`);
  return { key, entry };
}

describe('officials keys', () => {
  it('create prints a new key once, its API_KEYS entry, and says to keep the key secret', async () => {
    const { code, stdout, stderr } = await runCli(['keys', 'create', '--role', 'editor', '--name', 'lan'], {});
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const { key, entry } = created(stdout);
    expect(key).toMatch(/^og_[A-Za-z0-9_-]{43}$/);
    expect(entry).toMatch(/^lan:editor:[0-9a-f]{64}$/);
    expect(stdout).toContain('Keep the key secret');
    expect(stdout.split(key)).toHaveLength(2);
  });

  it('create gives a different key every time', async () => {
    const [first, second] = await Promise.all([runCli(['keys', 'create', '--role', 'reader'], {}), runCli(['keys', 'create', '--role', 'reader'], {})]);
    expect(created(first!.stdout).key).not.toBe(created(second!.stdout).key);
    expect(created(first!.stdout).entry).toMatch(/^reader:[0-9a-f]{64}$/);
  });

  it('hash of that key, given as an argument or on standard input, prints the same entry, which API_KEYS accepts', async () => {
    const { key, entry } = created((await runCli(['keys', 'create', '--role', 'editor', '--name', 'lan'], {})).stdout);
    expect(await runCli(['keys', 'hash', key, '--role', 'editor', '--name', 'lan'], {})).toEqual({ code: 0, stdout: `${entry}\n`, stderr: '' });
    expect(await runCliWithInput(['keys', 'hash', '--role', 'editor', '--name', 'lan'], `${key}\n`)).toEqual({ code: 0, stdout: `${entry}\n`, stderr: '' });
    expect(parseEnvironment({ API_KEYS: entry }).API_KEYS).toEqual([{ name: 'lan', role: 'editor', sha256: entry.split(':')[2] }]);
  });

  it('exits 2 naming the flag for a bad role or name', async () => {
    const { code, stdout, stderr } = await runCli(['keys', 'create', '--role', 'admin'], {});
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toContain('--role "admin": expected reader or editor');
    expect((await runCli(['keys', 'create', '--role', 'reader', '--name', 'a b'], {})).stderr).toContain('--name "a b": expected a name of 1 to 64');
  });

  it('exits 2 for a key too short to be safe, without repeating it', async () => {
    const { code, stdout, stderr } = await runCli(['keys', 'hash', 'hunter2hunter2', '--role', 'reader'], {});
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toContain('keys hash: the key is not usable: it is 14 characters long; a key has at least 32');
    expect(stderr).not.toContain('hunter2');
  });
});

describe('officials serve refuses a bad API_KEYS', () => {
  it('exits 2 naming API_KEYS and the entry, never repeating the entry', async () => {
    const pasted = 'og_aKeyPastedWhereItsHashShouldBe0123456789abc';
    const { code, stderr } = await runCli(['serve'], { API_KEYS: `reader:${'a'.repeat(64)},editor:${pasted}` });
    expect(code).toBe(2);
    expect(stderr).toContain("API_KEYS: entry 2: expected the key's SHA-256 as 64 hex digits");
    expect(stderr).not.toContain(pasted.slice(3));
  });
});
