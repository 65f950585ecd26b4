import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) => extract(text, '2024-05-08').events();

describe('cuts told as departures under a scheme', () => {
  it('reads staff invited or asked to take early retirement as the round', () => {
    expect(
      rounds('Tarmo Display Inc. will invite about 1,200 employees to take early retirement from July.'),
    ).toMatchObject([{ org: 'Tarmo Display', count: 1200 }]);
    expect(rounds('Tarmo Display Inc. plans to ask 600 engineers to retire early.')).toMatchObject([
      { org: 'Tarmo Display', count: 600 },
    ]);
  });

  it('reads staff asked to leave under a voluntary early-retirement scheme, and a voluntary dismissal programme', () => {
    expect(
      rounds(
        'Solvane Air will ask about 3,000 of its 14,000 employees to leave under a voluntary early-retirement scheme.',
      ),
    ).toMatchObject([{ org: 'Solvane Air', count: 3000 }]);
    expect(
      rounds('Pradoluz S.A. will open a voluntary dismissal programme (PDV) for about 1,400 employees, it said.'),
    ).toMatchObject([{ org: 'Pradoluz', count: 1400 }]);
  });

  it('reads applicants and applications under a voluntary retirement scheme', () => {
    expect(
      rounds(
        'Ravel Telecom Ltd has received applications from more than 40,500 employees under its voluntary retirement scheme.',
      ),
    ).toMatchObject([{ org: 'Ravel Telecom', count: 40500 }]);
    expect(
      rounds('Ravel Telecom Ltd offered a voluntary severance package, and about 3,100 of its staff have applied.'),
    ).toMatchObject([{ org: 'Ravel Telecom', count: 3100 }]);
    // A clause opened by "under which" has the main clause's company.
    expect(
      rounds(
        'Ravel Telecom Ltd took 9,000 applications. Sister firm Kessel Telecom Ltd offered the same package, under which about 1,300 of its staff have applied.',
      ),
    ).toMatchObject([{ org: 'Kessel Telecom', count: 1300 }]);
    expect(rounds('Ravel Telecom Ltd will seek 900 applicants for early retirement.')).toMatchObject([
      { org: 'Ravel Telecom', count: 900 },
    ]);
  });

  it('reads staff who will take voluntary redundancy, or left under a similar scheme, and honorary retirement', () => {
    expect(rounds('About 5,000 staff will take voluntary redundancy at Kessel Bank AG.')).toMatchObject([
      { org: 'Kessel Bank', count: 5000 },
    ]);
    expect(
      rounds(
        'Kessel Heavy Industries runs the program again; in February some 650 workers left under a similar scheme.',
      ),
    ).toMatchObject([{ org: 'Kessel Heavy Industries', count: 650 }]);
    expect(rounds('Kessel Heavy Industries will seek 700 honorary retirements.')).toMatchObject([
      { org: 'Kessel Heavy Industries', count: 700 },
    ]);
  });

  it('reads posts not filled again as a cut, and never a hiring of unfilled posts', () => {
    expect(rounds('Lindqvist Group will not fill 1,000 vacancies as staff retire.')).toMatchObject([
      { org: 'Lindqvist Group', count: 1000 },
    ]);
    expect(rounds('Lindqvist Group will leave about 1,500 positions unfilled.')).toMatchObject([
      { org: 'Lindqvist Group', count: 1500 },
    ]);
    expect(rounds('Lindqvist Group has 1,500 vacant positions.')).toEqual([]);
  });
});

describe('plain and non-native wordings of a cut', () => {
  it('reads "do away with", "terminate the employment of" and "rationalise"', () => {
    expect(rounds('Lindqvist Group unveiled a plan that would do away with nearly 2,400 jobs.')).toMatchObject([
      { org: 'Lindqvist Group', count: 2400 },
    ]);
    expect(rounds('Lindqvist Group decided to terminate the employment of 450 workers.')).toMatchObject([
      { org: 'Lindqvist Group', count: 450 },
    ]);
    expect(rounds('Lindqvist Group will rationalise 600 staff at its mills.')).toMatchObject([
      { org: 'Lindqvist Group', count: 600 },
    ]);
  });

  it('reads "staffs" and a "manpower" cut by a number', () => {
    expect(rounds('Lindqvist Group will lay off some 300 staffs.')).toMatchObject([
      { org: 'Lindqvist Group', count: 300 },
    ]);
    expect(rounds('Lindqvist Group plans to reduce its manpower by 1,000.')).toMatchObject([
      { org: 'Lindqvist Group', count: 1000 },
    ]);
  });

  it('reads jobs that will be phased out or are on the chopping block, never "one job in four" as one job', () => {
    expect(rounds('Lindqvist Group said 700 jobs will be phased out by 2026.')).toMatchObject([
      { org: 'Lindqvist Group', count: 700 },
    ]);
    expect(rounds('At Lindqvist Group, a total of 900 jobs are on the chopping block.')).toMatchObject([
      { org: 'Lindqvist Group', count: 900 },
    ]);
    expect(rounds('Lindqvist Group said roughly one job in four will go.')).not.toMatchObject([{ count: 1 }]);
  });

  it('reads workers put out of work or left jobless by a closure', () => {
    expect(rounds('Lindqvist Group will shut its Ghent plant, putting 800 employees out of work.')).toMatchObject([
      { org: 'Lindqvist Group', count: 800 },
    ]);
    expect(
      rounds('Lindqvist Group confirmed the closure of its smelter, which will leave some 1,000 miners jobless.'),
    ).toMatchObject([{ org: 'Lindqvist Group', count: 1000 }]);
  });

  it('gives a round told with a share the count the next sentence restates ("That equates to …")', () => {
    expect(
      rounds(
        'Lindqvist Air will reduce its workforce by up to 30 percent. That equates to as many as 3,500 of its 12,500 staff.',
      ),
    ).toMatchObject([{ org: 'Lindqvist Air', count: 3500, percent: 30 }]);
  });
});

describe('cuts told only as a share of the workforce', () => {
  it('never reads the number of a share written in words ("10 percent of its employees") as a count', () => {
    expect(rounds('Lindqvist Group will cut 10 percent of its employees.')).toMatchObject([
      { org: 'Lindqvist Group', count: null, percent: 10 },
    ]);
    expect(rounds('Lindqvist Group plans a 6 per cent workforce reduction.')).toMatchObject([
      { org: 'Lindqvist Group', count: null, percent: 6 },
    ]);
  });

  it('reads headline shares without an article ("to cut fifth of workforce") and "10pc"', () => {
    expect(rounds('Lindqvist Group to cut fifth of workforce')).toMatchObject([
      { org: 'Lindqvist Group', percent: 20 },
    ]);
    expect(rounds('Lindqvist Group will cut about 8pc of its workforce.')).toMatchObject([
      { org: 'Lindqvist Group', count: null, percent: 8 },
    ]);
    expect(rounds('Lindqvist Group will cut its staff by 8pc.')).toMatchObject([
      { org: 'Lindqvist Group', count: null, percent: 8 },
    ]);
    // "the first quarter of" is a time, no share.
    expect(rounds('Lindqvist Group will cut 300 jobs in the first quarter of its fiscal year.')).toMatchObject([
      { org: 'Lindqvist Group', count: 300, percent: null },
    ]);
  });

  it('reads "will lay off nearly half of its staff" as a round without a figure', () => {
    expect(rounds('Lindqvist Group will lay off nearly half of its staff.')).toMatchObject([
      { org: 'Lindqvist Group', count: null, percent: null },
    ]);
  });
});

describe('a round announced in one sentence and counted in the next', () => {
  it('is one round dated by the announcement', () => {
    expect(
      rounds(
        'Lindqvist Group unveiled a restructuring plan on Monday. Around 2,000 jobs will be cut, mostly in Germany.',
      ),
    ).toEqual([{ kind: 'layoff', org: 'Lindqvist Group', count: 2000, percent: null, when: '2024-05-06' }]);
    expect(rounds('Lindqvist Group announced restructuring on Monday. The plan envisages 1,400 job cuts.')).toEqual([
      { kind: 'layoff', org: 'Lindqvist Group', count: 1400, percent: null, when: '2024-05-06' },
    ]);
  });
});

describe('more wordings of a cut from news in many countries', () => {
  it('reads "laid 300 workers off" and "will have 1,500 fewer employees"', () => {
    expect(rounds('Lindqvist Group laid 300 workers off last month.')).toMatchObject([
      { org: 'Lindqvist Group', count: 300 },
    ]);
    expect(rounds('Lindqvist Group will have 1,500 fewer employees by 2026.')).toMatchObject([
      { org: 'Lindqvist Group', count: 1500 },
    ]);
    expect(rounds('Lindqvist Group now has 1,500 employees in Spain.')).toEqual([]);
  });

  it('reads "the termination/redundancy of N" and staff who receive termination notices', () => {
    expect(rounds('Lindqvist Group announced the termination of 1,100 employees.')).toMatchObject([
      { org: 'Lindqvist Group', count: 1100 },
    ]);
    expect(rounds('Lindqvist Group confirmed the redundancy of 240 staff.')).toMatchObject([
      { org: 'Lindqvist Group', count: 240 },
    ]);
    expect(rounds('Lindqvist Group said 700 employees will receive termination notices.')).toMatchObject([
      { org: 'Lindqvist Group', count: 700 },
    ]);
  });

  it('reads PSE/ERE plans, "opted for VRS" and voluntary retirement solicited from staff', () => {
    expect(rounds('Lindqvist Group launched a PSE affecting 1,200 employees.')).toMatchObject([
      { org: 'Lindqvist Group', count: 1200 },
    ]);
    expect(rounds('Lindqvist Group filed an employment regulation file (ERE) for 900 workers.')).toMatchObject([
      { org: 'Lindqvist Group', count: 900 },
    ]);
    expect(rounds('About 1,500 employees opted for VRS at Lindqvist Group.')).toMatchObject([
      { org: 'Lindqvist Group', count: 1500 },
    ]);
    expect(rounds('Lindqvist Group will solicit voluntary retirement from 800 employees.')).toMatchObject([
      { org: 'Lindqvist Group', count: 800 },
    ]);
  });

  it('reads "optimise"/"streamline N positions" and a bare "retrench 1,500"', () => {
    expect(rounds('Lindqvist Group will optimise 600 positions.')).toMatchObject([
      { org: 'Lindqvist Group', count: 600 },
    ]);
    expect(rounds('Lindqvist Group will streamline 450 jobs.')).toMatchObject([{ org: 'Lindqvist Group', count: 450 }]);
    expect(rounds('Lindqvist Group is to retrench 1,500.')).toMatchObject([{ org: 'Lindqvist Group', count: 1500 }]);
  });
});

describe('a figure in a clause of its own', () => {
  it('gives a round told without a figure the size "the number of positions affected is" tells', () => {
    expect(rounds('Lindqvist Group said it will cut jobs. The number of positions affected is 1,500.')).toEqual([
      { kind: 'layoff', org: 'Lindqvist Group', count: 1500, percent: null, when: null },
    ]);
    expect(rounds('At Lindqvist Group, the number of job cuts is expected to be around 900.')).toMatchObject([
      { org: 'Lindqvist Group', count: 900 },
    ]);
  });
});

describe('a round told beside a debt restructuring', () => {
  it('stays a layoff: "… a day after the court accepted its petition to restructure 90 billion baht of debt"', () => {
    expect(
      rounds(
        'Solvane Air will ask about 3,000 of its 14,000 employees to leave under a voluntary early-retirement ' +
          'scheme, a day after the court accepted its petition to restructure roughly 90 billion baht of debt.',
      ),
    ).toMatchObject([{ kind: 'layoff', org: 'Solvane Air', count: 3000 }]);
  });
});

describe('cuts told with verbs that need their jobs named', () => {
  it('reads "take out about 220 roles", "part with 300 employees" and "downsize by 1,200 jobs"', () => {
    expect(rounds('Marlow Motors said last year it would take out about 220 roles.')).toMatchObject([
      { org: 'Marlow Motors', count: 220 },
    ]);
    expect(rounds('Kestrel Motors will part with about 300 employees by the end of the year.')).toMatchObject([
      { org: 'Kestrel Motors', count: 300 },
    ]);
    expect(rounds('Kestrel Motors will downsize by 1,200 jobs.')).toMatchObject([
      { org: 'Kestrel Motors', count: 1200 },
    ]);
    expect(rounds('Kestrel Motors will take out a loan of 300 million euros.')).toEqual([]);
  });
});

describe('a share told as "one in" a number past ten', () => {
  it('reads "one in eleven" as a share of the round, never as a count of one', () => {
    expect(
      rounds(
        'Kestrel Telecom reported a loss. The cuts amount to roughly one in eleven of its local workforce. Up to 1,200 jobs will go.',
      ),
    ).toMatchObject([{ org: 'Kestrel Telecom', count: 1200, percent: 9 }]);
  });
});

describe('cuts told by what happens to the staff', () => {
  it('reads "see 1,200 staff leave the company", "get rid of 500 jobs" and contracts not renewed', () => {
    expect(
      rounds('Kestrel Motors reported a loss. The plan will see around 1,200 staff leave the company.'),
    ).toMatchObject([{ org: 'Kestrel Motors', count: 1200 }]);
    expect(rounds('Kestrel Motors reported a loss. It wants to get rid of 500 jobs.')).toMatchObject([
      { org: 'Kestrel Motors', count: 500 },
    ]);
    expect(
      rounds('Kestrel Motors reported a loss. Some 800 temporary workers will not have their contracts renewed.'),
    ).toMatchObject([{ org: 'Kestrel Motors', count: 800 }]);
    expect(rounds('Kestrel Motors reported a loss. About 300 guests will leave the hotel.')).toEqual([]);
  });
});

describe('a count told apart from the verb of the cut', () => {
  it('reads "Around 1,200 will go." and "unions put the figure at about 900" after a cut without a figure', () => {
    expect(rounds('Kestrel Motors AG said on Tuesday it would cut jobs. Around 1,200 will go.')).toMatchObject([
      { org: 'Kestrel Motors', count: 1200 },
    ]);
    expect(
      rounds(
        'Kestrel Motors AG said on Tuesday it would cut jobs. The carmaker did not say how many, but unions put the figure at about 900.',
      ),
    ).toMatchObject([{ org: 'Kestrel Motors', count: 900 }]);
  });

  it('reads "leaving 1,200 workers without a job" and "reduce headcount by a net 700"', () => {
    expect(rounds('Kestrel Motors AG will close the plant, leaving 1,200 workers without a job.')).toMatchObject([
      { org: 'Kestrel Motors', count: 1200 },
    ]);
    expect(rounds('Kestrel Motors AG will reduce headcount by a net 700.')).toMatchObject([
      { org: 'Kestrel Motors', count: 700 },
    ]);
  });
});
