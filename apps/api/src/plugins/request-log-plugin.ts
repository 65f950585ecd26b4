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

/**
 * One JSON log line per GraphQL request (`reqId`, `operationName`, `durationMs`, `outcome`, `status`) and the
 * request metrics. Never logs the query text, its variables, headers or results: they can hold tokens and
 * article text. Requests refused before Apollo (oversized body, bad JSON, wrong Host) are not GraphQL requests
 * and are not counted here.
 */
export function requestLogPlugin(options: RequestLogOptions): ApolloServerPlugin {
  const label = createOperationLabeler(options.maxOperationLabels);
  return {
    async requestDidStart({ request }) {
      const started = performance.now();
      const reqId = request.http?.headers.get(REQUEST_ID_HEADER) ?? undefined;
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (error.originalError instanceof GraphError) options.metrics.countNeo4jError(error.originalError.code);
          }
        },
        async willSendResponse({ response, operationName, document }) {
          const durationMs = performance.now() - started;
          const name = operationName ?? request.operationName ?? firstOperationName(document);
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const outcome = outcomeOf(errors);
          options.metrics.observeRequest(label(name), outcome, durationMs / 1000);
          const status = response.http.status ?? 200;
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
        },
      };
    },
  };
}
