import type { ApolloServerPlugin } from '@apollo/server';
import { costOfDocument } from '../validation/cost-limit-rule.js';

/** Operations priced above this many objects count as heavy (the gate's default threshold). */
export const HEAVY_QUERY_COST = 5_000;

/** Options of `heavyQueryGatePlugin`. */
export interface HeavyQueryGateOptions {
  /** Operations priced above this many objects count as heavy; default 5,000. */
  threshold?: number;
  /** Heavy operations executing at once; more wait their turn (within their time budget). Default 4. */
  slots?: number;
}

/**
 * Lets at most `slots` heavy operations (by the cost rule's price) execute at once. Executing a large result is
 * one long burst of JavaScript per request (graphql-js completes every object as loaders answer); twenty such
 * bursts landing together kept /health waiting for seconds. Queued requests wait in `didResolveOperation`, so
 * cheap requests — and /health — are never behind more than a few bursts.
 */
export function heavyQueryGatePlugin(options: HeavyQueryGateOptions = {}): ApolloServerPlugin {
  const threshold = options.threshold ?? HEAVY_QUERY_COST;
  const slots = options.slots ?? 4;
  let running = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  return {
    async requestDidStart() {
      let holding = false;
      return {
        async didResolveOperation({ document }) {
          if ((costOfDocument(document) ?? 0) <= threshold) return;
          if (running < slots) running++;
          else await new Promise<void>((resolve) => waiting.push(resolve));
          holding = true;
        },
        async willSendResponse() {
          if (holding) release();
          holding = false;
        },
      };
    },
  };
}
