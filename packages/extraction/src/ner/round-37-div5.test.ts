import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('round 37 (div5): a post "of" a company written with the legal form AS', () => {
  it('"Jane Roe, the chief executive of Oslo-based Norrvik Holding AS, said": the post at that company', () => {
    const x = extract(
      'Norrvik Holding AS plans to cut 300 jobs. It will also sell two units, Jane Roe, the chief executive ' +
        'officer of Oslo-based Norrvik Holding AS, said on Thursday.',
    );
    expect(x.role('Jane Roe')).toEqual({
      title: 'chief executive officer of Oslo-based Norrvik Holding AS',
      org: 'Norrvik Holding',
    });
  });

  it('a lower-case "as" still ends the post (near miss)', () => {
    const x = extract('Kestrel Air said on Monday that Jane Roe, head of cargo at Kestrel Air as of May, would leave.');
    expect(x.role('Jane Roe')?.title ?? '').not.toMatch(/\bas\b/);
  });
});

describe("round 37 (div5): a named mine written as a company's is its unit", () => {
  it('"its Vandor gold mine", "Kestrel\'s Tarn copper mine": units of the owner', () => {
    const x = extract(
      'Kestrel Mining said on Tuesday it would cut 300 jobs at its Vandor gold mine. Output at Kestrel’s Tarn ' +
        'copper mine will also fall.',
    );
    expect(x.parent('Vandor')).toBe('Kestrel Mining');
    expect(x.parent('Tarn')).toBe('Kestrel Mining');
  });

  it('a wire line broken before the noun: "Vestia\'s Vandor copper\\nmine, operated by …"', () => {
    const x = extract(
      'ORSK, May 4 (Wire) - Vestia’s Vandor copper\nmine, operated by the Norvian group Kestrel Mining Corp, on\n' +
        'Tuesday said it would cut 300 jobs.',
    );
    expect(x.parent('Vandor')).toBe('Kestrel Mining');
  });

  it('"the Vandor gold mine" and "its Vandor mines" name no unit (near miss)', () => {
    const x = extract(
      'Kestrel Mining said it would cut 300 jobs at the Vandor gold mine. It will also shut its Tarn mines.',
    );
    expect(x.names('Division')).toEqual([]);
  });
});

describe('round 37 (div5): posts in Spanish and Portuguese copy', () => {
  it('"comentou ontem o presidente da Associação … (Anin), Paulo Vessla": the post at the body before its short name', () => {
    const x = extract(
      'A Kestrel vai demitir 300 funcionários. O balanço piorou, comentou ontem o presidente da ' +
        'Associação Norrvik da Indústria (Anin), Paulo Vessla.',
    );
    expect(x.role('Paulo Vessla')).toEqual({
      title: 'presidente da Associação Norrvik da Indústria',
      org: 'Associação Norrvik da Indústria',
    });
  });

  it('"El presidente de Kestrel México, Juan Tarn, dijo": the post at the company', () => {
    const x = extract(
      'Kestrel México cerrará su planta en Orsk. El presidente de Kestrel México, Juan Tarn, dijo que la ' +
        'empresa cumplió.',
    );
    expect(x.role('Juan Tarn')).toEqual({ title: 'presidente de Kestrel México', org: 'Kestrel México' });
  });

  it('"la secretaria general de SORSK, Alejandra Vessla, habló": the post is read', () => {
    const x = extract('La planta cerrará. Mientras tanto, la secretaria general de SORSK, Alejandra Vessla, habló.');
    expect(x.entity('Alejandra Vessla')?.title ?? x.role('Alejandra Vessla')?.title).toBe(
      'secretaria general de SORSK',
    );
  });

  it('a capitalised "Presidente" opens a name, no post (near miss)', () => {
    const x = extract(
      'Norrvik Energia will sell the Refinaria Presidente Paulo Vessla in Orsk, the company said on Monday.',
    );
    expect(x.role('Paulo Vessla')).toBeNull();
    expect(x.entity('Paulo Vessla')?.title).toBeUndefined();
  });
});

describe("round 37 (div5): a body's short name with one capital between the post and the name", () => {
  it('"the regional organiser for Orsk General Workers Union (Ogwu), Jane Roe, said": the post at the union', () => {
    const x = extract(
      'Kestrel Dairy will shut its plant. The regional organiser for Orsk General Workers Union (Ogwu), ' +
        'Jane Roe, said Kestrel had broken its word.',
    );
    expect(x.role('Jane Roe')?.org).toBe('Orsk General Workers Union');
  });

  it('a bracketed short name with no post before it gives no post (near miss)', () => {
    const x = extract(
      'Kestrel Dairy will shut its plant. Members of the Orsk General Workers Union (Ogwu), Jane Roe said, ' +
        'will march.',
    );
    expect(x.role('Jane Roe')).toBeNull();
  });
});

describe('round 37 (div5): a list of units in legal form after "subsidiaries, including"', () => {
  it('"including A Co. (AC), and B Co. (BC)": the dot of "Co." ends no list, both are units', () => {
    const x = extract(
      'Kestrel Pharma Inc. will cut 600 jobs. Kestrel plans to close some subsidiaries, including Kestrel ' +
        'Research Co. (KRC), and Kestrel Sales Co. (KSC), by March.',
    );
    expect(x.parent('Kestrel Research')).toBe('Kestrel Pharma');
    expect(x.parent('Kestrel Sales')).toBe('Kestrel Pharma');
  });

  it('"include Vessla Co. Orsk Ltd said …": a capital after the dot opens a new sentence (near miss)', () => {
    const x = extract(
      'Kestrel Pharma Inc. will cut 600 jobs. Its subsidiaries include Vessla Co. Orsk Ltd said on Monday it ' +
        'would cut 50 jobs.',
    );
    expect(x.parent('Orsk')).toBeNull();
  });
});

describe('round 37 (div5): a wire credit in brackets opening with "By"', () => {
  it('"(By Ann Poe and Tom Orsk; Editing by Lars Vessla)" names no one', () => {
    const x = extract(
      'Kestrel Mining will cut 300 jobs at its Vandor mine, Jane Roe said.\n\n' +
        '(By Ann Poe and Tom Orsk; Editing by Lars Vessla)',
    );
    expect(x.names('Person')).toEqual(['Jane Roe']);
  });

  it('"(By March, Jane Roe said, the mine will close)": a sentence in brackets keeps its speaker (near miss)', () => {
    const x = extract('Kestrel Mining will cut 300 jobs.\n(By March, Jane Roe said, the mine will close)');
    expect(x.names('Person')).toEqual(['Jane Roe']);
  });
});
