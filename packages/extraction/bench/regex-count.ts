/**
 * How many regular-expression executions extraction makes, by rule file and by function, and how many of them
 * repeat an earlier one of the same document exactly (same expression and flags, same input string, same start):
 * the work a shared per-document or per-sentence reading could save at most. Wraps `RegExp.prototype.exec`
 * (`test`, `match`, `replace`, `split`, `matchAll` and sticky scans all go through it once it is replaced) and
 * charges each call to the first stack frame under `src/`. Counting is slow (a stack trace per call): use a small
 * corpus. Prints per-document averages.
 * Usage: `npx tsx bench/regex-count.ts [--corpus gen|dev] [--mb 0.5] [--top 25]`.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractDocument } from '../src/extract-document.js';
import { generateCorpus } from './corpus.js';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: { corpus: { type: 'string' }, mb: { type: 'string' }, top: { type: 'string' } },
});
const top = Number(values.top ?? 25) || 25;
const work = mkdtempSync(join(tmpdir(), 'regex-count-'));
const dev = join(pkg, 'fixtures/articles');
const texts =
  values.corpus === 'dev'
    ? readdirSync(dev)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => readFileSync(join(dev, f), 'utf8'))
    : generateCorpus(join(work, 'corpus'), (Number(values.mb ?? 0.5) || 0.5) * 1e6, 1).files.map((f) =>
        readFileSync(f, 'utf8'),
      );
rmSync(work, { recursive: true, force: true });

interface Tally {
  calls: number;
  repeats: number;
}
const byFile = new Map<string, Tally>();
const byFunction = new Map<string, Tally>();
const all: Tally = { calls: 0, repeats: 0 };
let scanned = 0;
let rescanned = 0;
let seen = new Set<string>();

const charge = (map: Map<string, Tally>, key: string, repeat: boolean) => {
  let t = map.get(key);
  if (t === undefined) map.set(key, (t = { calls: 0, repeats: 0 }));
  t.calls++;
  if (repeat) t.repeats++;
};

/** The first frame under src/ of the current stack: `file` and `file function`. */
function caller(): [string, string] {
  const prepare = Reflect.get<typeof Error, 'prepareStackTrace'>(Error, 'prepareStackTrace');
  Error.prepareStackTrace = (_e, frames) => frames;
  const holder: { stack?: unknown } = {};
  Error.captureStackTrace(holder, caller);
  const frames = holder.stack as NodeJS.CallSite[];
  Error.prepareStackTrace = prepare;
  for (const f of frames) {
    const file = f.getFileName() ?? '';
    const i = file.lastIndexOf('/src/');
    if (i >= 0) {
      const name = file.slice(i + 5);
      return [name, `${name} ${f.getFunctionName() ?? '(anonymous)'}`];
    }
  }
  return ['(outside src)', '(outside src)'];
}

const exec = Reflect.get<RegExp, 'exec'>(RegExp.prototype, 'exec');
Error.stackTraceLimit = 16;
for (const text of texts.slice(0, 10)) extractDocument({ text, uri: 'count.txt' });
RegExp.prototype.exec = function (this: RegExp, input: string) {
  const from = this.global || this.sticky ? this.lastIndex : 0;
  const key = `${this.source}\0${this.flags}\0${from}\0${input}`;
  const repeat = seen.has(key);
  if (!repeat) seen.add(key);
  const length = Math.max(0, String(input).length - from);
  scanned += length;
  if (repeat) rescanned += length;
  all.calls++;
  if (repeat) all.repeats++;
  const [file, fn] = caller();
  charge(byFile, file, repeat);
  charge(byFunction, fn, repeat);
  return exec.call(this, input);
};
try {
  for (const text of texts) {
    seen = new Set();
    extractDocument({ text, uri: 'count.txt' });
  }
} finally {
  RegExp.prototype.exec = exec;
}

const n = texts.length;
const per = (x: number) => (x / n).toFixed(1).padStart(7);
const list = (title: string, map: Map<string, Tally>) => {
  console.log(`\n${title} (executions per document, of them exact repeats)`);
  for (const [k, t] of [...map].sort((a, b) => b[1].calls - a[1].calls).slice(0, top))
    console.log(`${per(t.calls)} ${per(t.repeats)}  ${k}`);
};
console.log(
  `${values.corpus === 'dev' ? 'dev' : 'gen'}: ${n} documents, ${per(all.calls).trim()} executions per document; ` +
    `exact repeats ${((100 * all.repeats) / all.calls).toFixed(1)}% of executions, ` +
    `${((100 * rescanned) / Math.max(1, scanned)).toFixed(1)}% of the characters they start before`,
);
list('By file', byFile);
list('By function', byFunction);
