import type { DocumentExtraction, ExtractedEntity, Span } from '../types.js';
import { entityId } from './entity-table.js';
import { innerNames, isNamedBody } from './named-bodies.js';

/**
 * A named news outlet is an organisation as well as a cited source: the gold convention lists "Reuters", "the Kora
 * Daily" or "Vestposten" both as a company and as cited. Outlets found by how they are cited (outlet-mentions.ts,
 * outlet-names.ts) travel the pipeline as `Source` entities of kind 'news-outlet', so every rule keeps treating
 * them as sources (never an event's subject, the primary company or a company speaker; they back the figures they
 * report). At the end they become `Company` entities that keep kind 'news-outlet' — the same shape as a listed
 * outlet such as Reuters — and every reference (CITES, supports, statements' `via`, roles) follows the new id. An
 * outlet whose company id already exists (the same name found as a company elsewhere) merges into it. Generic
 * sources (memos, filings, anonymous sources, unions not named in full) stay `Source` entities. A body cited by
 * its full name ("the Kora Union of Aeronauts", `named-bodies.ts`) becomes a `Company` the same way, with no kind
 * (as a union found as a company by context is).
 */
export function outletsAsCompanies(doc: DocumentExtraction): DocumentExtraction {
  const renamed = new Map<string, string>();
  const bodies = new Set<string>();
  const inner = innerNames(doc.entities.flatMap((e) => [e.name, ...e.aliases]));
  // "KUM" found as a company, "the Kora Union of Mineworkers (KUM)" cited: one company, named in full.
  const companyByName = new Map<string, string>();
  for (const e of doc.entities)
    if (e.type === 'Company') for (const n of [e.name, ...e.aliases]) companyByName.set(n.toLowerCase(), e.id);
  const joined = new Set<string>();
  for (const e of doc.entities) {
    if (e.type === 'Source' && e.kind === 'news-outlet') renamed.set(e.id, entityId('Company', e.name));
    else if (isNamedBody(e, inner)) {
      const id = entityId('Company', e.name);
      const known = [e.name, ...e.aliases].map((n) => companyByName.get(n.toLowerCase())).find((k) => k);
      if (known && known !== id && !renamed.has(known)) {
        renamed.set(known, id);
        joined.add(known);
      }
      renamed.set(e.id, id);
      bodies.add(e.id);
    }
  }
  if (renamed.size === 0) return doc;
  const byId = new Map<string, ExtractedEntity>();
  const entities: ExtractedEntity[] = [];
  const fromBody = new Set<ExtractedEntity>();
  for (const e of doc.entities) {
    const id = renamed.get(e.id) ?? e.id;
    const next: ExtractedEntity = bodies.has(e.id)
      ? { ...withoutKind(e), id, type: 'Company' }
      : joined.has(e.id)
        ? { ...e, id }
        : renamed.has(e.id)
          ? { ...e, id, type: 'Company', kind: 'news-outlet' }
          : e;
    if (bodies.has(e.id)) fromBody.add(next);
    const prev = byId.get(id);
    if (!prev) {
      byId.set(id, next);
      entities.push(next);
      continue;
    }
    // The body's full name is the canonical one (its id is made of it); the short name becomes an alias.
    const merged = fromBody.has(next) && !fromBody.has(prev) ? mergeEntities(next, prev) : mergeEntities(prev, next);
    if (fromBody.has(next) || fromBody.has(prev)) fromBody.add(merged);
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

/** The entity with no `kind`: a body typed Company is no source kind. */
function withoutKind(e: ExtractedEntity): ExtractedEntity {
  const copy = { ...e };
  delete copy.kind;
  return copy;
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
