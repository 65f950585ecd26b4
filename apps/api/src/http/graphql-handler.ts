import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  HeaderMap,
  type ApolloServer,
  type BaseContext,
  type HTTPGraphQLRequest,
  type HTTPGraphQLResponse,
} from '@apollo/server';
import { ErrorCode } from '../errors.js';
import { BudgetExceededError, createRequestBudget, type RequestBudget } from '../request-budget.js';
import { REQUEST_ID_HEADER, requestIdOf } from '../observability/request-id.js';
import type { FastQueryPath } from './fast-query-path.js';
import { BodyTooLargeError, readBody } from './read-body.js';

function sendJsonError(res: ServerResponse, status: number, message: string, code?: ErrorCode): void {
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
    .end(JSON.stringify({ errors: [{ message, ...(code ? { extensions: { code } } : {}) }] }));
}

/** Resolves with `work`'s result, or with null once `ms` have passed. */
async function withinTime<T>(work: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([work, new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

function toHeaderMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** Options of `createGraphQLHandler`. */
export interface GraphQLHandlerOptions<TContext> {
  maxBodyBytes: number;
  /** Budget of read results per request, and the largest response body sent. */
  maxResponseBytes: number;
  /** Time budget per request: then 504 TIMEOUT, and the request's further reads are refused. */
  timeoutMs: number;
  context: (req: IncomingMessage, budget: RequestBudget) => Promise<TContext>;
  /** Answers known read queries without Apollo's pipeline (fast-query-path.ts); its plugin must be among Apollo's. */
  fastPath?: FastQueryPath;
}

/**
 * Bridges Node's http server and Apollo: reads the body (size-limited), parses JSON bodies,
 * and hands the request to `executeHTTPGraphQLRequest`, which applies CSRF prevention, content
 * negotiation and status codes as the GraphQL-over-HTTP spec asks. Each request runs on a budget of result
 * bytes and of time (request-budget.ts); a request over either gets one coded error. A read query Apollo has
 * validated before is executed by the fast path when given, with the same answer; when that answer has errors,
 * Apollo answers the request afresh.
 */
export function createGraphQLHandler<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  options: GraphQLHandlerOptions<TContext>,
) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    // One id per request, in the response header and (through the headers Apollo sees) in the request's log line.
    const reqId = requestIdOf(req);
    res.setHeader(REQUEST_ID_HEADER, reqId);
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
    let body: unknown = raw;
    if (req.method === 'POST' && /^application\/(graphql-response\+)?json\b/i.test(req.headers['content-type'] ?? '')) {
      try {
        body = raw === '' ? undefined : JSON.parse(raw);
      } catch {
        return sendJsonError(res, 400, 'The request body is not valid JSON.');
      }
    }
    let budget = createRequestBudget(options.maxResponseBytes);
    const fast = options.fastPath?.match(req.method ?? 'GET', body, req.headers.accept);
    const answer = async (): Promise<HTTPGraphQLResponse> => {
      if (fast) {
        const string = await fast.run(await options.context(req, budget), reqId, () => budget.stopped !== null);
        if (string !== null) {
          const headers = new HeaderMap([
            ['cache-control', 'no-store'],
            ['content-type', fast.contentType],
          ]);
          return { status: 200, headers, body: { kind: 'complete', string } };
        }
        if (budget.stopped?.code === ErrorCode.TIMEOUT) throw new BudgetExceededError(budget.stopped); // 504 sent
        // A spent budget stays spent, so Apollo answers RESPONSE_TOO_LARGE at once instead of reading it all again;
        // any other error gets a fresh run.
        if (!budget.stopped) budget = createRequestBudget(options.maxResponseBytes);
      }
      const headers = toHeaderMap(req);
      headers.set(REQUEST_ID_HEADER, reqId);
      const httpGraphQLRequest: HTTPGraphQLRequest = {
        method: (req.method ?? 'GET').toUpperCase(),
        headers,
        search: url.search,
        body,
      };
      const requestBudget = budget;
      const response = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest,
        context: () => options.context(req, requestBudget),
      });
      if ((response.status ?? 200) === 200)
        options.fastPath?.learnContentType(req.headers.accept, response.headers.get('content-type'));
      return response;
    };
    const execution = answer();
    const response = await withinTime(execution, options.timeoutMs);
    if (!response) {
      const message = `The request took longer than ${options.timeoutMs} ms; ask for less.`;
      budget.expire(message); // what is still running stops at its next read
      execution.catch(() => {});
      return sendJsonError(res, 504, message, ErrorCode.TIMEOUT);
    }
    const complete = response.body.kind === 'complete' ? response.body.string : '';
    if (complete.length * 3 > options.maxResponseBytes && Buffer.byteLength(complete) > options.maxResponseBytes) {
      return sendJsonError(
        res,
        400,
        `The response would be larger than ${options.maxResponseBytes} bytes; ask for fewer items or fields.`,
        ErrorCode.RESPONSE_TOO_LARGE,
      );
    }
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
