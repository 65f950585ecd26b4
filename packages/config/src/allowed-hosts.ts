/** NEWSGRAPH_ALLOWED_HOSTS semantics, shared by the API and the explorer. */
/** The Host header's name without the port, lower-cased (`[::1]:3000` → `[::1]`). */
export function hostNameOf(header: string): string {
  const host = header.trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  const colon = host.indexOf(':');
  return colon < 0 ? host : host.slice(0, colon);
}

/** True when `name` is one of `allowed` (ports ignored; `*` allows any). */
export function isAllowedHostName(name: string, allowed: readonly string[]): boolean {
  return allowed.includes('*') || (name !== '' && allowed.some((host) => hostNameOf(host) === name));
}
