import {
  GraphQLError,
  Kind,
  getNullableType,
  isListType,
  type ASTVisitor,
  type SelectionSetNode,
  type ValidationContext,
} from '../graphql-js.js';
import { ErrorCode } from '../errors.js';
import { rootTypeOf, selectedFields, type SelectedField } from './operation-fields.js';

/** How list sizes are estimated: `first` when given as a literal, else these. */
export interface CostOptions {
  maxCost: number;
  /** A list field with a `first` argument given as a variable or omitted (the API caps `first` at 100). */
  pagedListSize?: number;
  /** A list field without `first` (quotes, evidence, roles …). */
  listSize?: number;
}

function multiplier(field: SelectedField, options: Required<CostOptions>): number {
  const type = field.definition ? getNullableType(field.definition.type) : null;
  if (!type || !isListType(type)) return 1;
  const first = field.node.arguments?.find((arg) => arg.name.value === 'first');
  if (first?.value.kind === Kind.INT) return Math.max(1, Number(first.value.value));
  if (field.definition!.args.some((arg) => arg.name === 'first')) return options.pagedListSize;
  return options.listSize;
}

/**
 * Rejects operations that could return more than `maxCost` objects, GitHub-style: each object-typed field
 * costs its estimated list size times (1 + the cost of its selection). Scalars are free.
 */
export function costLimitRule(options: CostOptions) {
  const settings = { pagedListSize: 100, listSize: 10, ...options };
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const costOf = (selectionSet: SelectionSetNode, type: ReturnType<typeof rootTypeOf>, depth: number): number => {
        if (depth > 50) return Infinity;
        let total = 0;
        for (const field of selectedFields(context, selectionSet, type)) {
          if (!field.node.selectionSet) continue;
          total += multiplier(field, settings) * (1 + costOf(field.node.selectionSet, field.childType, depth + 1));
          if (total > settings.maxCost) return total;
        }
        return total;
      };
      const cost = costOf(operation.selectionSet, rootTypeOf(context, operation.operation), 0);
      if (cost > settings.maxCost) {
        context.reportError(
          new GraphQLError(
            `The query could return more than ${settings.maxCost} objects; ask for fewer (smaller "first", fewer nested lists).`,
            {
              nodes: [operation],
              extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, maxCost: settings.maxCost },
            },
          ),
        );
      }
    },
  });
}
