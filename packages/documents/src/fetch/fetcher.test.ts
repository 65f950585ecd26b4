import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readUrl } from '../read/read-url.js';
import { drip, gzipBomb, redirect, respond, startPageServer, type PageServer } from '../testing/page-server.js';
import { isPublicAddress } from './address-policy.js';
import { createFetcher, type Fetcher } from './fetcher.js';

const page = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/pages/${name}`, import.meta.url)), 'utf8');

let server: PageServer;
let fetcher: Fetcher;
let failures = 0;

beforeAll(async () => {
  server = await startPageServer({
    '/robots.txt': respond('User-agent: *\nDisallow: /private/\n', 'text/plain'),
    '/ok': respond(page('json-ld.html')),
    '/og?utm_source=x': respond(page('opengraph-only.html')),
    '/og': respond(page('opengraph-only.html')),
    '/big': respond(Buffer.alloc(50 * 1024 * 1024, 0x61), 'text/html'),
    '/drip': drip(100),
    '/loop-a': redirect('/loop-b'),
    '/loop-b': redirect('/loop-a'),
    '/hop': redirect('/ok', 301),
    '/missing': respond('gone', 'text/plain', 404),
    '/flaky': (_req, res) => {
      failures++;
      if (failures <= 2) return void res.writeHead(503, { 'retry-after': '0' }).end('busy');
      res.writeHead(200, { 'content-type': 'text/html' }).end(page('bare.html'));
    },
    '/down': respond('down', 'text/plain', 500),
    '/bomb': gzipBomb(200 * 1024 * 1024),
    '/pdf': respond(Buffer.from('%PDF-1.7'), 'application/pdf'),
    '/private/secret': respond(page('bare.html')),
    '/cp1252': respond(
      Buffer.concat([
        Buffer.from(
          '<html><head><meta charset="windows-1252"><title>Caf\xe9 chain cuts</title></head><body><article><p>',
        ),
        Buffer.from(
          'The caf\xe9 chain \x93Bean & Co\x94 said it would close 40 shops \x96 about \x80 2 million of rent.',
          'latin1',
        ),
        Buffer.from('</p></article></body></html>'),
      ]),
      'text/html',
    ),
    '/elsewhere': respond(
      page('json-ld.html').replace('https://ledger-gazette.example/', 'https://other-site.example/'),
    ),
  });
  server.set(
    '/amp',
    respond(
      page('amp.html').replace(
        'https://ledger-gazette.example/business/2023/12/spotify-trims-roles',
        server.url('/ok'),
      ),
    ),
  );
  let inFlight = 0;
  server.set('/slow', (_req, res) => {
    maxInFlight = Math.max(maxInFlight, ++inFlight);
    setTimeout(() => {
      inFlight--;
      res.writeHead(200, { 'content-type': 'text/html' }).end(page('bare.html'));
    }, 50);
  });
  fetcher = createFetcher({
    allowPrivate: true,
    timeoutMs: 1500,
    maxBytes: 8 * 1024 * 1024,
    retries: 2,
    backoffMs: 10,
  });
});
let maxInFlight = 0;
afterAll(async () => {
  await fetcher.close();
  await server.close();
});

const codeOf = async (path: string, f = fetcher) => {
  const r = await readUrl(server.url(path), f);
  return 'error' in r ? r.error.code : 'ok';
};

describe('the fetcher (bad input from the web)', () => {
  it('reads a page with a User-Agent naming the project, following a redirect; an AMP page takes its canonical URL on the same site', async () => {
    const r = await readUrl(server.url('/hop'), fetcher);
    if ('error' in r) throw r.error;
    expect(r.document.title).toBe('Spotify to trim 1,500 roles in efficiency push');
    expect(r.document.origin).toBe(server.url('/ok'));
    expect(r.document.uri).toBe(server.url('/ok'));
    expect(server.requests.find((q) => q.path === '/ok')!.userAgent).toMatch(/^NewsgraphBot\//);
    const amp = await readUrl(server.url('/amp'), fetcher);
    if ('error' in amp) throw amp.error;
    expect(amp.document).toMatchObject({ uri: server.url('/ok'), origin: server.url('/amp') });
  });

  it('sends at most perHostConcurrency requests to one host at a time', async () => {
    await Promise.all(Array.from({ length: 6 }, () => readUrl(server.url('/slow'), fetcher)));
    expect(maxInFlight).toBe(2);
  });

  it('keeps its own URL (minus tracking parameters) when the canonical URL points to another site', async () => {
    const r = await readUrl(server.url('/og?utm_source=x&fbclid=1'), fetcher);
    if ('error' in r) throw r.error;
    expect(r.document.uri).toBe(server.url('/og'));
    const moved = await readUrl(server.url('/elsewhere'), fetcher);
    if ('error' in moved) throw moved.error;
    expect(moved.document.uri).toBe(server.url('/elsewhere'));
  });

  it('decodes a page whose charset only its meta tag declares (Windows-1252)', async () => {
    const r = await readUrl(server.url('/cp1252'), fetcher);
    if ('error' in r) throw r.error;
    expect(r.document.text).toBe(
      'The café chain “Bean & Co” said it would close 40 shops – about € 2 million of rent.',
    );
  });

  it('refuses a 50 MB page at the size limit', async () => {
    expect(await codeOf('/big')).toBe('E_TOO_LARGE');
  });

  it('cuts a gzip bomb at the size limit without inflating it whole', async () => {
    const before = process.memoryUsage().rss;
    expect(await codeOf('/bomb')).toBe('E_TOO_LARGE');
    expect(process.memoryUsage().rss - before).toBeLessThan(150 * 1024 * 1024);
  });

  it('gives up on a page that never ends', async () => {
    const noRetry = createFetcher({ allowPrivate: true, timeoutMs: 800, retries: 0 });
    try {
      expect(await codeOf('/drip', noRetry)).toBe('E_TIMEOUT');
    } finally {
      await noRetry.close();
    }
  });

  it('stops a redirect loop', async () => {
    const r = await readUrl(server.url('/loop-a'), fetcher);
    expect('error' in r && r.error.toString()).toMatch(/E_REDIRECTS: redirect loop/);
  });

  it('reports 404 at once and 500 after its retries; retries a 503 until it answers', async () => {
    expect(await codeOf('/missing')).toBe('E_HTTP_STATUS');
    expect(server.requests.filter((q) => q.path === '/missing')).toHaveLength(1);
    expect(await codeOf('/down')).toBe('E_HTTP_STATUS');
    expect(server.requests.filter((q) => q.path === '/down')).toHaveLength(3);
    expect(await codeOf('/flaky')).toBe('ok');
  });

  it('refuses what is not a page, what robots.txt disallows, file: URLs and (by default) loopback', async () => {
    expect(await codeOf('/pdf')).toBe('E_CONTENT_TYPE');
    expect(await codeOf('/private/secret')).toBe('E_ROBOTS');
    expect(server.requests.filter((q) => q.path === '/private/secret')).toHaveLength(0);
    const r = await readUrl('file:///etc/passwd', fetcher);
    expect('error' in r && r.error.code).toBe('E_URL');
    const strict = createFetcher({ retries: 0 });
    try {
      expect(await codeOf('/ok', strict)).toBe('E_PRIVATE_ADDRESS');
      const named = await readUrl(server.url('/ok').replace('127.0.0.1', 'localhost'), strict);
      expect('error' in named && named.error.code).toBe('E_PRIVATE_ADDRESS');
    } finally {
      await strict.close();
    }
  });

  it('tells public from private addresses', () => {
    expect(
      ['127.0.0.1', '10.1.2.3', '192.168.0.1', '169.254.169.254', '::1', 'fc00::1', '::ffff:127.0.0.1', '0.0.0.0'].map(
        isPublicAddress,
      ),
    ).toEqual(Array(8).fill(false));
    expect(['93.184.216.34', '2606:4700::1111'].map(isPublicAddress)).toEqual([true, true]);
  });
});
