import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-document.js';

/** Leadership changes of an invented text as `{ change, person, org, title, when }` (names, not ids). */
function changes(text: string, publishedAt = '2024-03-06') {
  const doc = extractDocument({ text, uri: 'invented.txt', publishedAt });
  const name = (id: string | null) => (id ? (doc.entities.find((e) => e.id === id)?.name ?? id) : null);
  for (const c of doc.leadershipChanges ?? [])
    for (const e of c.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  return (doc.leadershipChanges ?? []).map((c) => ({
    change: c.change,
    person: name(c.person),
    org: name(c.organization),
    title: c.title,
    when: c.when,
  }));
}

describe('findLeadershipChanges', () => {
  it('reads an organization appointing someone, with the title and the date', () => {
    expect(changes('Contoso Corp. named Jane Roe as its new chief financial officer on March 4, 2024.')).toEqual([
      { change: 'appointed', person: 'Jane Roe', org: 'Contoso', title: 'chief financial officer', when: '2024-03-04' },
    ]);
  });

  it('reads a person stepping down behind an appositive, the title naming the organization', () => {
    expect(
      // The honorific makes him a person for NER (a bare unknown name is not one since round 2 of extraction).
      changes(
        'Mr Mark Lee, who ran sales for a decade, will step down as chief executive of Contoso Corp. next month.',
      ),
    ).toMatchObject([
      { change: 'stepped-down', person: 'Mark Lee', org: 'Contoso', title: 'chief executive of Contoso Corp' },
    ]);
  });

  it('tells promotions, resignations, firings and retirements apart', () => {
    expect(
      changes(
        'Contoso Corp. had a turbulent week. Anna Berg was promoted to president. Carl Moss resigned on Monday. ' +
          'Contoso fired Priya Shah. Dan Cole will retire at the end of the year.',
      ).map((c) => [c.change, c.person]),
    ).toEqual([
      ['promoted', 'Anna Berg'],
      ['resigned', 'Carl Moss'],
      ['fired', 'Priya Shah'],
      ['retired', 'Dan Cole'],
    ]);
  });

  it('takes "newly appointed <title> <name>" and a coordination "returned … and was appointed"', () => {
    expect(
      changes(
        'The newly appointed chief operating officer Tom Baker joined Contoso Corp. from a rival. ' +
          'Maria Holt, who had left in 2021, returned to Contoso and was appointed chief executive on February 2, 2024.',
      ),
    ).toMatchObject([
      { change: 'appointed', person: 'Tom Baker', title: 'chief operating officer' },
      { change: 'appointed', person: 'Maria Holt', title: 'chief executive', when: '2024-02-02' },
    ]);
  });

  it('falls back to the role the article gives the person', () => {
    expect(changes('Jane Roe, the chief executive of Contoso Corp., said she would step down.')).toMatchObject([
      { change: 'stepped-down', person: 'Jane Roe', org: 'Contoso' },
    ]);
  });

  it('ignores denials and rumours, and changes of someone else', () => {
    expect(
      changes(
        'Contoso Corp. is under pressure. Lisa Park has no plans to step down. Jane Roe said she would not resign. ' +
          'Marc Wells praised Tom Baker, whom rivals had fired years ago.',
      ),
    ).toEqual([]);
  });
});
