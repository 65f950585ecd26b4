import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestNeo4j, TEST_QUERY_TIMEOUT_MS } from '../../../../test/neo4j.js';
import { GraphError } from '../errors.js';
import { createGraph, type Graph } from '../graph.js';
import { buildExtraction } from '../testing/build-extraction.js';
import { extractionA, extractionB, TEXT_A, TEXT_B } from '../testing/sample-documents.js';

let graph: Graph;

async function census() {
  const [row] = await graph.executor.read<{ nodes: number; rels: number }>({
    cypher:
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
    params: {},
  });
  return row!;
}

async function ids(): Promise<string[]> {
  const rows = await graph.executor.read<{ id: string }>({
    cypher: 'MATCH (n:Node) RETURN n.id AS id ORDER BY id',
    params: {},
  });
  return rows.map((row) => row.id);
}

beforeAll(async () => {
  graph = createGraph(getTestNeo4j(), { queryTimeoutMs: TEST_QUERY_TIMEOUT_MS });
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
      'article:a',
      'company:amazon',
      'division:amazon-web-services',
      'event:layoff:amazon:14000:2025-10',
      'person:andy-jassy',
      'source:reuters',
      'story:layoff:amazon:14000:2025-10',
    ]);
    const [citation] = await graph.sourcesCiting('Jassy');
    expect(citation!.source.id).toBe('article:a');
    expect(citation!.quotes.map((q) => q.text)).toEqual(['CEO Andy Jassy said the company must be leaner.']);
    for (const quote of citation!.quotes) expect(TEXT_A.slice(quote.start, quote.end)).toBe(quote.text);
    expect((await graph.cites(['article:a'])).get('article:a')!.map((s) => s.id)).toEqual(['source:reuters']);
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
    expect(
      events
        .get('company:amazon')!
        .map((e) => e.count)
        .sort(),
    ).toEqual([14000, 30000]);
  });

  it('replaces only the changed source’s evidence when the text under the same uri changes', async () => {
    const edited =
      'Amazon is cutting 14,000 corporate jobs. CEO Andy Jassy said the company must be leaner. Amazon Web Services is next.';
    const extraction = buildExtraction({
      id: 'article:a',
      text: edited,
      publishedAt: '2025-10-28',
      entities: [
        { id: 'company:amazon', type: 'Company', name: 'Amazon', mentions: ['Amazon'] },
        {
          id: 'division:amazon-web-services',
          type: 'Division',
          name: 'Amazon Web Services',
          mentions: ['Amazon Web Services'],
        },
        { id: 'person:andy-jassy', type: 'Person', name: 'Andy Jassy', mentions: ['Andy Jassy'] },
      ],
      relations: [
        {
          type: 'HOLDS_ROLE',
          from: 'person:andy-jassy',
          to: 'company:amazon',
          title: 'CEO',
          evidence: ['CEO Andy Jassy said the company must be leaner.'],
        },
      ],
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

/** Every node (id, labels, aliases) and relationship (ends, type, key) as sorted lines, to compare two graphs. */
async function dump(): Promise<string[]> {
  const rows = await graph.executor.read<{ line: string }>({
    cypher: `MATCH (n) RETURN coalesce(n.id, n.key) + ' ' + reduce(s = '', l IN labels(n) | s + ':' + l) + ' ' + reduce(s = '', a IN coalesce(n.aliases, []) | s + a + ',') AS line
             UNION ALL
             MATCH (a)-[r]->(b) RETURN coalesce(a.id, a.key) + ' -' + type(r) + coalesce(' ' + r.key, '') + '-> ' + coalesce(b.id, b.key) AS line`,
    params: {},
  });
  return rows.map((row) => row.line).sort();
}

describe('ingestDocuments (bulk: several documents per transaction)', () => {
  const documents = () => [
    { extraction: extractionA(), text: TEXT_A },
    { extraction: extractionB(), text: TEXT_B },
    { extraction: extractionA(TEXT_A, 'article:c'), text: TEXT_A },
  ];

  it('builds the same graph as one document at a time, and a repeated batch changes nothing', async () => {
    await graph.deleteAll();
    for (const { extraction, text } of documents()) await graph.ingestDocument(extraction, text);
    const oneByOne = await dump();

    await graph.deleteAll();
    const results = await graph.ingestDocuments(documents());
    expect(results.map((r) => r.ok && r.outcome.changed)).toEqual([true, true, true]);
    expect(await dump()).toEqual(oneByOne);

    const before = await census();
    const again = await graph.ingestDocuments(documents());
    expect(again.map((r) => r.ok && r.outcome.changed)).toEqual([false, false, false]);
    expect(await census()).toEqual(before);
  });

  it('lets a bad document fail alone: the rest of its batch lands, nothing of it is written', async () => {
    await graph.deleteAll();
    const broken = extractionA(TEXT_A, 'article:broken');
    broken.entities.push({ id: 'company:globex', type: 'Company', name: 'Globex', aliases: [], mentions: [] });
    broken.events[0]!.id = 'event:new-and-broken';
    broken.events[0]!.countText = { not: 'storable' } as unknown as string;
    const badSpan = extractionB(TEXT_B, 'article:bad-span');
    badSpan.relations[0]!.evidence[0]!.start += 1;

    const results = await graph.ingestDocuments([
      { extraction: extractionA(), text: TEXT_A },
      { extraction: broken, text: TEXT_A },
      { extraction: badSpan, text: TEXT_B },
      { extraction: extractionB(), text: TEXT_B },
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, false, false, true]);
    expect(results[1]).toMatchObject({ ok: false, error: expect.any(GraphError) });
    expect(results[2]).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/does not match the text/) },
    });
    const left = await ids();
    expect(left).toEqual(expect.arrayContaining(['article:a', 'article:b']));
    for (const id of ['article:broken', 'article:bad-span', 'company:globex', 'event:new-and-broken'])
      expect(left).not.toContain(id);
    expect((await graph.sourcesCiting('Jassy')).map((c) => c.source.id).sort()).toEqual(['article:a', 'article:b']);
  });

  it('writes the same source twice in one call in order: the later text replaces the earlier', async () => {
    await graph.deleteAll();
    const edited = `${TEXT_A} More cuts may follow.`;
    const results = await graph.ingestDocuments([
      { extraction: extractionA(), text: TEXT_A },
      { extraction: extractionA(edited), text: edited },
    ]);
    expect(results.map((r) => r.ok && r.outcome.changed)).toEqual([true, true]);
    const afterBoth = await dump();
    await graph.deleteAll();
    await graph.ingestDocument(extractionA(edited), edited);
    expect(await dump()).toEqual(afterBoth);
    const [stored] = await graph.executor.read<{ text: string }>({
      cypher: "MATCH (s:Source {id: 'article:a'}) RETURN s.text AS text",
      params: {},
    });
    expect(stored!.text).toBe(edited);
  });
});

describe('aliases follow their evidence', () => {
  it('deleting the only source that gave an alias takes the alias back; aliases other sources give stay', async () => {
    await graph.deleteAll();
    await graph.ingestDocument(extractionA(), TEXT_A); // Andy Jassy aka "Jassy", Amazon Web Services aka "AWS"
    await graph.ingestDocument(extractionB(), TEXT_B); // Andy Jassy without aliases, Amazon Web Services aka "AWS"
    const aliases = async (id: string) => (await graph.entitiesByIds([id]))[0]?.aliases;
    expect(await aliases('person:andy-jassy')).toEqual(['Jassy']);

    expect(await graph.deleteSource('article:a')).toBe(true);
    expect(await aliases('person:andy-jassy')).toEqual([]);
    expect(await aliases('division:amazon-web-services')).toEqual(['AWS']);
  });
});
