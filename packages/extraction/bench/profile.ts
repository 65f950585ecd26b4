/**
 * Where extraction spends its CPU: bundles bench/profile-run.ts with esbuild (so every function keeps its source
 * module and line), runs it with `node` on the generated corpus (`--corpus gen`, `--mb` MB) or the dev articles
 * (`--corpus dev`), the main thread under the inspector's CPU profiler after one warm-up pass, and prints: the top
 * functions by self time (a regular expression's time counts to the function that runs it), self time by module,
 * and inclusive time by stage (each callee of extractDocument and attributeDocument), as shares of the samples taken
 * inside extraction plus garbage collection.
 * Usage: `npx tsx bench/profile.ts [--corpus gen|dev] [--mb 2] [--passes 2] [--top 30] [--keep <file.cpuprofile>]`.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildSync } from 'esbuild';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    mb: { type: 'string' },
    passes: { type: 'string' },
    top: { type: 'string' },
    keep: { type: 'string' },
  },
});
const corpus = values.corpus === 'dev' ? 'dev' : 'gen';
const top = Number(values.top ?? 30) || 30;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The source module of each line of the bundle, from esbuild's `// src/…` comments. */
function modulesByLine(bundle: string): string[] {
  const out: string[] = [];
  let current = '(bundle)';
  for (const line of bundle.split('\n')) {
    const m = /^\/\/ (\S+\.[cm]?[jt]s)$/.exec(line);
    if (m) current = m[1]!.replace(/^.*?src\//, '');
    out.push(current);
  }
  return out;
}

function report(profile: Profile, modules: string[], bundleUrl: string): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const where = (f: ProfileNode['callFrame']) =>
    f.url === bundleUrl ? modules[f.lineNumber]! : f.url ? f.url.replace(/^.*\//, '') : f.functionName;
  const self = new Map<string, number>();
  const byModule = new Map<string, number>();
  const byStage = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  let total = 0;
  // Only samples inside extraction, and garbage collection (the profiler's own calls and idle time are left out).
  const inside = (id: number): boolean => {
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n))
      if (byId.get(n)!.callFrame.functionName === 'extractDocument') return true;
    return byId.get(id)!.callFrame.functionName === '(garbage collector)';
  };
  profile.samples.forEach((id, i) => {
    if (!inside(id)) return;
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    const f = byId.get(id)!.callFrame;
    add(self, `${f.functionName || '(anonymous)'} ${where(f)}:${f.lineNumber + 1}`, dt);
    add(byModule, where(f), dt);
    let stage: string | null = null;
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const up = parent.get(n);
      const caller = up === undefined ? '' : byId.get(up)!.callFrame.functionName;
      const name = byId.get(n)!.callFrame.functionName;
      if ((caller === 'extractDocument' || caller === 'attributeDocument') && name !== caller) {
        stage = `${caller === 'attributeDocument' ? 'attribute › ' : ''}${name || '(anonymous)'} (${where(byId.get(n)!.callFrame)})`;
        if (caller === 'attributeDocument') break;
      }
    }
    add(byStage, stage ?? (f.functionName.startsWith('(') ? f.functionName : 'extractDocument itself'), dt);
  });
  const print = (title: string, m: Map<string, number>, n: number) => {
    console.log(`\n${title}`);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n))
      console.log(`${((100 * v) / total).toFixed(1).padStart(6)}%  ${k}`);
  };
  print(`Top ${top} functions by self time`, self, top);
  print('Self time by module', byModule, 20);
  print('Inclusive time by stage', byStage, 25);
}

const dir = mkdtempSync(join(tmpdir(), 'extraction-profile-'));
try {
  const bundlePath = join(dir, 'profile-run.mjs');
  buildSync({
    entryPoints: [join(pkg, 'bench/profile-run.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'esnext',
    outfile: bundlePath,
    external: ['compromise', 'linkedom', '@mozilla/readability', 'undici', 'zod', 'tldts'],
    logLevel: 'warning',
  });
  const out = join(dir, 'extraction.cpuprofile');
  const load = loadavg()[0]!.toFixed(1);
  const line = execFileSync(
    process.execPath,
    [bundlePath, corpus, values.mb ?? '2', values.passes ?? '2', out, dir, pkg],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  console.log(`${line.trim()}; load ${load} → ${loadavg()[0]!.toFixed(1)}`);
  const bundle = readFileSync(bundlePath, 'utf8');
  report(JSON.parse(readFileSync(out, 'utf8')) as Profile, modulesByLine(bundle), `file://${bundlePath}`);
  if (values.keep) copyFileSync(out, values.keep);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
