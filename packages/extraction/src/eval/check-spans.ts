import type { DocumentExtraction, Span } from '../types.js';

/**
 * Provenance check (a port of the shared `spans.mjs`): every span is the exact non-empty slice of `text` at
 * its offsets, every entity has a mention, every relation and event has evidence. Returns the problems found
 * and how many spans were checked.
 */
export function checkSpans(
  doc: DocumentExtraction,
  text: string,
  name = doc.source.uri,
): { spans: number; problems: string[] } {
  let spans = 0;
  const problems: string[] = [];
  const check = (s: Span | undefined, what: string) => {
    spans++;
    if (
      !s ||
      typeof s.start !== 'number' ||
      typeof s.end !== 'number' ||
      text.slice(s.start, s.end) !== s.text ||
      !s.text
    )
      problems.push(`${name}: ${what}: span ${JSON.stringify(s)} is not the input's text at those offsets`);
  };
  for (const e of doc.entities) {
    if (!e.mentions.length) problems.push(`${name}: entity ${e.name} has no mention`);
    e.mentions.forEach((s) => check(s, `mention of ${e.name}`));
  }
  for (const r of doc.relations) {
    if (!r.evidence.length) problems.push(`${name}: relation ${r.type} ${r.from}->${r.to} has no evidence`);
    r.evidence.forEach((s) => check(s, `evidence of ${r.type}`));
  }
  for (const e of doc.events) {
    if (!e.evidence.length) problems.push(`${name}: event ${e.kind} has no evidence`);
    e.evidence.forEach((s) => check(s, `evidence of event ${e.kind}`));
  }
  return { spans, problems };
}
