import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-document.js';
import { outletsAsCompanies } from './outlets-as-companies.js';
import type { DocumentExtraction } from '../types.js';

const run = (text: string) => extractDocument({ text, uri: 'outlets.txt', publishedAt: '2024-05-08' });
const entity = (doc: DocumentExtraction, name: string) => doc.entities.find((e) => e.name === name);
const citedIds = (doc: DocumentExtraction) => doc.relations.filter((r) => r.type === 'CITES').map((r) => r.to);

describe('named outlets are companies as well as cited sources', () => {
  it('types an outlet found by how it is cited as a Company of kind news-outlet, still cited', () => {
    const doc = run(
      'Norrvik Cars will cut 1,200 jobs, the Kora Daily reported on Monday. Chief executive Anna Hallberg told business daily Vestposten that the plant in Lund would stay open.',
    );
    for (const name of ['Kora Daily', 'Vestposten']) {
      const e = entity(doc, name);
      expect(e, name).toMatchObject({ type: 'Company', kind: 'news-outlet' });
      expect(citedIds(doc)).toContain(e!.id);
    }
    expect(doc.entities.filter((e) => e.type === 'Source' && e.kind === 'news-outlet')).toEqual([]);
  });

  it('never makes the outlet the subject of the event or the company its figures are about', () => {
    const doc = run('Norrvik Cars will cut 1,200 jobs, the Kora Daily reported, citing two managers.');
    expect(doc.events.map((e) => e.organization)).toEqual(['company:norrvik-cars']);
    expect(doc.statements?.map((s) => s.speaker)).not.toContain('company:kora-daily');
  });

  it('keeps the outlet backing the figure it reports (supports by the Company id)', () => {
    const doc = run('Norrvik Cars will cut 1,200 jobs, the Kora Daily reported on Monday.');
    const event = doc.events[0]!;
    expect(doc.supports).toContainEqual(expect.objectContaining({ by: 'company:kora-daily', event: event.id }));
  });

  it('leaves generic sources as Source entities', () => {
    const doc = run(
      'Norrvik Cars will cut 1,200 jobs, according to an internal memo. People familiar with the matter said the plant in Lund would close.',
    );
    const types = doc.entities.filter((e) => citedIds(doc).includes(e.id)).map((e) => e.type);
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['Source']));
  });

  it('merges an outlet into a company of the same name and renames every reference', () => {
    const span = (start: number, end: number) => ({ start, end, text: 'x'.repeat(end - start) });
    const doc: DocumentExtraction = {
      source: { id: 'article:a', title: '', uri: 'a', contentHash: '', publisher: null, publishedAt: null },
      entities: [
        { id: 'company:kora-daily', type: 'Company', name: 'Kora Daily', aliases: [], mentions: [span(0, 10)] },
        {
          id: 'source:kora-daily',
          type: 'Source',
          kind: 'news-outlet',
          name: 'Kora Daily',
          aliases: ['the Kora Daily'],
          mentions: [span(20, 30)],
        },
      ],
      relations: [{ type: 'CITES', from: 'article:a', to: 'source:kora-daily', evidence: [span(0, 40)] }],
      events: [],
      statements: [],
      supports: [{ by: 'source:kora-daily', event: 'event:x', evidence: [span(0, 40)] }],
    };
    const out = outletsAsCompanies(doc);
    expect(out.entities).toHaveLength(1);
    expect(out.entities[0]).toMatchObject({ id: 'company:kora-daily', type: 'Company', kind: 'news-outlet' });
    expect(out.entities[0]!.mentions.map((m) => m.start)).toEqual([0, 20]);
    expect(out.relations[0]!.to).toBe('company:kora-daily');
    expect(out.supports![0]!.by).toBe('company:kora-daily');
  });
});

describe('descriptors are not outlets', () => {
  it('reads "the Swedish business portal X" as the portal X, not an outlet named "Swedish"', () => {
    const doc = run(
      'Norrvik Cars will cut 300 jobs. The sale was reported in January by the Swedish business portal Kassa.se.',
    );
    expect(doc.entities.map((e) => e.name)).not.toContain('Swedish');
    expect(entity(doc, 'Kassa.se')).toMatchObject({ type: 'Company', kind: 'news-outlet' });
  });
});
