import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';
import { entityId } from './entity-table.js';

describe('entity resolution', () => {
  it('merges a unit and its bracketed acronym, under the owner the apposition names', () => {
    const x = extract(
      'Norrvik Cloud Services (NCS), the cloud division of Norrvik, is cutting staff. NCS’s chief spoke. Norrvik declined to comment.',
    );
    const ncs = x.entity('Norrvik Cloud Services')!;
    expect(ncs.id).toBe('division:norrvik-cloud-services');
    expect(ncs.aliases).toEqual(['NCS']);
    expect(ncs.mentions.map((m) => m.text)).toEqual(['Norrvik Cloud Services', 'NCS', 'NCS']);
    expect(x.parent('Norrvik Cloud Services')).toBe('Norrvik');
  });

  it('never merges a company, its unit that shares its first word, and its owner', () => {
    const x = extract(
      'Norrvik, which is owned by Hallberg Holdings, said it would cut jobs at Norrvik Cloud, its cloud unit. Norrvik Cloud rivals Kestrel Cloud.',
    );
    expect(x.names('Company').sort()).toEqual(['Hallberg Holdings', 'Kestrel Cloud', 'Norrvik']);
    expect(x.names('Division')).toEqual(['Norrvik Cloud']);
    expect(x.parent('Norrvik Cloud')).toBe('Norrvik');
    expect(x.parent('Norrvik')).toBe('Hallberg Holdings');
  });

  it('links a bare surname to the full name and keeps possessives out of spans', () => {
    const x = extract('CEO Mariko Tanaka wrote to staff. Tanaka’s memo was short. Later, Tanaka said more.');
    const p = x.entity('Mariko Tanaka')!;
    expect(p.id).toBe('person:mariko-tanaka');
    expect(p.aliases).toEqual(['Tanaka']);
    expect(p.mentions.map((m) => m.text)).toEqual(['Mariko Tanaka', 'Tanaka', 'Tanaka']);
  });

  it('takes "Kestrel (now Orbit)" as one company with alias Orbit', () => {
    const x = extract('Brightwell Motors, Tovik Group, Kestrel (now Orbit) — all cut staff. Orbit later hired again.');
    const k = x.entity('Kestrel')!;
    expect(k.aliases).toEqual(['Orbit']);
    expect(k.mentions).toHaveLength(3);
    expect(x.names('Company')).not.toContain('Orbit');
  });

  it('recognises unknown companies by legal suffix and "X Management"', () => {
    const x = extract(
      'Acme Robotics Inc. said on Monday it would cut 200 jobs. Acme Robotics makes arms. Activist Elliott Management took a stake.',
    );
    expect(x.names('Company')).toEqual(['Acme Robotics', 'Elliott Management']);
    expect(x.entity('Acme Robotics')!.mentions).toHaveLength(2);
  });

  it('derives ids from type and canonical name only', () => {
    expect(entityId('Company', 'Norrvik')).toBe('company:norrvik');
    expect(entityId('Person', 'Jae-Won Park')).toBe('person:jae-won-park');
    expect(entityId('Source', 'jobcuts.info')).toBe('source:jobcuts-info');
    const a = extract('Norrvik Motors cut jobs.').entity('Norrvik Motors')!.id;
    const b = extract('Analysts said Norrvik Motors would keep hiring.').entity('Norrvik Motors')!.id;
    expect(a).toBe(b);
  });
});
