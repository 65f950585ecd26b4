import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST, print, type DocumentNode } from 'graphql';
import { NewsgraphClientError, type GraphQLErrorEntry } from './client-error';

/** Options of {@link createNewsgraphClient}. */
export interface NewsgraphClientOptions {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Sent with every request (e.g. `authorization` for mutations). */
  headers?: Record<string, string>;
  /** Abort a request after this many milliseconds; default 10 000. */
  timeoutMs?: number;
}

/** Per-request options. */
export interface RequestOptions {
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** A typed GraphQL client for the Newsgraph API. */
export interface NewsgraphClient {
  readonly url: string;
  /** Runs one operation; resolves to its data or throws a {@link NewsgraphClientError}. */
  request<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
    options?: RequestOptions,
  ): Promise<TResult>;
}

interface GraphQLResponse {
  data?: unknown;
  errors?: GraphQLErrorEntry[];
}

const printed = new WeakMap<DocumentNode, string>();

function printDocument(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

function isGraphQLResponse(value: unknown): value is GraphQLResponse {
  return typeof value === 'object' && value !== null && ('data' in value || 'errors' in value);
}

function describeCause(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'the request timed out or was aborted';
  return cause?.code ?? cause?.message ?? error.message;
}

/**
 * Creates a client that POSTs `{ query, variables, operationName }` as JSON (which also satisfies the API's CSRF
 * prevention). Network failures, non-2xx answers without a GraphQL body, and GraphQL errors all throw a
 * {@link NewsgraphClientError} whose message names the URL, the operation and the reason.
 */
export function createNewsgraphClient(options: NewsgraphClientOptions): NewsgraphClient {
  const { url, headers: baseHeaders = {}, timeoutMs = 10_000 } = options;
  const doFetch = options.fetch ?? globalThis.fetch;

  async function request<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
    requestOptions: RequestOptions = {},
  ): Promise<TResult> {
    const operationName = getOperationAST(document)?.name?.value;
    const label = operationName ?? 'operation';
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = requestOptions.signal ? AbortSignal.any([requestOptions.signal, timeout]) : timeout;

    let response: Response;
    try {
      response = await doFetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...baseHeaders,
          ...requestOptions.headers,
        },
        body: JSON.stringify({ query: printDocument(document), variables, operationName }),
        signal,
      });
    } catch (error) {
      throw new NewsgraphClientError(
        `Could not reach the Newsgraph API at ${url} (${label}): ${describeCause(error)}`,
        {
          code: 'NETWORK',
          url,
          operationName,
          cause: error,
        },
      );
    }

    const body = await response.text().catch(() => '');
    let json: unknown;
    try {
      json = body ? JSON.parse(body) : undefined;
    } catch {
      json = undefined;
    }

    if (isGraphQLResponse(json) && json.errors?.length) {
      const messages = json.errors.map((e) => e.message).join('; ');
      throw new NewsgraphClientError(`The Newsgraph API at ${url} answered ${label} with errors: ${messages}`, {
        code: 'GRAPHQL',
        url,
        operationName,
        status: response.status,
        errors: json.errors,
      });
    }
    if (!response.ok) {
      const snippet = body.slice(0, 200).trim();
      throw new NewsgraphClientError(
        `The Newsgraph API at ${url} answered ${label} with HTTP ${response.status} ${response.statusText}${snippet ? `: ${snippet}` : ''}`,
        { code: 'HTTP', url, operationName, status: response.status },
      );
    }
    if (!isGraphQLResponse(json) || json.data == null) {
      throw new NewsgraphClientError(
        `The Newsgraph API at ${url} answered ${label} with something that is not a GraphQL result`,
        {
          code: 'BAD_RESPONSE',
          url,
          operationName,
          status: response.status,
        },
      );
    }
    return json.data as TResult;
  }

  return { url, request };
}
