import { setTimeout as sleep } from 'node:timers/promises';
import type * as Undici from 'undici';
import { DocumentError, isDocumentError } from '../errors.js';
import { checkUrl, createGuardedLookup } from './address-policy.js';
import { DEFAULT_FETCH_OPTIONS, type FetchOptions } from './fetch-options.js';
import { createHostLimiter } from './host-limiter.js';
import { readBody } from './read-body.js';
import { robotsRulesFrom, type RobotsRules } from './robots.js';
import { lazyRequire } from '../lazy-require.js';

const undici = lazyRequire<typeof Undici>('undici');

/** A fetched response: the final URL after redirects, its content type and the decoded bytes. */
export interface FetchedResource {
  url: string;
  status: number;
  contentType: string;
  bytes: Buffer;
}

/** What a caller accepts: media types (`text/html`, `application/rss+xml` …; `*` for any). */
export interface FetchRequest {
  accept: readonly string[];
}

/** The one polite, bounded HTTP client of the project (pages, feeds, robots.txt). */
export interface Fetcher {
  fetch(url: string, request: FetchRequest): Promise<FetchedResource>;
  readonly options: Readonly<FetchOptions>;
  close(): Promise<void>;
}

const RETRY_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

class RetryableError extends Error {
  constructor(
    readonly error: DocumentError,
    readonly retryAfterMs: number | null,
  ) {
    super(error.message);
  }
}

function retryAfter(header: string | string[] | undefined): number | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return null;
  const seconds = Number(value);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - Date.now();
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), 30_000) : null;
}

const mediaType = (contentType: string) => contentType.split(';')[0]!.trim().toLowerCase();

/**
 * Creates the fetcher: http(s) only; private and loopback addresses refused (before DNS for literals, at connect
 * time for names) unless `allowPrivate`; a `User-Agent` naming the project; robots.txt asked once per origin and
 * obeyed; at most `perHostConcurrency` requests per host; redirects followed by hand (each hop checked again,
 * loops and more than `maxRedirects` refused); one deadline over the whole exchange (a page that drips forever
 * is cut); bodies decoded and cut at `maxBytes` (gzip bombs included); the content type checked against what the
 * caller accepts; network errors, timeouts, 408/429/5xx retried with exponential backoff (Retry-After honoured).
 * Every failure is a DocumentError with a code (E_URL, E_PRIVATE_ADDRESS, E_ROBOTS, E_HTTP_STATUS, E_TIMEOUT,
 * E_REDIRECTS, E_TOO_LARGE, E_CONTENT_TYPE, E_NETWORK).
 */
export function createFetcher(overrides: Partial<FetchOptions> = {}): Fetcher {
  const options: FetchOptions = { ...DEFAULT_FETCH_OPTIONS, ...overrides };
  const { Agent, request } = undici();
  const agent = new Agent({
    connect: { lookup: createGuardedLookup(options.allowPrivate), timeout: Math.min(10_000, options.timeoutMs) },
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    connections: options.perHostConcurrency,
  });
  const limit = createHostLimiter(options.perHostConcurrency);
  const robots = new Map<string, Promise<RobotsRules>>();

  /** One GET without redirects, within `signal`. */
  async function getOnce(url: URL, accept: readonly string[], signal: AbortSignal, maxBytes: number) {
    const response = await request(url, {
      method: 'GET',
      dispatcher: agent,
      signal,
      headers: {
        'user-agent': options.userAgent,
        accept: accept.includes('*') ? '*/*' : `${accept.join(', ')};q=1, */*;q=0.1`,
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    // Bodies destroyed unread must not surface their abort as an unhandled error.
    response.body.on('error', () => {});
    const header = (name: string) => {
      const v = response.headers[name];
      return Array.isArray(v) ? v[0] : v;
    };
    return { response, header, read: () => readBody(response.body, header('content-encoding'), maxBytes, url.href) };
  }

  async function rulesFor(url: URL): Promise<RobotsRules> {
    let rules = robots.get(url.origin);
    if (!rules) {
      rules = (async () => {
        try {
          const got = await exchange(new URL('/robots.txt', url.origin), ['*'], 512 * 1024, false);
          return robotsRulesFrom(url.origin, got.status, got.bytes.toString('utf8'));
        } catch (error) {
          if (isDocumentError(error) && error.code === 'E_PRIVATE_ADDRESS') throw error;
          const code =
            (error as { code?: string; cause?: { code?: string } }).code ??
            (error as { cause?: { code?: string } }).cause?.code;
          if (code === 'E_PRIVATE_ADDRESS') throw classify(error, url.href);
          const status =
            isDocumentError(error) && error.code === 'E_HTTP_STATUS' ? Number(/\d{3}/.exec(error.message)?.[0]) : null;
          return robotsRulesFrom(url.origin, status, '');
        }
      })();
      robots.set(url.origin, rules);
    }
    return rules;
  }

  /** GET with redirects, robots.txt and per-host limits; throws RetryableError for what may pass on a retry. */
  async function exchange(
    start: URL,
    accept: readonly string[],
    maxBytes: number,
    checkRobots: boolean,
  ): Promise<FetchedResource> {
    // One deadline over the whole exchange, cleared when it ends (a late abort would hit a finished body).
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new DOMException('deadline', 'TimeoutError')), options.timeoutMs);
    try {
      return await follow(start, accept, maxBytes, checkRobots, controller.signal);
    } finally {
      clearTimeout(timer);
    }
  }

  async function follow(
    start: URL,
    accept: readonly string[],
    maxBytes: number,
    checkRobots: boolean,
    signal: AbortSignal,
  ): Promise<FetchedResource> {
    const seen = new Set<string>();
    let url = start;
    for (let hop = 0; ; hop++) {
      checkUrl(url, options.allowPrivate);
      if (checkRobots && options.respectRobots && !(await rulesFor(url)).isAllowed(url.href))
        throw new DocumentError('E_ROBOTS', url.href, 'robots.txt disallows this URL for NewsgraphBot');
      seen.add(url.href);
      const result = await limit(url.host, async (): Promise<{ redirect: URL } | { resource: FetchedResource }> => {
        const { response, header, read } = await getOnce(url, accept, signal, maxBytes);
        const status = response.statusCode;
        if (status >= 300 && status < 400 && header('location')) {
          response.body.destroy();
          return { redirect: new URL(header('location')!, url) };
        }
        if (status < 200 || status >= 300) {
          response.body.destroy();
          const error = new DocumentError('E_HTTP_STATUS', url.href, `HTTP ${status}`);
          if (RETRY_STATUS.has(status)) throw new RetryableError(error, retryAfter(response.headers['retry-after']));
          throw error;
        }
        const contentType = header('content-type') ?? '';
        const type = mediaType(contentType);
        if (!accept.includes('*') && !accept.includes(type)) {
          response.body.destroy();
          throw new DocumentError(
            'E_CONTENT_TYPE',
            url.href,
            `content type ${type || '(none)'} is not one of ${accept.join(', ')}`,
          );
        }
        const length = Number(header('content-length'));
        if (Number.isFinite(length) && length > maxBytes) {
          response.body.destroy();
          throw new DocumentError(
            'E_TOO_LARGE',
            url.href,
            `the response is ${length} bytes, over the limit of ${maxBytes} bytes`,
          );
        }
        return { resource: { url: url.href, status, contentType, bytes: await read() } };
      });
      if ('resource' in result) return result.resource;
      if (seen.has(result.redirect.href))
        throw new DocumentError('E_REDIRECTS', start.href, `redirect loop at ${result.redirect.href}`);
      if (hop + 1 > options.maxRedirects)
        throw new DocumentError('E_REDIRECTS', start.href, `more than ${options.maxRedirects} redirects`);
      url = result.redirect;
    }
  }

  /** Maps what undici, zlib and the abort signal throw to a DocumentError; network trouble is retryable. */
  function classify(error: unknown, where: string): DocumentError | RetryableError {
    if (error instanceof RetryableError || isDocumentError(error)) return error;
    const e = error as NodeJS.ErrnoException & { cause?: NodeJS.ErrnoException };
    const code = e?.code ?? e?.cause?.code;
    if (code === 'E_PRIVATE_ADDRESS') return new DocumentError('E_PRIVATE_ADDRESS', where, (e.cause ?? e).message);
    if (
      e?.name === 'TimeoutError' ||
      e?.name === 'AbortError' ||
      code === 'UND_ERR_HEADERS_TIMEOUT' ||
      code === 'UND_ERR_BODY_TIMEOUT'
    )
      return new RetryableError(
        new DocumentError('E_TIMEOUT', where, `no complete answer within ${options.timeoutMs} ms`),
        null,
      );
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR' || code === 'ERR_BROTLI_DECOMPRESSION_FAILED')
      return new DocumentError('E_CONTENT_TYPE', where, 'the compressed body is corrupt');
    return new RetryableError(
      new DocumentError('E_NETWORK', where, `${code ?? 'error'}: ${e?.message ?? String(error)}`),
      null,
    );
  }

  return {
    options,
    async fetch(href, { accept }) {
      let url: URL;
      try {
        url = new URL(href);
      } catch {
        throw new DocumentError('E_URL', href, 'not a URL');
      }
      for (let attempt = 0; ; attempt++) {
        try {
          return await exchange(url, accept, options.maxBytes, true);
        } catch (raw) {
          const error = classify(raw, url.href);
          if (!(error instanceof RetryableError)) throw error;
          if (attempt >= options.retries) throw error.error;
          const backoff = options.backoffMs * 2 ** attempt * (0.75 + Math.random() * 0.5);
          await sleep(error.retryAfterMs ?? backoff);
        }
      }
    },
    close: () => agent.close(),
  };
}
