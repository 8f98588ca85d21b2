import { pino, type Logger } from 'pino';

/** Operator logs go to stderr as JSON lines, so stdout stays free for command output. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'officials-graph' } }, pino.destination(2));
}
