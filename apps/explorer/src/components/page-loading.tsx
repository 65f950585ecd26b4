/** The fallback of routes whose queries can be slow (graph traversals): a spinner with a status message. */
export function PageLoading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  );
}
