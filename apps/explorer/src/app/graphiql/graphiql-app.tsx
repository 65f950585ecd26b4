'use client';

import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { useRef } from 'react';
import 'graphiql/style.css';
import { useGraphiQLA11yFixes } from './graphiql-a11y';

const fetcher = createGraphiQLFetcher({ url: '/api/graphql' });

const DEFAULT_QUERY = `# Which sources cite Jassy, with the exact quotes?
query SourcesCiting {
  sourcesCiting(name: "Jassy") {
    source { id title publisher publishedAt }
    quotes { text start end }
  }
}
`;

/** The IDE itself, with accessibility fixes applied to its DOM. */
export function GraphiQLApp() {
  const host = useRef<HTMLDivElement>(null);
  useGraphiQLA11yFixes(host);
  return (
    <div className="graphiql-host" ref={host}>
      <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />
    </div>
  );
}
