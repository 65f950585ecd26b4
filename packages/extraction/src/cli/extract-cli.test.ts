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
  writeFileSync(join(dir, 'folder/notes.json'), '{}');

  it('prints { documents } for good files, with the path as uri', () => {
    const r = run('--json', 'good.txt');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.documents).toHaveLength(1);
    expect(out.documents[0].source).toMatchObject({ uri: 'good.txt', id: 'article:good' });
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

  it('expands folders recursively in sorted order, skipping other extensions', () => {
    const r = run('--json', 'folder');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).documents.map((d: { source: { uri: string } }) => d.source.uri)).toEqual([
      'folder/b.txt',
      'folder/sub/a.md',
    ]);
  });

  it('reads HTML through its markup with exact offsets into the page', () => {
    const r = run('--json', 'page.html');
    const d = JSON.parse(r.out).documents[0];
    expect(d.source.title).toBe('Google cuts');
    expect(d.entities.map((e: { name: string }) => e.name)).toEqual(['Google']);
    expect(d.events[0]).toMatchObject({ count: 12000 });
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
  });
});
