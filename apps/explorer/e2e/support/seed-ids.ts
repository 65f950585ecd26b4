import { createNewsgraphClient, EventsDocument, SearchDocument, SourcesCitingDocument } from '@newsgraph/client';

/**
 * How long the specs' own API clients (and the test API's request budget) wait: a cold Neo4j plans the first
 * events and search statements in 4-11 s on a busy 2-core machine (measured), past the client's 10 s default.
 */
export const E2E_API_TIMEOUT_MS = 60_000;

/** Ids the specs navigate to, looked up through the API (never hard-coded id formats). */
export interface SeedIds {
  jassy: string;
  aws: string;
  jassySourceIds: string[];
  /** Amazon's layoff of 14,000 corporate jobs (seed 000). */
  amazonLayoff: string;
  /** Amazon, the company of that layoff. */
  amazon: string;
  /** The story (one round, every source's figure) of that layoff. */
  amazonStory: string;
  /** The first quote citing Jassy: its source and offsets. */
  jassyQuote: { sourceId: string; start: number; end: number };
}

/** Finds Andy Jassy, Amazon Web Services, the sources citing Jassy and Amazon's 14,000 layoff on the seeded graph. */
export async function lookUpSeedIds(apiUrl: string): Promise<SeedIds> {
  const client = createNewsgraphClient({ url: apiUrl, timeoutMs: E2E_API_TIMEOUT_MS });
  const [{ search: jassyHits }, { search: awsHits }, { sourcesCiting }, { events: layoffs }] = await Promise.all([
    client.request(SearchDocument, { query: 'Jassy', types: ['Person'], first: 5 }),
    client.request(SearchDocument, { query: 'AWS', first: 5 }),
    client.request(SourcesCitingDocument, { name: 'Jassy' }),
    client.request(EventsDocument, { kind: 'LAYOFF', orderBy: 'COUNT_DESC' }),
  ]);
  const jassy = jassyHits.find((h) => h.name === 'Andy Jassy');
  const aws = awsHits.find((h) => h.name === 'Amazon Web Services');
  const layoff = layoffs.edges.find(({ node }) => node.count === 14_000 && node.organization?.name === 'Amazon');
  const quoted = sourcesCiting.find((c) => c.quotes.length > 0);
  if (!jassy || !aws || !layoff?.node.story || !quoted) {
    throw new Error(
      `Seeds not as expected: Jassy → ${JSON.stringify(jassyHits)}, AWS → ${JSON.stringify(awsHits)}, 14,000 layoff → ${layoff ? 'found' : 'missing'}, quotes citing Jassy → ${quoted ? 'found' : 'none'}`,
    );
  }
  return {
    jassy: jassy.id,
    aws: aws.id,
    jassySourceIds: sourcesCiting.map((c) => c.source.id),
    amazonLayoff: layoff.node.id,
    amazon: layoff.node.organization!.id,
    amazonStory: layoff.node.story.id,
    jassyQuote: { sourceId: quoted.source.id, start: quoted.quotes[0]!.start, end: quoted.quotes[0]!.end },
  };
}
