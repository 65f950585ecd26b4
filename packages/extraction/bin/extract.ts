#!/usr/bin/env -S npx tsx
/**
 * `extract [--json] [--max-bytes N] <file|dir>...` — extraction of each file, in order (folders expanded, sorted).
 * Streams: one file in memory at a time, output written as each file is done. A file that cannot be read
 * is reported on stderr as `<path>: <CODE>: <message>` and skipped; the exit code is 1 if any file failed.
 */
import { extractDocument } from '../src/extract-document.js';
import { callerPath } from '../src/cli/cwd.js';
import { toInputError } from '../src/cli/errors.js';
import { expandInputs } from '../src/cli/expand-inputs.js';
import { DEFAULT_MAX_BYTES, readDocument } from '../src/cli/read-document.js';
import { formatSummary } from '../src/cli/summary.js';
import { createOutput } from '../src/cli/write-out.js';

const USAGE = 'usage: extract [--json] [--max-bytes N] <file|dir>...';

async function main(argv: string[]): Promise<number> {
  let json = false;
  let maxBytes = DEFAULT_MAX_BYTES;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--max-bytes') maxBytes = Number(argv[++i]);
    else if (a === '-h' || a === '--help') return (process.stdout.write(USAGE + '\n'), 0);
    else if (a === '--') continue;
    else if (a.startsWith('--')) return (process.stderr.write(`extract: unknown option ${a}\n${USAGE}\n`), 2);
    else paths.push(a);
  }
  if (paths.length === 0 || !(maxBytes > 0)) return (process.stderr.write(USAGE + '\n'), 2);
  let failed = 0;
  let done = 0;
  const out = createOutput();
  if (json) await out.write('{"documents":[');
  for await (const item of expandInputs(paths)) {
    try {
      if ('error' in item) throw item.error;
      const text = await readDocument(callerPath(item.path), maxBytes, item.path);
      const doc = extractDocument({ text, uri: item.path });
      await out.write(json ? (done ? ',\n' : '\n') + JSON.stringify(doc) : formatSummary(item.path, doc));
      done++;
    } catch (err) {
      failed++;
      await out.flush();
      process.stderr.write(`extract: ${toInputError(item.path, err).toString()}\n`);
    }
  }
  if (json) await out.write('\n]}\n');
  await out.flush();
  if (failed) process.stderr.write(`extract: ${failed} file(s) failed, ${done} extracted\n`);
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err) => {
    process.stderr.write(`extract: ${err?.stack ?? err}\n`);
    process.exitCode = 2;
  },
);
