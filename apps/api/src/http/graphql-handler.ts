import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';
import { BodyTooLargeError, readBody } from './read-body.js';

function sendJsonError(res: ServerResponse, status: number, message: string): void {
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
    .end(JSON.stringify({ errors: [{ message }] }));
}

function toHeaderMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/**
 * Bridges Node's http server and Apollo: reads the body (size-limited), parses JSON bodies,
 * and hands the request to `executeHTTPGraphQLRequest`, which applies CSRF prevention, content
 * negotiation and status codes as the GraphQL-over-HTTP spec asks.
 */
export function createGraphQLHandler<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  options: { maxBodyBytes: number; context: (req: IncomingMessage) => Promise<TContext> },
) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    let raw: string;
    try {
      raw = await readBody(req, options.maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        res.setHeader('connection', 'close');
        return sendJsonError(res, 413, error.message);
      }
      throw error;
    }
    const headers = toHeaderMap(req);
    let body: unknown = raw;
    if (req.method === 'POST' && /^application\/(graphql-response\+)?json\b/i.test(headers.get('content-type') ?? '')) {
      try {
        body = raw === '' ? undefined : JSON.parse(raw);
      } catch {
        return sendJsonError(res, 400, 'The request body is not valid JSON.');
      }
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      headers,
      search: url.search,
      body,
    };
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: () => options.context(req),
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
