import { z } from 'zod';

const schema = z.object({
  /** The GraphQL endpoint the explorer's server reads from. */
  NEWSGRAPH_API_URL: z.url().default('http://127.0.0.1:4000/graphql'),
});

/** The explorer's environment, validated once; nothing else reads process.env. Server-side only. */
export const env = schema.parse({ NEWSGRAPH_API_URL: process.env.NEWSGRAPH_API_URL || undefined });
