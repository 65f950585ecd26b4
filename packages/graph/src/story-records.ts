/** Records of stories, totals and statements (the read side of issue 13); the API maps them onto GraphQL types. */

/** Where a story sits in time: its event time, or (undated) the day it was first reported. */
export type PlacedBy = 'EVENT_TIME' | 'REPORT_TIME';

/** One real-world round (or running total), as known on `asOf` (null: now). */
export interface StoryRecord {
  id: string;
  kind: string;
  orgId: string | null;
  /** A running total ("27,000 since early 2023") or an aggregate over a period, not a round. */
  runningTotal: boolean;
  /** A running total "since" a date, up to its report (rather than over a closed period). */
  openEnded: boolean;
  /** Event time, as precise as any source gives it. */
  when: string | null;
  placedStart: string;
  placedEnd: string;
  placedBy: PlacedBy;
  firstReportedAt: string;
  lastReportedAt: string;
  /** The preferred figure (see stories/preference.ts). */
  count: number | null;
  countText: string | null;
  percent: number | null;
  status: string | null;
  basisKind: string | null;
  preferredSourceId: string | null;
  preferredEventId: string | null;
  claimCount: number;
  sourceCount: number;
  minCount: number | null;
  maxCount: number | null;
  minPercent: number | null;
  maxPercent: number | null;
  /** When listed for an organization: the unit of it this story is about (null when it is the organization). */
  fromUnitId: string | null;
  /** The day the story is seen as of (nested fields honour it), or null for now. */
  asOf: string | null;
}

/** One source's figure for a story, with its quotes. */
export interface StoryClaimRecord {
  storyId: string;
  sourceId: string;
  eventId: string;
  count: number | null;
  countText: string | null;
  percent: number | null;
  when: string | null;
  status: string | null;
  runningTotal: boolean;
  /** Ids of the cited sources and speakers the figure rests on. */
  basis: string[];
  basisKind: string;
  reportedAt: string;
  reportedAtFrom: 'published' | 'ingested';
  preferred: boolean;
  quotes: Array<{ start: number; end: number; text: string }>;
}

/** Rounds placed in one period (a month, quarter or year; coarser when a round is known only so precisely). */
export interface TotalPeriodRecord {
  period: string;
  /** Sum of the preferred counts of the period's rounds, each once. */
  count: number;
  rounds: StoryRecord[];
}

/** A running total the press reported, beside the sum, with the rounds it covers. */
export interface RunningTotalRecord {
  story: StoryRecord;
  /** The days it covers: since its start to its first report (open-ended) or its period. */
  coversStart: string;
  coversEnd: string;
  covers: StoryRecord[];
  /** Sum of the covered rounds' preferred counts, to compare with the reported figure. */
  coveredCount: number;
}

/** What `totals` answers. */
export interface TotalsRecord {
  organizationId: string;
  total: number;
  rounds: number;
  unquantified: number;
  periods: TotalPeriodRecord[];
  runningTotals: RunningTotalRecord[];
}

/** Who said what. */
export interface StatementRecord {
  id: string;
  speakerId: string;
  sourceId: string;
  viaId: string | null;
  quote: string;
  start: number;
  end: number;
  direct: boolean;
  attribution: string;
  attributionStart: number;
  attributionEnd: number;
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  when: string | null;
  reportedAt: string;
}

/** A cited source's support for a fact, on one article's word. */
export interface SupportRecord {
  sourceId: string;
  articleId: string;
  eventId: string | null;
  statementId: string | null;
  quotes: Array<{ start: number; end: number; text: string }>;
}

/** When an article was reported: its publication day, else the day it was ingested. */
export interface ReportTimeRecord {
  reportedAt: string | null;
  reportedAtFrom: 'published' | 'ingested' | null;
}

/** What changed in a leadership event. */
export interface LeadershipRecord {
  change: string | null;
  title: string | null;
  personId: string | null;
}
