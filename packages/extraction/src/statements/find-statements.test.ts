import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-document.js';

/** Statements of an invented text as `[speaker name, words, direct, attribution, via name, when]`. */
function statements(text: string, publishedAt = '2024-03-06') {
  const doc = extractDocument({ text, uri: 'invented.txt', publishedAt });
  const name = (id: string | null) => (id ? (doc.entities.find((e) => e.id === id)?.name ?? id) : null);
  for (const s of doc.statements ?? []) {
    expect(text.slice(s.quote.start, s.quote.end)).toBe(s.quote.text);
    expect(text.slice(s.attribution.start, s.attribution.end)).toBe(s.attribution.text);
    for (const e of s.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  }
  return (doc.statements ?? []).map((s) => ({
    speaker: name(s.speaker),
    words: s.quote.text,
    direct: s.direct,
    attribution: s.attribution.text,
    via: name(s.via),
    when: s.when,
  }));
}

describe('findStatements', () => {
  it('takes a quotation before "said Name" and before "Name said" as direct speech', () => {
    expect(
      statements('Contoso Corp. will cut 300 jobs. “We grew too fast,” said Jane Roe, chief executive of Contoso.'),
    ).toMatchObject([{ speaker: 'Jane Roe', words: 'We grew too fast', direct: true }]);
    expect(
      statements('Contoso Corp. will cut 300 jobs. "We grew too fast," Roe said. Jane Roe runs Contoso.'),
    ).toMatchObject([{ speaker: 'Jane Roe', words: 'We grew too fast', direct: true }]);
  });

  it('takes reported speech after "said that", "told <audience>" and a bare "said"', () => {
    expect(
      statements(
        'Contoso Corp. is shrinking. Jane Roe told employees the company would hire again next year. ' +
          'Roe said that margins would recover by the autumn. Roe said the board backed the plan.',
      ),
    ).toMatchObject([
      {
        speaker: 'Jane Roe',
        words: 'the company would hire again next year',
        direct: false,
        attribution: 'told employees',
      },
      { speaker: 'Jane Roe', words: 'margins would recover by the autumn', attribution: 'said' },
      { speaker: 'Jane Roe', words: 'the board backed the plan' },
    ]);
  });

  it('finds the speaker behind an appositive that names another organization', () => {
    expect(
      statements('Contoso Corp. cut 300 jobs. Mark Lee, an analyst at Gartner, noted that the cuts were overdue.'),
    ).toMatchObject([{ speaker: 'Mark Lee', words: 'the cuts were overdue', via: null }]);
  });

  it('takes the words before a trailing attribution, with the memo it came through and its date', () => {
    expect(
      statements(
        'Contoso Corp. will cut 300 jobs, Chief Executive Jane Roe wrote in a memo to staff on Tuesday. Roe runs it.',
      ),
    ).toMatchObject([
      {
        speaker: 'Jane Roe',
        words: 'Contoso Corp. will cut 300 jobs',
        attribution: 'wrote in a memo to staff on Tuesday',
        via: 'Contoso internal memo',
        when: '2024-03-05',
      },
    ]);
  });

  it('lets an organization speak: by name, through a spokesman, as "the company", in a statement', () => {
    expect(
      statements(
        'Contoso Corp. trimmed its sales team. Contoso said in a statement that severance would be generous. ' +
          'A Contoso spokesman said the company had no further plans. The company said it would keep hiring engineers.',
      ),
    ).toMatchObject([
      { speaker: 'Contoso', words: 'severance would be generous', via: 'Contoso statement' },
      { speaker: 'Contoso', words: 'the company had no further plans' },
      { speaker: 'Contoso', words: 'it would keep hiring engineers' },
    ]);
  });

  it('reads "according to Name" and "remarks by Name that" ', () => {
    expect(
      statements(
        'Contoso Corp. restructured. According to Jane Roe, the plan saves $40 million. ' +
          'Analysts welcomed recent remarks by Roe that margins would improve.',
      ),
    ).toMatchObject([
      { speaker: 'Jane Roe', words: 'the plan saves $40 million', attribution: 'According to Jane Roe' },
      { speaker: 'Jane Roe', words: 'margins would improve', attribution: 'remarks by Roe' },
    ]);
  });

  it('resolves "he"/"she" to the last person named', () => {
    expect(
      statements('Jane Roe leads Contoso Corp. after a hard year. She said the worst was over for the company.'),
    ).toMatchObject([{ speaker: 'Jane Roe', words: 'the worst was over for the company' }]);
  });

  it('ignores what only looks like a statement', () => {
    expect(
      statements(
        'Contoso Corp. added 5,000 jobs last year. Jane Roe declined to comment. ' +
          'The cuts were first reported by people familiar with the matter, according to sources. ' +
          'Contoso announced 300 layoffs.',
      ),
    ).toEqual([]);
  });

  it('never makes a cited source a speaker: "according to Reuters" is a support, not a statement', () => {
    expect(statements('Contoso Corp. will cut 300 jobs, according to Reuters.')).toEqual([]);
  });
});
