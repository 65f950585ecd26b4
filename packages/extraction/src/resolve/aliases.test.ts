import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';
import { entityId } from './entity-table.js';

describe('entity resolution', () => {
  it('merges AWS, Amazon Web Services and Amazon AWS into one division under Amazon', () => {
    const x = extract(
      'Amazon Web Services (AWS) is cutting staff. Amazon AWS leaders agreed. AWS’s chief spoke. Amazon declined to comment.',
    );
    const aws = x.entity('Amazon Web Services')!;
    expect(aws.id).toBe('division:amazon-web-services');
    expect(aws.aliases).toEqual(['AWS', 'Amazon AWS']);
    expect(aws.mentions.map((m) => m.text)).toEqual(['Amazon Web Services', 'AWS', 'Amazon AWS', 'AWS']);
    expect(x.parent('Amazon Web Services')).toBe('Amazon');
  });

  it('never merges Google, Google Cloud and Alphabet', () => {
    const x = extract('Alphabet said Google would cut jobs at Google Cloud. Google Cloud rivals Azure.');
    expect(x.names('Company').sort()).toEqual(['Alphabet', 'Google']);
    expect(x.names('Division').sort()).toEqual(['Google Cloud', 'Microsoft Azure']);
    expect(x.parent('Google Cloud')).toBe('Google');
    expect(x.parent('Google')).toBe('Alphabet');
  });

  it('links a bare surname to the full name and keeps possessives out of spans', () => {
    const x = extract('CEO Andy Jassy wrote to staff. Jassy’s memo was short. Later, Jassy said more.');
    const p = x.entity('Andy Jassy')!;
    expect(p.id).toBe('person:andy-jassy');
    expect(p.aliases).toEqual(['Jassy']);
    expect(p.mentions.map((m) => m.text)).toEqual(['Andy Jassy', 'Jassy', 'Jassy']);
  });

  it('takes "Twitter (now X)" as one company with alias X', () => {
    const x = extract('Microsoft, Salesforce, Twitter (now X) — all cut staff. X later hired again.');
    const tw = x.entity('Twitter')!;
    expect(tw.aliases).toEqual(['X']);
    expect(tw.mentions).toHaveLength(3);
    expect(x.names('Company')).not.toContain('X');
  });

  it('recognises unknown companies by legal suffix and "X Management"', () => {
    const x = extract(
      'Acme Robotics Inc. said on Monday it would cut 200 jobs. Acme Robotics makes arms. Activist Elliott Management took a stake.',
    );
    expect(x.names('Company')).toEqual(['Acme Robotics', 'Elliott Management']);
    expect(x.entity('Acme Robotics')!.mentions).toHaveLength(2);
  });

  it('derives ids from type and canonical name only', () => {
    expect(entityId('Company', 'Amazon')).toBe('company:amazon');
    expect(entityId('Person', 'Lip-Bu Tan')).toBe('person:lip-bu-tan');
    expect(entityId('Source', 'layoffs.fyi')).toBe('source:layoffs-fyi');
    const a = extract('Meta cut jobs.').entity('Meta')!.id;
    const b = extract('Analysts said Meta would keep hiring.').entity('Meta')!.id;
    expect(a).toBe(b);
  });
});
