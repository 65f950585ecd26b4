import type { NextRequest } from 'next/server';
import { getApiClient } from '../../../lib/api';
import { entityCsv, entityJson, UnknownEntityError } from '../../../lib/export/entity-export';
import { streamDownload } from '../../../lib/export/stream-response';

/**
 * GET /export/entity?id=<entity id>&format=csv|json — an entity's facts (roles or people, parent, events) and
 * every source citing it, each with its quotes (text and offsets) and the source's URL, streamed. 404 for an
 * unknown id.
 */
export async function GET(request: NextRequest) {
  const id = request.nextUrl.searchParams.get('id')?.trim();
  const format = request.nextUrl.searchParams.get('format') === 'json' ? 'json' : 'csv';
  if (!id) return text('Give the entity as ?id=', 400);
  const api = getApiClient();
  const slug = id.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
  return streamDownload(format === 'json' ? entityJson(api, id) : entityCsv(api, id), {
    filename: `newsgraph-${slug}.${format}`,
    contentType: format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
    // The entity is looked up before the first chunk: an unknown id is a 404, not an error half-way.
    failure: (error) => (error instanceof UnknownEntityError ? text(error.message, 404) : undefined),
  });
}

function text(message: string, status: number) {
  return new Response(`${message}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
