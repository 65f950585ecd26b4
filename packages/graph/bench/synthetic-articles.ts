import { createHash } from 'node:crypto';
import type {
  DocumentExtraction,
  ExtractedEntity,
  ExtractedEvent,
  ExtractedRelation,
  ExtractedStatement,
  Span,
} from '@newsgraph/extraction';

/** Small, fast, seedable PRNG (mulberry32): the same seed always yields the same corpus. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  /** Zipf-like: low indexes far more often, so a few companies are hubs as in real news. */
  const skewed = <T>(items: readonly T[]): T => items[Math.floor(items.length * next() ** 2.2)]!;
  return { next, int, pick, skewed };
}

const SYLLABLES = 'ver tan lo mi cro sys tri on ex al pha dyn nex ora qua zen vol kin ter ra bri o sen ti ca fu'.split(
  ' ',
);
const SUFFIXES = ['', '', ' Systems', ' Labs', ' Technologies', ' Networks', ' Software', ' Cloud', ' Group'];
const DIVISION_NAMES = [
  'Cloud',
  'Devices',
  'Advertising',
  'Retail',
  'Gaming',
  'Payments',
  'Research',
  'Security',
  'Enterprise',
  'Health',
  'Automotive',
  'Studios',
];
const FIRST =
  'Ava Ben Carla Dev Elena Farid Grace Hiro Ines Jon Kemi Liam Maya Nils Omar Priya Quinn Rosa Sami Tara Uma Viktor Wen Yara Zoe'.split(
    ' ',
  );
const LAST =
  'Abbott Bianchi Chen Dubois Eriksen Fischer Garcia Haddad Ito Jensen Kowalski Larsen Moreau Nakamura Okafor Petrov Quist Rossi Silva Tanaka Ueda Varga Weber Xu Yilmaz Zimmer'.split(
    ' ',
  );
const OUTLETS = [
  'Reuters',
  'Bloomberg',
  'The Verge',
  'TechCrunch',
  'CNBC',
  'The Information',
  'Business Insider',
  'Financial Times',
  'Axios',
  'Wired',
  'Layoffs.fyi',
  'Gartner',
  'IDC',
  'Forrester',
];
const TITLES = ['CEO', 'CFO', 'chief operating officer', 'head of engineering', 'president', 'chief people officer'];
const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

interface Round {
  /** YYYY-MM */
  when: string;
  count: number;
  /** The division it hits, or null for the whole company. */
  division: { id: string; name: string } | null;
}

interface Company {
  id: string;
  name: string;
  divisions: Array<{ id: string; name: string }>;
  people: Array<{ id: string; name: string; title: string }>;
  /** Its real-world rounds, oldest first: what several articles report, with figures that sometimes disagree. */
  rounds: Round[];
}

/** Options of `createWorld` beyond the seed and the number of companies. */
export interface WorldOptions {
  /**
   * Share of articles (0–1, default 0) that also name one of the HUB_COMPANIES most-covered companies as the rival
   * — on top of the Zipf skew, so a million articles give those hubs 100,000+ mentions each (issue 17). Chosen
   * from the article's index, not the random stream: 0 leaves the corpus exactly as before.
   */
  hubShare?: number;
}

/** How many companies `hubShare` turns into hubs (the first, already the most covered by the skew). */
export const HUB_COMPANIES = 3;

/** The cast of a synthetic corpus: companies with divisions and executives, and outlets. */
export function createWorld(seed = 7, companies = 400, options: WorldOptions = {}) {
  const random = createRandom(seed);
  const names = new Set<string>();
  const world: Company[] = [];
  while (world.length < companies) {
    const base = Array.from({ length: 2 + random.int(2) }, () => random.pick(SYLLABLES)).join('');
    const name = base[0]!.toUpperCase() + base.slice(1) + random.pick(SUFFIXES);
    if (names.has(name)) continue;
    names.add(name);
    const id = `company:${slug(name)}`;
    const divisions = [...new Set(Array.from({ length: 1 + random.int(4) }, () => random.pick(DIVISION_NAMES)))].map(
      (d) => ({
        id: `division:${slug(`${name} ${d}`)}`,
        name: `${name} ${d}`,
      }),
    );
    const people = Array.from({ length: 2 + random.int(4) }, (_, i) => {
      const person = `${random.pick(FIRST)} ${random.pick(LAST)}`;
      return { id: `person:${slug(person)}-${slug(name)}`, name: person, title: TITLES[i % TITLES.length]! };
    });
    // Rounds at least two months apart (so two rounds never read as one), 1 to 6 per company over 2022-2025.
    const months = [...new Set(Array.from({ length: 1 + random.int(6) }, () => 2 * random.int(24)))].sort(
      (a, b) => a - b,
    );
    const rounds = months.map((m) => ({
      when: `${2022 + Math.floor(m / 12)}-${MONTHS[m % 12]}`,
      count: (1 + random.int(60)) * 50 * (random.next() < 0.2 ? 10 : 1),
      division: random.next() < 0.3 ? random.pick(divisions) : null,
    }));
    world.push({ id, name, divisions, people, rounds });
  }
  return {
    random,
    companies: world,
    outlets: OUTLETS.map((name) => ({ id: `source:${slug(name)}`, name })),
    hubShare: options.hubShare ?? 0,
  };
}

/** Builds text sentence by sentence, recording exact spans of mentions and sentences. */
class TextBuilder {
  text = '';
  mentions = new Map<string, Span[]>();
  /** Every sentence's `[start, end)`, as extraction's `sentences` gives them (the graph quotes from these). */
  sentences: Array<[number, number]> = [];
  sentence(parts: Array<string | { id: string; name: string }>): Span {
    if (this.text && !this.text.endsWith('\n')) this.text += ' ';
    const start = this.text.length;
    for (const part of parts) {
      if (typeof part === 'string') {
        this.text += part;
        continue;
      }
      const span = { start: this.text.length, end: this.text.length + part.name.length, text: part.name };
      this.text += part.name;
      this.mentions.set(part.id, [...(this.mentions.get(part.id) ?? []), span]);
    }
    this.sentences.push([start, this.text.length]);
    return { start, end: this.text.length, text: this.text.slice(start) };
  }
}

/**
 * One synthetic article reporting one of its company's rounds, with the extraction a perfect extractor would
 * produce: usually the round's figure and month; sometimes a higher figure on anonymous sources ("as many as …",
 * a disagreeing claim of the same story); sometimes no date (placed by its report time); sometimes also the
 * running total of the company's rounds so far. Each executive's words are a statement.
 */
export function generateArticle(
  world: ReturnType<typeof createWorld>,
  index: number,
): { text: string; extraction: DocumentExtraction } {
  const { random } = world;
  const company = random.skewed(world.companies);
  const picked = random.pick(world.companies);
  // A hub rival by the article's index (a multiplicative hash), so the random stream is the same with or without.
  const hubbed = world.hubShare > 0 && (Math.imul(index + 1, 2654435761) >>> 0) / 2 ** 32 < world.hubShare;
  const rival = hubbed ? world.companies[index % HUB_COMPANIES]! : picked;
  const outlet = random.pick(world.outlets);
  const round = random.pick(company.rounds);
  const division = round.division ?? random.pick(company.divisions);
  const people = [...new Set([random.pick(company.people), random.pick(company.people)])];
  const shape = random.next();
  const disagreeing = shape >= 0.65 && shape < 0.85;
  const undated = shape >= 0.85;
  const count = disagreeing ? Math.round((round.count * (1.2 + 0.8 * random.next())) / 50) * 50 : round.count;
  const percent = 1 + random.int(15);
  const when = undated ? null : round.when;
  const subject = round.division ?? company;
  const articleId = `article:bench-${String(index).padStart(6, '0')}`;
  const b = new TextBuilder();
  const relations: ExtractedRelation[] = [];
  const figure = count.toLocaleString('en-US');

  const headline = b.sentence([company, ` to cut ${figure} jobs as it reshapes `, division]);
  b.text += '\n';
  const anonymous = {
    id: `source:${company.id.slice('company:'.length)}-anonymous-sources-bench-${index}`,
    name: `${company.name} anonymous sources`,
  };
  const layoff = disagreeing
    ? b.sentence([
        `As many as ${figure} jobs at `,
        subject,
        ' are under review, ',
        anonymous,
        ' said, ',
        outlet,
        ' reported.',
      ])
    : b.sentence([
        subject,
        ` is laying off ${figure} employees, about ${percent} percent of its workforce, `,
        outlet,
        ' reported.',
      ]);
  relations.push({ type: 'CITES', from: articleId, to: outlet.id, evidence: [layoff] });
  if (disagreeing) relations.push({ type: 'CITES', from: articleId, to: anonymous.id, evidence: [layoff] });
  if (round.division)
    relations.push({
      type: 'PART_OF',
      from: round.division.id,
      to: company.id,
      evidence: [b.sentence([round.division, ' is a unit of ', company, '.'])],
    });
  const statements: ExtractedStatement[] = [];
  for (const person of people) {
    const role = b.sentence([
      `${person.title[0]!.toUpperCase()}${person.title.slice(1)} `,
      person,
      ' said ',
      company,
      ' must move faster and spend less on management layers.',
    ]);
    relations.push({ type: 'HOLDS_ROLE', from: person.id, to: company.id, title: person.title, evidence: [role] });
    const said = role.text.indexOf(' said ') + ' said '.length;
    const quote = role.text.slice(said, role.text.length - 1);
    const cue = role.text.indexOf('said');
    statements.push({
      id: `statement:bench-${index}-${role.start}`,
      speaker: person.id,
      quote: { start: role.start + said, end: role.start + said + quote.length, text: quote },
      direct: false,
      attribution: { start: role.start + cue, end: role.start + cue + 4, text: 'said' },
      evidence: [role],
      via: null,
      when: null,
    });
  }
  const soFar = company.rounds.filter((r) => r.when <= round.when);
  const runningTotal =
    soFar.length > 1 && random.next() < 0.15
      ? {
          count: soFar.reduce((sum, r) => sum + r.count, 0),
          since: soFar[0]!.when.slice(0, 4),
          sentence: b.sentence([
            company,
            ` has cut ${soFar.reduce((sum, r) => sum + r.count, 0).toLocaleString('en-US')} jobs since ${soFar[0]!.when.slice(0, 4)}.`,
          ]),
        }
      : null;
  const partOf = b.sentence([
    'The cuts fall hardest on ',
    division,
    ', the ',
    division.name.split(' ').at(-1)!.toLowerCase(),
    ' unit of ',
    company,
    '.',
  ]);
  relations.push({ type: 'PART_OF', from: division.id, to: company.id, evidence: [partOf] });
  b.sentence([
    'Rival ',
    rival,
    ' announced a hiring freeze last quarter, and analysts expect more cuts across the sector.',
  ]);
  b.sentence([`Employees were told in ${round.when} that severance would include sixteen weeks of pay.`]);

  const entities: ExtractedEntity[] = [
    { id: company.id, type: 'Company', name: company.name, aliases: [], mentions: b.mentions.get(company.id)! },
    { id: division.id, type: 'Division', name: division.name, aliases: [], mentions: b.mentions.get(division.id)! },
    {
      id: outlet.id,
      type: 'Source',
      name: outlet.name,
      aliases: [],
      kind: 'news-outlet',
      mentions: b.mentions.get(outlet.id)!,
    },
    ...people.map((p) => ({
      id: p.id,
      type: 'Person' as const,
      name: p.name,
      aliases: [p.name.split(' ')[1]!],
      mentions: b.mentions.get(p.id)!,
    })),
  ];
  if (disagreeing)
    entities.push({
      id: anonymous.id,
      type: 'Source',
      name: anonymous.name,
      aliases: [],
      kind: 'anonymous',
      mentions: b.mentions.get(anonymous.id)!,
    });
  if (rival.id !== company.id)
    entities.push({
      id: rival.id,
      type: 'Company',
      name: rival.name,
      aliases: [],
      mentions: b.mentions.get(rival.id)!,
    });
  const event: ExtractedEvent = {
    id: `event:layoff-${slug(subject.name)}-${count}${when ? `-${when}` : ''}`,
    kind: 'layoff',
    organization: subject.id,
    divisions: round.division ? [] : [division.id],
    count,
    countText: figure,
    percent: disagreeing ? null : percent,
    when,
    status: disagreeing ? 'reported' : 'announced',
    evidence: [layoff],
  };
  const events: ExtractedEvent[] = [event];
  if (runningTotal)
    events.push({
      id: `event:layoff-${slug(company.name)}-${runningTotal.count}-${runningTotal.since}-cumulative`,
      kind: 'layoff',
      organization: company.id,
      divisions: [],
      count: runningTotal.count,
      countText: runningTotal.count.toLocaleString('en-US'),
      percent: null,
      when: runningTotal.since,
      status: 'reported',
      cumulative: true,
      evidence: [runningTotal.sentence],
    });
  const text = b.text;
  return {
    text,
    extraction: {
      source: {
        id: articleId,
        title: headline.text,
        uri: `bench://articles/${index}`,
        contentHash: createHash('sha256').update(text).digest('hex'),
        publisher: outlet.name,
        publishedAt: `${round.when}-${String(1 + random.int(28)).padStart(2, '0')}`,
      },
      entities,
      relations,
      events,
      statements,
      supports: disagreeing ? [{ by: anonymous.id, event: event.id, evidence: [layoff] }] : [],
      sentences: b.sentences,
    },
  };
}
