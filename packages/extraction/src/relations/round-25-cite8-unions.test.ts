import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const sorted = (xs: ReadonlyArray<string | null>) => [...xs].sort();

describe('round 25 (cite8): a union named by its acronym after unnamed unions', () => {
  it('cites "The KOVA trade union said" apart from "two trade unions said" before it', () => {
    const x = extract(
      'Kestrel Motors will cut 500 jobs, two trade unions said.\n\nThe KOVA trade union said in a statement that Kestrel planned to shut two plants.',
    );
    expect(sorted(x.cited())).toEqual(['KOVA', 'trade unions']);
  });

  it('keeps one source where the later union has no acronym (near miss)', () => {
    const x = extract(
      'Kestrel Motors will cut 500 jobs, two trade unions said.\n\nThe trade union said in a statement that Kestrel planned to shut two plants.',
    );
    expect(x.cited()).toEqual(['trade unions']);
  });

  it('folds "An Italian union says" into the one union the story then names by its acronym', () => {
    const x = extract(
      'Kestrel to lose 700 jobs\n\nAn Italian union says 700 jobs could go at Kestrel.\n\nThe KOVA trade union says 700 posts could disappear.',
    );
    expect(x.cited()).toEqual(['KOVA']);
  });

  it('keeps the unnamed union apart where the story names two unions (near miss)', () => {
    const two = extract(
      'Kestrel to lose 700 jobs\n\nAn Italian union says 700 jobs could go at Kestrel.\n\nThe KOVA trade union says 700 posts could disappear. The LIRA trade union says the plant will close.',
    );
    expect(sorted(two.cited())).toEqual(['Italian union', 'KOVA', 'LIRA']);
  });
});

describe('round 25 (cite8): a union named before "labor union" or "workers\' union"', () => {
  it('cites "the IG Kora labor union said" and "The IG Kora workers\' union said" as IG Kora', () => {
    expect(
      extract('Kestrel Motors will cut 1,000 jobs in Germany, the IG Kora labor union said separately.').cited(),
    ).toEqual(['IG Kora']);
    expect(
      extract(
        "Kestrel Motors will cut 1,000 jobs. The IG Kora workers' union said the plans were unimaginative.",
      ).cited(),
    ).toEqual(['IG Kora']);
  });

  it('keeps a nationality before "labor union" unnamed (near miss)', () => {
    expect(extract('Kestrel Motors will cut 1,000 jobs, the Swedish labor union said.').cited()).not.toContain(
      'Swedish',
    );
  });

  it('folds "according to a labor union" into the one union the story then names', () => {
    const x = extract(
      "Kestrel Bank will cut 1,340 jobs, according to a labor union.\n\nThe move is part of a plan to pare 12,000 roles, the Vakta labor union, which represents the bank's employees, said in a statement.",
    );
    expect(x.cited()).toEqual(['Vakta']);
  });
});

describe('round 25 (cite8): a headline\'s "Union" and a union\'s bracketed initials are the union the lede names', () => {
  it('folds a headline "Union vows …" into the one union the lede names', () => {
    const x = extract(
      'Union vows to fight mass layoffs by Kestrel\n\nThe Kora Commercial and Allied Workers Union (KOCAWU) has vowed to fight the plan to shut 34 stores, which may result in 1,440 job losses.',
    );
    expect(x.cited()).toEqual(['Kora Commercial and Allied Workers Union']);
  });

  it('keeps the headline "Union" apart where the story names two unions (near miss)', () => {
    const x = extract(
      'Union vows to fight mass layoffs by Kestrel\n\nThe Kora Commercial and Allied Workers Union (KOCAWU) has vowed to fight the plan to shut 34 stores, which may result in 1,440 job losses.\n\nThe Vakta Transport Workers Union said it would join the protest.',
    );
    expect(x.cited()).toHaveLength(3);
  });

  it('cites a union once where its bracketed initials speak later as a body of their own', () => {
    const x = extract(
      'Union threatens strike at Kestrel over retrenchments\n\nThe Kora Commercial and Allied Workers Union (Kocawu) is threatening to strike at Kestrel over retrenchments that could see 100 workers lose their jobs.\n\nKocawu general secretary Jan Roe said Kestrel initially wanted to retrench 1,400 employees.',
    );
    expect(x.cited()).toHaveLength(1);
  });
});
