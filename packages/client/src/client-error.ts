/** Why a request to the Newsgraph API failed. */
export type NewsgraphClientErrorCode =
  /** The API could not be reached (refused, DNS, timeout, aborted). */
  | 'NETWORK'
  /** The API answered with a non-2xx status and no GraphQL result. */
  | 'HTTP'
  /** The API answered with GraphQL errors (and maybe partial data). */
  | 'GRAPHQL'
  /** The API answered 2xx with something that is not a GraphQL response. */
  | 'BAD_RESPONSE';

/** One GraphQL error as the API reported it. */
export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

/** Options of {@link NewsgraphClientError}. */
export interface NewsgraphClientErrorOptions {
  code: NewsgraphClientErrorCode;
  url: string;
  operationName?: string;
  status?: number;
  errors?: GraphQLErrorEntry[];
  cause?: unknown;
}

/**
 * Thrown by `client.request` for every failure, with a message that names the API URL and the operation,
 * so a page can show it as is. `code` tells the kind; `status` is set for HTTP answers.
 */
export class NewsgraphClientError extends Error {
  override name = 'NewsgraphClientError';
  readonly code: NewsgraphClientErrorCode;
  readonly url: string;
  readonly operationName?: string;
  readonly status?: number;
  readonly errors: GraphQLErrorEntry[];

  constructor(message: string, options: NewsgraphClientErrorOptions) {
    super(message, { cause: options.cause });
    this.code = options.code;
    this.url = options.url;
    this.operationName = options.operationName;
    this.status = options.status;
    this.errors = options.errors ?? [];
  }
}

/** True for a {@link NewsgraphClientError}, also across module copies (checks the name, not the prototype). */
export function isNewsgraphClientError(error: unknown): error is NewsgraphClientError {
  return error instanceof NewsgraphClientError || (error instanceof Error && error.name === 'NewsgraphClientError');
}
