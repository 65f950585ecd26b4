import { createNewsgraphClient, SearchDocument, SourcesCitingDocument } from '@newsgraph/client';

/** Ids the specs navigate to, looked up through the API (never hard-coded id formats). */
export interface SeedIds {
  jassy: string;
  aws: string;
  jassySourceIds: string[];
}

/** Finds Andy Jassy, Amazon Web Services and the sources citing Jassy on the seeded graph. */
export async function lookUpSeedIds(apiUrl: string): Promise<SeedIds> {
  const client = createNewsgraphClient({ url: apiUrl });
  const [{ search: jassyHits }, { search: awsHits }, { sourcesCiting }] = await Promise.all([
    client.request(SearchDocument, { query: 'Jassy', types: ['Person'], first: 5 }),
    client.request(SearchDocument, { query: 'AWS', first: 5 }),
    client.request(SourcesCitingDocument, { name: 'Jassy' }),
  ]);
  const jassy = jassyHits.find((h) => h.name === 'Andy Jassy');
  const aws = awsHits.find((h) => h.name === 'Amazon Web Services');
  if (!jassy || !aws) throw new Error(`Seeds not as expected: Jassy → ${JSON.stringify(jassyHits)}, AWS → ${JSON.stringify(awsHits)}`);
  return { jassy: jassy.id, aws: aws.id, jassySourceIds: sourcesCiting.map((c) => c.source.id) };
}
