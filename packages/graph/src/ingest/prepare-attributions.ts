import type { DocumentExtraction, ExtractedEntity, ExtractedEvent, Span } from '@newsgraph/extraction';
import { GraphError, GraphErrorCode } from '../errors.js';
import type { StatementRecord } from '../story-records.js';
import { checkSpan, toSpanArrays, type SpanArrays } from './span-arrays.js';
import { basisOfClaim, basisOfSourceKind, BASIS_RANK, type ClaimBasis } from '../stories/preference.js';

/**
 * A cited source whose support is stored (SUPPORTS) and read as the figure's basis by its kind: a Source entity,
 * or a named news outlet the extractor types as a Company (kind 'news-outlet') because it is an organization too.
 */
export function isCitedSource(entity: Pick<ExtractedEntity, 'type' | 'kind'> | undefined): boolean {
  return entity?.type === 'Source' || (entity?.type === 'Company' && entity.kind === 'news-outlet');
}

/** One source's version of an event (stored on its REPORTS edge): the claim. */
export interface PreparedClaim {
  count: number | null;
  countText: string | null;
  percent: number | null;
  when: string | null;
  status: string | null;
  /** A running total or an aggregate over a period: never summed with rounds. */
  runningTotal: boolean;
  /** Ids of the cited sources and speakers the figure rests on. */
  basis: string[];
  basisKind: ClaimBasis;
  basisRank: number;
  /** The date of an earlier round the text refers to explicitly. */
  referenceWhen: string | null;
}

/** A statement flattened for `UNWIND`: the node's properties are the record's but those ingestion adds. */
export interface PreparedStatement {
  id: string;
  speaker: string;
  via: string | null;
  props: Omit<StatementRecord, 'sourceId' | 'reportedAt'>;
}

/** A cited source supporting an event or a statement, with the sentences tying them. */
export type PreparedSupport = SpanArrays & { by: string; target: string };

/** A leadership change as an event row (same shape as the extracted events' rows). */
export interface PreparedLeadershipEvent {
  id: string;
  props: Record<string, string | number | boolean | null>;
  links: Array<{ target: string; type: 'ORGANIZATION' | 'PERSON' }>;
  spans: Span[];
}

/**
 * The attribution part of a document for ingestion: each event's claim (this source's figures and what they
 * rest on), statements, supports by cited sources, and leadership changes as events. Validates that every id is
 * defined by the document and every span is an exact slice of `text` (GraphError INVALID_INPUT otherwise).
 */
export function prepareAttributions(extraction: DocumentExtraction, text: string, ids: ReadonlySet<string>) {
  const entities = new Map(extraction.entities.map((e) => [e.id, e]));
  const statementIds = new Set<string>();
  const eventIds = new Set(extraction.events.map((e) => e.id));
  const require = (id: string | null | undefined, what: string) => {
    if (id && !ids.has(id))
      throw new GraphError(GraphErrorCode.INVALID_INPUT, `${what} names ${id}, which the document does not define.`);
  };

  const statements: PreparedStatement[] = (extraction.statements ?? []).map((st) => {
    require(st.speaker, `Statement ${st.id}`);
    require(st.via, `Statement ${st.id}`);
    if (ids.has(st.id) || statementIds.has(st.id))
      throw new GraphError(GraphErrorCode.INVALID_INPUT, `Statement id ${st.id} is used twice.`);
    statementIds.add(st.id);
    const sentence = st.evidence[0] ?? st.quote;
    for (const span of [st.quote, st.attribution, sentence]) checkSpan(text, span, `Statement ${st.id}`);
    return {
      id: st.id,
      speaker: st.speaker,
      via: st.via,
      props: {
        id: st.id,
        speakerId: st.speaker,
        viaId: st.via,
        quote: st.quote.text,
        start: st.quote.start,
        end: st.quote.end,
        direct: st.direct,
        attribution: st.attribution.text,
        attributionStart: st.attribution.start,
        attributionEnd: st.attribution.end,
        sentence: sentence.text,
        sentenceStart: sentence.start,
        sentenceEnd: sentence.end,
        when: st.when,
      },
    };
  });

  const basisOf = new Map<string, ClaimBasis[]>();
  const basisIds = new Map<string, string[]>();
  const supports: PreparedSupport[] = [];
  const roleAt = new Set(
    extraction.relations.filter((r) => r.type === 'HOLDS_ROLE' || r.type === 'PART_OF').map((r) => `${r.from}|${r.to}`),
  );
  const organizationOf = new Map(extraction.events.map((e) => [e.id, e.organization]));
  for (const sp of extraction.supports ?? []) {
    require(sp.by, 'A support');
    const target = sp.event ?? sp.statement;
    if (!target || !(eventIds.has(target) || statementIds.has(target)))
      throw new GraphError(
        GraphErrorCode.INVALID_INPUT,
        `A support names ${target}, which the document does not define.`,
      );
    sp.evidence.forEach((span) => checkSpan(text, span, `Support by ${sp.by}`));
    const by = entities.get(sp.by);
    const cited = isCitedSource(by);
    if (cited) supports.push({ by: sp.by, target, ...toSpanArrays(sp.evidence) });
    if (!sp.event) continue;
    const org = organizationOf.get(sp.event) ?? null;
    const basis: ClaimBasis = cited
      ? basisOfSourceKind(by?.kind)
      : org && (sp.by === org || roleAt.has(`${sp.by}|${org}`) || roleAt.has(`${org}|${sp.by}`))
        ? 'company'
        : 'news';
    basisOf.set(sp.event, [...(basisOf.get(sp.event) ?? []), basis]);
    basisIds.set(sp.event, [...(basisIds.get(sp.event) ?? []), sp.by]);
  }

  const claimOf = (event: ExtractedEvent): PreparedClaim => {
    const basis = basisOfClaim(basisOf.get(event.id) ?? []);
    return {
      count: event.count,
      countText: event.countText ?? null,
      percent: event.percent,
      when: event.when,
      status: event.status ?? null,
      runningTotal: Boolean(event.cumulative || event.aggregate),
      basis: [...new Set(basisIds.get(event.id) ?? [])],
      basisKind: basis,
      basisRank: BASIS_RANK[basis],
      referenceWhen: event.reference?.when ?? null,
    };
  };

  const leadership: PreparedLeadershipEvent[] = (extraction.leadershipChanges ?? []).map((change) => {
    require(change.person, `Leadership change ${change.id}`);
    require(change.organization, `Leadership change ${change.id}`);
    change.evidence.forEach((span) => checkSpan(text, span, `Evidence of ${change.id}`));
    return {
      id: change.id,
      props: {
        kind: 'leadership',
        change: change.change,
        title: change.title,
        when: change.when,
        count: null,
        countText: null,
        percent: null,
        status: null,
        cumulative: false,
      },
      links: [
        { target: change.person, type: 'PERSON' as const },
        ...(change.organization ? [{ target: change.organization, type: 'ORGANIZATION' as const }] : []),
      ],
      spans: change.evidence,
    };
  });

  return { statements, supports, leadership, claimOf };
}

/** The claim of a leadership change (no figure; the article's own reporting unless a support says otherwise). */
export const LEADERSHIP_CLAIM: PreparedClaim = {
  count: null,
  countText: null,
  percent: null,
  when: null,
  status: null,
  runningTotal: false,
  basis: [],
  basisKind: 'news',
  basisRank: BASIS_RANK.news,
  referenceWhen: null,
};
