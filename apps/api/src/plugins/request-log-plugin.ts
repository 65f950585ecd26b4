import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode } from '../graphql-js.js';
import { GraphError } from '@newsgraph/graph';
import type { Logger } from '@newsgraph/process-tools';
import type { ApiMetrics } from '../observability/metrics.js';
import { createOperationLabeler } from '../observability/operation-label.js';
import { REQUEST_ID_HEADER } from '../observability/request-id.js';

/** Options of `requestLogPlugin`. */
export interface RequestLogOptions {
  logger: Logger;
  metrics: ApiMetrics;
  /** Distinct operation names that get their own metric series; default 50 (operation-label.ts). */
  maxOperationLabels?: number;
}

/** The first operation's name in a parsed document (for requests that fail before Apollo resolves the operation). */
function firstOperationName(document: DocumentNode | undefined): string | null {
  for (const definition of document?.definitions ?? []) {
    if (definition.kind === Kind.OPERATION_DEFINITION) return definition.name?.value ?? null;
  }
  return null;
}

/** 'ok', or the first error's `extensions.code` as clients saw it (codes are the server's, so a bounded set). */
function outcomeOf(errors: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined): string {
  if (!errors?.length) return 'ok';
  const code = errors[0]?.extensions?.code;
  return typeof code === 'string' && /^[A-Z_]{1,64}$/.test(code) ? code : 'INTERNAL_SERVER_ERROR';
}

/** What one answered GraphQL request leaves in the log and the metrics. */
export interface AnsweredRequest {
  reqId: string | undefined;
  /** The operation's name as clients see it (see `requestName`). */
  name: string | null;
  durationMs: number;
  errors: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined;
  status: number;
}

/**
 * The name a request is logged and counted under: the resolved operation's, else the one the request gave, else the
 * document's first operation's (for requests that fail before Apollo resolves the operation).
 */
export function requestName(
  operationName: string | null | undefined,
  requestOperationName: string | undefined,
  document: DocumentNode | undefined,
): string | null {
  return operationName ?? requestOperationName ?? firstOperationName(document);
}

/**
 * One JSON log line per GraphQL request (`reqId`, `operationName`, `durationMs`, `outcome`, `status`) and the
 * request metrics. Never logs the query text, its variables, headers or results: they can hold tokens and
 * article text. Shared by requestLogPlugin and the fast query path (http/fast-query-path.ts), so a request is
 * recorded the same way whichever answers it.
 */
export function createRequestRecorder(options: RequestLogOptions): (request: AnsweredRequest) => void {
  const label = createOperationLabeler(options.maxOperationLabels);
  return ({ reqId, name, durationMs, errors, status }) => {
    const outcome = outcomeOf(errors);
    options.metrics.observeRequest(label(name), outcome, durationMs / 1000);
    options.logger.info(
      {
        reqId,
        operationName: name?.slice(0, 100) ?? null,
        durationMs: Math.round(durationMs * 10) / 10,
        outcome,
        status,
      },
      'graphql request',
    );
  };
}

/**
 * Records each request Apollo answers (createRequestRecorder). Requests refused before Apollo (oversized body, bad
 * JSON, wrong Host) are not GraphQL requests and are not counted here.
 */
export function requestLogPlugin(record: (request: AnsweredRequest) => void, metrics: ApiMetrics): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const started = performance.now();
      const reqId = request.http?.headers.get(REQUEST_ID_HEADER) ?? undefined;
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (error.originalError instanceof GraphError) metrics.countNeo4jError(error.originalError.code);
          }
        },
        async willSendResponse({ response, operationName, document }) {
          record({
            reqId,
            name: requestName(operationName, request.operationName, document),
            durationMs: performance.now() - started,
            errors: response.body.kind === 'single' ? response.body.singleResult.errors : undefined,
            status: response.http.status ?? 200,
          });
        },
      };
    },
  };
}
