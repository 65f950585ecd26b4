import type { Metadata } from 'next';
import { GraphiQLLoader } from './graphiql-loader';

export const metadata: Metadata = { title: 'GraphiQL' };

/** `/graphiql`: the GraphiQL IDE, bundled (no CDN), talking to the API through /api/graphql. */
export default function GraphiQLPage() {
  return (
    <>
      <h1 className="visually-hidden">GraphiQL</h1>
      <GraphiQLLoader />
    </>
  );
}
