import type { DocumentExtraction, ExtractedEntity, Span } from '../types.js';
import { entityId } from './entity-table.js';

/**
 * A named news outlet is an organisation as well as a cited source: the gold convention lists "Reuters", "the Kora
 * Daily" or "Vestposten" both as a company and as cited. Outlets found by how they are cited (outlet-mentions.ts,
 * outlet-names.ts) travel the pipeline as `Source` entities of kind 'news-outlet', so every rule keeps treating
 * them as sources (never an event's subject, the primary company or a company speaker; they back the figures they
 * report). At the end they become `Company` entities that keep kind 'news-outlet' — the same shape as a listed
 * outlet such as Reuters — and every reference (CITES, supports, statements' `via`, roles) follows the new id. An
 * outlet whose company id already exists (the same name found as a company elsewhere) merges into it. Generic
 * sources (memos, filings, anonymous sources, unions) stay `Source` entities.
 */
export function outletsAsCompanies(doc: DocumentExtraction): DocumentExtraction {
  const renamed = new Map<string, string>();
  for (const e of doc.entities)
    if (e.type === 'Source' && e.kind === 'news-outlet') renamed.set(e.id, entityId('Company', e.name));
  if (renamed.size === 0) return doc;
  const byId = new Map<string, ExtractedEntity>();
  const entities: ExtractedEntity[] = [];
  for (const e of doc.entities) {
    const id = renamed.get(e.id) ?? e.id;
    const next: ExtractedEntity = renamed.has(e.id) ? { ...e, id, type: 'Company', kind: 'news-outlet' } : e;
    const prev = byId.get(id);
    if (!prev) {
      byId.set(id, next);
      entities.push(next);
      continue;
    }
    const merged = mergeEntities(prev, next);
    byId.set(id, merged);
    entities[entities.indexOf(prev)] = merged;
  }
  const to = (id: string) => renamed.get(id) ?? id;
  const toNullable = (id: string | null) => (id === null ? null : to(id));
  const relations = dedupe(
    doc.relations.map((r) => ({ ...r, from: to(r.from), to: to(r.to) })),
    (r) => `${r.type}|${r.from}|${r.to}`,
    (a, b) => ({ ...a, evidence: mergeSpans(a.evidence, b.evidence) }),
  );
  return {
    ...doc,
    entities,
    relations,
    events: doc.events.map((ev) => ({ ...ev, organization: toNullable(ev.organization) })),
    ...(doc.statements
      ? { statements: doc.statements.map((s) => ({ ...s, speaker: to(s.speaker), via: toNullable(s.via) })) }
      : {}),
    ...(doc.leadershipChanges
      ? {
          leadershipChanges: doc.leadershipChanges.map((l) => ({
            ...l,
            person: to(l.person),
            organization: toNullable(l.organization),
          })),
        }
      : {}),
    ...(doc.supports
      ? {
          supports: dedupe(
            doc.supports.map((s) => ({ ...s, by: to(s.by) })),
            (s) => `${s.by}|${s.event ?? ''}|${s.statement ?? ''}`,
            (a, b) => ({ ...a, evidence: mergeSpans(a.evidence, b.evidence) }),
          ),
        }
      : {}),
  };
}

/** One entity from two with the same id: the first's name and type, both's aliases and mentions in text order. */
function mergeEntities(a: ExtractedEntity, b: ExtractedEntity): ExtractedEntity {
  const aliases = [...new Set([...a.aliases, ...b.aliases, ...(b.name !== a.name ? [b.name] : [])])];
  return {
    ...a,
    kind: a.kind ?? b.kind,
    aliases: aliases.filter((x) => x !== a.name),
    mentions: mergeSpans(a.mentions, b.mentions),
  };
}

function mergeSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  const seen = new Set(a.map((s) => s.start));
  return [...a, ...b.filter((s) => !seen.has(s.start) && seen.add(s.start))].sort((x, y) => x.start - y.start);
}

function dedupe<T>(items: T[], key: (t: T) => string, merge: (a: T, b: T) => T): T[] {
  const out = new Map<string, T>();
  for (const t of items) {
    const k = key(t);
    const prev = out.get(k);
    out.set(k, prev ? merge(prev, t) : t);
  }
  return [...out.values()];
}
