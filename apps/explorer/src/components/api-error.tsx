import type { ApiFailure } from '../lib/api';

/** Explains why a page has no data (API down, HTTP or GraphQL error), naming the API URL. */
export function ApiError({ failure }: { failure: ApiFailure }) {
  return (
    <section className="state error" role="alert" aria-labelledby="api-error-title">
      <h1 id="api-error-title">
        {failure.status} — {failure.title}
      </h1>
      <p>{failure.message}</p>
      <p className="small muted">
        API: <code>{failure.apiUrl}</code>. Reload the page once it is back.
      </p>
    </section>
  );
}
