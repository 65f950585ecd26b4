import { NodeSearchDocument } from '@newsgraph/client';
import { NextResponse, type NextRequest } from 'next/server';
import { describeApiFailure, getApiClient } from '../../../lib/api';
import { acceptedLanguages, createFormatter, pickLocale } from '../../../lib/format';
import { nodeRef, nodeRefsWithStories } from '../../../lib/node-label';

/**
 * GET /api/nodes?q=<text>[&types=Company,Division][&stories=1] — the pickers' suggestions: entities, events and sources
 * matching the text (with `stories=1` each event followed by its story, type `Story`), as `[{ id, type, label }]`
 * (labels in the reader's locale). Failures answer `{ error }` with the API's status.
 */
export async function GET(request: NextRequest) {
  const query = request.nextUrl.searchParams.get('q')?.trim().slice(0, 200) ?? '';
  if (!query) return NextResponse.json([], { headers: { 'cache-control': 'no-store' } });
  const format = createFormatter(pickLocale(acceptedLanguages(request.headers.get('accept-language'))));
  try {
    const types = request.nextUrl.searchParams.get('types')?.split(',').filter(Boolean) ?? null;
    const stories = request.nextUrl.searchParams.get('stories') === '1';
    const { searchNodes } = await getApiClient().request(NodeSearchDocument, { query, types, first: 6 });
    return NextResponse.json(
      stories ? nodeRefsWithStories(searchNodes, format) : searchNodes.map((node) => nodeRef(node, format)),
      { headers: { 'cache-control': 'no-store' } },
    );
  } catch (error) {
    const failure = describeApiFailure(error);
    return NextResponse.json({ error: failure.message }, { status: failure.status });
  }
}
