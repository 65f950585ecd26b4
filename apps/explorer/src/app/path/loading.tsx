import { PageLoading } from '../../components/page-loading';

/** Shortest paths can take a moment on a large graph. */
export default function Loading() {
  return <PageLoading label="Finding the shortest path…" />;
}
