import type { SeedIds } from './seed-ids';

/** A page of the explorer on the seeds, and a selector that is present once it has rendered. */
export interface ExplorerRoute {
  name: string;
  path: string;
  ready: string;
  /** The document's HTTP status; 200 unless said. */
  status?: number;
}

/**
 * Every route of the explorer on the seeded graph, each page kind at least once (shared by the e2e quality checks,
 * which screenshot each at 1280 and 375 px, the stack's warm-up and the benchmark).
 */
export function explorerRoutes(ids: SeedIds): ExplorerRoute[] {
  const e = encodeURIComponent;
  return [
    { name: 'home', path: '/', ready: 'h1' },
    { name: 'search', path: '/search?q=AWS', ready: 'main section' },
    { name: 'entity', path: `/entity/${e(ids.jassy)}`, ready: '[data-testid="citing-sources"]' },
    { name: 'entity-division', path: `/entity/${e(ids.aws)}`, ready: 'h1' },
    // A company: Totals (and its chart) and Statements besides the citations.
    { name: 'entity-company', path: `/entity/${e(ids.amazon)}`, ready: '[data-testid="citing-sources"]' },
    { name: 'source', path: `/source/${e(ids.jassySourceIds[0]!)}`, ready: '.article-text mark' },
    {
      name: 'source-quote',
      path: `/source/${e(ids.jassyQuote.sourceId)}?quote=${ids.jassyQuote.start}-${ids.jassyQuote.end}#quote`,
      ready: '.article-text mark#quote',
    },
    {
      name: 'graph',
      path: `/graph?focus=${e(ids.jassy)}`,
      ready: '[data-testid="graph-canvas"][data-ready="true"] canvas',
    },
    { name: 'graph-empty', path: '/graph', ready: 'main form[role="search"]' },
    { name: 'path-empty', path: '/path', ready: 'main h1' },
    { name: 'path', path: `/path?from=${e(ids.jassy)}&to=${e(ids.aws)}`, ready: '[data-testid="path-steps"]' },
    {
      name: 'path-event',
      path: `/path?from=${e(ids.jassy)}&to=${e(ids.amazonLayoff)}`,
      ready: '[data-testid="path-steps"]',
    },
    { name: 'event', path: `/event/${e(ids.amazonLayoff)}`, ready: '[data-testid="event-reports"]' },
    { name: 'story', path: `/story/${e(ids.amazonStory)}`, ready: 'main h1' },
    { name: 'events', path: '/events', ready: '[data-testid="timeline"]' },
    { name: 'sources', path: '/sources', ready: '[data-testid="source-list"]' },
    { name: 'graphiql', path: '/graphiql', ready: '.graphiql-container .CodeMirror' },
    { name: 'not-found', path: '/entity/nothing%3Ahere', ready: 'h1', status: 404 },
  ];
}
