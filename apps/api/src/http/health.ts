import type { ServerResponse } from 'node:http';
import { toGraphError, type Graph } from '@newsgraph/graph';

/** `/health`: 200 `{status:'ok', neo4j:'reachable'}` when Neo4j answers, 503 with the reason otherwise. */
export async function answerHealth(res: ServerResponse, graph: Graph): Promise<void> {
  let status = 200;
  let body: Record<string, string>;
  try {
    await graph.ping();
    body = { status: 'ok', neo4j: 'reachable' };
  } catch (error) {
    const graphError = toGraphError(error);
    status = 503;
    body = { status: 'unavailable', neo4j: 'unreachable', reason: `${graphError.code}: ${graphError.message}` };
  }
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
    .end(JSON.stringify(body));
}
