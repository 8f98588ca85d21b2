/** What `officials bench extract` measured, and how it is printed; the pieces `bench ingest` shares. */

export interface MachineInfo {
  /** `os.cpus()[0].model`. */
  cpu: string;
  cores: number;
  node: string;
  platform: string;
}

export interface BenchResult {
  articles: number;
  seed: number;
  /** UTF-8 bytes of all the article bodies. */
  bytes: number;
  warmupArticles: number;
  /** Wall time of the timed pass over all articles, in milliseconds. */
  totalMs: number;
  /** Each article's extraction time, in milliseconds, in corpus order. */
  perArticleMs: readonly number[];
}

/** 1 MB = 1024 × 1024 bytes, as the CLI's other limits and messages count. */
const BYTES_PER_MB = 1024 * 1024;

/**
 * The nearest-rank percentile (0 < p ≤ 100) of some values; 0 for none.
 *
 * @example percentile([4, 1, 3, 2], 50) === 2
 * @example percentile([4, 1, 3, 2], 95) === 4
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

/**
 * The median, 95th percentile and maximum of some timings, as the reports print them.
 *
 * @example formatLatency([400, 500, 600, 500], 3) === 'p50 500.000, p95 600.000, max 600.000'
 */
export function formatLatency(values: readonly number[], digits: number): string {
  return `p50 ${percentile(values, 50).toFixed(digits)}, p95 ${percentile(values, 95).toFixed(digits)}, max ${percentile(values, 100).toFixed(digits)}`;
}

/** A whole number with thousands separators: 12,345. */
export const grouped = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 0 });

/** Every report's first line: where the figures were measured. */
export function formatMachine(machine: MachineInfo): string {
  return `Machine: ${machine.cpu}, ${machine.cores} ${machine.cores === 1 ? 'core' : 'cores'}, Node ${machine.node} (${machine.platform})`;
}

/** The size of a synthetic corpus: `4.00 MB, 1024.0 KB per article on average`. */
export function formatCorpusSize(articles: number, bytes: number): string {
  return `${(bytes / BYTES_PER_MB).toFixed(2)} MB, ${(bytes / Math.max(1, articles) / 1024).toFixed(1)} KB per article on average`;
}

/** The benchmark report: the machine, the corpus, then throughput and latency. */
export function formatBench(result: BenchResult, machine: MachineInfo): string {
  const seconds = result.totalMs / 1000;
  const mb = result.bytes / BYTES_PER_MB;
  const lines = [
    formatMachine(machine),
    `Corpus: ${grouped(result.articles)} synthetic articles (seed ${result.seed}), ${formatCorpusSize(result.articles, result.bytes)}`,
    `Warm-up: ${grouped(result.warmupArticles)} articles, not timed`,
    `Timed: extract() over all ${grouped(result.articles)} articles, one after another on one core: ${seconds.toFixed(2)} s`,
    `  articles/s:       ${grouped(result.articles / Math.max(seconds, 1e-9))}`,
    `  MB/s:             ${(mb / Math.max(seconds, 1e-9)).toFixed(2)}`,
    `  total MB:         ${mb.toFixed(2)}`,
    `  ms per article:   ${formatLatency(result.perArticleMs, 3)}`,
  ];
  return `${lines.join('\n')}\n`;
}
