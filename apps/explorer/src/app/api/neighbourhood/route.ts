import { NextResponse, type NextRequest } from 'next/server';
import { describeApiFailure, getApiClient } from '../../../lib/api';
import { readGraphFilters } from '../../../lib/graph-params';
import { requestNeighbourhood } from '../../../lib/load-graph-view';

/**
 * GET /api/neighbourhood?id=<node id>&depth=1[&after=<cursor>][&type=…&from=…&to=…&mentions=1] — the graph
 * view's expand and "more": a node's strongest neighbours under the view's filters, as JSON. Failures answer
 * `{ error }` with 400 (no id), 503 (API unreachable) or the API's error status.
 */
export async function GET(request: NextRequest) {
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const id = request.nextUrl.searchParams.get('id')?.trim();
  const depth = Math.min(2, Math.max(1, Number(request.nextUrl.searchParams.get('depth')) || 1));
  if (!id) return NextResponse.json({ error: 'Give the node to expand as ?id=' }, { status: 400 });
  const { filters } = readGraphFilters({ ...params, type: request.nextUrl.searchParams.getAll('type') });
  try {
    const answer = await requestNeighbourhood(getApiClient(), id, filters, {
      depth,
      after: request.nextUrl.searchParams.get('after'),
    });
    return NextResponse.json(answer, { headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    const failure = describeApiFailure(error);
    return NextResponse.json({ error: failure.message }, { status: failure.status });
  }
}
