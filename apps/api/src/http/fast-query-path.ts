import type { ApolloServerPlugin } from '@apollo/server';
import {
  OperationTypeNode,
  execute,
  getOperationAST,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from '../graphql-js.js';
import { costOfDocument } from '../validation/cost-limit-rule.js';
import { requestName, type AnsweredRequest } from '../plugins/request-log-plugin.js';

/** Query texts remembered at most; the oldest go first (a forgotten one is answered by Apollo and learnt again). */
export const MAX_KNOWN_QUERIES = 200;
/** Longest query text remembered (the client's operations are a few hundred characters): bounds the memory held. */
export const MAX_KNOWN_QUERY_LENGTH = 20_000;
/** Distinct Accept headers whose content type is remembered. */
const MAX_KNOWN_ACCEPTS = 50;
/** Apollo's content type when a request sends no Accept header. */
const DEFAULT_CONTENT_TYPE = 'application/json; charset=utf-8';

/** Options of `createFastQueryPath`. */
export interface FastQueryPathOptions {
  /** Documents priced above this (the heavy-query gate's threshold) always go through Apollo, and so the gate. */
  maxCost: number;
  /** Logs and counts a request answered here, as requestLogPlugin does for Apollo's. */
  record: (request: AnsweredRequest) => void;
}

/** A request the fast path can answer: run it with the request's context. */
export interface FastRequest {
  /**
   * Executes the query. Resolves with the response body, or null when the result has errors (or the request's
   * budget stopped it): the caller then answers through Apollo, whose error formatting, status codes and logging
   * apply unchanged.
   */
  run(contextValue: unknown, reqId: string, stopped: () => boolean): Promise<string | null>;
  /** The content type Apollo chooses for the request's Accept header. */
  contentType: string;
}

/** The fast path of `createGraphQLHandler`. */
export interface FastQueryPath {
  /** Learns which query texts Apollo validated, the schema it executes against, and when it stops. */
  plugin: ApolloServerPlugin;
  /** The request as a FastRequest when the fast path answers it exactly as Apollo would, else null. */
  match(method: string, body: unknown, accept: string | undefined): FastRequest | null;
  /** Remembers the content type Apollo chose for an Accept header (from a 200 answer, where it is negotiated). */
  learnContentType(accept: string | undefined, contentType: string | undefined): void;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Adds `key` to an insertion-ordered map bounded to `max` entries (the oldest goes). */
function remember<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  if (map.has(key)) return;
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value!);
}

/**
 * Answers read queries Apollo has already parsed and validated without Apollo's per-request pipeline (plugin hooks,
 * query hashing, content negotiation, header maps): under load that pipeline cost more API CPU per request than the
 * graphql-js execution itself (docs/BENCHMARKS.md, "API CPU per request (round 13)"). Only the case with one exact
 * answer is taken: a POST with a JSON body naming a query text that passed Apollo's validation and every limit
 * (depth, aliases, tokens, cost) before, a query operation priced under the heavy gate, no persisted-query
 * extension, an Accept header whose content type is known. The execution is graphql-js `execute` on Apollo's own
 * schema and document, as Apollo runs it, and the body is Apollo's (`JSON.stringify({ data })` and a newline). Any
 * result with an error is thrown away and the request is answered by Apollo instead (reads only, so running one
 * again is harmless; errors are rare), so error formatting, status codes and the error log stay Apollo's.
 */
export function createFastQueryPath(options: FastQueryPathOptions): FastQueryPath {
  const documents = new Map<string, DocumentNode>();
  const contentTypes = new Map<string, string>();
  let schema: GraphQLSchema | null = null;
  let open = false;

  return {
    plugin: {
      async serverWillStart(service) {
        schema = service.schema;
        open = true;
        // From the start of draining on, every request goes through Apollo, which refuses what it must.
        return {
          async drainServer() {
            open = false;
          },
        };
      },
      async requestDidStart() {
        return {
          async didResolveOperation({ source, document, operation }) {
            if (
              open &&
              operation?.operation === OperationTypeNode.QUERY &&
              source.length <= MAX_KNOWN_QUERY_LENGTH &&
              (costOfDocument(document) ?? Infinity) <= options.maxCost
            )
              remember(documents, source, document, MAX_KNOWN_QUERIES);
          },
        };
      },
    },

    learnContentType(accept, contentType) {
      if (accept !== undefined && contentType !== undefined)
        remember(contentTypes, accept, contentType, MAX_KNOWN_ACCEPTS);
    },

    match(method, body, accept) {
      if (!open || !schema || method !== 'POST' || !isRecord(body)) return null;
      const { query, variables, operationName, extensions } = body;
      if (typeof query !== 'string' || extensions != null) return null;
      if (variables != null && !isRecord(variables)) return null;
      if (operationName != null && typeof operationName !== 'string') return null;
      const contentType = accept === undefined || accept === '' ? DEFAULT_CONTENT_TYPE : contentTypes.get(accept);
      const document = documents.get(query);
      if (!contentType || !document) return null;
      const operation = getOperationAST(document, operationName ?? null);
      if (operation?.operation !== OperationTypeNode.QUERY) return null;
      const validSchema = schema;
      const name = requestName(operation.name?.value || null, operationName ?? undefined, document);
      return {
        contentType,
        async run(contextValue, reqId, stopped) {
          const started = performance.now();
          const result: ExecutionResult = await execute({
            schema: validSchema,
            document,
            contextValue,
            variableValues: variables ?? undefined,
            operationName: operationName ?? undefined,
          });
          if (result.errors?.length || stopped()) return null;
          options.record({ reqId, name, durationMs: performance.now() - started, errors: undefined, status: 200 });
          return JSON.stringify({ data: result.data }) + '\n';
        },
      };
    },
  };
}
