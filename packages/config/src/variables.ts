import { z } from 'zod';
import { parseByteSize } from './byte-size';

/** One environment variable: how it is validated, its default (as the raw string) and what it means. */
export interface VariableSpec {
  /** Validates (and converts) the raw string; receives the default when the variable is unset or empty. */
  schema: z.ZodType;
  /** The raw default, or undefined when there is none (or it is derived, see `defaultText`). */
  default?: string;
  /** How the README shows a derived or absent default; defaults to `default`, or "unset". */
  defaultText?: string;
  /** One line for the README and `.env.example`. */
  doc: string;
}

const port = z.coerce.number().int().min(1).max(65535);
const positiveMs = z.coerce.number().int().positive();
const flag = z
  .enum(['1', '0', 'true', 'false', 'on', 'off', 'yes', 'no'])
  .transform((value) => ['1', 'true', 'on', 'yes'].includes(value));
const optionalText = z.string().min(1).optional();
/** A byte size with an optional unit ("4194304", "512KiB", "4MiB"), as a number of bytes. */
const byteSize = z.string().transform((value, ctx) => {
  try {
    const bytes = parseByteSize(value);
    if (bytes !== undefined) return bytes;
  } catch (error) {
    ctx.issues.push({ code: 'custom', message: (error as Error).message, input: value });
    return z.NEVER;
  }
  ctx.issues.push({ code: 'custom', message: 'must not be empty', input: value });
  return z.NEVER;
});
const list = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean),
);
/** Bolt URI schemes neo4j-driver understands: direct (`bolt`) or routed (`neo4j`), plain or TLS. */
const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];
const neo4jUri = z
  .string()
  .refine((uri) => NEO4J_SCHEMES.some((scheme) => uri.startsWith(`${scheme}://`)), {
    message: `must start with one of ${NEO4J_SCHEMES.map((s) => `${s}://`).join(', ')}`,
  })
  .optional();

/**
 * Every environment variable Newsgraph reads, in one table: the README's env table is generated from it
 * (`npm run config:docs`) and a test keeps the two in step. Aliases are in `ALIASES`.
 */
export const VARIABLES = {
  LOG_LEVEL: {
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    default: 'info',
    doc: 'lowest level of the JSON log lines (pino) of the API, `npm run ingest` and `npm start`; `silent` writes none',
  },
  NODE_ENV: {
    schema: z.enum(['development', 'production', 'test']),
    default: 'production',
    doc: '`development` shows unmasked errors and schema hints in API responses',
  },
  NEO4J_URI: {
    schema: neo4jUri,
    doc: 'use this Neo4j (`bolt://`, `neo4j://`, `neo4j+s://` …) instead of a local one',
  },
  NEO4J_USERNAME: { schema: z.string().min(1), default: 'neo4j', doc: 'user for `NEO4J_URI` (alias `NEO4J_USER`)' },
  NEO4J_PASSWORD: { schema: z.string(), default: '', defaultText: '—', doc: 'password for `NEO4J_URI`' },
  NEO4J_DATABASE: {
    schema: optionalText,
    defaultText: "the server's default",
    doc: 'database to use on `NEO4J_URI`',
  },
  NEO4J_BOLT_PORT: { schema: port, default: '7687', doc: 'port of the local Neo4j (127.0.0.1 only)' },
  NEO4J_HEAP_SIZE: {
    schema: byteSize,
    default: '768MiB',
    doc: 'JVM heap of the local Neo4j (`server.memory.heap.*`); see docs/SIZING.md; applies when it (re)starts',
  },
  NEO4J_PAGECACHE_SIZE: {
    schema: byteSize,
    default: '256MiB',
    doc: 'page cache of the local Neo4j (`server.memory.pagecache.size`): ideally the store size; see docs/SIZING.md',
  },
  NEWSGRAPH_NEO4J_HOME: {
    schema: optionalText,
    defaultText: '`.newsgraph/neo4j`',
    doc: 'conf, data, logs and password of the local Neo4j',
  },
  NEWSGRAPH_CACHE_DIR: {
    schema: optionalText,
    defaultText: '`~/.cache/newsgraph`',
    doc: 'where the Neo4j jars are cached',
  },
  NEO4J_QUERY_TIMEOUT_MS: { schema: positiveMs, default: '10000', doc: 'Neo4j transaction timeout of API queries' },
  NEO4J_INGEST_TIMEOUT_MS: {
    schema: positiveMs,
    default: '120000',
    doc: 'Neo4j transaction timeout of `npm run ingest` and the seeding in `npm start`',
  },
  API_HOST: { schema: z.string().min(1), default: '127.0.0.1', doc: 'GraphQL API address' },
  API_PORT: { schema: port, default: '4000', doc: 'GraphQL API port (`/graphql`, `/health`)' },
  API_HEALTH_PORT: {
    schema: z.coerce.number().int().min(0).max(65535).optional(),
    defaultText: 'unset (off)',
    doc: "port of the API's own health listener (`/livez`, `/readyz`, `/health` on `API_HOST`): a thread GraphQL load cannot starve; `0` picks a free one",
  },
  API_HEALTH_MAX_LAG_MS: {
    schema: positiveMs,
    default: '5000',
    doc: 'the health listener reports the API not live (and not ready) once its event loop has not run for this long',
  },
  API_WORKERS: {
    schema: z.union([z.literal('auto'), z.coerce.number().int().min(1).max(64)]),
    default: '1',
    doc: 'API processes sharing `API_PORT`; `auto` = one per core',
  },
  NEWSGRAPH_API_TOKEN: { schema: optionalText, doc: 'bearer token for mutations; unset refuses all mutations' },
  GRAPHQL_INTROSPECTION: {
    schema: flag,
    default: 'true',
    doc: 'schema introspection (turn off in production if you like)',
  },
  EXPLORER_ORIGIN: {
    schema: list.optional(),
    defaultText: 'http://`EXPLORER_HOST`:`EXPLORER_PORT`',
    doc: 'origins CORS allows (comma-separated)',
  },
  NEWSGRAPH_ALLOWED_HOSTS: {
    schema: list,
    default: 'localhost,127.0.0.1,[::1]',
    doc: 'Host-header allow-list of the API and the explorer (port ignored; `*` allows any): blocks DNS rebinding',
  },
  API_REQUEST_TIMEOUT_MS: {
    schema: positiveMs,
    default: '15000',
    doc: 'time budget of one GraphQL request (then `TIMEOUT`)',
  },
  API_MAX_RESPONSE_BYTES: {
    schema: positiveMs,
    default: '2000000',
    doc: 'largest GraphQL response body (then `RESPONSE_TOO_LARGE`)',
  },
  API_EXTRACTION_TIMEOUT_MS: {
    schema: positiveMs,
    default: '10000',
    doc: 'time budget of extraction for the `ingestDocument` mutation (a worker thread)',
  },
  API_SHUTDOWN_GRACE_MS: {
    schema: positiveMs,
    default: '20000',
    doc: 'on SIGTERM, how long requests in flight may take to finish',
  },
  API_CACHE_MAX_AGE_SECONDS: {
    schema: z.coerce.number().int().min(0),
    default: '60',
    doc: 'how long a CDN may serve a successful query sent as GET (`Cache-Control: public, max-age`); `0` = `no-store`',
  },
  EXPLORER_HOST: { schema: z.string().min(1), default: '127.0.0.1', doc: 'explorer address' },
  EXPLORER_PORT: { schema: port, default: '3000', doc: 'explorer port' },
  NEWSGRAPH_API_URL: {
    schema: z.url().optional(),
    defaultText: 'http://`API_HOST`:`API_PORT`/graphql',
    doc: "the API the explorer's server reads from",
  },
  NEWSGRAPH_MAX_DOCUMENT_BYTES: {
    schema: byteSize,
    default: '4MiB',
    doc: "largest article text every reader accepts (`512KiB`, `8MiB` …; then `E_TOO_LARGE`); the CLIs' `--max-bytes` overrides it",
  },
  NEWSGRAPH_SEEDS_DIR: {
    schema: z.string().min(1),
    default: 'seeds',
    doc: 'articles `npm start` ingests (idempotent)',
  },
  NEWSGRAPH_SKIP_BUILD: { schema: flag, default: '0', doc: '`1`: `npm start` skips the (cached) build' },
  CHROMIUM_PATH: {
    schema: z.string().min(1),
    default: '/usr/bin/chromium',
    doc: 'Chromium for browser tests and Lighthouse',
  },
  INIT_CWD: {
    schema: optionalText,
    defaultText: 'set by npm',
    doc: "the caller's folder: CLIs resolve relative paths against it (`npm run -w` changes directory)",
  },
} satisfies Record<string, VariableSpec>;

/** A variable's name. */
export type VariableName = keyof typeof VARIABLES;

/** Older or other tools' names, accepted when the canonical one is unset. */
export const ALIASES: Partial<Record<VariableName, string[]>> = {
  NEO4J_USERNAME: ['NEO4J_USER'],
};

/** The validated value of every variable. */
export type RawConfig = { [K in VariableName]: z.output<(typeof VARIABLES)[K]['schema']> };
