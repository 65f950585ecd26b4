import { createHash } from 'node:crypto';
import {
  splitSentences,
  type DocumentExtraction,
  type ExtractedEvent,
  type ExtractedLeadershipChange,
  type ExtractedStatement,
  type Span,
} from '@newsgraph/extraction';

/** A compact description of a document for tests: spans are given as substrings and located in the text. */
export interface ExtractionSpec {
  id: string;
  text: string;
  title?: string;
  uri?: string;
  publishedAt?: string | null;
  publisher?: string | null;
  entities: Array<{
    id: string;
    type: 'Company' | 'Division' | 'Person' | 'Product' | 'Source';
    name: string;
    aliases?: string[];
    kind?: string;
    mentions: string[];
  }>;
  relations?: Array<{ type: string; from: string; to: string; title?: string; evidence: string[] }>;
  events?: Array<Omit<ExtractedEvent, 'evidence'> & { evidence: string[] }>;
  /** Spans as substrings: `quote`, `attribution` and `sentence` are located in the text (first occurrence). */
  statements?: Array<
    Omit<ExtractedStatement, 'quote' | 'attribution' | 'evidence' | 'via' | 'when'> & {
      quote: string;
      attribution: string;
      sentence: string;
      via?: string | null;
      when?: string | null;
    }
  >;
  supports?: Array<{ by: string; event?: string; statement?: string; evidence: string[] }>;
  leadershipChanges?: Array<Omit<ExtractedLeadershipChange, 'evidence'> & { evidence: string[] }>;
}

function spansOf(text: string, needle: string, all: boolean): Span[] {
  const spans: Span[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
    spans.push({ start: at, end: at + needle.length, text: needle });
    if (!all) break;
  }
  if (spans.length === 0) throw new Error(`"${needle}" does not occur in the text`);
  return spans;
}

/** Builds a DocumentExtraction whose spans are exact slices of `spec.text` (mentions: every occurrence), with its sentences. */
export function buildExtraction(spec: ExtractionSpec): DocumentExtraction {
  const { text } = spec;
  return {
    source: {
      id: spec.id,
      title: spec.title ?? spec.id,
      uri: spec.uri ?? `file:///${spec.id}.txt`,
      contentHash: createHash('sha256').update(text).digest('hex'),
      publisher: spec.publisher ?? null,
      publishedAt: spec.publishedAt ?? null,
    },
    entities: spec.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases ?? [],
      ...(e.kind ? { kind: e.kind } : {}),
      mentions: e.mentions.flatMap((m) => spansOf(text, m, true)),
    })),
    relations: (spec.relations ?? []).map((r) => ({
      ...r,
      evidence: r.evidence.flatMap((q) => spansOf(text, q, false)),
    })),
    events: (spec.events ?? []).map((e) => ({ ...e, evidence: e.evidence.flatMap((q) => spansOf(text, q, false)) })),
    statements: (spec.statements ?? []).map(({ quote, attribution, sentence, ...st }) => ({
      ...st,
      quote: spansOf(text, quote, false)[0]!,
      attribution: spansOf(text, attribution, false)[0]!,
      evidence: spansOf(text, sentence, false),
      via: st.via ?? null,
      when: st.when ?? null,
    })),
    supports: (spec.supports ?? []).map((sp) => ({
      ...sp,
      evidence: sp.evidence.flatMap((q) => spansOf(text, q, false)),
    })),
    leadershipChanges: (spec.leadershipChanges ?? []).map((c) => ({
      ...c,
      evidence: c.evidence.flatMap((q) => spansOf(text, q, false)),
    })),
    // As extractDocument gives them: the graph quotes from extraction's sentences, never splitting text itself.
    sentences: splitSentences(text).map((s): [number, number] => [s.start, s.end]),
  };
}
