import type { NextRequest } from 'next/server';
import { getApiClient } from '../../../lib/api';
import { graphViewGraphml } from '../../../lib/export/graph-export';
import { streamDownload } from '../../../lib/export/stream-response';
import { acceptedLanguages, createFormatter, pickLocale } from '../../../lib/format';
import { readExpansions, readGraphFilters } from '../../../lib/graph-params';

/**
 * GET /export/graph?focus=<id>[&type=…&from=…&to=…&mentions=1&expand=…&more=N] — the graph view of those
 * parameters (the page's own loader, so the file holds what was on screen) as GraphML, streamed: nodes with
 * label, type and hidden-neighbour count; edges with type, title and their first quote.
 */
export async function GET(request: NextRequest) {
  const search = request.nextUrl.searchParams;
  const focus = search.get('focus')?.trim();
  if (!focus) return new Response('Give the graph focus as ?focus=\n', { status: 400 });
  const params = { ...Object.fromEntries(search), type: search.getAll('type'), expand: search.getAll('expand') };
  const { filters } = readGraphFilters(params);
  const more = Math.max(0, Math.trunc(Number(search.get('more')) || 0));
  const format = createFormatter(pickLocale(acceptedLanguages(request.headers.get('accept-language'))));
  const slug = focus.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
  return streamDownload(
    graphViewGraphml(getApiClient(), focus, filters, { expand: readExpansions(params), more }, format),
    {
      filename: `newsgraph-graph-${slug}.graphml`,
      contentType: 'application/graphml+xml; charset=utf-8',
    },
  );
}
