/**
 * Extraction benchmark: generates a deterministic corpus (≥ 5 MB, and a second one twice the size for the memory
 * check), then measures the library in-process (single thread; wall and CPU time), the whole CLI (`extract --json`
 * over the folder, output discarded) with its peak RSS at both sizes, and `compromise` (people + organizations) on a
 * sample of the same text. Prints a table and writes it to docs/BENCHMARKS.md under "## Extraction".
 * Usage: `npm run -w @newsgraph/extraction bench [-- --mb 5 --no-write]`.
 */
import { cpus, loadavg, tmpdir } from 'node:os';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { extractDocument } from '../src/extract-document.js';
import { generateCorpus } from './corpus.js';
import { runCli } from './run-cli.js';
import { writeSection } from './write-report.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const pkg = resolve(here, '..');
const args = process.argv.slice(2);
const mb = Number(args[args.indexOf('--mb') + 1] ?? 5) || 5;
const write = !args.includes('--no-write');

function inProcess(files: string[]): { mbps: number; cpuMbps: number; docsPerSec: number; bytes: number } {
  for (const f of files.slice(0, 30)) extractDocument({ text: readFileSync(f, 'utf8'), uri: f });
  let bytes = 0;
  let spent = 0;
  const cpu0 = process.cpuUsage();
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const t = performance.now();
    extractDocument({ text, uri: f });
    spent += performance.now() - t;
    bytes += Buffer.byteLength(text);
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuSec = cpu.user / 1e6;
  return { mbps: bytes / 1e6 / (spent / 1000), cpuMbps: bytes / 1e6 / cpuSec, docsPerSec: files.length / (spent / 1000), bytes };
}

function compromiseSpeed(files: string[], sampleBytes: number): { mbps: number; bytes: number } {
  let bytes = 0;
  const t = performance.now();
  for (const f of files) {
    if (bytes >= sampleBytes) break;
    const text = readFileSync(f, 'utf8');
    const doc = nlp(text);
    doc.people().out('array');
    doc.organizations().out('array');
    bytes += Buffer.byteLength(text);
  }
  return { mbps: bytes / 1e6 / ((performance.now() - t) / 1000), bytes };
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'extraction-bench-'));
  try {
    const load = loadavg()[0]!.toFixed(1);
    const small = generateCorpus(join(root, 'small'), mb * 1e6, 1);
    const large = generateCorpus(join(root, 'large'), 2 * mb * 1e6, 2);
    const lib = inProcess(small.files);
    const cliArgs = (dir: string) => ['--import', 'tsx', join(pkg, 'bin/extract.ts'), '--json', dir];
    const cliSmall = await runCli(cliArgs(join(root, 'small')), pkg);
    const cliLarge = await runCli(cliArgs(join(root, 'large')), pkg);
    const comp = compromiseSpeed(small.files, 300_000);
    const MB = (b: number) => (b / 1e6).toFixed(1);
    const rows = [
      ['library in-process (wall)', `${lib.mbps.toFixed(2)} MB/s`, `${lib.docsPerSec.toFixed(0)} articles/s`, `${MB(lib.bytes)} MB, ${small.files.length} articles`],
      ['library in-process (CPU time)', `${lib.cpuMbps.toFixed(2)} MB/s`, '', 'user CPU seconds of this process'],
      ['CLI `extract --json` (small)', `${(small.bytes / 1e6 / cliSmall.seconds).toFixed(2)} MB/s`, `${(small.files.length / cliSmall.seconds).toFixed(0)} articles/s`, `peak RSS ${cliSmall.peakKiB ? (cliSmall.peakKiB / 1024).toFixed(0) + ' MiB' : 'n/a'}, exit ${cliSmall.code}`],
      ['CLI `extract --json` (2× size)', `${(large.bytes / 1e6 / cliLarge.seconds).toFixed(2)} MB/s`, `${(large.files.length / cliLarge.seconds).toFixed(0)} articles/s`, `peak RSS ${cliLarge.peakKiB ? (cliLarge.peakKiB / 1024).toFixed(0) + ' MiB' : 'n/a'} (${MB(large.bytes)} MB), exit ${cliLarge.code}`],
      ['compromise people+orgs', `${comp.mbps.toFixed(2)} MB/s`, '', `sample ${MB(comp.bytes)} MB`],
      ['ratio library / compromise', `${(lib.mbps / comp.mbps).toFixed(0)}×`, '', 'wall-clock MB/s'],
    ];
    const machine = `${cpus().length} CPUs (nproc), ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, 1-min load average at start ${load}`;
    const table = ['| measure | throughput | articles | notes |', '|---|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
    console.log(`Machine: ${machine}\n\n${table}`);
    if (write)
      writeSection(
        resolve(pkg, '../../docs/BENCHMARKS.md'),
        `## Extraction\n\n\`npm run -w @newsgraph/extraction bench\` (${new Date().toISOString().slice(0, 10)}): a generated corpus of ${MB(small.bytes)} MB (${small.files.length} articles) and one of ${MB(large.bytes)} MB for the memory check.\n\nMachine: ${machine}. The machine is shared; when the load average is well above the CPU count, wall-clock figures understate the code's speed — the CPU-time line is the steadier one.\n\n${table}\n\nTargets: ≥ 5 MB/s in-process single-threaded, ≥ 2 MB/s for the whole CLI (tsx start-up included), peak RSS flat as the corpus doubles (the CLI holds one file at a time and streams its output).\n`,
      );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
