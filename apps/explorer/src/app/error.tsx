'use client';

/** Last-resort boundary for unexpected render errors (API failures are handled in the pages). */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="state error" role="alert">
      <h1>Something went wrong</h1>
      <p>This page could not be shown{error.digest ? ` (reference ${error.digest})` : ''}.</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </section>
  );
}
