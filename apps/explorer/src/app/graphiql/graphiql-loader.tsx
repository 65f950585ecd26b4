'use client';

import dynamic from 'next/dynamic';

/** GraphiQL touches window and document while loading, so it renders in the browser only. */
export const GraphiQLLoader = dynamic(() => import('./graphiql-app').then((m) => m.GraphiQLApp), {
  ssr: false,
  loading: () => (
    <p className="loading" role="status">
      Loading GraphiQL…
    </p>
  ),
});
