import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) => extract(text, '2021-06-14').events();

describe('timeline headings', () => {
  it('dates the undated events under a heading that opens with a date', () => {
    const text = [
      'How Sarvik Airways fell, month by month',
      '',
      'November 2019 — the strike',
      '',
      'Sarvik Airways management proposed to cut 900 jobs, and unions walked out.',
      '',
      '5 December 2019 — business rescue',
      '',
      'Without a bailout, the board placed the airline in business rescue.',
    ].join('\n');
    expect(rounds(text)).toMatchObject([
      { kind: 'layoff', org: 'Sarvik Airways', count: 900, when: '2019-11' },
      { kind: 'restructuring', org: 'Sarvik Airways', count: null, when: '2019-12-05' },
    ]);
  });

  it('leaves a heading that does not open with a date alone', () => {
    const text = ['What comes next for 2022', '', 'Sarvik Airways management proposed to cut 900 jobs.'].join('\n');
    expect(rounds(text)[0]).toMatchObject({ org: 'Sarvik Airways', count: 900 });
    expect(rounds(text)[0]!.when).not.toBe('2022');
  });
});
