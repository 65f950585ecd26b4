import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const pkg = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(pkg, 'bin/extract.ts'), ...args], {
    cwd: pkg,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: dir },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('extract CLI', { timeout: 30_000 }, () => {
  // each test spawns a process: slow to start on a loaded machine
  writeFileSync(join(dir, 'good.txt'), 'Meta cut 21,000 jobs, CEO Mark Zuckerberg said.');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x41, 0x6d, 0xe9, 0x20, 0x63, 0x75, 0x74]));
  writeFileSync(
    join(dir, 'page.html'),
    '<!DOCTYPE html><html><head><title>Google cuts</title><script>var s="Intel cut 1 jobs";</script></head><body><p>Google will eliminate 12,000 jobs.</p></body></html>',
  );
  mkdirSync(join(dir, 'folder/sub'), { recursive: true });
  writeFileSync(join(dir, 'folder/b.txt'), 'Google eliminated 12,000.');
  writeFileSync(join(dir, 'folder/sub/a.md'), 'Amazon is cutting 14,000 corporate jobs.');
  writeFileSync(join(dir, 'folder/notes.gold.json'), '{}');
  writeFileSync(join(dir, 'folder/notes.yaml'), 'a: b');
  writeFileSync(join(dir, 'story.txt'), 'Intel will cut 15,000 jobs.');
  mkdirSync(join(dir, 'a'), { recursive: true });
  mkdirSync(join(dir, 'b'), { recursive: true });
  writeFileSync(join(dir, 'a/story.txt'), 'Intel will cut 15,000 jobs.');
  writeFileSync(join(dir, 'b/story.md'), 'Cisco will cut 4,000 jobs.');
  writeFileSync(
    join(dir, 'news.jsonl'),
    [
      JSON.stringify({
        headline: 'Cisco cuts',
        body: 'Cisco will cut 4,000 jobs.',
        link: 'https://wire.example/c?utm_source=x',
      }),
      'not json',
      JSON.stringify({ title: 'no text here' }),
      '',
      JSON.stringify({ content: 'Zoom will eliminate 1,300 jobs.' }),
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'news.csv'),
    'title,text,published\n"Intel, again","Intel will cut 15,000 jobs.",2024-08-01\n',
  );

  // A folder of good documents with unreadable ones among them, for the thread counts.
  mkdirSync(join(dir, 'mixed'), { recursive: true });
  const firms = ['Norrvik Motors', 'Kestrel Freight', 'Vessla Paper', 'Orsk Mills', 'Hallberg Retail', 'Tarn Bank'];
  firms.forEach((firm, i) =>
    writeFileSync(
      join(dir, `mixed/${String(i).padStart(2, '0')}.txt`),
      `${firm} will cut ${(i + 1) * 150} jobs, chief executive Jane Roe said. ${firm} employs ${(i + 2) * 1000} people.`,
    ),
  );
  writeFileSync(join(dir, 'mixed/02b-empty.txt'), '');
  writeFileSync(join(dir, 'mixed/04b-binary.txt'), Buffer.from([0x4b, 0x00, 0x56]));
  writeFileSync(
    join(dir, 'mixed/07-wire.jsonl'),
    [
      JSON.stringify({ title: 'Vessla cuts', body: 'Vessla Paper will close its mill and cut 300 jobs.' }),
      'not json',
      JSON.stringify({ body: 'Orsk Mills plans to lay off 75 workers.' }),
    ].join('\n'),
  );

  it('gives the same bytes, in input order, on the main thread and on 1 or 2 threads (JSON and summary)', () => {
    const json = ['0', '1', '2'].map((n) => run('--json', '--threads', n, 'mixed', 'good.txt'));
    for (const r of json) {
      expect(r.code).toBe(1);
      expect(r.out).toBe(json[0]!.out);
      expect(r.err).toBe(json[0]!.err);
    }
    const uris = JSON.parse(json[0]!.out).documents.map((d: { source: { uri: string } }) => d.source.uri);
    expect(uris.slice(0, 6)).toEqual([
      'mixed/00.txt',
      'mixed/01.txt',
      'mixed/02.txt',
      'mixed/03.txt',
      'mixed/04.txt',
      'mixed/05.txt',
    ]);
    expect(uris).toHaveLength(9);
    expect(uris.at(-1)).toBe('good.txt');
    const summaries = ['0', '2'].map((n) => run(`--threads=${n}`, 'mixed'));
    expect(summaries[1]!.out).toBe(summaries[0]!.out);
    expect(summaries[0]!.out.indexOf('mixed/01.txt')).toBeLessThan(summaries[0]!.out.indexOf('mixed/02.txt'));
  }, 90_000); // five CLI processes, the threaded ones loading the extractor through tsx on each thread

  it('reports a failing document among good ones where it stands and extracts the rest, on threads', () => {
    const r = run('--json', '--threads', '2', 'mixed');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).documents).toHaveLength(8);
    expect(r.err.split('\n').filter(Boolean)).toEqual([
      expect.stringContaining('mixed/02b-empty.txt: E_EMPTY'),
      expect.stringContaining('mixed/04b-binary.txt: E_BINARY'),
      expect.stringContaining('mixed/07-wire.jsonl:2: E_RECORD'),
      'extract: 3 document(s) failed, 8 extracted',
    ]);
  });

  it('refuses a bad --threads value as a usage error (exit 2)', () => {
    for (const bad of ['-1', 'two', '1.5', '65', '']) {
      const r = run('--threads', bad, 'good.txt');
      expect(r.code, `--threads ${bad}`).toBe(2);
      expect(r.out).toBe('');
    }
    expect(run('--threads', 'two', 'good.txt').err).toContain('--threads must be a whole number');
  }, 60_000);

  it('prints { documents } for good files, with the path as uri', () => {
    const r = run('--json', 'good.txt');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.documents).toHaveLength(1);
    expect(out.documents[0].source).toMatchObject({ uri: 'good.txt', id: 'article:file:good.txt' });
    expect(out.documents[0].events[0]).toMatchObject({ kind: 'layoff', count: 21000 });
  });

  it('reports each bad file with a code, keeps going, and exits 1', () => {
    const r = run('--json', 'empty.txt', 'good.txt', 'binary.txt', 'latin1.txt', 'missing.txt');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).documents.map((d: { source: { uri: string } }) => d.source.uri)).toEqual(['good.txt']);
    expect(r.err).toContain('empty.txt: E_EMPTY');
    expect(r.err).toContain('binary.txt: E_BINARY');
    expect(r.err).toContain('latin1.txt: E_ENCODING');
    expect(r.err).toContain('missing.txt: E_NOT_FOUND');
  });

  it('gives files of the same name in different folders different ids (issue 16: one overwrote the other)', () => {
    const r = run('--json', 'a', 'b', 'story.txt');
    const ids = JSON.parse(r.out).documents.map((d: { source: { id: string } }) => d.source.id);
    expect(ids).toEqual(['article:file:a/story.txt', 'article:file:b/story.md', 'article:file:story.txt']);
  });

  it('streams JSONL and CSV datasets record by record; a bad record fails alone with its line', () => {
    const r = run('--json', 'news.jsonl', 'news.csv');
    expect(r.code).toBe(1);
    const docs = JSON.parse(r.out).documents.map((d: { source: Record<string, unknown> }) => d.source);
    expect(docs).toHaveLength(3);
    expect(docs[0]).toMatchObject({
      title: 'Cisco cuts',
      uri: 'https://wire.example/c',
      id: 'article:https://wire.example/c',
    });
    expect(docs[1].id).toMatch(/^article:file:news\.jsonl#sha256-[0-9a-f]{32}$/);
    expect(docs[2]).toMatchObject({ title: 'Intel, again', publishedAt: '2024-08-01' });
    expect(r.err).toContain('news.jsonl:2: E_RECORD: not JSON');
    expect(r.err).toContain('news.jsonl:3: E_RECORD: no text');
  });

  it('takes --flag=value, refuses unknown options with exit 2 and prints --help', () => {
    expect(run('--json', '--max-bytes=10', 'good.txt').err).toContain('good.txt: E_TOO_LARGE');
    expect(run('--bogus', 'good.txt').code).toBe(2);
    const help = run('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('Exit codes');
    expect(help.out).toContain('--threads N');
    const evalCli = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', join(pkg, 'bin/eval.ts'), ...args], {
        cwd: pkg,
        encoding: 'utf8',
      });
    expect(evalCli('--help').status).toBe(0);
    expect(evalCli('--gold=nowhere', '--bogus').status).toBe(2);
  }, 60_000);

  it('expands folders recursively in sorted order, skipping other extensions', () => {
    const r = run('--json', 'folder');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).documents.map((d: { source: { uri: string } }) => d.source.uri)).toEqual([
      'folder/b.txt',
      'folder/sub/a.md',
    ]);
  });

  it('reads an HTML page as its clean text: no script, spans index the text', () => {
    const r = run('--json', 'page.html');
    const d = JSON.parse(r.out).documents[0];
    expect(d.source.title).toBe('Google cuts');
    expect(d.entities.map((e: { name: string }) => e.name)).toEqual(['Google']);
    expect(d.events[0]).toMatchObject({ count: 12000 });
    expect(d.events[0].evidence[0].text).toBe('Google will eliminate 12,000 jobs.');
  });

  it('prints a readable summary without --json and a usage error without paths', () => {
    const r = run('good.txt');
    expect(r.out).toContain('role: Mark Zuckerberg — CEO — Meta');
    expect(r.out).toContain('event: layoff Meta 21,000');
    expect(run().code).toBe(2);
  });

  it('gives the same bytes through the bundled launcher (`npm run extract`) as through tsx, errors included', () => {
    const args = ['--json', 'folder', 'page.html', 'good.txt', 'empty.txt'];
    const viaBundle = spawnSync(process.execPath, [join(pkg, 'scripts/run-cli.mjs'), 'extract', ...args], {
      cwd: pkg,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: dir },
    });
    const viaTsx = run(...args);
    expect(viaBundle.stdout).toBe(viaTsx.out);
    expect(viaBundle.stderr).toBe(viaTsx.err);
    expect(viaBundle.status).toBe(1);
  }, 30_000); // two child processes (bundle and tsx): slow to start on a loaded machine
});
