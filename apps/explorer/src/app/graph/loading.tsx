import { PageLoading } from '../../components/page-loading';

/** Neighbourhoods can take a moment on a large graph. */
export default function Loading() {
  return <PageLoading label="Loading the graph…" />;
}
