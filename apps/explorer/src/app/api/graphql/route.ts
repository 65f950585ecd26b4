import { NextResponse, type NextRequest } from 'next/server';
import { env } from '../../../env';

/** Larger bodies are refused here, before they reach the API. */
const MAX_BODY_BYTES = 1_000_000;

/**
 * POST /api/graphql — a same-origin pass-through to the Newsgraph API for the GraphiQL page, so the browser never
 * needs the API's address or a CORS exception. Forwards the body, content type and any Authorization header.
 */
export async function POST(request: NextRequest) {
  const body = await request.text();
  if (Buffer.byteLength(body) > MAX_BODY_BYTES)
    return NextResponse.json({ errors: [{ message: 'Request body too large' }] }, { status: 413 });
  const headers: Record<string, string> = {
    'content-type': request.headers.get('content-type') ?? 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  const authorization = request.headers.get('authorization');
  if (authorization) headers.authorization = authorization;
  try {
    const response = await fetch(env.NEWSGRAPH_API_URL, {
      method: 'POST',
      headers,
      body,
      signal: AbortSignal.timeout(30_000),
    });
    return new NextResponse(await response.text(), {
      status: response.status,
      headers: {
        'content-type': response.headers.get('content-type') ?? 'application/json',
        'cache-control': 'no-store',
      },
    });
  } catch {
    return NextResponse.json(
      { errors: [{ message: `Could not reach the Newsgraph API at ${env.NEWSGRAPH_API_URL}` }] },
      { status: 503 },
    );
  }
}
