import { extractDocument } from './extract-document.js';
import type { DocumentExtraction } from './types.js';

/** Extracts `text` and returns helpers that look things up by name (tests only). */
export function extract(text: string, publishedAt?: string) {
  const doc: DocumentExtraction = extractDocument({ text, uri: 'test.txt', ...(publishedAt ? { publishedAt } : {}) });
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const name = (id: string | null) => (id ? (byId.get(id)?.name ?? id) : null);
  return {
    doc,
    names: (type?: string) => doc.entities.filter((e) => !type || e.type === type).map((e) => e.name),
    entity: (n: string) => doc.entities.find((e) => e.name === n),
    role: (person: string) => {
      const p = doc.entities.find((e) => e.name === person);
      const r = doc.relations.find((x) => x.type === 'HOLDS_ROLE' && x.from === p?.id);
      return r ? { title: r.title, org: name(r.to) } : null;
    },
    parent: (n: string) =>
      name(
        doc.relations.find((r) => r.type === 'PART_OF' && r.from === doc.entities.find((e) => e.name === n)?.id)?.to ??
          null,
      ),
    /** Companies and divisions with their aliases: "Company Norrvik Mining [Norrvik]". */
    orgs: () =>
      doc.entities
        .filter((e) => e.type === 'Company' || e.type === 'Division')
        .map((e) => `${e.type} ${e.name}${e.aliases.length ? ` [${e.aliases.join(', ')}]` : ''}`),
    cited: () => doc.relations.filter((r) => r.type === 'CITES').map((r) => name(r.to)),
    events: () =>
      doc.events.map((e) => ({
        kind: e.kind,
        org: name(e.organization),
        count: e.count,
        percent: e.percent,
        when: e.when,
        ...(e.countText ? { countText: e.countText } : {}),
        ...(e.cumulative ? { cumulative: true } : {}),
      })),
    /** The rounds (layoff and restructuring events) as count, percent and date, and whether cumulative. */
    cuts: () =>
      doc.events
        .filter((e) => e.kind === 'layoff' || e.kind === 'restructuring')
        .map((e) => ({
          count: e.count,
          percent: e.percent,
          when: e.when,
          ...(e.cumulative ? { cumulative: true } : {}),
        })),
  };
}
