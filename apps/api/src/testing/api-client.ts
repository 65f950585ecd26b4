/** A minimal GraphQL-over-HTTP client for tests. */
export interface GraphQLResponse<T = any> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: unknown[] }>;
  raw: string;
}

/** POSTs `query` as JSON to `url` and returns status, headers and the parsed body. */
export async function postGraphQL<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const raw = await response.text();
  let parsed: { data?: T; errors?: GraphQLResponse['errors'] } = {};
  try {
    parsed = JSON.parse(raw);
  } catch {
    // not JSON (e.g. an empty 413); callers look at status and raw
  }
  return { status: response.status, headers: response.headers, data: parsed.data, errors: parsed.errors, raw };
}
