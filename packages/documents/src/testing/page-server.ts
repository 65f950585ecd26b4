import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

/** Answers one request; may write slowly or never finish (the server ends open responses on close). */
export type Route = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** A local HTTP server on 127.0.0.1 for tests: pages and feeds written for the tests, never the internet. */
export interface PageServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  url(path: string): string;
  /** Adds or replaces the route of a path (query ignored). */
  set(path: string, route: Route): void;
  /** Requests received, as `METHOD path` with the User-Agent, in order. */
  requests: Array<{ path: string; userAgent: string | undefined }>;
  close(): Promise<void>;
}

/** Serves `body` with a content type (UTF-8 unless the body is bytes). */
export const respond =
  (
    body: string | Buffer,
    type = 'text/html; charset=utf-8',
    status = 200,
    headers: Record<string, string> = {},
  ): Route =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': type, ...headers });
    res.end(body);
  };

/** A redirect to `location`. */
export const redirect =
  (location: string, status = 302): Route =>
  (_req, res) => {
    res.writeHead(status, { location });
    res.end();
  };

/** A page that sends one byte every `everyMs` and never ends (until the server closes). */
export const drip =
  (everyMs = 200): Route =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><body><p>');
    const timer = setInterval(() => res.write('a'), everyMs);
    res.on('close', () => clearInterval(timer));
  };

/** A gzip bomb: a few KB on the wire that inflate to `inflatedBytes` of zeros-as-text. */
export function gzipBomb(inflatedBytes: number): Route {
  const body = gzipSync(Buffer.alloc(inflatedBytes, 0x61), { level: 9 });
  return respond(body, 'text/html', 200, { 'content-encoding': 'gzip' });
}

/** Starts a PageServer on a free port of 127.0.0.1. */
export async function startPageServer(routes: Record<string, Route> = {}): Promise<PageServer> {
  const table = new Map(Object.entries(routes));
  const requests: PageServer['requests'] = [];
  const open = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ path, userAgent: req.headers['user-agent'] });
    open.add(res);
    res.on('close', () => open.delete(res));
    const route = table.get(path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    void Promise.resolve(route(req, res)).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    set: (path, route) => void table.set(path, route),
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
