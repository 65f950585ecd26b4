import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Extract, Graph } from '@newsgraph/graph';
import { readSchemaSDL } from '@newsgraph/schema';
import type { DocumentLimits } from '@newsgraph/documents';
import { persistedQueryManifest } from '@newsgraph/client';
import { createContext, type ApiContext } from './context.js';
import { createFormatError } from './errors.js';
import { isAllowedHost } from './http/allowed-hosts.js';
import { answerHealth } from './http/health.js';
import { answerMetrics } from './http/metrics.js';
import { applyCors } from './http/cors.js';
import { createGraphQLHandler } from './http/graphql-handler.js';
import { createFastQueryPath } from './http/fast-query-path.js';
import { defaultLimits, type ApiLimits } from './limits.js';
import { errorLogPlugin } from './plugins/error-log-plugin.js';
import { createRequestRecorder, requestLogPlugin } from './plugins/request-log-plugin.js';
import { createLogger, type Logger } from '@newsgraph/process-tools';
import { createApiMetrics } from './observability/metrics.js';
import { countedIngest } from './observability/counted-ingest.js';
import { mutationAuthPlugin } from './plugins/mutation-auth-plugin.js';
import { HEAVY_QUERY_COST, heavyQueryGatePlugin } from './plugins/heavy-query-gate-plugin.js';
import { responseStatusPlugin } from './plugins/response-status-plugin.js';
import { httpCachePlugin } from './plugins/http-cache-plugin.js';
import { createPersistedQueryCache } from './http/persisted-query-cache.js';
import { createNeo4jStatus } from './neo4j-status.js';
import { createWorkerExtract } from './extraction/worker-extract.js';
import { resolvers } from './resolvers/index.js';
import { aliasLimitRule } from './validation/alias-limit-rule.js';
import { costLimitRule } from './validation/cost-limit-rule.js';
import { depthLimitRule } from './validation/depth-limit-rule.js';

/** The URL of a request to `/graphql` with no query string (read only). */
const GRAPHQL_URL: Readonly<URL> = new URL('/graphql', 'http://localhost');

/** Options of `startApi`. */
export interface StartApiOptions {
  graph: Graph;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 4000; 0 picks a free port. */
  port?: number;
  /** CORS allow-list; default `['http://127.0.0.1:3000']` (the explorer). */
  corsOrigins?: string[];
  /** Bearer token mutations require; unset refuses all mutations. */
  apiToken?: string;
  /** Schema introspection; default true (tools and codegen need it). */
  introspection?: boolean;
  /** Mask unexpected errors and hide schema hints; default true (main.ts turns it off in development). */
  maskErrors?: boolean;
  limits?: Partial<ApiLimits>;
  /** Bounds of an ingested document (see @newsgraph/documents); default DEFAULT_LIMITS. */
  documentLimits?: DocumentLimits;
  /**
   * Extraction for the ingestDocument mutation; default a worker thread per document with a time budget of
   * `extractionTimeoutMs` (extraction/worker-extract.ts).
   */
  extract?: Extract;
  /** Time budget of one document's extraction in the mutation; default 10 s. */
  extractionTimeoutMs?: number;
  /** Host headers answered (names, ports ignored; `*` = any); default loopback: localhost, 127.0.0.1, [::1]. */
  allowedHosts?: string[];
  /** On close (SIGTERM), how long requests in flight may take to finish before their connections are cut; default 20 s (longer than the 15 s request budget). */
  shutdownGraceMs?: number;
  /**
   * Structured logs: one line per GraphQL request (createLogger of @newsgraph/process-tools); default a JSON logger at level
   * 'warn' on stdout (no request lines: main.ts passes an 'info' logger).
   */
  logger?: Logger;
  /** How long a CDN may serve a successful query sent as GET (`Cache-Control: public, max-age`); default 60; 0 = `no-store`. */
  cacheMaxAgeSeconds?: number;
  /** Where unexpected errors, and Neo4j outages (one line each way), are logged; default `logger.error`. */
  log?: (message: string, error?: unknown) => void;
  /** Distinct operation names with their own metric series; later names count as `other`; default 50. */
  maxOperationLabels?: number;
}

/**
 * A running API. `url` is the base (`http://host:port`); GraphQL answers at `${url}/graphql` (and `/`), health at
 * `${url}/health`, Prometheus metrics at `${url}/metrics`.
 */
export interface RunningApi {
  url: string;
  graphqlUrl: string;
  /**
   * Drains: stops accepting connections at once, lets requests in flight finish (up to `shutdownGraceMs`, then
   * cuts what is left), then stops Apollo. Resolves when nothing is left running.
   */
  close(): Promise<void>;
}

/** Starts the Apollo GraphQL API and `/health` on one Node HTTP server. */
export async function startApi(options: StartApiOptions): Promise<RunningApi> {
  const limits = { ...defaultLimits, ...options.limits };
  const mask = options.maskErrors ?? true;
  const corsOrigins = options.corsOrigins ?? ['http://127.0.0.1:3000'];
  const allowedHosts = options.allowedHosts ?? ['localhost', '127.0.0.1', '[::1]'];
  const logger = options.logger ?? createLogger({ level: 'warn' });
  const log = options.log ?? ((message: string, error?: unknown) => logger.error(error ? { err: error } : {}, message));
  const extract = options.extract ?? createWorkerExtract({ timeoutMs: options.extractionTimeoutMs ?? 10_000 });
  const status = createNeo4jStatus(options.graph, { log: (line) => log(line) });
  const metrics = createApiMetrics({ poolUsage: () => options.graph.poolUsage(), neo4jDown: () => status.down });
  const graph = countedIngest(options.graph, metrics);
  let draining = false;
  const server = createServer((req, res) => {
    if (draining) res.setHeader('connection', 'close');
    route(req, res).catch((error: unknown) => {
      log('Request failed', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ errors: [{ message: 'Internal server error' }] }));
    });
  });
  const record = createRequestRecorder({ logger, metrics, maxOperationLabels: options.maxOperationLabels });
  const fastPath = createFastQueryPath({ maxCost: HEAVY_QUERY_COST, record });
  const apollo = new ApolloServer<ApiContext>({
    typeDefs: readSchemaSDL(),
    resolvers,
    introspection: options.introspection ?? true,
    // GET requests (persisted queries a CDN can cache) must carry `apollo-require-preflight` or
    // `x-apollo-operation-name`, which a cross-site form or <img> cannot send.
    csrfPrevention: true,
    // APQ, preloaded with every operation of packages/client (persisted-query-cache.ts).
    persistedQueries: { cache: createPersistedQueryCache(await persistedQueryManifest()) },
    includeStacktraceInErrorResponses: !mask,
    hideSchemaDetailsFromClientErrors: mask,
    formatError: createFormatError(mask),
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [
      depthLimitRule(limits.maxDepth),
      aliasLimitRule(limits.maxAliases),
      costLimitRule({ maxCost: limits.maxCost }),
    ],
    // main.ts handles SIGINT/SIGTERM (drain, then close the driver); Apollo's own handler would stop it early.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({
        httpServer: server,
        stopGracePeriodMillis: options.shutdownGraceMs ?? 20_000,
      }),
      mutationAuthPlugin({ tokenConfigured: Boolean(options.apiToken) }),
      requestLogPlugin(record, metrics),
      errorLogPlugin({ log, onUnavailable: (error) => status.reportUnavailable(error) }),
      responseStatusPlugin(),
      heavyQueryGatePlugin({ threshold: HEAVY_QUERY_COST }),
      // Last among the hooks that can refuse a request: learns only query texts every check above let through.
      fastPath.plugin,
      // After responseStatusPlugin, which may turn an answer into an error.
      httpCachePlugin({ maxAgeSeconds: options.cacheMaxAgeSeconds ?? 60 }),
      // No per-field caching hints (httpCachePlugin sets one header per response), Apollo Studio reporting or hosted landing page: per-field work and outside calls we do not use.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
    ],
  });
  await apollo.start();

  const handleGraphQL = createGraphQLHandler(apollo, {
    maxBodyBytes: limits.maxBodyBytes,
    maxResponseBytes: limits.maxResponseBytes,
    timeoutMs: limits.requestTimeoutMs,
    fastPath,
    context: async (req, budget) =>
      createContext({
        graph,
        status,
        budget,
        extract,
        authorization: req.headers.authorization,
        token: options.apiToken,
        documentLimits: options.documentLimits,
      }),
  });

  const route = async (req: IncomingMessage, res: ServerResponse) => {
    // Nearly every request is a POST to /graphql: that URL is parsed once, not per request.
    const url = req.url === '/graphql' ? GRAPHQL_URL : new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1');
    res.setHeader('x-content-type-options', 'nosniff');
    if (!isAllowedHost(req, allowedHosts)) {
      return void res.writeHead(403, { 'content-type': 'application/json; charset=utf-8' }).end(
        JSON.stringify({
          errors: [
            {
              message: 'This Host is not served here (see NEWSGRAPH_ALLOWED_HOSTS).',
              extensions: { code: 'FORBIDDEN_HOST' },
            },
          ],
        }),
      );
    }
    if (path === '/health') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return answerHealth(res, status);
    }
    if (path === '/metrics') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return answerMetrics(res, metrics);
    }
    if (path === '/graphql' || path === '/') {
      if (applyCors(req, res, corsOrigins)) return;
      return handleGraphQL(req, res, url);
    }
    res
      .writeHead(404, { 'content-type': 'application/json; charset=utf-8' })
      .end(JSON.stringify({ error: 'Not found' }));
  };

  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4000, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    async close() {
      draining = true;
      // The drain plugin closes the listener and idle connections, waits for requests in flight, then cuts the rest.
      await apollo.stop();
      status.close();
    },
  };
}
