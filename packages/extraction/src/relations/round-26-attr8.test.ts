import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const LEDE = 'Kestrel Pharma said on Monday it would cut 300 jobs in Germany.\n\n';

describe('a department named by field words after "Head of"', () => {
  it('"its Head of Corporate Communications Department, Jane Roe": the post is the company\'s, the department no organization', () => {
    const x = extract(`${LEDE}The company sacked its Head of Corporate Communications Department, Jane Roe.`);
    expect(x.names('Company')).toEqual(['Kestrel Pharma']);
    expect(x.role('Jane Roe')).toEqual({ title: 'Head of Corporate Communications Department', org: 'Kestrel Pharma' });
  });

  it('near miss: a state department named with a place keeps its own name', () => {
    const x = extract(`${LEDE}Jane Roe, head of the Northern Cape Finance Department, said the region would help.`);
    expect(x.role('Jane Roe')?.org).not.toBe('Kestrel Pharma');
  });
});

describe('"labour director", the board member for staff', () => {
  it.each([
    ['Labour director Jane Roe said the cuts were painful.', 'Labour director'],
    ['Jane Roe, the labour director of Kestrel, said the cuts were painful.', 'labour director of Kestrel'],
  ])('is a post at the company: %s', (sentence, title) => {
    expect(extract(`${LEDE}${sentence}`).role('Jane Roe')).toEqual({ title, org: 'Kestrel Pharma' });
  });

  it('near miss: a party leader ("Labour leader Ian Hallberg") is no post at the company', () => {
    const x = extract(`${LEDE}Labour leader Ian Hallberg said the cuts were a scandal.`);
    expect(x.role('Ian Hallberg')?.org ?? null).not.toBe('Kestrel Pharma');
  });
});

describe('a works council "chaired by" its chair', () => {
  it('"Kestrel\'s central works council, chaired by Jane Roe": the chair of the council, a post at the company', () => {
    const x = extract(`${LEDE}Kestrel's central works council, chaired by Jane Roe, criticised the plan.`);
    expect(x.role('Jane Roe')).toEqual({ title: 'chair of the central works council', org: 'Kestrel Pharma' });
  });

  it('near miss: the council "advised by" a lawyer gives the lawyer no chair', () => {
    const x = extract(`${LEDE}Kestrel's works council, advised by lawyer Jane Roe, rejected the plan.`);
    expect(x.role('Jane Roe')?.title ?? '').not.toMatch(/chair/);
  });
});

describe('a month or weekday before a title', () => {
  it.each([
    'In May CEO Jane Roe told unions the group needed to cut jobs.',
    "Presenting Kestrel's new plan in May CEO Jane Roe told unions the group needed to cut jobs.",
  ])('is no organization of the title: %s', (sentence) => {
    expect(extract(`${LEDE}${sentence}`).role('Jane Roe')).toEqual({ title: 'CEO', org: 'Kestrel Pharma' });
  });

  it('near miss: a company named between the month and the title keeps the post', () => {
    const x = extract(
      'Kestrel Pharma said on Monday it would cut 300 jobs in Germany, as did its rival Norrvik Bio.\n\nIn May Norrvik CEO Jane Roe said demand was weak.',
    );
    expect(x.role('Jane Roe')?.org).toBe('Norrvik Bio');
  });
});

describe('"the newly appointed <title>" after a name', () => {
  it('reads the name before it as a person with the post', () => {
    const x = extract(
      `${LEDE}Kristof Terryn, the newly appointed head of general insurance at the company, is restructuring his team.`,
    );
    expect(x.role('Kristof Terryn')).toEqual({
      title: 'head of general insurance at the company',
      org: 'Kestrel Pharma',
    });
  });

  it('near miss: "the newly named hub for exports" after a place makes no person', () => {
    const x = extract(`${LEDE}Norrvik Harbour, the newly named hub for exports, will lose 40 jobs.`);
    expect(x.names('Person')).toEqual([]);
  });
});

describe('an "industrial" union post', () => {
  it('"regional industrial organiser for the Kora Workers Union" is a post at the union', () => {
    const x = extract(
      `${LEDE}Jane Roe, regional industrial organiser for the Kora Workers Union, said it was devastating.`,
    );
    expect(x.role('Jane Roe')).toEqual({
      title: 'regional industrial organiser for the Kora Workers Union',
      org: 'Kora Workers Union',
    });
  });

  it('near miss: "an industrial relations expert at a university" is no post at the company', () => {
    const x = extract(
      `${LEDE}Jane Roe, an industrial relations expert at Norrvik University, said cuts were expected.`,
    );
    expect(x.role('Jane Roe')?.org ?? null).not.toBe('Kestrel Pharma');
  });
});

describe('a title before a clause of succession', () => {
  it('"as head of the company after she replaced Ian Hallberg": the title is not the predecessor\'s', () => {
    const x = extract(
      `${LEDE}Chief executive Jane Roe said it was hard. It is one of Roe's first moves as head of the company after she replaced Ian Hallberg earlier this year.`,
    );
    expect(x.role('Ian Hallberg')?.title ?? '').not.toMatch(/after|replaced/);
  });

  it('near miss: a title with an "after-sales" field keeps its tail', () => {
    const x = extract(`${LEDE}Jane Roe, head of after-sales service, said the plan was final.`);
    expect(x.role('Jane Roe')?.title).toBe('head of after-sales service');
  });
});

describe('"Its <title>" after a sentence opened by an industry body', () => {
  const lede = 'Kestrel Steel said on Monday it would cut 300 jobs.\n\n';

  it('"Separately, the Kora Automotive Institution (KAI) forecasts … Its chief executive officer, Ian Hallberg": the post is the body\'s', () => {
    const x = extract(
      `${lede}Separately, the Kora Automotive Institution (KAI) forecasts 30,000 job openings in the sector. Its chief executive officer, Ian Hallberg said demand was high.`,
    );
    expect(x.role('Ian Hallberg')).toEqual({
      title: 'chief executive officer',
      org: 'Kora Automotive Institution',
    });
  });

  it('near miss: a body named inside a sentence the company opens leaves "Its" the company\'s', () => {
    const x = extract(
      `${lede}Kestrel Steel, a member of the Kora Automotive Institute, expects demand to recover. Its chief executive officer, Ian Hallberg said demand was weak.`,
    );
    expect(x.role('Ian Hallberg')?.org).toBe('Kestrel Steel');
  });
});
