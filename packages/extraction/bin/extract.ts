#!/usr/bin/env -S npx tsx
/**
 * `extract [--json] [options] <file|dir>...` — extraction of each document, in order (folders expanded, sorted),
 * read through the shared reader of @newsgraph/documents (text, Markdown, HTML pages, JSON/JSONL/CSV datasets).
 * Streams: one file (one dataset record) in memory at a time, output written as each document is done. A document
 * that cannot be read is reported on stderr as `extract: <where>: <CODE>: <message>` and skipped.
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
} from '@newsgraph/documents';
import { extractDocument } from '../src/extract-document.js';
import { formatSummary } from '../src/cli/summary.js';
import { createOutput } from '../src/cli/write-out.js';

const USAGE = `usage: extract [--json] [options] <file|dir>...

Extracts entities, relations, events and citations from articles (.txt, .md, .html, .htm, .json, .jsonl, .csv).
  --json               print { "documents": [...] } (the contract of src/types.ts) instead of a summary
${READER_CLI_HELP}
  -h, --help           this text
Exit codes: 0 every document extracted, 1 some document failed (reported on stderr), 2 usage error.`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, ...READER_CLI_OPTIONS },
    });
  } catch (error) {
    process.stderr.write(`extract: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) return (process.stdout.write(USAGE + '\n'), 0);
  if (positionals.length === 0) return (process.stderr.write(`extract: no file given\n${USAGE}\n`), 2);
  let options;
  try {
    const config = getConfig();
    options = readerOptionsFrom(values, config.cwd, config.documents.maxTextBytes);
  } catch (error) {
    process.stderr.write(`extract: ${(error as Error).message}\n`);
    return 2;
  }
  let failed = 0;
  let done = 0;
  const out = createOutput();
  if (values.json) await out.write('{"documents":[');
  for await (const result of readInputs(positionals, options)) {
    if ('error' in result) {
      failed++;
      await out.flush();
      process.stderr.write(`extract: ${result.error.toString()}\n`);
      continue;
    }
    let doc;
    try {
      doc = extractDocument(result.document);
    } catch (error) {
      failed++;
      await out.flush();
      process.stderr.write(`extract: ${toDocumentError(result.where, error).toString()}\n`);
      continue;
    }
    await out.write(values.json ? (done ? ',\n' : '\n') + JSON.stringify(doc) : formatSummary(result.where, doc));
    done++;
  }
  if (values.json) await out.write('\n]}\n');
  await out.flush();
  if (failed) process.stderr.write(`extract: ${failed} document(s) failed, ${done} extracted\n`);
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    process.stderr.write(`extract: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 2;
  },
);
