import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { readProcessEnv } from './process-env';
import { findRepoRoot } from './repo-root';
import { ALIASES, VARIABLES, type RawConfig, type VariableName } from './variables';

/** How to reach a Neo4j server. `database` unset means the server's default database. */
export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

/** Newsgraph's validated configuration, grouped by the part that uses it (see variables.ts for each meaning). */
export interface NewsgraphConfig {
  nodeEnv: 'development' | 'production' | 'test';
  /** Lowest level every process logs (pino levels; 'silent' writes none). */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  repoRoot: string;
  /** Where CLIs resolve relative paths: INIT_CWD, else the current directory. */
  cwd: string;
  neo4j: {
    /** Set when NEO4J_URI is: that server is used and nothing is provisioned. */
    external: Neo4jConnection | null;
    database: string | undefined;
    /** Memory of the local Neo4j, in bytes (NEO4J_HEAP_SIZE, NEO4J_PAGECACHE_SIZE). */
    memory: { heapBytes: number; pageCacheBytes: number };
    boltPort: number;
    homeDir: string;
    cacheDir: string;
    queryTimeoutMs: number;
    ingestTimeoutMs: number;
  };
  api: {
    host: string;
    port: number;
    workers: number | 'auto';
    /** Port of the health listener on its own thread; undefined = none, 0 = a free one. */
    healthPort: number | undefined;
    /** The health listener's liveness bound: longest the event loop may go without running, in ms. */
    healthMaxLagMs: number;
    token: string | undefined;
    introspection: boolean;
    corsOrigins: string[];
    allowedHosts: string[];
    requestTimeoutMs: number;
    maxResponseBytes: number;
    extractionTimeoutMs: number;
    shutdownGraceMs: number;
    /** Cache-Control max-age of successful GET queries; 0 = no-store. */
    cacheMaxAgeSeconds: number;
  };
  explorer: { host: string; port: number; origin: string; apiUrl: string };
  /** What every entry point accepts as a document (the CLIs' `--max-bytes` overrides it). */
  documents: { maxTextBytes: number };
  start: { seedsDir: string; skipBuild: boolean };
  chromiumPath: string;
}

/** An invalid environment: every problem, each naming its variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Options of `loadConfig`. */
export interface LoadConfigOptions {
  /** The variables; default this process's environment. */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * A dotenv file filling in variables the environment leaves unset; default `<repo>/.env` when `env` is not
   * given (it is skipped when absent), none when it is. `false` reads none.
   */
  envFile?: string | false;
}

function readEnvFile(file: string): Record<string, string | undefined> {
  return existsSync(file) ? parseEnv(readFileSync(file, 'utf8')) : {};
}

/** The raw value of a variable: the environment (or an alias) first, then the .env file; empty counts as unset. */
function rawValue(name: VariableName, sources: ReadonlyArray<Readonly<Record<string, string | undefined>>>) {
  for (const source of sources) {
    for (const key of [name, ...(ALIASES[name] ?? [])]) {
      const value = source[key];
      if (value !== undefined && value.trim() !== '') return value.trim();
    }
  }
  return undefined;
}

function parseVariables(sources: ReadonlyArray<Readonly<Record<string, string | undefined>>>): RawConfig {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, spec] of Object.entries(VARIABLES) as Array<[VariableName, (typeof VARIABLES)[VariableName]]>) {
    const raw = rawValue(name, sources) ?? ('default' in spec ? spec.default : undefined);
    const parsed = spec.schema.safeParse(raw);
    if (parsed.success) values[name] = parsed.data;
    else problems.push(`${name}=${JSON.stringify(raw)}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  if (problems.length > 0) throw new ConfigError(`Invalid environment: ${problems.join(' | ')}. See .env.example.`);
  return values as RawConfig;
}

/**
 * Reads, validates and groups every variable Newsgraph uses; defaults live in variables.ts only. Each process
 * calls it once, in its own env module. Throws a ConfigError naming each bad variable.
 */
export function loadConfig(options: LoadConfigOptions = {}): NewsgraphConfig {
  const repoRoot = findRepoRoot();
  const envFile = options.envFile ?? (options.env ? false : join(repoRoot, '.env'));
  const sources = [options.env ?? readProcessEnv(), envFile ? readEnvFile(envFile) : {}];
  const v = parseVariables(sources);
  const fromRoot = (path: string) => (isAbsolute(path) ? path : resolve(repoRoot, path));
  const explorerOrigin = `http://${v.EXPLORER_HOST}:${v.EXPLORER_PORT}`;
  const apiHost = v.API_HOST.includes(':') ? `[${v.API_HOST}]` : v.API_HOST;
  return {
    nodeEnv: v.NODE_ENV,
    logLevel: v.LOG_LEVEL,
    repoRoot,
    cwd: v.INIT_CWD ?? process.cwd(),
    neo4j: {
      external: v.NEO4J_URI
        ? { uri: v.NEO4J_URI, user: v.NEO4J_USERNAME, password: v.NEO4J_PASSWORD, database: v.NEO4J_DATABASE }
        : null,
      database: v.NEO4J_DATABASE,
      memory: { heapBytes: v.NEO4J_HEAP_SIZE, pageCacheBytes: v.NEO4J_PAGECACHE_SIZE },
      boltPort: v.NEO4J_BOLT_PORT,
      homeDir: fromRoot(v.NEWSGRAPH_NEO4J_HOME ?? join('.newsgraph', 'neo4j')),
      cacheDir: v.NEWSGRAPH_CACHE_DIR ?? join(homedir(), '.cache', 'newsgraph'),
      queryTimeoutMs: v.NEO4J_QUERY_TIMEOUT_MS,
      ingestTimeoutMs: v.NEO4J_INGEST_TIMEOUT_MS,
    },
    api: {
      host: v.API_HOST,
      port: v.API_PORT,
      workers: v.API_WORKERS,
      healthPort: v.API_HEALTH_PORT,
      healthMaxLagMs: v.API_HEALTH_MAX_LAG_MS,
      token: v.NEWSGRAPH_API_TOKEN,
      introspection: v.GRAPHQL_INTROSPECTION,
      corsOrigins: v.EXPLORER_ORIGIN ?? [explorerOrigin],
      allowedHosts: v.NEWSGRAPH_ALLOWED_HOSTS,
      requestTimeoutMs: v.API_REQUEST_TIMEOUT_MS,
      maxResponseBytes: v.API_MAX_RESPONSE_BYTES,
      extractionTimeoutMs: v.API_EXTRACTION_TIMEOUT_MS,
      shutdownGraceMs: v.API_SHUTDOWN_GRACE_MS,
      cacheMaxAgeSeconds: v.API_CACHE_MAX_AGE_SECONDS,
    },
    explorer: {
      host: v.EXPLORER_HOST,
      port: v.EXPLORER_PORT,
      origin: explorerOrigin,
      apiUrl: v.NEWSGRAPH_API_URL ?? `http://${apiHost}:${v.API_PORT}/graphql`,
    },
    documents: { maxTextBytes: v.NEWSGRAPH_MAX_DOCUMENT_BYTES },
    start: { seedsDir: fromRoot(v.NEWSGRAPH_SEEDS_DIR), skipBuild: v.NEWSGRAPH_SKIP_BUILD },
    chromiumPath: v.CHROMIUM_PATH,
  };
}

let processConfig: NewsgraphConfig | undefined;

/**
 * This process's configuration, read and validated on first use and then kept: library defaults (the local
 * Neo4j's home and port, the jar cache) and every entry point take their settings from here.
 */
export function getConfig(): NewsgraphConfig {
  processConfig ??= loadConfig();
  return processConfig;
}
