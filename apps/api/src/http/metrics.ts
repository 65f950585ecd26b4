import type { ServerResponse } from 'node:http';
import type { ApiMetrics } from '../observability/metrics.js';

/** `/metrics`: the Prometheus text exposition of this API process's metrics (observability/metrics.ts). */
export async function answerMetrics(res: ServerResponse, metrics: ApiMetrics): Promise<void> {
  const body = await metrics.registry.metrics();
  res.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' }).end(body);
}
