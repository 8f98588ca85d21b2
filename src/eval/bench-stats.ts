/** What `officials bench extract` measured, and how it is printed. */

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

const grouped = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 0 });

/** The benchmark report: the machine, the corpus, then throughput and latency. */
export function formatBench(result: BenchResult, machine: MachineInfo): string {
  const seconds = result.totalMs / 1000;
  const mb = result.bytes / BYTES_PER_MB;
  const lines = [
    `Machine: ${machine.cpu}, ${machine.cores} ${machine.cores === 1 ? 'core' : 'cores'}, Node ${machine.node} (${machine.platform})`,
    `Corpus: ${grouped(result.articles)} synthetic articles (seed ${result.seed}), ${mb.toFixed(2)} MB, ` +
      `${(result.bytes / Math.max(1, result.articles) / 1024).toFixed(1)} KB per article on average`,
    `Warm-up: ${grouped(result.warmupArticles)} articles, not timed`,
    `Timed: extract() over all ${grouped(result.articles)} articles, one after another on one core: ${seconds.toFixed(2)} s`,
    `  articles/s:       ${grouped(result.articles / Math.max(seconds, 1e-9))}`,
    `  MB/s:             ${(mb / Math.max(seconds, 1e-9)).toFixed(2)}`,
    `  total MB:         ${mb.toFixed(2)}`,
    `  ms per article:   p50 ${percentile(result.perArticleMs, 50).toFixed(3)}, p95 ${percentile(result.perArticleMs, 95).toFixed(3)}, ` +
      `max ${percentile(result.perArticleMs, 100).toFixed(3)}`,
  ];
  return `${lines.join('\n')}\n`;
}
