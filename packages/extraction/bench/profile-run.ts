/**
 * The profiled run of bench/profile.ts (which bundles this file and starts it with `node`): extracts every text of
 * the chosen corpus once to warm up, then `passes` more times under the inspector's CPU profiler, and writes the
 * profile as JSON. Arguments: `<gen|dev> <mb> <passes> <out.cpuprofile> <work dir> <package dir>`.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { extractDocument } from '../src/extract-document.js';
import { generateCorpus } from './corpus.js';

const [corpus = 'gen', mb = '2', passes = '2', out = 'extraction.cpuprofile', work = '.', pkg = '.'] =
  process.argv.slice(2);
const dev = join(pkg, 'fixtures/articles');
const texts =
  corpus === 'dev'
    ? readdirSync(dev)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => readFileSync(join(dev, f), 'utf8'))
    : generateCorpus(join(work, 'corpus'), Number(mb) * 1e6, 1).files.map((f) => readFileSync(f, 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
for (const text of texts) extractDocument({ text, uri: 'profile.txt' });
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 250 });
await session.post('Profiler.start');
const cpu0 = process.threadCpuUsage();
for (let p = 0; p < Number(passes); p++) for (const text of texts) extractDocument({ text, uri: 'profile.txt' });
const cpu = process.threadCpuUsage(cpu0);
const { profile } = await session.post('Profiler.stop');
writeFileSync(out, JSON.stringify(profile));
const seconds = (cpu.user + cpu.system) / 1e6;
console.log(
  `${corpus}: ${texts.length} texts, ${(bytes / 1e6).toFixed(2)} MB × ${passes}, ` +
    `${((bytes * Number(passes)) / 1e6 / seconds).toFixed(2)} MB/s by thread CPU (profiler on)`,
);
