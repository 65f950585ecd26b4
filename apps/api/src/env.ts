import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { createLimits, parseByteSize, type DocumentLimits } from '@newsgraph/documents';

const boolean = z
  .enum(['1', '0', 'true', 'false', 'on', 'off', 'yes', 'no'])
  .transform((value) => ['1', 'true', 'on', 'yes'].includes(value));

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  API_HOST: z.string().min(1).default('127.0.0.1'),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  NEO4J_URI: z.string().min(1).optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  /** Bearer token mutations require; unset means mutations are always refused. */
  NEWSGRAPH_API_TOKEN: z.string().min(1).optional(),
  /** Comma-separated CORS allow-list. */
  EXPLORER_ORIGIN: z.string().default('http://127.0.0.1:3000'),
  GRAPHQL_INTROSPECTION: boolean.default(true),
  NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** API processes sharing the port: a number, or `auto` for one per CPU. */
  API_WORKERS: z.union([z.literal('auto'), z.coerce.number().int().min(1).max(64)]).default(1),
  /** Text limit of an ingested document (bytes, or 512KiB / 4MiB …); default 4 MiB. */
  NEWSGRAPH_MAX_DOCUMENT_BYTES: z.string().optional(),
});

/** The API's validated configuration. */
export interface ApiEnv {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Null when NEO4J_URI is unset: main.ts then uses the developer Neo4j (`npm run db:start`). */
  neo4j: { uri: string; user: string; password: string } | null;
  apiToken: string | undefined;
  corsOrigins: string[];
  introspection: boolean;
  queryTimeoutMs: number;
  /** How many API processes serve the port (node:cluster); 1 runs the API in this process. */
  workers: number;
  /** The bounds `ingestDocument` applies (NEWSGRAPH_MAX_DOCUMENT_BYTES). */
  documentLimits: DocumentLimits;
}

/** Reads and validates the API's environment; the only place in apps/api that touches `process.env`. */
export function readApiEnv(source: NodeJS.ProcessEnv = process.env): ApiEnv {
  const env = EnvSchema.parse(Object.fromEntries(Object.entries(source).filter(([, value]) => value !== '')));
  return {
    nodeEnv: env.NODE_ENV,
    host: env.API_HOST,
    port: env.API_PORT,
    neo4j: env.NEO4J_URI ? { uri: env.NEO4J_URI, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD ?? '' } : null,
    apiToken: env.NEWSGRAPH_API_TOKEN,
    corsOrigins: env.EXPLORER_ORIGIN.split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    introspection: env.GRAPHQL_INTROSPECTION,
    queryTimeoutMs: env.NEO4J_QUERY_TIMEOUT_MS,
    workers: env.API_WORKERS === 'auto' ? availableParallelism() : env.API_WORKERS,
    documentLimits: documentLimitsOf(env.NEWSGRAPH_MAX_DOCUMENT_BYTES),
  };
}

function documentLimitsOf(maxBytes: string | undefined): DocumentLimits {
  const maxTextBytes = parseByteSize(maxBytes);
  return createLimits(maxTextBytes ? { maxTextBytes } : {});
}
