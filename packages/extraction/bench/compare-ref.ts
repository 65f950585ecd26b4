/**
 * Compares this working tree's extractor with the one of a git ref, in one process: first whether every output is
 * the same (the JSON of each extraction, byte for byte, on the dev articles, the seeds, a generated corpus and every
 * hostile generator), then the speed ratio, by this thread's CPU time with the two extractors alternating on chunks
 * of ten articles — so a machine shared with other jobs slows both alike. The ref's packages/extraction (with the
 * reader and the configuration) is written to a temporary folder by `git archive` and loaded through tsx.
 * Usage: `npm run -w @newsgraph/extraction bench:compare -- [--ref main] [--mb 1] [--rounds 4]`.
 * Exit 1 when an output differs. A speed-only change must print "0 differ".
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { extractDocument } from '../src/extract-document.js';
import type { DocumentInput, DocumentExtraction } from '../src/types.js';
import { generateCorpus } from './corpus.js';
import { HOSTILE } from './hostile.js';

type Extract = (input: DocumentInput) => DocumentExtraction;

const pkg = fileURLToPath(new URL('..', import.meta.url));
const root = resolve(pkg, '../..');
/** `--ref` (default main), `--mb` corpus size for the timing (default 1), `--rounds` timed rounds (default 4). */
const { values } = parseArgs({
  options: { ref: { type: 'string' }, mb: { type: 'string' }, rounds: { type: 'string' } },
});
const ref = values.ref ?? 'main';
const mb = Number(values.mb ?? 1) || 1;
const rounds = Number(values.rounds ?? 4) || 4;

/** The extractor of `ref`, from a `git archive` of the packages it needs (removed by the caller). */
async function loadRef(dir: string): Promise<Extract> {
  const tar = execFileSync(
    'git',
    ['archive', ref, 'packages/extraction', 'packages/documents', 'packages/config', 'tsconfig.base.json'],
    { cwd: root, maxBuffer: 1 << 30 },
  );
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  copyFileSync(join(root, 'tsconfig.json'), join(dir, 'tsconfig.json'));
  const mod = (await import(pathToFileURL(join(dir, 'packages/extraction/src/extract-document.ts')).href)) as {
    extractDocument: Extract;
  };
  return mod.extractDocument;
}

/** Texts whose outputs are compared: dev articles, seeds, a 0.4 MB generated corpus, every hostile generator. */
function identityTexts(dir: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const folder of [join(pkg, 'fixtures/articles'), join(root, 'seeds')])
    for (const f of readdirSync(folder)
      .filter((n) => n.endsWith('.txt'))
      .sort())
      out.push([join(folder, f), readFileSync(join(folder, f), 'utf8')]);
  for (const f of generateCorpus(join(dir, 'identity'), 400_000, 3).files)
    out.push([f.slice(dir.length), readFileSync(f, 'utf8')]);
  for (const g of HOSTILE) out.push([`hostile: ${g.name}`, g.make(12_000)]);
  return out;
}

const cpu = () => {
  const u = process.threadCpuUsage();
  return (u.user + u.system) / 1e6;
};

/** CPU seconds of `extract` over texts [from, from + 10). */
function chunk(extract: Extract, texts: readonly string[], from: number): number {
  const t = cpu();
  for (let i = from; i < Math.min(texts.length, from + 10); i++) extract({ text: texts[i]!, uri: 'bench.txt' });
  return cpu() - t;
}

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'compare-ref-'));
  try {
    const theirs = await loadRef(dir);
    let differ = 0;
    const texts = identityTexts(dir);
    for (const [name, text] of texts) {
      const a = JSON.stringify(extractDocument({ text, uri: name }));
      const b = JSON.stringify(theirs({ text, uri: name }));
      if (a !== b && differ++ < 10) console.log(`differs: ${name}`);
    }
    console.log(`identity against ${ref}: ${texts.length} documents, ${differ} differ`);
    const corpus = generateCorpus(join(dir, 'speed'), mb * 1e6, 1).files.map((f) => readFileSync(f, 'utf8'));
    const bytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0);
    // One warm-up pass of each, so both run compiled code when timed.
    for (let i = 0; i < corpus.length; i += 10) {
      chunk(extractDocument, corpus, i);
      chunk(theirs, corpus, i);
    }
    let mine = 0;
    let base = 0;
    const load = loadavg()[0]!.toFixed(1);
    for (let r = 0; r < rounds; r++)
      for (let i = 0; i < corpus.length; i += 10) {
        // Alternate which one runs first, so neither always finds the caches warm.
        if ((i / 10 + r) % 2)
          [base, mine] = [base + chunk(theirs, corpus, i), mine + chunk(extractDocument, corpus, i)];
        else [mine, base] = [mine + chunk(extractDocument, corpus, i), base + chunk(theirs, corpus, i)];
      }
    const rate = (s: number) => ((bytes * rounds) / 1e6 / s).toFixed(2);
    console.log(
      `speed on ${(bytes / 1e6).toFixed(1)} MB × ${rounds} (thread CPU, load ${load} → ${loadavg()[0]!.toFixed(1)}): ` +
        `this tree ${rate(mine)} MB/s, ${ref} ${rate(base)} MB/s, ratio ${(base / mine).toFixed(3)}`,
    );
    return differ ? 1 : 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  },
);
