#!/usr/bin/env -S npx tsx
/**
 * `extract [--json] [--threads N] [options] <file|dir>...` — extraction of each document, in order (folders
 * expanded, sorted), read through the shared reader of @newsgraph/documents (text, Markdown, HTML pages,
 * JSON/JSONL/CSV datasets). Documents are extracted on worker threads (the pool of src/pool/, one thread per core
 * by default; `--threads 0` on the main thread), which also print them (JSON or summary), so only text crosses
 * back; the output is the same bytes whatever the thread count. Streams: a few documents per thread in flight,
 * output written in input order as each document is done. A document that cannot be read or extracted is
 * reported on stderr as `extract: <where>: <CODE>: <message>` and skipped.
 * Exit codes: 0 all extracted, 1 some document failed, 2 usage error.
 */
import { parseArgs } from 'node:util';
import { getConfig } from '@newsgraph/config';
import {
  READER_CLI_HELP,
  READER_CLI_OPTIONS,
  readInputs,
  readerOptionsFrom,
  toDocumentError,
  type ReadResult,
} from '@newsgraph/documents';
import { inOrder } from '../src/cli/in-order.js';
import { renderDocument, type Rendering } from '../src/cli/render.js';
import { createOutput } from '../src/cli/write-out.js';
import {
  MAX_DEFAULT_THREADS,
  createExtractionPool,
  defaultExtractionThreads,
  type ExtractionPool,
} from '../src/pool/extraction-pool.js';
import type { DocumentInput } from '../src/types.js';

/** Most threads `--threads` accepts. */
const MAX_THREADS = 64;
/** Documents in flight per thread: enough that a thread never waits for the reader, few enough to keep memory flat. */
const IN_FLIGHT_PER_THREAD = 4;

const USAGE = `usage: extract [--json] [--threads N] [options] <file|dir>...
Extracts entities, relations, events and citations from articles (.txt, .md, .html, .htm, .json, .jsonl, .csv).
  --json               print { "documents": [...] } (the contract of src/types.ts) instead of a summary
  --threads N          extraction threads (default: one per core, at most ${MAX_DEFAULT_THREADS}; 0 = on the main
                       thread); the output is the same, in input order, whatever N
${READER_CLI_HELP}
  -h, --help           this text
Exit codes: 0 every document extracted, 1 some document failed (reported on stderr), 2 usage error.`;

/** `--threads`: a whole number from 0 to MAX_THREADS, else null (a usage error). */
function threadsFrom(value: string | undefined): number | null {
  if (value === undefined) return defaultExtractionThreads();
  return /^\d{1,3}$/.test(value) && Number(value) <= MAX_THREADS ? Number(value) : null;
}

/** Extraction on the main thread (`--threads 0`): the extractor is loaded only then, so threads alone pay for it. */
async function mainThreadExtraction(): Promise<(input: DocumentInput, as: Rendering) => Promise<string>> {
  const { extractDocument } = await import('../src/extract-document.js');
  return async (input, as) => renderDocument(extractDocument(input), as);
}

type Outcome = { text: string } | { error: string };

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        threads: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        ...READER_CLI_OPTIONS,
      },
    });
  } catch (error) {
    process.stderr.write(`extract: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) return (process.stdout.write(USAGE + '\n'), 0);
  if (positionals.length === 0) return (process.stderr.write(`extract: no file given\n${USAGE}\n`), 2);
  const threads = threadsFrom(values.threads);
  if (threads === null) {
    process.stderr.write(
      `extract: --threads must be a whole number from 0 to ${MAX_THREADS} (got ${values.threads})\n${USAGE}\n`,
    );
    return 2;
  }
  let options;
  try {
    const config = getConfig();
    options = readerOptionsFrom(values, config.cwd, config.documents.maxTextBytes);
  } catch (error) {
    process.stderr.write(`extract: ${(error as Error).message}\n`);
    return 2;
  }
  const pool: ExtractionPool | null = threads > 0 ? createExtractionPool({ threads }) : null;
  try {
    const extract = pool
      ? (input: DocumentInput, as: Rendering) => pool.extractRendered(input, as)
      : await mainThreadExtraction();
    const json = values.json ?? false;
    let failed = 0;
    let done = 0;
    const out = createOutput();
    const start = async (result: ReadResult): Promise<Outcome> => {
      if ('error' in result) return { error: result.error.toString() };
      const { where } = result;
      try {
        return { text: await extract(result.document, json ? { kind: 'json' } : { kind: 'summary', where }) };
      } catch (error) {
        return { error: toDocumentError(where, error).toString() };
      }
    };
    const emit = async (outcome: Outcome): Promise<void> => {
      if ('error' in outcome) {
        failed++;
        await out.flush();
        process.stderr.write(`extract: ${outcome.error}\n`);
        return;
      }
      await out.write(json ? (done ? ',\n' : '\n') + outcome.text : outcome.text);
      done++;
    };
    if (json) await out.write('{"documents":[');
    await inOrder(readInputs(positionals, options), pool ? threads * IN_FLIGHT_PER_THREAD : 1, start, emit);
    if (json) await out.write('\n]}\n');
    await out.flush();
    if (failed) process.stderr.write(`extract: ${failed} document(s) failed, ${done} extracted\n`);
    return failed ? 1 : 0;
  } finally {
    await pool?.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    process.stderr.write(`extract: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 2;
  },
);
