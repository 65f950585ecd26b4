import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestNeo4j } from '../../../../test/neo4j.js';
import { GraphError } from '../errors.js';
import { createGraph, type Graph } from '../graph.js';
import { buildExtraction } from '../testing/build-extraction.js';
import { extractionA, extractionB, TEXT_A, TEXT_B } from '../testing/sample-documents.js';

let graph: Graph;

async function census() {
  const [row] = await graph.executor.read<{ nodes: number; rels: number }>({
    cypher: 'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
    params: {},
  });
  return row!;
}

async function ids(): Promise<string[]> {
  const rows = await graph.executor.read<{ id: string }>({ cypher: 'MATCH (n:Node) RETURN n.id AS id ORDER BY id', params: {} });
  return rows.map((row) => row.id);
}

beforeAll(async () => {
  graph = createGraph(getTestNeo4j());
  await graph.deleteAll();
  await graph.applySchema();
  await graph.applySchema(); // idempotent
});
afterAll(() => graph.close());

describe('ingestDocument', () => {
  it('writes entities, mentions with exact quotes, claims, events and citations', async () => {
    const outcome = await graph.ingestDocument(extractionA(), TEXT_A);
    expect(outcome).toMatchObject({ changed: true, sourceId: 'article:a', entities: 4, relations: 3, events: 1 });
    expect(await ids()).toEqual([
      'article:a', 'company:amazon', 'division:amazon-web-services', 'event:layoff:amazon:14000:2025-10', 'person:andy-jassy', 'source:reuters',
    ]);
    const [citation] = await graph.sourcesCiting('Jassy');
    expect(citation!.source.id).toBe('article:a');
    expect(citation!.quotes.map((q) => q.text)).toEqual(['CEO Andy Jassy said the company must be leaner.']);
    for (const quote of citation!.quotes) expect(TEXT_A.slice(quote.start, quote.end)).toBe(quote.text);
    expect((await graph.citations(['article:a'], 'out')).get('article:a')!.map((s) => s.id)).toEqual(['source:reuters']);
  });

  it('changes nothing when the same text comes again', async () => {
    const before = await census();
    const outcome = await graph.ingestDocument(extractionA(), TEXT_A);
    expect(outcome.changed).toBe(false);
    expect(await census()).toEqual(before);
  });

  it('merges the same fact from two articles into one edge with two pieces of evidence, and keeps differing figures apart', async () => {
    await graph.ingestDocument(extractionB(), TEXT_B);
    const roles = (await graph.roles(['person:andy-jassy'], 'person')).get('person:andy-jassy')!;
    expect(roles).toHaveLength(1);
    const evidence = await graph.evidence([{ kind: 'claim', key: roles[0]!.key }]);
    const items = [...evidence.values()][0]!;
    expect(items.map((e) => e.sourceId).sort()).toEqual(['article:a', 'article:b']);
    const texts = { 'article:a': TEXT_A, 'article:b': TEXT_B } as Record<string, string>;
    for (const item of items) expect(texts[item.sourceId]!.slice(item.start, item.end)).toBe(item.text);

    const events = await graph.eventsOf(['company:amazon'], 'organization');
    expect(events.get('company:amazon')!.map((e) => e.count).sort()).toEqual([14000, 30000]);
  });

  it('replaces only the changed source’s evidence when the text under the same uri changes', async () => {
    const edited = 'Amazon is cutting 14,000 corporate jobs. CEO Andy Jassy said the company must be leaner. Amazon Web Services is next.';
    const extraction = buildExtraction({
      id: 'article:a',
      text: edited,
      publishedAt: '2025-10-28',
      entities: [
        { id: 'company:amazon', type: 'Company', name: 'Amazon', mentions: ['Amazon'] },
        { id: 'division:amazon-web-services', type: 'Division', name: 'Amazon Web Services', mentions: ['Amazon Web Services'] },
        { id: 'person:andy-jassy', type: 'Person', name: 'Andy Jassy', mentions: ['Andy Jassy'] },
      ],
      relations: [{ type: 'HOLDS_ROLE', from: 'person:andy-jassy', to: 'company:amazon', title: 'CEO', evidence: ['CEO Andy Jassy said the company must be leaner.'] }],
    });
    const outcome = await graph.ingestDocument(extraction, edited);
    expect(outcome.changed).toBe(true);

    expect(await ids()).not.toContain('source:reuters'); // its only evidence was in the old text
    const citing = await graph.sourcesCiting('Andy Jassy');
    expect(citing.map((c) => c.source.id).sort()).toEqual(['article:a', 'article:b']);
    for (const c of citing) {
      const text = c.source.id === 'article:a' ? edited : TEXT_B;
      for (const q of c.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    }
    // The PART_OF edge lost its only claim; B's evidence for Garman is untouched.
    expect((await graph.parentsOf(['division:amazon-web-services'])).size).toBe(0);
    expect((await graph.sourcesCiting('Matt Garman')).map((c) => c.source.id)).toEqual(['article:b']);
  });

  it('rolls back everything when a statement fails mid-document', async () => {
    const before = await census();
    const beforeIds = await ids();
    const extraction = extractionA(TEXT_A, 'article:broken');
    extraction.entities.push({ id: 'company:globex', type: 'Company', name: 'Globex', aliases: [], mentions: [] });
    // The events statement runs after entities and claims are written; a map value is not a storable property.
    extraction.events[0]!.id = 'event:new-and-broken';
    extraction.events[0]!.countText = { not: 'storable' } as unknown as string;
    await expect(graph.ingestDocument(extraction, TEXT_A)).rejects.toBeInstanceOf(GraphError);
    expect(await census()).toEqual(before);
    expect(await ids()).toEqual(beforeIds);
  });

  it('rejects spans that are not exact slices of the text before writing anything', async () => {
    const extraction = extractionB(TEXT_B, 'article:bad-span');
    extraction.relations[0]!.evidence[0]!.start += 1;
    await expect(graph.ingestDocument(extraction, TEXT_B)).rejects.toThrow(/does not match the text/);
    expect(await ids()).not.toContain('article:bad-span');
  });

  it('deleteSource removes the article, its evidence and every node left with none', async () => {
    expect(await graph.deleteSource('article:b')).toBe(true);
    const left = await ids();
    expect(left).not.toContain('article:b');
    expect(left).not.toContain('person:matt-garman');
    expect(left).not.toContain('event:layoff:amazon:30000:2025-10');
    expect(left).toContain('person:andy-jassy');
    const roles = (await graph.roles(['person:andy-jassy'], 'person')).get('person:andy-jassy')!;
    const evidence = [...(await graph.evidence([{ kind: 'claim', key: roles[0]!.key }])).values()][0]!;
    expect(evidence.map((e) => e.sourceId)).toEqual(['article:a']);
    expect(await graph.deleteSource('article:b')).toBe(false);

    expect(await graph.deleteSource('article:a')).toBe(true);
    expect(await census()).toEqual({ nodes: 0, rels: 0 });
  });
});
