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

describe('extract CLI', () => {
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
