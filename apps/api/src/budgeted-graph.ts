import type { Graph } from '@newsgraph/graph';
import type { Neo4jStatus } from './neo4j-status.js';
import type { RequestBudget } from './request-budget.js';

/** Graph members that are not per-request work (lifecycle and admin). */
const PASS_THROUGH = new Set<PropertyKey>(['executor', 'close', 'ping', 'poolUsage', 'applySchema', 'deleteAll']);

/**
 * The graph as one request sees it: every call first checks that the request is still within its budget and
 * that no Neo4j outage is known (then it fails fast), and every result is charged to the budget.
 */
export function budgetedGraph(graph: Graph, budget: RequestBudget, status: Neo4jStatus): Graph {
  return new Proxy(graph, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || PASS_THROUGH.has(property)) return value;
      return async (...args: unknown[]) => {
        budget.assertOpen();
        status.assertUp();
        const result: unknown = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        budget.charge(result);
        return result;
      };
    },
  });
}
