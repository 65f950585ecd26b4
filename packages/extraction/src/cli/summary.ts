import type { DocumentExtraction } from '../types.js';

/** A readable multi-line summary of one document's extraction (the CLI's output without `--json`). */
export function formatSummary(path: string, doc: DocumentExtraction): string {
  const name = new Map(doc.entities.map((e) => [e.id, e.name]));
  const n = (id: string | null) => (id ? (name.get(id) ?? id) : '—');
  const lines = [`${path}  ${doc.source.id}`, `  title: ${doc.source.title}`];
  if (doc.source.publisher || doc.source.publishedAt)
    lines.push(`  publisher: ${doc.source.publisher ?? '—'}  published: ${doc.source.publishedAt ?? '—'}`);
  for (const type of ['Company', 'Division', 'Person', 'Product'] as const) {
    const list = doc.entities.filter((e) => e.type === type);
    if (list.length)
      lines.push(`  ${type.toLowerCase()}: ${list.map((e) => `${e.name} (${e.mentions.length})`).join(', ')}`);
  }
  for (const r of doc.relations.filter((r) => r.type === 'HOLDS_ROLE'))
    lines.push(`  role: ${n(r.from)} — ${r.title ?? '?'} — ${n(r.to)}`);
  for (const r of doc.relations.filter((r) => r.type === 'PART_OF')) lines.push(`  part of: ${n(r.from)} → ${n(r.to)}`);
  const cited = doc.relations.filter((r) => r.type === 'CITES').map((r) => n(r.to));
  if (cited.length) lines.push(`  cites: ${cited.join(', ')}`);
  for (const e of doc.events) {
    const figure = e.count !== null ? e.count.toLocaleString('en-US') : (e.countText ?? '?');
    const extra = [
      e.percent !== null ? `${e.percent}%` : '',
      e.when ?? '',
      e.status ?? '',
      e.cumulative ? 'cumulative' : '',
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(`  event: ${e.kind} ${n(e.organization)} ${figure}${extra ? ` (${extra})` : ''}`);
  }
  return lines.join('\n') + '\n';
}
