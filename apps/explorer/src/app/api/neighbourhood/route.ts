import { NeighbourhoodDocument } from '@newsgraph/client';
import { NextResponse, type NextRequest } from 'next/server';
import { describeApiFailure, getApiClient } from '../../../lib/api';

/**
 * GET /api/neighbourhood?id=<node id>&depth=1 — the graph view's expand: nodes and edges around a node, as JSON.
 * Failures answer `{ error }` with 400 (no id), 503 (API unreachable) or 502 (API error).
 */
export async function GET(request: NextRequest) {
  const id = request.nextUrl.searchParams.get('id')?.trim();
  const depth = Math.min(2, Math.max(1, Number(request.nextUrl.searchParams.get('depth')) || 1));
  if (!id) return NextResponse.json({ error: 'Give the node to expand as ?id=' }, { status: 400 });
  try {
    const { neighbourhood } = await getApiClient().request(NeighbourhoodDocument, { id, depth });
    return NextResponse.json(neighbourhood, { headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    const failure = describeApiFailure(error);
    return NextResponse.json({ error: failure.message }, { status: failure.status });
  }
}
