import type { ServerResponse } from 'node:http';
import type { Neo4jStatus } from '../neo4j-status.js';

/**
 * `/health`: 200 `{status:'ok', neo4j:'reachable'}` when Neo4j answers, 503 with the reason otherwise. Answers
 * from a probe cached for a second and bounded to a second (neo4j-status.ts), so it stays fast and cheap while
 * Neo4j is down or many clients poll.
 */
export async function answerHealth(res: ServerResponse, status: Neo4jStatus): Promise<void> {
  const probe = await status.probe();
  const body = probe.reachable
    ? { status: 'ok', neo4j: 'reachable' }
    : { status: 'unavailable', neo4j: 'unreachable', reason: probe.reason ?? 'unknown' };
  res
    .writeHead(probe.reachable ? 200 : 503, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...(probe.reachable ? {} : { 'retry-after': '5' }),
    })
    .end(JSON.stringify(body));
}
