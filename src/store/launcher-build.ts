import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { Neo4jUnavailableError } from './errors.js';
import { readNeo4jVersion } from './neo4j-version.js';
import { LAUNCHER_DIR } from './project-paths.js';

const STAMP_FILE = path.join(LAUNCHER_DIR, 'target', 'build-stamp.json');
const LOCK_DIR = path.join(LAUNCHER_DIR, 'target', 'build.lock');
const STALE_LOCK_MS = 20 * 60_000;

/** What the built launcher needs to run: the classpath and the JVM options Neo4j asks for. */
export interface LauncherBuild {
  version: string;
  classpath: string;
  jvmOptions: string[];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** Changes when the Neo4j version or any launcher source changes, so a stale build is redone. */
function sourceFingerprint(version: string): string {
  const hash = createHash('sha256').update(version);
  const sources = [path.join(LAUNCHER_DIR, 'pom.xml'), ...filesUnder(path.join(LAUNCHER_DIR, 'src')).sort()];
  for (const file of sources) hash.update(path.relative(LAUNCHER_DIR, file)).update(readFileSync(file));
  return hash.digest('hex');
}

function readJvmOptions(): string[] {
  return readFileSync(path.join(LAUNCHER_DIR, 'jvm.options'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Java's major version from `java -version`, or undefined when there is no java on PATH. */
export function javaMajorVersion(): number | undefined {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) return undefined;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  if (!match) return undefined;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

function hasMaven(): boolean {
  return !spawnSync('mvn', ['-v'], { encoding: 'utf8' }).error;
}

function runMaven(version: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', ['-q', '-B', `-Dneo4j.version=${version}`, 'package'], {
      cwd: LAUNCHER_DIR,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`mvn package failed with exit code ${code}:\n${output.split('\n').slice(-30).join('\n')}`));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Holds a directory lock so two processes (say `npm start` and `npm test`) never build at once. */
async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  mkdirSync(path.dirname(LOCK_DIR), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      break;
    } catch {
      const age = existsSync(LOCK_DIR) ? Date.now() - statSync(LOCK_DIR).mtimeMs : 0;
      if (age > STALE_LOCK_MS) rmSync(LOCK_DIR, { recursive: true, force: true });
      else await sleep(500);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

/**
 * Builds tools/neo4j-local with Maven unless an up-to-date build is there already.
 * The first build downloads Neo4j from Maven Central; later calls use the cache and need
 * neither the network nor Maven.
 */
export async function ensureLauncherBuilt(log: Logger): Promise<LauncherBuild> {
  const version = readNeo4jVersion();
  const fingerprint = sourceFingerprint(version);
  const result: LauncherBuild = {
    version,
    classpath: [path.join(LAUNCHER_DIR, 'target', 'classes'), path.join(LAUNCHER_DIR, 'target', 'lib', '*')].join(
      path.delimiter,
    ),
    jvmOptions: readJvmOptions(),
  };
  const isCurrent = () =>
    existsSync(STAMP_FILE) && JSON.parse(readFileSync(STAMP_FILE, 'utf8')).fingerprint === fingerprint;

  const major = javaMajorVersion();
  if (major === undefined || major < 17) {
    throw new Neo4jUnavailableError(
      major === undefined
        ? 'Cannot start a local Neo4j: no `java` on PATH (Java 17 or newer is needed).'
        : `Cannot start a local Neo4j: Java ${major} found, Java 17 or newer is needed.`,
    );
  }
  if (isCurrent()) return result;

  return withBuildLock(async () => {
    if (isCurrent()) return result;
    if (!hasMaven()) {
      throw new Neo4jUnavailableError('Cannot build the local Neo4j launcher: no `mvn` (Apache Maven) on PATH.');
    }
    const started = Date.now();
    log.info(`Building the local Neo4j ${version} launcher with Maven (first run only; downloads Neo4j from Maven Central)…`);
    try {
      await runMaven(version);
    } catch (error) {
      throw new Neo4jUnavailableError(`Cannot build the local Neo4j launcher in ${LAUNCHER_DIR}.`, { cause: error });
    }
    writeFileSync(STAMP_FILE, JSON.stringify({ version, fingerprint, builtAt: new Date().toISOString() }, null, 2));
    log.info({ ms: Date.now() - started }, `Built the local Neo4j launcher in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return result;
  });
}
