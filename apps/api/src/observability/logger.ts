import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import pretty from 'pino-pretty';

/** The API's logger type (pino). */
export type { Logger } from 'pino';

/** Options of `createLogger`. */
export interface LoggerSetup {
  /** Lowest level written; default 'info'. 'silent' writes nothing. */
  level?: LoggerOptions['level'];
  /**
   * Human-readable lines (pino-pretty) instead of JSON; default: in development when stdout is a terminal.
   * Production and anything that reads the output (log shippers, `npm start`'s relay, tests) get JSON lines.
   */
  pretty?: boolean;
  /** Where lines go; default stdout. */
  destination?: DestinationStream;
}

/** Whether logs should be pretty by default: development, and a person watching a terminal. */
export function isPrettyByDefault(nodeEnv: string, isTTY = Boolean(process.stdout.isTTY)): boolean {
  return nodeEnv === 'development' && isTTY;
}

/**
 * A pino logger writing JSON lines (`level`, `time`, `msg`, and the fields given) to stdout, or pretty lines in
 * development. Writes are synchronous, so nothing is lost when the process exits. Errors go under `err` (pino's serializer: type, message, stack). Pretty printing runs in this
 * thread (pino-pretty as a stream, no transport worker), which is fine for a developer's volume of lines.
 */
export function createLogger(setup: LoggerSetup = {}): Logger {
  const options: LoggerOptions = {
    level: setup.level ?? 'info',
    base: undefined, // no pid/hostname on every line: the process manager knows them
    formatters: { level: (label) => ({ level: label }) },
  };
  if (setup.pretty) return pino(options, pretty({ colorize: true, destination: setup.destination ?? 1 }));
  return pino(options, setup.destination ?? pino.destination({ dest: 1, sync: true }));
}
