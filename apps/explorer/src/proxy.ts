import { NextResponse, type NextRequest } from 'next/server';
import { getConfig, hostNameOf, isAllowedHostName } from '@newsgraph/config';

const allowedHosts = getConfig().api.allowedHosts;

/**
 * Runs before every route (Next's proxy):
 * - refuses a Host header not in NEWSGRAPH_ALLOWED_HOSTS with 403 (loopback by default), so a page on another
 *   site cannot read the explorer through DNS rebinding;
 * - answers a path with malformed percent-encoding (`/entity/%ff%fe`) with 400 instead of a server error.
 */
export function proxy(request: NextRequest) {
  if (!isAllowedHostName(hostNameOf(request.headers.get('host') ?? ''), allowedHosts)) {
    return new NextResponse('This Host is not served here (see NEWSGRAPH_ALLOWED_HOSTS).\n', {
      status: 403,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse('Bad request: the address is not valid percent-encoded UTF-8.\n', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  return NextResponse.next();
}

export const config = { matcher: '/:path*' };
