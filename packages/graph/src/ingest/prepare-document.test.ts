import { describe, expect, it } from 'vitest';
import { extractionA, extractionB, TEXT_A, TEXT_B } from '../testing/sample-documents.js';
import { ingestStatement } from './ingest-statements.js';
import { factKey, prepareDocument } from './prepare-document.js';

describe('prepareDocument', () => {
  it('gives each mention its sentence as the quote, exact offsets', () => {
    const doc = prepareDocument(extractionA(), TEXT_A);
    const jassy = doc.entities.find((e) => e.id === 'person:andy-jassy')!;
    expect(jassy.sentences.quotes).toEqual(['CEO Andy Jassy said the company must be leaner.']);
    expect(TEXT_A.slice(jassy.sentences.starts[0], jassy.sentences.ends[0])).toBe(jassy.sentences.quotes[0]);
    expect(jassy.labels).toEqual(['Entity', 'Person']);
    expect(doc.entities.find((e) => e.id === 'source:reuters')).toMatchObject({
      labels: ['Source'],
      kind: 'news-outlet',
    });
  });

  it('keeps a named outlet typed Company (kind news-outlet) as a cited source: SUPPORTS stored, news basis', () => {
    const asCompany = (id: string) => (id === 'source:reuters' ? 'company:reuters' : id);
    const base = extractionA();
    const sentence = base.events[0]!.evidence[0]!;
    const extraction = {
      ...base,
      entities: base.entities.map((e) =>
        e.id === 'source:reuters' ? { ...e, id: 'company:reuters', type: 'Company' as const } : e,
      ),
      relations: base.relations.map((r) => ({ ...r, to: asCompany(r.to) })),
      supports: [{ by: 'company:reuters', event: base.events[0]!.id, evidence: [sentence] }],
    };
    const doc = prepareDocument(extraction, TEXT_A);
    expect(doc.entities.find((e) => e.id === 'company:reuters')).toMatchObject({
      labels: ['Entity', 'Company'],
      kind: 'news-outlet',
    });
    expect(doc.supports.map((s) => s.by)).toEqual(['company:reuters']);
    expect(doc.events[0]!.claim).toMatchObject({ basis: ['company:reuters'], basisKind: 'news' });
    // A company the article reports on that is not an outlet backs nothing as a cited source.
    const plain = prepareDocument(
      {
        ...extraction,
        entities: extraction.entities.map((e) => (e.id === 'company:reuters' ? { ...e, kind: undefined } : e)),
      },
      TEXT_A,
    );
    expect(plain.supports).toEqual([]);
    expect(plain.entities.find((e) => e.id === 'company:reuters')?.kind).toBeNull();
  });

  it('keys facts case-insensitively by title so "CEO" and "ceo" share one edge', () => {
    expect(factKey('HOLDS_ROLE', 'person:a', 'company:b', ' CEO ')).toBe(
      factKey('HOLDS_ROLE', 'person:a', 'company:b', 'ceo'),
    );
    const a = prepareDocument(extractionA(), TEXT_A).relations.find((r) => r.type === 'HOLDS_ROLE')!;
    const b = prepareDocument(extractionB(), TEXT_B).relations.find((r) => r.from === 'person:andy-jassy')!;
    expect(a.key).toBe(b.key);
  });

  it('merges a relation repeated in one document into one claim with all its evidence', () => {
    const extraction = extractionA();
    extraction.relations.push({
      ...extraction.relations[0]!,
      evidence: [{ start: 0, end: 40, text: TEXT_A.slice(0, 40) }],
    });
    const holds = prepareDocument(extraction, TEXT_A).relations.filter((r) => r.type === 'HOLDS_ROLE');
    expect(holds).toHaveLength(1);
    expect(holds[0]!.starts).toEqual([0, TEXT_A.indexOf('CEO Andy Jassy')]);
  });

  it('rejects what would corrupt the graph, before any write', () => {
    const badType = extractionA();
    badType.relations[0]!.type = 'MENTIONS';
    expect(() => prepareDocument(badType, TEXT_A)).toThrow(/not allowed/);
    const injected = extractionA();
    injected.relations[0]!.type = 'X]->() DETACH DELETE n //';
    expect(() => prepareDocument(injected, TEXT_A)).toThrow(/not allowed/);
    const dangling = extractionA();
    dangling.relations[0]!.to = 'company:nowhere';
    expect(() => prepareDocument(dangling, TEXT_A)).toThrow(/does not define/);
    const shifted = extractionA();
    shifted.entities[0]!.mentions[0]!.start += 1;
    expect(() => prepareDocument(shifted, TEXT_A)).toThrow(/does not match the text/);
  });
});

describe('ingestStatement', () => {
  it('is one parameterised statement of batched UNWINDs whatever the number and size of documents', () => {
    const one = ingestStatement([prepareDocument(extractionA(), TEXT_A)]);
    const two = ingestStatement([prepareDocument(extractionA(), TEXT_A), prepareDocument(extractionB(), TEXT_B)]);
    expect(one.cypher).not.toMatch(/Amazon|Jassy|article:a/);
    expect((two.params.docs as unknown[]).length).toBe(2);
    expect(one.cypher).toMatchSnapshot();
  });
});
