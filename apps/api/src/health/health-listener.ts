import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { findRepoRoot, type Neo4jConnection } from '@newsgraph/config';
import { startHeartbeat } from './heartbeat.js';

/** Where the compiled health thread is (`npm run build` writes it beside the API's main.js). */
export const HEALTH_WORKER_PATH = join(findRepoRoot(), 'apps', 'api', 'dist', 'health-worker.js');

/** What the health thread is started with (see health-worker.ts). */
export interface HealthWorkerData {
  host: string;
  port: number;
  connection: Neo4jConnection;
  heartbeat: SharedArrayBuffer;
  maxLagMs: number;
  probeEveryMs: number;
  probeTimeoutMs: number;
}

/** Options of `startHealthListener`. */
export interface HealthListenerOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 picks a free port. */
  port: number;
  /** The Neo4j the API uses; the thread opens a connection of its own to it. */
  connection: Neo4jConnection;
  /** Longest the API's event loop may go without running before `/livez` answers 503; default 5 s. */
  maxLagMs?: number;
  /** How often Neo4j is probed, in ms; default 1 s. */
  probeEveryMs?: number;
  /** Longest one probe may wait for Neo4j, in ms; default 1 s. */
  probeTimeoutMs?: number;
}

/** A running health listener. */
export interface HealthListener {
  /** `http://host:port`; `/livez`, `/readyz` and `/health` answer there. */
  url: string;
  /** The API is shutting down: `/readyz` answers 503 from now on, so a load balancer stops sending requests. */
  setDraining(): void;
  close(): Promise<void>;
}

/**
 * Starts the health listener on a thread of its own: its answers (within milliseconds) do not queue behind the
 * GraphQL work on the API's event loop, which a saturating load or the heaviest allowed queries keep busy. It
 * reports the loop's liveness from a shared heartbeat (heartbeat.ts) and Neo4j's reachability from its own
 * background probe (health-worker.ts); rejects if the port cannot be bound.
 */
export async function startHealthListener(options: HealthListenerOptions): Promise<HealthListener> {
  if (!existsSync(HEALTH_WORKER_PATH)) throw new Error(`${HEALTH_WORKER_PATH} is missing: run npm run build.`);
  const heartbeat = startHeartbeat();
  const host = options.host ?? '127.0.0.1';
  const workerData: HealthWorkerData = {
    host,
    port: options.port,
    connection: options.connection,
    heartbeat: heartbeat.buffer,
    maxLagMs: options.maxLagMs ?? 5_000,
    probeEveryMs: options.probeEveryMs ?? 1_000,
    probeTimeoutMs: options.probeTimeoutMs ?? 1_000,
  };
  const worker = new Worker(HEALTH_WORKER_PATH, { workerData });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', (message: { type: string; port?: number; message?: string }) => {
      if (message.type === 'listening') resolve(message.port!);
      else reject(new Error(`Health listener on ${host}:${options.port}: ${message.message}`));
    });
    worker.once('error', reject);
  }).catch(async (error: unknown) => {
    heartbeat.stop();
    await worker.terminate();
    throw error;
  });
  // An idle health thread must not keep the API alive after it closed everything else.
  worker.unref();
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}`,
    setDraining: () => heartbeat.setDraining(),
    async close() {
      heartbeat.stop();
      const closed = new Promise<void>((resolve) => {
        worker.once('message', () => resolve());
        worker.once('exit', () => resolve());
      });
      worker.postMessage({ type: 'close' });
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
      await worker.terminate();
    },
  };
}
