import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Logger } from 'pino';
import { Neo4jUnavailableError } from './errors.js';
import { findFreePort } from './free-port.js';
import { ensureLauncherBuilt, type LauncherBuild } from './launcher-build.js';

const MAIN_CLASS = 'dev.officialsgraph.neo4jlocal.Main';
const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;
/** The launcher's exit code when its Bolt port is taken (see tools/neo4j-local Main.java). */
const EXIT_PORT_IN_USE = 3;

export interface LocalNeo4jOptions {
  /** Holds the store (`<dataDir>/neo4j`) and the address of the running server. */
  dataDir: string;
  /** Bolt port to try first; the next free one is taken if it is busy. 0: any free port. */
  port?: number;
  heap?: string;
  pageCache?: string;
  log: Logger;
}

/** A Neo4j this process started; `stop()` shuts it down cleanly. */
export interface LocalNeo4j {
  uri: string;
  version: string;
  edition: string;
  pid: number;
  startupMs: number;
  stop(): Promise<void>;
}

/** What `<dataDir>/neo4j-local.json` records, so another command can use the running server. */
interface RunningRecord {
  uri: string;
  pid: number;
  version: string;
}

const recordFile = (dataDir: string) => path.join(dataDir, 'neo4j-local.json');

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Bolt URI of a local Neo4j that another `officials` process started on this data
 * directory and that is still running, if any.
 */
export function findRunningLocalNeo4j(dataDir: string): RunningRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(recordFile(dataDir), 'utf8')) as RunningRecord;
    return isAlive(record.pid) ? record : undefined;
  } catch {
    return undefined;
  }
}

class LaunchExit extends Error {
  constructor(
    readonly code: number | null,
    readonly stderr: string,
  ) {
    super(`the local Neo4j exited with code ${code} before it was ready:\n${stderr}`);
  }
}

interface Ready {
  uri: string;
  version: string;
  edition: string;
}

function waitForReadyLine(child: ChildProcessWithoutNullStreams): Promise<Ready> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-8_000);
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the local Neo4j did not report ready within ${READY_TIMEOUT_MS / 1000} s:\n${stderr}`));
    }, READY_TIMEOUT_MS);
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new LaunchExit(code, stderr.trim()));
    };
    child.once('exit', onExit);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /^NEO4J_READY (\S+) (\S+) (\S+)$/.exec(line);
      if (!match) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      resolve({ uri: match[1]!, version: match[2]!, edition: match[3]! });
    });
  });
}

function spawnLauncher(build: LauncherBuild, storeDir: string, port: number, options: LocalNeo4jOptions) {
  const args = [
    ...build.jvmOptions,
    `-Xmx${options.heap ?? '1g'}`,
    '-cp',
    build.classpath,
    MAIN_CLASS,
    '--port',
    String(port),
    '--data-dir',
    storeDir,
    '--page-cache',
    options.pageCache ?? '128m',
    // If this process dies without stopping it, the closed pipe ends the JVM too.
    '--exit-on-stdin-eof',
  ];
  return spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
}

function stopChild(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts Neo4j Community embedded in a JVM (tools/neo4j-local), building the launcher with
 * Maven on first use, and resolves once it accepts Bolt connections.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const build = await ensureLauncherBuilt(options.log);
  const storeDir = path.resolve(options.dataDir, 'neo4j');
  mkdirSync(storeDir, { recursive: true });

  for (let attempt = 1; ; attempt++) {
    const port = await findFreePort(options.port ?? 7687);
    if (options.port && port !== options.port) {
      options.log.info(`Port ${options.port} is busy; the local Neo4j takes port ${port}.`);
    }
    const started = Date.now();
    const child = spawnLauncher(build, storeDir, port, options);
    let ready: Ready;
    try {
      ready = await waitForReadyLine(child);
    } catch (error) {
      // Another process may take the port between our probe and the JVM's bind: try again.
      if (error instanceof LaunchExit && error.code === EXIT_PORT_IN_USE && attempt < 3) continue;
      throw new Neo4jUnavailableError(`Cannot start the local Neo4j with its store in ${storeDir}.`, { cause: error });
    }
    const pid = child.pid!;
    const record: RunningRecord = { uri: ready.uri, pid, version: ready.version };
    writeFileSync(recordFile(options.dataDir), JSON.stringify(record, null, 2));
    child.stdout.resume();
    return {
      ...ready,
      pid,
      startupMs: Date.now() - started,
      async stop() {
        await stopChild(child);
        const current = findRunningLocalNeo4j(options.dataDir);
        if (!current || current.pid === pid) rmSync(recordFile(options.dataDir), { force: true });
      },
    };
  }
}
