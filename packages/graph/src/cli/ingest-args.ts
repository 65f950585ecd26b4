import { parseArgs } from 'node:util';
import { READER_CLI_HELP, READER_CLI_OPTIONS, readerOptionsFrom, type ReadInputsOptions } from '@newsgraph/documents';
import { INGEST_BATCH_SIZE } from '../ingest/ingest-document.js';

/** `npm run ingest --help`. */
export const INGEST_USAGE = `Usage: npm run ingest -- [options] <file|dir|url>...
       npm run ingest -- --feed <url> [--feed <url>...] [--watch [--interval S]]

Reads articles (.txt, .md, .html, .htm, .json, .jsonl, .csv; http(s) URLs of pages), extracts them and writes
them into Neo4j, with a progress line on stderr and a summary at the end.
  --feed URL           an RSS, Atom or JSON feed: each item's page is fetched and ingested (repeatable)
  --watch              poll the feeds every --interval seconds; only new or changed items are ingested, and
                       what was seen is remembered in Neo4j (a restart goes on where it stopped)
  --interval S         seconds between polls (default 300)
  --allow-private      fetch from loopback and private addresses (refused by default)
  --concurrency N      batches in flight (default 4)
  --batch-size N       documents per transaction (default ${INGEST_BATCH_SIZE})
${READER_CLI_HELP}
  -h, --help           this text
Uses NEO4J_URI/NEO4J_USERNAME/NEO4J_PASSWORD, or the local Neo4j (npm run db:start) when NEO4J_URI is unset.
Exit codes: 0 all ingested, 1 some document failed (the others are written), 2 usage error or no database.`;

/** What the command line asks for. */
export interface IngestArgs {
  help: boolean;
  inputs: string[];
  feeds: string[];
  watch: boolean;
  intervalSeconds: number;
  allowPrivate: boolean;
  concurrency: number;
  batchSize: number;
  reader: ReadInputsOptions;
}

/** A usage error: the CLI prints it with the usage and exits 2. */
export class UsageError extends Error {}

const positiveInt = (value: string | undefined, name: string, fallback: number): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} must be a positive integer (got ${value}).`);
  return n;
};

/** Parses the ingest CLI's arguments with node:util parseArgs (`--flag value` and `--flag=value`). */
export function parseIngestArgs(argv: string[], cwd: string, configMaxBytes?: number): IngestArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        feed: { type: 'string', multiple: true },
        watch: { type: 'boolean' },
        interval: { type: 'string' },
        'allow-private': { type: 'boolean' },
        concurrency: { type: 'string' },
        'batch-size': { type: 'string' },
        ...READER_CLI_OPTIONS,
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const feeds = values.feed ?? [];
  if (!values.help && positionals.length === 0 && feeds.length === 0) throw new UsageError('Nothing to ingest.');
  if (values.watch && feeds.length === 0) throw new UsageError('--watch needs at least one --feed.');
  let reader: ReadInputsOptions;
  try {
    reader = readerOptionsFrom(values, cwd, configMaxBytes);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return {
    help: values.help ?? false,
    inputs: positionals,
    feeds,
    watch: values.watch ?? false,
    intervalSeconds: positiveInt(values.interval, 'interval', 300),
    allowPrivate: values['allow-private'] ?? false,
    concurrency: positiveInt(values.concurrency, 'concurrency', 4),
    batchSize: positiveInt(values['batch-size'], 'batch-size', INGEST_BATCH_SIZE),
    reader,
  };
}
