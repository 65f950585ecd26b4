import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import pretty from 'pino-pretty';

/** The logger type of every Newsgraph process (pino). */
export type { Logger } from 'pino';

/** Options of `createLogger`. */
export interface LoggerSetup {
  /** Lowest level written (LOG_LEVEL, from @newsgraph/config); default 'info'. 'silent' writes nothing. */
  level?: LoggerOptions['level'];
  /**
   * Human-readable lines (pino-pretty) instead of JSON; default false. Entry points pass `isPrettyByDefault`:
   * production and anything that reads the output (log shippers, `npm start`'s relay, tests) get JSON lines.
   */
  pretty?: boolean;
  /** Which process writes (`api`, `ingest`, `start`): a `name` field on every line; default none. */
  name?: string;
  /** Where lines go: a stream, or a file descriptor (1 stdout, 2 stderr); default 1. */
  destination?: DestinationStream | 1 | 2;
}

/** Whether logs should be pretty by default: development, and a person watching the terminal they go to. */
export function isPrettyByDefault(nodeEnv: string, isTTY = Boolean(process.stdout.isTTY)): boolean {
  return nodeEnv === 'development' && isTTY;
}

/**
 * A pino logger writing JSON lines (`level` as a label, `time` in ms since the epoch, `msg`, and the fields given),
 * or pretty lines in development. Writes to a descriptor are synchronous, so nothing is lost when the process
 * exits. Errors go under `err` (pino's serializer: type, message, stack). Pretty printing runs in this thread
 * (pino-pretty as a stream, no transport worker), which is fine for a developer's volume of lines. Used by the API,
 * `npm run ingest` and `npm start`, so their lines have one shape.
 */
export function createLogger(setup: LoggerSetup = {}): Logger {
  const options: LoggerOptions = {
    level: setup.level ?? 'info',
    // No pid/hostname on every line (the process manager knows them); the process's name when given.
    base: setup.name ? { name: setup.name } : undefined,
    formatters: { level: (label) => ({ level: label }) },
  };
  const destination = setup.destination ?? 1;
  const fd = typeof destination === 'number' ? destination : undefined;
  if (setup.pretty)
    return pino(options, pretty({ colorize: true, destination: fd ?? (destination as DestinationStream) }));
  return pino(
    options,
    fd === undefined ? (destination as DestinationStream) : pino.destination({ dest: fd, sync: true }),
  );
}
