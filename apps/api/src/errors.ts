import { GraphError, GraphErrorCode } from '@newsgraph/graph';
import { GraphQLError, type GraphQLFormattedError } from './graphql-js.js';

/** Codes clients see in `errors[].extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  TIMEOUT = 'TIMEOUT',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  RESPONSE_TOO_LARGE = 'RESPONSE_TOO_LARGE',
  EXTRACTION_TIMEOUT = 'EXTRACTION_TIMEOUT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** Codes whose messages are written for clients (ours and Apollo's request errors); anything else is masked. */
const PUBLIC_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.SERVICE_UNAVAILABLE,
  ErrorCode.TIMEOUT,
  ErrorCode.QUERY_TOO_COMPLEX,
  ErrorCode.RESPONSE_TOO_LARGE,
  ErrorCode.EXTRACTION_TIMEOUT,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const GRAPH_TO_API: Record<GraphErrorCode, ErrorCode> = {
  [GraphErrorCode.UNAVAILABLE]: ErrorCode.SERVICE_UNAVAILABLE,
  [GraphErrorCode.TIMEOUT]: ErrorCode.TIMEOUT,
  [GraphErrorCode.INVALID_INPUT]: ErrorCode.BAD_USER_INPUT,
  [GraphErrorCode.INTERNAL]: ErrorCode.INTERNAL_SERVER_ERROR,
};

/** A client error with a code (bad arguments, missing token, limits). */
export function userError(
  message: string,
  code: ErrorCode = ErrorCode.BAD_USER_INPUT,
  httpStatus?: number,
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(httpStatus ? { http: { status: httpStatus } } : {}) } });
}

/** Strips graphql-js's "Did you mean …?" hints, which reveal schema names to clients without introspection. */
function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '');
}

/**
 * The one place errors are mapped for clients (Apollo's `formatError`). GraphErrors from packages/graph
 * become SERVICE_UNAVAILABLE / TIMEOUT / BAD_USER_INPUT / INTERNAL_SERVER_ERROR with their safe message.
 * With `mask`, anything not written for clients becomes "Internal server error" and only `code` is kept
 * in extensions (no stack traces, Cypher, driver URLs or schema hints).
 */
export function createFormatError(mask: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const given = formatted.extensions?.code;
    let code: string = typeof given === 'string' ? given : ErrorCode.INTERNAL_SERVER_ERROR;
    let message = formatted.message;
    if (original instanceof GraphError) {
      code = GRAPH_TO_API[original.code];
      message = original.message;
    }
    // A scalar that rejects a literal (a malformed Date) surfaces as a validation error: keep its own code.
    if (original instanceof GraphQLError && original.extensions?.code === ErrorCode.BAD_USER_INPUT) {
      code = ErrorCode.BAD_USER_INPUT;
    }
    if (!mask) return { ...formatted, message, extensions: { ...formatted.extensions, code } };
    const isPublic = PUBLIC_CODES.has(code) && code !== String(ErrorCode.INTERNAL_SERVER_ERROR);
    return {
      message: isPublic ? withoutSuggestions(message) : 'Internal server error',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: isPublic ? code : ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
