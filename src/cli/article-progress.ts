// cli-progress (https://github.com/npkgz/cli-progress): the de-facto progress bar for Node CLIs,
// one small dependency (string-width), no native code, runs on any Node >= 4 (3.12.0; types from
// @types/cli-progress). MultiBar.log() prints lines above the bar: failures while it runs.
import cliProgress from 'cli-progress';
import { basename } from 'node:path';

/** Where `officials ingest` (and `reprocess`) report per-item lines, with or without a progress bar. */
export interface IngestProgress {
  /** Writes one line to stderr (above the bar, when there is one). */
  log(line: string): void;
  /** One more file done; `path` is shown beside the bar. */
  advance(path: string): void;
  /** Removes the bar. Safe to call more than once. */
  stop(): void;
}

/**
 * A progress bar on stderr for `total` files (or sources) when there are several, `enabled`
 * (no `--no-progress`) and stderr is a terminal; otherwise plain lines on stderr. `label` says
 * what is being done ("ingesting", "reprocessing").
 */
export function createIngestProgress(total: number, enabled: boolean, stream: NodeJS.WriteStream = process.stderr, label = 'ingesting'): IngestProgress {
  if (!enabled || !stream.isTTY || total < 2) {
    return { log: (line) => void stream.write(`${line}\n`), advance: () => {}, stop: () => {} };
  }
  const bars = new cliProgress.MultiBar(
    { stream, clearOnComplete: true, hideCursor: true, format: `${label} [{bar}] {value}/{total} {file}` },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(total, 0, { file: '' });
  let stopped = false;
  return {
    // MultiBar.log only queues the line for the next timed redraw, which a fast run may never
    // reach before stop() (the line would be lost): redraw now.
    log: (line) => {
      bars.log(`${line}\n`);
      bars.update();
    },
    advance: (path) => bar.increment(1, { file: basename(path) }),
    stop: () => {
      if (!stopped) bars.stop();
      stopped = true;
    },
  };
}
