/** How the fetcher behaves; every field has a default (see DEFAULT_FETCH_OPTIONS). */
export interface FetchOptions {
  /** Sent with every request; names the project and says why it fetches. */
  userAgent: string;
  /** Whole request, headers and body, redirects included (a page that drips forever ends here); ms. */
  timeoutMs: number;
  /** Decoded bytes of one response (after gzip/br/deflate): larger is E_TOO_LARGE. */
  maxBytes: number;
  /** Redirects followed for one URL before E_REDIRECTS (a loop stops at the first repeat). */
  maxRedirects: number;
  /** Retries after a network error, a timeout, 408, 429 or 5xx (never after 4xx); 0 turns retrying off. */
  retries: number;
  /** First backoff, doubled at each retry (with ±25% jitter); a Retry-After header, capped at 30 s, wins; ms. */
  backoffMs: number;
  /** Requests in flight to one host at once. */
  perHostConcurrency: number;
  /** Fetch from loopback, private and link-local addresses (refused by default; tests need loopback). */
  allowPrivate: boolean;
  /** Ask each site's /robots.txt first and skip what it disallows for our User-Agent. */
  respectRobots: boolean;
}

/** Defaults: 20 s per request, 8 MiB, 5 redirects, 2 retries from 500 ms, 2 requests per host, robots.txt obeyed. */
export const DEFAULT_FETCH_OPTIONS: Readonly<FetchOptions> = Object.freeze({
  userAgent:
    'NewsgraphBot/0.1 (+https://github.com/newsgraph/newsgraph; news knowledge graph; polite, robots.txt honoured)',
  timeoutMs: 20_000,
  maxBytes: 8 * 1024 * 1024,
  maxRedirects: 5,
  retries: 2,
  backoffMs: 500,
  perHostConcurrency: 2,
  allowPrivate: false,
  respectRobots: true,
});

/** The robot name matched against robots.txt `User-agent` lines. */
export const ROBOT_NAME = 'NewsgraphBot';
