import { ApolloServer } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import { costLimitRule } from '../validation/cost-limit-rule.js';
import { heavyQueryGatePlugin } from './heavy-query-gate-plugin.js';

/** A server whose `items` resolver records how many executions overlap. */
function createServer(gate: boolean) {
  let running = 0;
  let most = 0;
  const server = new ApolloServer({
    typeDefs: 'type Item { id: Int } type Query { items: [Item!]! one: Item }',
    resolvers: {
      Query: {
        items: async () => {
          most = Math.max(most, ++running);
          await new Promise((resolve) => setTimeout(resolve, 30));
          running--;
          return [{ id: 1 }];
        },
        one: () => ({ id: 1 }),
      },
    },
    validationRules: [costLimitRule({ maxCost: 1_000_000 })],
    plugins: gate ? [heavyQueryGatePlugin({ threshold: 50, slots: 1 })] : [],
  });
  return { server, most: () => most };
}

describe('heavyQueryGatePlugin', () => {
  it('lets one heavy operation at a time execute; the others wait their turn and still answer', async () => {
    for (const gate of [false, true]) {
      const { server, most } = createServer(gate);
      await server.start();
      const answers = await Promise.all(
        Array.from({ length: 4 }, () => server.executeOperation({ query: '{ items { id } }' })),
      );
      for (const answer of answers)
        expect(answer.body.kind === 'single' && answer.body.singleResult.errors).toBe(undefined);
      expect(most()).toBe(gate ? 1 : 4);
      await server.stop();
    }
  });

  it('never holds back a cheap operation', async () => {
    const { server } = createServer(true);
    await server.start();
    const heavy = Promise.all(Array.from({ length: 3 }, () => server.executeOperation({ query: '{ items { id } }' })));
    const cheap = await server.executeOperation({ query: '{ one { id } }' });
    expect(cheap.body.kind === 'single' && cheap.body.singleResult.data).toEqual({ one: { id: 1 } });
    await heavy;
    await server.stop();
  });
});
