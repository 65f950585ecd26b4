/**
 * The health listener's thread (bundled to dist/health-worker.js; started by health-listener.ts). It serves
 * `/livez`, `/readyz` and `/health` on a port of its own from state it keeps itself — the API's heartbeat in shared
 * memory and a Neo4j probe on a connection of its own, run every second in the background — so an answer never
 * waits on the API's event loop, on Neo4j or on the driver pool the GraphQL requests use.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import { createPinger, probeWithin } from '@newsgraph/graph/ping';
import { livenessAnswer, readinessAnswer, type HealthAnswer, type ProbeState } from './health-report.js';
import { readHeartbeat } from './heartbeat.js';
import type { HealthWorkerData } from './health-listener.js';

const data = workerData as HealthWorkerData;
const pinger = createPinger(data.connection);
let probe: ProbeState = { reachable: false, at: 0 };
let probing = false;

async function probeOnce(): Promise<void> {
  if (probing) return; // one probe at a time
  probing = true;
  try {
    probe = { ...(await probeWithin(() => pinger.ping(), data.probeTimeoutMs)), at: Date.now() };
  } finally {
    probing = false;
  }
}

const answer = (path: string): HealthAnswer | null => {
  const inputs = {
    now: Date.now(),
    heartbeat: readHeartbeat(data.heartbeat),
    probe,
    maxLagMs: data.maxLagMs,
    maxProbeAgeMs: data.probeEveryMs + data.probeTimeoutMs + 1_000,
  };
  if (path === '/livez') return livenessAnswer(inputs);
  if (path === '/readyz' || path === '/health') return readinessAnswer(inputs);
  return null;
};

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname.replace(/(.)\/$/, '$1');
  const result = answer(path);
  if (!result)
    return void res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' }).end('{"error":"Not found"}');
  if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
  res
    .writeHead(result.status, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...(result.status === 200 ? {} : { 'retry-after': '5' }),
    })
    .end(req.method === 'HEAD' ? undefined : JSON.stringify(result.body));
});
server.keepAliveTimeout = 5_000;

const timer = setInterval(() => void probeOnce(), data.probeEveryMs);
void probeOnce();

server.once('error', (error) => {
  clearInterval(timer);
  parentPort?.postMessage({ type: 'error', message: error.message });
});
server.listen(data.port, data.host, () => {
  parentPort?.postMessage({ type: 'listening', port: (server.address() as AddressInfo).port });
});

parentPort?.on('message', (message: { type: string }) => {
  if (message.type !== 'close') return;
  clearInterval(timer);
  server.close();
  server.closeAllConnections();
  void pinger.close().finally(() => parentPort?.postMessage({ type: 'closed' }));
});
