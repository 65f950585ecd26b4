import type { DocumentExtraction } from '@newsgraph/extraction';
import { buildExtraction } from './build-extraction.js';

/** Article A: Amazon, AWS, Andy Jassy, a 14,000 layoff, cites Reuters. */
export const TEXT_A =
  'Amazon is cutting 14,000 corporate jobs. CEO Andy Jassy said the company must be leaner. ' +
  'Amazon Web Services (AWS), the cloud unit of Amazon, is affected, Reuters reported.';

/** Article B: the same CEO fact, a differing layoff figure, Matt Garman at AWS. */
export const TEXT_B =
  'Amazon will cut 30,000 jobs, sources said. Andy Jassy, CEO of Amazon, declined to comment. ' +
  'AWS chief Matt Garman told staff on Tuesday.';

/** Extraction of TEXT_A (hand-made, as the extractor would produce it). */
export function extractionA(text = TEXT_A, id = 'article:a'): DocumentExtraction {
  return buildExtraction({
    id,
    text,
    title: 'Amazon cuts 14,000 jobs',
    publishedAt: '2025-10-28',
    publisher: 'Example Times',
    entities: [
      { id: 'company:amazon', type: 'Company', name: 'Amazon', mentions: ['Amazon'] },
      {
        id: 'division:amazon-web-services',
        type: 'Division',
        name: 'Amazon Web Services',
        aliases: ['AWS'],
        mentions: ['Amazon Web Services', 'AWS'],
      },
      { id: 'person:andy-jassy', type: 'Person', name: 'Andy Jassy', aliases: ['Jassy'], mentions: ['Andy Jassy'] },
      { id: 'source:reuters', type: 'Source', name: 'Reuters', kind: 'news-outlet', mentions: ['Reuters'] },
    ],
    relations: [
      {
        type: 'HOLDS_ROLE',
        from: 'person:andy-jassy',
        to: 'company:amazon',
        title: 'CEO',
        evidence: ['CEO Andy Jassy said the company must be leaner.'],
      },
      {
        type: 'PART_OF',
        from: 'division:amazon-web-services',
        to: 'company:amazon',
        evidence: ['Amazon Web Services (AWS), the cloud unit of Amazon, is affected, Reuters reported.'],
      },
      {
        type: 'CITES',
        from: id,
        to: 'source:reuters',
        evidence: ['Amazon Web Services (AWS), the cloud unit of Amazon, is affected, Reuters reported.'],
      },
    ],
    events: [
      {
        id: 'event:layoff:amazon:14000:2025-10',
        kind: 'layoff',
        organization: 'company:amazon',
        divisions: ['division:amazon-web-services'],
        count: 14000,
        countText: '14,000',
        percent: null,
        when: '2025-10',
        status: 'announced',
        evidence: ['Amazon is cutting 14,000 corporate jobs.'],
      },
    ],
  });
}

/** Extraction of TEXT_B. */
export function extractionB(text = TEXT_B, id = 'article:b'): DocumentExtraction {
  return buildExtraction({
    id,
    text,
    title: 'Amazon to cut 30,000',
    publishedAt: '2025-10-27',
    entities: [
      { id: 'company:amazon', type: 'Company', name: 'Amazon', mentions: ['Amazon'] },
      {
        id: 'division:amazon-web-services',
        type: 'Division',
        name: 'Amazon Web Services',
        aliases: ['AWS'],
        mentions: ['AWS'],
      },
      { id: 'person:andy-jassy', type: 'Person', name: 'Andy Jassy', mentions: ['Andy Jassy'] },
      { id: 'person:matt-garman', type: 'Person', name: 'Matt Garman', aliases: ['Garman'], mentions: ['Matt Garman'] },
    ],
    relations: [
      {
        type: 'HOLDS_ROLE',
        from: 'person:andy-jassy',
        to: 'company:amazon',
        title: 'ceo',
        evidence: ['Andy Jassy, CEO of Amazon, declined to comment.'],
      },
      {
        type: 'HOLDS_ROLE',
        from: 'person:matt-garman',
        to: 'division:amazon-web-services',
        title: 'chief',
        evidence: ['AWS chief Matt Garman told staff on Tuesday.'],
      },
    ],
    events: [
      {
        id: 'event:layoff:amazon:30000:2025-10',
        kind: 'layoff',
        organization: 'company:amazon',
        divisions: [],
        count: 30000,
        countText: '30,000',
        percent: null,
        when: '2025-10',
        status: 'reported',
        evidence: ['Amazon will cut 30,000 jobs, sources said.'],
      },
    ],
  });
}
