import { GraphError, GraphErrorCode } from '@newsgraph/graph';
import { describe, expect, it } from 'vitest';
import { ErrorCode, createFormatError, userError } from './errors.js';
import { GraphQLError } from './graphql-js.js';

const located = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['stats'] });

describe('createFormatError', () => {
  const masked = createFormatError(true);

  it('maps graph errors to client codes with safe messages', () => {
    const timeout = located(new GraphError(GraphErrorCode.TIMEOUT, 'The database query timed out.'));
    expect(masked(timeout.toJSON(), timeout)).toMatchObject({
      message: 'The database query timed out.',
      extensions: { code: ErrorCode.TIMEOUT },
    });
    const down = located(new GraphError(GraphErrorCode.UNAVAILABLE, 'Neo4j is unreachable.'));
    expect(masked(down.toJSON(), down).extensions).toEqual({ code: ErrorCode.SERVICE_UNAVAILABLE });
  });

  it('masks unexpected errors completely', () => {
    const leak = located(new Error('MATCH (n) at bolt://db:7687'));
    const formatted = masked(
      { ...leak.toJSON(), extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      leak,
    );
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: ['stats'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('keeps client errors but strips schema suggestions', () => {
    const validation = new GraphQLError(
      'Cannot query field "sourcesCitin" on type "Query". Did you mean "sourcesCiting"?',
      {
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
    );
    expect(masked(validation.toJSON(), validation).message).toBe('Cannot query field "sourcesCitin" on type "Query".');
    const input = userError('"first" must be between 1 and 100 (got 101).');
    expect(masked(input.toJSON(), input).extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT });
  });

  it('passes details through when not masking', () => {
    const leak = located(new Error('details'));
    expect(createFormatError(false)(leak.toJSON(), leak).message).toBe('details');
  });
});
