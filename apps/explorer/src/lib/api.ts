import { createNewsgraphClient, isNewsgraphClientError, type NewsgraphClient } from '@newsgraph/client';
import { env } from '../env';

let client: NewsgraphClient | undefined;

/** The typed API client for server components and route handlers (one per process). */
export function getApiClient(): NewsgraphClient {
  client ??= createNewsgraphClient({ url: env.NEWSGRAPH_API_URL, timeoutMs: 15_000 });
  return client;
}

/** What a page shows when the API fails: a title, an explanation and an HTTP-like status. */
export interface ApiFailure {
  status: number;
  title: string;
  message: string;
  apiUrl: string;
}

/** The outcome of a page's data load: the data, or why it could not be loaded. */
export type Loaded<T> = { ok: true; data: T } | { ok: false; failure: ApiFailure };

/** Turns any error from the client into a failure a page can explain (503 when the API is unreachable). */
export function describeApiFailure(error: unknown): ApiFailure {
  const apiUrl = env.NEWSGRAPH_API_URL;
  if (isNewsgraphClientError(error)) {
    if (error.code === 'NETWORK') {
      return {
        status: 503,
        title: 'The Newsgraph API is unavailable',
        message: `Could not reach the Newsgraph API at ${apiUrl}. Start it (npm start) or set NEWSGRAPH_API_URL.`,
        apiUrl,
      };
    }
    if (error.code === 'HTTP') {
      const status = error.status ?? 502;
      return {
        status: status >= 500 ? 503 : status,
        title: `The Newsgraph API answered HTTP ${error.status}`,
        message: error.message,
        apiUrl,
      };
    }
    return { status: 502, title: 'The Newsgraph API reported an error', message: error.message, apiUrl };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { status: 500, title: 'Something went wrong', message, apiUrl };
}

/** Runs a page's queries; API failures become a {@link Loaded} failure instead of a blank page. */
export async function loadFromApi<T>(load: (client: NewsgraphClient) => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, data: await load(getApiClient()) };
  } catch (error) {
    return { ok: false, failure: describeApiFailure(error) };
  }
}
