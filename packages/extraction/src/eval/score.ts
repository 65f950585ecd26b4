import type { DocumentExtraction, ExtractedEntity } from '../types.js';
import { type Gold, type GoldName, namesMatch, namesOf, normName } from './gold.js';

/** Counts of one category: true/false positives, false negatives, attributes right of those checked. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  attrOk: number;
  attrAll: number;
}
export const CATEGORIES = ['companies', 'divisions', 'people', 'citations', 'events'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Scores and per-document misses; the same numbers as the shared `score.mjs`. */
export interface ScoreResult {
  tally: Record<Category, Tally>;
  report: Array<{ id: string; lines: string[] }>;
}

const cutKinds = ['layoff', 'restructuring'];
const sameKind = (a: string, b: string) => a === b || (cutKinds.includes(a) && cutKinds.includes(b));

/**
 * Matches predicted documents to gold annotations with the project's rules (a port of `score.mjs`):
 * one-to-one greedy matching in gold order; companies and divisions matched together, a division's parent
 * checked along PART_OF; a person's title by containment and organization by HOLDS_ROLE; cited sources as
 * CITES targets; events by kind (layoff ~ restructuring), organization and count, then kind/percent/when
 * as attributes. `kinds` keeps only those predicted event kinds.
 */
export function scoreDocuments(
  docs: readonly DocumentExtraction[],
  golds: readonly Gold[],
  kinds?: string[],
): ScoreResult {
  const tally = Object.fromEntries(
    CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0, attrOk: 0, attrAll: 0 }]),
  ) as Record<Category, Tally>;
  const report: ScoreResult['report'] = [];
  docs.forEach((doc, di) => {
    const gold = golds[di]!;
    const lines: string[] = [];
    const ents = doc.entities ?? [];
    const byId = new Map(ents.map((e) => [e.id, e]));
    const rels = doc.relations ?? [];
    const check = (cat: Category, ok: boolean, msg: string) => {
      tally[cat].attrAll++;
      if (ok) tally[cat].attrOk++;
      else lines.push(msg);
    };
    const goldOrgs = [
      ...(gold.companies ?? []).map((g) => ({ ...g, cat: 'companies' as const })),
      ...(gold.divisions ?? []).map((g) => ({ ...g, cat: 'divisions' as const })),
    ];
    const goldOrgByName = (name: string) => goldOrgs.find((g) => namesMatch([normName(name)], g));
    const wanted = (name: string): GoldName => goldOrgByName(name) ?? { name, aliases: [] };

    const orgs = ents.filter((e) => e.type === 'Company' || e.type === 'Division');
    const ancestors = (e: ExtractedEntity) => {
      const out: ExtractedEntity[] = [];
      let cur: ExtractedEntity | undefined = e;
      for (let k = 0; k < 6 && cur; k++) {
        const r = rels.find((r) => r.type === 'PART_OF' && r.from === cur!.id);
        cur = r && byId.get(r.to);
        if (cur) out.push(cur);
      }
      return out;
    };
    const usedOrg = new Set<number>();
    for (const g of goldOrgs) {
      const i = orgs.findIndex((p, j) => !usedOrg.has(j) && namesMatch(namesOf(p), g));
      if (i >= 0) {
        usedOrg.add(i);
        if (!g.optional) tally[g.cat].tp++;
        if (g.cat === 'divisions' && 'company' in g && g.company && !g.optional) {
          const ok = ancestors(orgs[i]!).some((a) => namesOf(a).includes(normName(g.company)));
          check('divisions', ok, `division ${g.name}: parent not linked to ${g.company}`);
        }
      } else if (!g.optional) {
        tally[g.cat].fn++;
        lines.push(`missed ${g.cat.slice(0, -1)} ${g.name}`);
      }
    }
    orgs.forEach((p, j) => {
      if (usedOrg.has(j)) return;
      tally[p.type === 'Company' ? 'companies' : 'divisions'].fp++;
      lines.push(`extra ${p.type} ${p.name}`);
    });

    const people = ents.filter((e) => e.type === 'Person');
    const roleOf = (p: ExtractedEntity) => rels.find((r) => r.type === 'HOLDS_ROLE' && r.from === p.id);
    matchSets(
      tally.people,
      lines,
      people,
      gold.people ?? [],
      (p, g) => namesMatch(namesOf(p), g),
      (p, g) => {
        const role = roleOf(p);
        const title = normName(role?.title ?? p.title);
        const gt = normName(g.title);
        check(
          'people',
          !gt ? !title : !!title && (title.includes(gt) || gt.includes(title)),
          `person ${g.name}: title ${JSON.stringify(role?.title ?? p.title ?? null)} vs ${JSON.stringify(g.title)}`,
        );
        const org = role ? byId.get(role.to) : undefined;
        const orgOk = g.organization ? !!org && namesMatch(namesOf(org), wanted(g.organization)) : !org;
        check(
          'people',
          orgOk,
          `person ${g.name}: organization ${JSON.stringify(org?.name ?? null)} vs ${JSON.stringify(g.organization)}`,
        );
      },
      (g) => `person ${g.name}`,
      (p) => `Person ${p.name}`,
    );

    const cited = [...new Set(rels.filter((r) => r.type === 'CITES').map((r) => r.to))]
      .map((id) => byId.get(id))
      .filter((e) => e !== undefined);
    matchSets(
      tally.citations,
      lines,
      cited,
      gold.cited_sources ?? [],
      (p, g) => namesMatch(namesOf(p), g),
      null,
      (g) => `citation ${g.name}`,
      (p) => `citation ${p.name}`,
    );

    const events = (doc.events ?? []).filter((e) => !kinds || kinds.includes(e.kind));
    const eventOrg = (e: { organization: string | null }) => (e.organization ? byId.get(e.organization) : undefined);
    const sameOrg = (e: { organization: string | null }, g: { organization: string | null }) => {
      const o = eventOrg(e);
      if (!g.organization) return !o;
      return !!o && namesMatch(namesOf(o), wanted(g.organization));
    };
    matchSets(
      tally.events,
      lines,
      events,
      gold.events ?? [],
      (e, g) => sameKind(e.kind, g.kind) && sameOrg(e, g) && (e.count ?? null) === (g.count ?? null),
      (e, g) => {
        if (g.optional) return;
        const tag = `event ${g.organization} ${g.count}`;
        check('events', e.kind === g.kind, `${tag}: kind ${e.kind} vs ${g.kind}`);
        check('events', (e.percent ?? null) === (g.percent ?? null), `${tag}: percent ${e.percent} vs ${g.percent}`);
        check('events', (e.when ?? null) === (g.when ?? null), `${tag}: when ${e.when} vs ${g.when}`);
      },
      (g) => `event ${g.kind} ${g.organization} ${g.count} ${g.when ?? ''}${g.note ? ' (' + g.note + ')' : ''}`,
      (e) => `event ${e.kind} ${eventOrg(e)?.name ?? null} ${e.count} ${e.when ?? ''}`,
    );
    report.push({ id: gold.id, lines });
  });
  return { tally, report };
}

function matchSets<P, G extends { optional?: boolean }>(
  t: Tally,
  lines: string[],
  preds: P[],
  golds: G[],
  same: (p: P, g: G) => boolean,
  onMatch: ((p: P, g: G) => void) | null,
  labelGold: (g: G) => string,
  labelPred: (p: P) => string,
): void {
  const used = new Set<number>();
  const missed: string[] = [];
  for (const g of golds) {
    const i = preds.findIndex((p, j) => !used.has(j) && same(p, g));
    if (i >= 0) {
      used.add(i);
      if (!g.optional) t.tp++;
      onMatch?.(preds[i]!, g);
    } else if (!g.optional) {
      t.fn++;
      missed.push(`missed ${labelGold(g)}`);
    }
  }
  lines.push(...missed);
  preds.forEach((p, j) => {
    if (!used.has(j)) {
      t.fp++;
      lines.push(`extra ${labelPred(p)}`);
    }
  });
}
