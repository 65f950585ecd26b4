import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST } from 'graphql';
import { NewsgraphClientError, type GraphQLErrorEntry } from './client-error';
import { isQueryDocument, persistedQueryHash, printDocument } from './persisted-queries';

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
  /**
   * Send queries as persisted queries over GET (`?operationName&variables&extensions={persistedQuery}`, with
   * `apollo-require-preflight` for the API's CSRF prevention), which a CDN or cache in front of the API can
   * serve; an unknown hash is registered by one POST with the full text. Default false: every request is a POST.
   */
  persistedQueries?: boolean;
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

function isGraphQLResponse(value: unknown): value is GraphQLResponse {
  return typeof value === 'object' && value !== null && ('data' in value || 'errors' in value);
}

function describeCause(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'the request timed out or was aborted';
  return cause?.code ?? cause?.message ?? error.message;
}

function isPersistedQueryNotFound(json: unknown): boolean {
  return (
    isGraphQLResponse(json) &&
    (json.errors ?? []).some((error) => (error.extensions as { code?: unknown })?.code === 'PERSISTED_QUERY_NOT_FOUND')
  );
}

/**
 * Creates a client that POSTs `{ query, variables, operationName }` as JSON (which also satisfies the API's CSRF
 * prevention), or, with `persistedQueries`, sends queries as cacheable GETs by hash. Network failures, non-2xx answers without a GraphQL body, and GraphQL errors all throw a
 * {@link NewsgraphClientError} whose message names the URL, the operation and the reason.
 */
export function createNewsgraphClient(options: NewsgraphClientOptions): NewsgraphClient {
  const { url, headers: baseHeaders = {}, timeoutMs = 10_000 } = options;
  const doFetch = options.fetch ?? globalThis.fetch;

  async function send(target: string, init: RequestInit, operationName: string | undefined) {
    let response: Response;
    try {
      response = await doFetch(target, init);
    } catch (error) {
      throw new NewsgraphClientError(
        `Could not reach the Newsgraph API at ${url} (${operationName ?? 'operation'}): ${describeCause(error)}`,
        { code: 'NETWORK', url, operationName, cause: error },
      );
    }
    const body = await response.text().catch(() => '');
    let json: unknown;
    try {
      json = body ? JSON.parse(body) : undefined;
    } catch {
      json = undefined;
    }
    return { response, body, json };
  }

  async function request<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
    requestOptions: RequestOptions = {},
  ): Promise<TResult> {
    const operationName = getOperationAST(document)?.name?.value;
    const label = operationName ?? 'operation';
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = requestOptions.signal ? AbortSignal.any([requestOptions.signal, timeout]) : timeout;

    const headers = {
      accept: 'application/graphql-response+json, application/json',
      ...baseHeaders,
      ...requestOptions.headers,
    };
    const query = printDocument(document);
    const post = (extensions?: Record<string, unknown>) =>
      send(
        url,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query, variables, operationName, ...(extensions ? { extensions } : {}) }),
          signal,
        },
        operationName,
      );

    let answer: { response: Response; body: string; json: unknown };
    if (options.persistedQueries && isQueryDocument(document)) {
      const extensions = { persistedQuery: { version: 1, sha256Hash: await persistedQueryHash(document) } };
      const search = new URLSearchParams({
        ...(operationName ? { operationName } : {}),
        variables: JSON.stringify(variables),
        extensions: JSON.stringify(extensions),
      });
      answer = await send(
        `${url}?${search.toString()}`,
        {
          method: 'GET',
          headers: { 'apollo-require-preflight': 'true', ...headers },
          signal,
        },
        operationName,
      );
      if (isPersistedQueryNotFound(answer.json)) answer = await post(extensions);
    } else {
      answer = await post();
    }
    const { response, body, json } = answer;

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
