/** Label value for requests without an operation name. */
export const ANONYMOUS_OPERATION = 'anonymous';
/** Label value for operation names past the cap or not shaped like a GraphQL name. */
export const OTHER_OPERATION = 'other';

const GRAPHQL_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * Maps client-chosen operation names to a bounded set of metric label values: the first `max` distinct valid names
 * keep their own series (default 50), later ones and invalid names count as `other`, unnamed ones as `anonymous`.
 * Clients name operations as they like, so without a cap each new name would be a new time series forever.
 */
export function createOperationLabeler(max = 50): (operationName: string | null | undefined) => string {
  const known = new Set<string>();
  return (operationName) => {
    if (!operationName) return ANONYMOUS_OPERATION;
    if (known.has(operationName)) return operationName;
    if (!GRAPHQL_NAME.test(operationName) || known.size >= max) return OTHER_OPERATION;
    known.add(operationName);
    return operationName;
  };
}
