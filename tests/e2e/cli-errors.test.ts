import { describe, expect, it } from 'vitest';
import { findFreePort } from '../../src/store/free-port.js';
import { runCli } from '../support/cli.js';

describe('officials serve refuses bad configuration', () => {
  it('exits 2 and names PORT when it is not a port', async () => {
    const { code, stderr } = await runCli(['serve'], { PORT: 'abc' });
    expect(code).toBe(2);
    expect(stderr).toContain('PORT="abc": expected a TCP port');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 and names NEO4J_URI when it is not a Neo4j URI', async () => {
    const { code, stderr } = await runCli(['serve'], { NEO4J_URI: 'http://x' });
    expect(code).toBe(2);
    expect(stderr).toContain('NEO4J_URI="http://x": expected a Neo4j URI');
  });

  it("exits 1 with the can't-reach-Neo4j message and the ways out when NEO4J_URI answers nothing", async () => {
    const port = await findFreePort();
    const { code, stderr } = await runCli(['serve'], { NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_WAIT_SECONDS: '2' });
    expect(code).toBe(1);
    expect(stderr).toContain(`Can't reach Neo4j at bolt://127.0.0.1:${port} (tried for 2 s`);
    expect(stderr).toContain('set NEO4J_URI');
    expect(stderr).toContain('install Java 17+ and Maven');
    expect(stderr).toContain('docker compose up');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
