import { describe, expect, it } from 'vitest';
import { extractionA, extractionB, TEXT_A, TEXT_B } from '../testing/sample-documents.js';
import { claimsPerKey, removedClaims, sumClaimDeltas, writtenClaims } from './fact-claims.js';
import { ingestStatement } from './ingest-statements.js';
import { factKey, prepareDocument } from './prepare-document.js';

const docs = [prepareDocument(extractionA(), TEXT_A), prepareDocument(extractionB(), TEXT_B)];
const ceo = factKey('HOLDS_ROLE', 'person:andy-jassy', 'company:amazon', 'CEO');
const ceoEnds = { key: ceo, from: 'person:andy-jassy', to: 'company:amazon' };

describe('fact claim counts', () => {
  it('count a fact once per document asserting it, and send each relation its batch count', () => {
    expect(claimsPerKey(docs).get(ceo)).toBe(2);
    const { params } = ingestStatement(docs);
    const sent = (params.docs as Array<{ relations: Array<{ key: string; claims: number }> }>).flatMap(
      (doc) => doc.relations,
    );
    expect(sent.filter((relation) => relation.key === ceo).map((relation) => relation.claims)).toEqual([2, 2]);
  });

  it('leave out what the ingest statement settled, net what was removed, sorted by key', () => {
    const written = writtenClaims(docs, new Set([factKey('CITES', 'article:a', 'source:reuters', null)]));
    expect(written.filter((delta) => delta.key === ceo)).toEqual([
      { ...ceoEnds, delta: 1 },
      { ...ceoEnds, delta: 1 },
    ]);
    expect(written.some((delta) => delta.key.startsWith('CITES|article:a|'))).toBe(false);
    // Article B replaced: its old CEO claim goes, the new one comes; nothing left to write for that edge.
    const summed = sumClaimDeltas([...written, ...removedClaims([{ claims: [ceoEnds] }])]);
    expect(summed.find((delta) => delta.key === ceo)).toEqual({ ...ceoEnds, delta: 1 });
    expect(summed.map((delta) => delta.key)).toEqual(summed.map((delta) => delta.key).sort());
    expect(sumClaimDeltas([...removedClaims([{ claims: [ceoEnds] }]), { ...ceoEnds, delta: 1 }])).toEqual([]);
  });
});
