import type { NextRequest } from 'next/server';
import { getApiClient } from '../../../lib/api';
import { eventsCsv, eventsJson, type EventsExportArgs } from '../../../lib/export/events-export';
import { streamDownload } from '../../../lib/export/stream-response';
import { acceptedLanguages, createFormatter, pickLocale } from '../../../lib/format';
import { resolveEndpoint } from '../../../lib/resolve-endpoint';
import { eventFilterArgs, readTimelineView } from '../../../lib/timeline-params';

/**
 * GET /export/events?format=csv|json&<timeline filters> — every event of a timeline view (all pages, not just the
 * one shown), streamed: CSV one row per event with its sources' URLs and first quote, or JSON with each event
 * whole (sources, every quote). 400 for malformed filters or an organization that matches nothing.
 */
export async function GET(request: NextRequest) {
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const format = params.format === 'json' ? 'json' : 'csv';
  const { view, invalid } = readTimelineView(params);
  if (invalid.length > 0) return badRequest(`Malformed filters: ${invalid.join('; ')}.`);
  const api = getApiClient();
  let organization: string | null = null;
  if (view.organization) {
    const formatter = createFormatter(pickLocale(acceptedLanguages(request.headers.get('accept-language'))));
    const resolved = await resolveEndpoint(api, view.organization, formatter, { types: ['Company', 'Division'] }).catch(
      () => null,
    );
    if (!resolved?.node) return badRequest(`No company or division matches "${view.organization}".`);
    organization = resolved.node.id;
  }
  const args: EventsExportArgs = { ...eventFilterArgs(view, organization), orderBy: view.order };
  return streamDownload(format === 'json' ? eventsJson(api, args) : eventsCsv(api, args), {
    filename: `newsgraph-events.${format}`,
    contentType: format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
  });
}

function badRequest(message: string) {
  return new Response(`${message}\n`, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
