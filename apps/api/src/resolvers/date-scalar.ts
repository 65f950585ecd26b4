import { isPartialDate } from '@newsgraph/graph';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from '../graphql-js.js';
import { ErrorCode } from '../errors.js';

function invalid(value: unknown): GraphQLError {
  const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value;
  return new GraphQLError(`Date must be YYYY, YYYY-MM or YYYY-MM-DD and a real date (got ${shown}).`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT },
  });
}

function check(value: unknown): string {
  if (typeof value !== 'string' || !isPartialDate(value)) throw invalid(value);
  return value;
}

/**
 * `Date`: a calendar date as precise as known — YYYY, YYYY-MM or YYYY-MM-DD — and a real one (2023-02-30 is not).
 * Input and output alike; a malformed input is a BAD_USER_INPUT error (errors.ts keeps that code when graphql-js
 * reports a literal as a validation error).
 */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'YYYY, YYYY-MM or YYYY-MM-DD',
  serialize: check,
  parseValue: check,
  parseLiteral(ast: ValueNode) {
    if (ast.kind !== Kind.STRING) throw invalid(ast.kind);
    return check(ast.value);
  },
});
