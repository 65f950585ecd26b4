import type { EventKind } from '../resolvers/enum-values.js';
import type { EventStatus } from '../resolvers/enum-values.js';
import type { SourceKind } from '../resolvers/enum-values.js';
import type { LeadershipChange } from '../resolvers/enum-values.js';
import type { ClaimBasis } from '../resolvers/enum-values.js';
import type { ReportClock } from '../resolvers/enum-values.js';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { NodeRecord, EntityRecord, RoleRecord, EventRecord, SourceRecord, CitedRecord, MentionRecord, FactRecord, EvidenceRecord, CitationRecord, GraphNodeRecord, GraphEdgeRecord, SubgraphRecord, PathStepRecord, IngestOutcome, EventPeriodRecord, StoryRecord, StoryClaimRecord, TotalsRecord, TotalPeriodRecord, RunningTotalRecord, StatementRecord, SupportRecord } from '@newsgraph/graph';
import type { ApiContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A calendar date as precise as it is known: YYYY, YYYY-MM or YYYY-MM-DD, and a real one (2023-02-30 is not).
   * Malformed values are rejected with BAD_USER_INPUT.
   */
  Date: { input: string; output: string; }
};

/** Anything with a global id: an entity, an event or a source. `node(id:)` fetches any of them (Relay). */
export type Node = {
  id: Scalars['ID']['output'];
};

/** A company, division, person or product named in the news. */
export type Entity = {
  id: Scalars['ID']['output'];
  /** Company | Division | Person | Product */
  type: Scalars['String']['output'];
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  /** Articles that mention this entity, newest first. first ≤ 100 (default 100). */
  sources: Array<Source>;
  /** Articles that mention this entity, newest first, page by page (keyset cursors). first ≤ 100 (default 20). */
  sourcesConnection: SourceConnection;
  /** Articles that mention this entity, newest first, each with the sentences that do. first ≤ 100 (default 20). */
  citations: CitationConnection;
  /** How many times the entity is mentioned across all sources. */
  mentionCount: Scalars['Int']['output'];
};


/** A company, division, person or product named in the news. */
export type EntitySourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A company, division, person or product named in the news. */
export type EntitySourcesConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A company, division, person or product named in the news. */
export type EntityCitationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

export type Company = Entity & Node & {
  __typename?: 'Company';
  id: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  sources: Array<Source>;
  sourcesConnection: SourceConnection;
  citations: CitationConnection;
  mentionCount: Scalars['Int']['output'];
  /** Divisions directly PART_OF this company. */
  divisions: Array<Division>;
  /** People holding a role at this company. */
  people: Array<Role>;
  /** Events whose organization is this company or one of its units (Event.organization says which), in time order. */
  events: Array<Event>;
  /**
   * The same events page by page (keyset cursors), for organizations with more than events' cap. first ≤ 100
   * (default 20).
   */
  eventsConnection: EventConnection;
  /** What the company said (its statements, not its people's), newest report first. first ≤ 100 (default 20). */
  statements: Array<Statement>;
  /**
   * What kind of cited source this company is when the news cites it as one: NEWS_OUTLET for a newspaper, wire or
   * broadcaster an article cites as one ("told the business daily X", "X reported on Tuesday"). Null for a company
   * the news reports on, or one cited only for what it said (a union, an analyst's bank).
   */
  kind?: Maybe<SourceKind>;
  /** Articles that cite this company as a source (an outlet, wire, analyst firm, union …), newest first; at most 100. */
  citedBy: Array<Source>;
  /** The figures and statements articles cite this company for, newest article first. first ≤ 100 (default 20). */
  supports: Array<Support>;
};


export type CompanySourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CompanySourcesConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type CompanyCitationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type CompanyEventsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type CompanyStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type CompanySupportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Division = Entity & Node & {
  __typename?: 'Division';
  id: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  sources: Array<Source>;
  sourcesConnection: SourceConnection;
  citations: CitationConnection;
  mentionCount: Scalars['Int']['output'];
  /** The company (or division) this division is PART_OF. */
  parent?: Maybe<Entity>;
  partOfEvidence: Array<Evidence>;
  divisions: Array<Division>;
  people: Array<Role>;
  /**
   * Events whose organization is this division, one of its units, or that list one of them among the divisions
   * affected.
   */
  events: Array<Event>;
  /** The same events page by page (keyset cursors). first ≤ 100 (default 20). */
  eventsConnection: EventConnection;
  /** What the division said, newest report first. first ≤ 100 (default 20). */
  statements: Array<Statement>;
};


export type DivisionSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type DivisionSourcesConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type DivisionCitationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type DivisionEventsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type DivisionStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

export type Person = Entity & Node & {
  __typename?: 'Person';
  id: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  sources: Array<Source>;
  sourcesConnection: SourceConnection;
  citations: CitationConnection;
  mentionCount: Scalars['Int']['output'];
  roles: Array<Role>;
  /** What this person said, newest report first. first ≤ 100 (default 20). */
  statements: Array<Statement>;
};


export type PersonSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonSourcesConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type PersonCitationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type PersonStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

export type Product = Entity & Node & {
  __typename?: 'Product';
  id: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  sources: Array<Source>;
  sourcesConnection: SourceConnection;
  citations: CitationConnection;
  mentionCount: Scalars['Int']['output'];
};


export type ProductSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProductSourcesConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type ProductCitationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** A person's title at an organization, with the sentences that state it. */
export type Role = {
  __typename?: 'Role';
  person: Person;
  organization: Entity;
  title?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
};

/**
 * A layoff, restructuring, hiring, investment, earnings or leadership event. Several articles giving the same figure
 * share one Event; the story it belongs to keeps each source's figure side by side.
 */
export type Event = Node & {
  __typename?: 'Event';
  id: Scalars['ID']['output'];
  kind: EventKind;
  count?: Maybe<Scalars['Int']['output']>;
  countText?: Maybe<Scalars['String']['output']>;
  percent?: Maybe<Scalars['Float']['output']>;
  /** Event time as precise as the first report gives it (YYYY, YYYY-MM or YYYY-MM-DD); null when undated. */
  when?: Maybe<Scalars['Date']['output']>;
  status?: Maybe<EventStatus>;
  /** True for running totals ("27,000 since early 2023") rather than a new round. */
  cumulative: Scalars['Boolean']['output'];
  organization?: Maybe<Entity>;
  divisions: Array<Entity>;
  sources: Array<Source>;
  /**
   * How many independent sources report the event: the syndicated copies of one text (a wire report republished
   * by ten outlets) count once.
   */
  independentSourceCount: Scalars['Int']['output'];
  evidence: Array<Evidence>;
  /** The day it was first reported (the report clock): where an undated event sits in time and date filters place it. */
  reportedAt?: Maybe<Scalars['Date']['output']>;
  /** The real-world round this figure is one report of (null for leadership changes). */
  story?: Maybe<Story>;
  /** Leadership changes: what changed. */
  change?: Maybe<LeadershipChange>;
  /** Leadership changes: the title as written ("chief executive"). */
  title?: Maybe<Scalars['String']['output']>;
  /** Leadership changes: who. */
  person?: Maybe<Person>;
};


/**
 * A layoff, restructuring, hiring, investment, earnings or leadership event. Several articles giving the same figure
 * share one Event; the story it belongs to keeps each source's figure side by side.
 */
export type EventStoryArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

/**
 * Something an article cites, a statement came through or a figure rests on: a Source (a memo, filing, statement,
 * tracker, anonymous sources …) or a Company — a named news outlet, wire or analyst firm is an organization too
 * (`Company.kind` says NEWS_OUTLET when the article cited it as one).
 */
export type CitedSource = Source | Company;

/** An article, or something an article cites (a news outlet, tracker, analyst firm, memo, filing, anonymous sources). */
export type Source = Node & {
  __typename?: 'Source';
  id: Scalars['ID']['output'];
  kind: SourceKind;
  /** For a cited memo, filing or statement: the author and date that tell it apart from others of its company. */
  title: Scalars['String']['output'];
  uri?: Maybe<Scalars['String']['output']>;
  publisher?: Maybe<Scalars['String']['output']>;
  publishedAt?: Maybe<Scalars['String']['output']>;
  /** Articles only: the report time — the publication day, else the day it was ingested (see reportedAtFrom). */
  reportedAt?: Maybe<Scalars['Date']['output']>;
  reportedAtFrom?: Maybe<ReportClock>;
  /** Full text (articles only). */
  text?: Maybe<Scalars['String']['output']>;
  contentHash?: Maybe<Scalars['String']['output']>;
  /** What this article cites, by title or name: sources, and the outlets and firms it names (Companies); at most 100. */
  cites: Array<CitedSource>;
  /** Articles that cite this source, newest first; at most 100. */
  citedBy: Array<Source>;
  /**
   * The original this article republishes when it is a copy: the earliest-published article of its copy group (the
   * same text, or nearly: wire copy, AMP and canonical pages, tracking parameters). Null for an original or a
   * stand-alone article.
   */
  copyOf?: Maybe<Source>;
  /**
   * Articles that republish this one (exact or near-duplicate text), earliest first, when this is the original;
   * at most 99.
   */
  copies: Array<Source>;
  /** Every extracted mention in this article's text, in text order (articles only). */
  mentions: Array<Mention>;
  /** Relationships this article asserts, with its own evidence. */
  facts: Array<Fact>;
  /** Events this article reports. */
  events: Array<Event>;
  /** Who said what in this article, in text order. */
  statements: Array<Statement>;
  /**
   * Cited sources only: the figures and statements this source is cited for, and by which article, newest article
   * first. first ≤ 100 (default 20).
   */
  supports: Array<Support>;
};


/** An article, or something an article cites (a news outlet, tracker, analyst firm, memo, filing, anonymous sources). */
export type SourceSupportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One occurrence of an entity in an article's text. */
export type Mention = {
  __typename?: 'Mention';
  entity: Entity;
  start: Scalars['Int']['output'];
  end: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

/** A relationship asserted by a source, e.g. Andy Jassy HOLDS_ROLE Amazon (title CEO). */
export type Fact = {
  __typename?: 'Fact';
  type: Scalars['String']['output'];
  from: Entity;
  to: Entity;
  title?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
};

/** An exact quote: source.text.slice(start, end) === text. */
export type Evidence = {
  __typename?: 'Evidence';
  source: Source;
  text: Scalars['String']['output'];
  start: Scalars['Int']['output'];
  end: Scalars['Int']['output'];
};

/** A source that mentions an entity, with the sentences that do. */
export type Citation = {
  __typename?: 'Citation';
  source: Source;
  entity: Entity;
  quotes: Array<Evidence>;
};

/**
 * Where a page sits in its list (Relay). Cursors are keyset cursors: the sort key of an item, so a page starts
 * right after (or before) it without counting the items in front; a cursor is valid only for its own list and order.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
  endCursor?: Maybe<Scalars['String']['output']>;
};

export type SourceEdge = {
  __typename?: 'SourceEdge';
  cursor: Scalars['String']['output'];
  node: Source;
};

export type SourceConnection = {
  __typename?: 'SourceConnection';
  edges: Array<SourceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Events of one kind in one period. */
export type EventPeriod = {
  __typename?: 'EventPeriod';
  /**
   * YYYY, YYYY-Qn or YYYY-MM: the events' date cut to the grouping; an event known only to its year keeps the year
   * ("2023" among months).
   */
  period: Scalars['String']['output'];
  kind: EventKind;
  events: Scalars['Int']['output'];
  /**
   * Sum of the figures these events report, running totals left out. Each report's figure counts, so a round that
   * two sources give different figures for counts twice: the story totals count rounds once.
   */
  jobs: Scalars['Int']['output'];
};

export type CitationEdge = {
  __typename?: 'CitationEdge';
  cursor: Scalars['String']['output'];
  node: Citation;
};

export type CitationConnection = {
  __typename?: 'CitationConnection';
  edges: Array<CitationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SourceOrder =
  | 'NEWEST'
  | 'OLDEST'
  | 'TITLE';

export type EventOrder =
  | 'WHEN_ASC'
  | 'WHEN_DESC'
  | 'COUNT_DESC';

/** A node of the graph view or a path: an entity, an event or a source. */
export type GraphNode = {
  __typename?: 'GraphNode';
  id: Scalars['ID']['output'];
  /** Company | Division | Person | Product | Event | Story | Statement | Source */
  type: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** In a neighbourhood: how many of this node's neighbours (under the same filters) are not shown. Null in paths. */
  hiddenNeighbours?: Maybe<Scalars['Int']['output']>;
};

/** An edge of the graph view, with the evidence behind it. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  id: Scalars['ID']['output'];
  /**
   * PART_OF | HOLDS_ROLE | CITES | ORGANIZATION | AFFECTS | PERSON | MENTIONS | REPORTS | IN_STORY | ABOUT | QUOTES |
   * SPOKEN_BY | VIA | SUPPORTS ...
   */
  type: Scalars['String']['output'];
  from: Scalars['ID']['output'];
  to: Scalars['ID']['output'];
  title?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
};

export type Subgraph = {
  __typename?: 'Subgraph';
  nodes: Array<GraphNode>;
  edges: Array<GraphEdge>;
  /** When the focus has more neighbours than were shown: pass it as `after` for the next ones (depth 1). */
  nextCursor?: Maybe<Scalars['String']['output']>;
};

/** One hop of a path, in the direction of travel (the stored edge may point the other way). */
export type PathStep = {
  __typename?: 'PathStep';
  from: GraphNode;
  to: GraphNode;
  type: Scalars['String']['output'];
  title?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
};

export type TypeCount = {
  __typename?: 'TypeCount';
  type: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

export type Stats = {
  __typename?: 'Stats';
  counts: Array<TypeCount>;
};

export { EventKind };

export { EventStatus };

export { SourceKind };

export { LeadershipChange };

/** How totals group rounds in time. */
export type Period =
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

/** Where a story sits in time. */
export type PlacedBy =
  /** When it happened, as precise as the sources say. */
  | 'EVENT_TIME'
  /** Undated: the day it was first reported. */
  | 'REPORT_TIME';

export { ReportClock };

export { ClaimBasis };

/**
 * One real-world round (a layoff, a restructuring …) or running total, as one or more sources report it. Each
 * source's figure is kept as its own claim; the story shows one preferred figure chosen by a fixed rule (a count over
 * none; the company's own word over a news report over an aggregator over anonymous sources; then the most recent
 * report) and says when sources disagree and by how much. Nothing a source says overwrites another.
 */
export type Story = {
  __typename?: 'Story';
  id: Scalars['ID']['output'];
  kind: EventKind;
  organization?: Maybe<Entity>;
  /** When the story is listed for an organization and is about one of its units: that unit (units roll up). */
  fromUnit?: Maybe<Entity>;
  /**
   * A running total ("27,000 since early 2023", or the sum of a period's rounds) rather than one round. Never summed
   * with rounds.
   */
  runningTotal: Scalars['Boolean']['output'];
  /** Event time, as precise as any source gives it; null when no source dates it. For a running total: since when. */
  when?: Maybe<Scalars['Date']['output']>;
  /** Where the story sits in time: its event time, or the day it was first reported (see placedBy). */
  placedAt: Scalars['Date']['output'];
  placedBy: PlacedBy;
  firstReportedAt: Scalars['Date']['output'];
  lastReportedAt: Scalars['Date']['output'];
  /** The preferred figure (see the rule above and preferredBecause). */
  count?: Maybe<Scalars['Int']['output']>;
  countText?: Maybe<Scalars['String']['output']>;
  percent?: Maybe<Scalars['Float']['output']>;
  status?: Maybe<EventStatus>;
  preferred?: Maybe<StoryClaim>;
  /** Why the preferred claim won, in words. */
  preferredBecause: Scalars['String']['output'];
  /** Null when the sources agree. */
  disagreement?: Maybe<Disagreement>;
  claimCount: Scalars['Int']['output'];
  sourceCount: Scalars['Int']['output'];
  /** Each source's figure with its quotes, preferred first. first ≤ 100 (default 20). */
  claims: Array<StoryClaim>;
  /** The articles reporting it, in claim order. first ≤ 100 (default 20). */
  sources: Array<Source>;
  /** Running totals only: the rounds it covers (dated ones in its span, undated ones reported before it). */
  covers: Array<Story>;
  events: Array<Event>;
};


/**
 * One real-world round (a layoff, a restructuring …) or running total, as one or more sources report it. Each
 * source's figure is kept as its own claim; the story shows one preferred figure chosen by a fixed rule (a count over
 * none; the company's own word over a news report over an aggregator over anonymous sources; then the most recent
 * report) and says when sources disagree and by how much. Nothing a source says overwrites another.
 */
export type StoryClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * One real-world round (a layoff, a restructuring …) or running total, as one or more sources report it. Each
 * source's figure is kept as its own claim; the story shows one preferred figure chosen by a fixed rule (a count over
 * none; the company's own word over a news report over an aggregator over anonymous sources; then the most recent
 * report) and says when sources disagree and by how much. Nothing a source says overwrites another.
 */
export type StorySourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One source's figure for a story, as that source states it. */
export type StoryClaim = {
  __typename?: 'StoryClaim';
  source: Source;
  event: Event;
  count?: Maybe<Scalars['Int']['output']>;
  countText?: Maybe<Scalars['String']['output']>;
  percent?: Maybe<Scalars['Float']['output']>;
  when?: Maybe<Scalars['Date']['output']>;
  status?: Maybe<EventStatus>;
  /** The cited sources the figure rests on (a memo, a filing, a wire, anonymous sources), when the article names them. */
  basis: Array<CitedSource>;
  basisKind: ClaimBasis;
  reportedAt: Scalars['Date']['output'];
  reportedAtFrom: ReportClock;
  preferred: Scalars['Boolean']['output'];
  evidence: Array<Evidence>;
};

/** How far the sources of a story are apart. */
export type Disagreement = {
  __typename?: 'Disagreement';
  minCount?: Maybe<Scalars['Int']['output']>;
  maxCount?: Maybe<Scalars['Int']['output']>;
  /** maxCount − minCount. */
  spread?: Maybe<Scalars['Int']['output']>;
  /** maxCount / minCount. */
  ratio?: Maybe<Scalars['Float']['output']>;
  minPercent?: Maybe<Scalars['Float']['output']>;
  maxPercent?: Maybe<Scalars['Float']['output']>;
};

/** What an organization cut, without double counting. */
export type Totals = {
  __typename?: 'Totals';
  organization?: Maybe<Entity>;
  /** Sum of the preferred counts of the distinct rounds in range, each once (the first 500 rounds in time order). */
  total: Scalars['Int']['output'];
  /** Number of distinct rounds in range. */
  rounds: Scalars['Int']['output'];
  /** Rounds without a count ("hundreds", "thousands more"): listed, not summed. */
  unquantified: Scalars['Int']['output'];
  periods: Array<TotalPeriod>;
  /** Running totals the press reported, beside the sum and never in it; the ten reported last. */
  runningTotals: Array<RunningTotal>;
};

/** The rounds placed in one period. */
export type TotalPeriod = {
  __typename?: 'TotalPeriod';
  /** "2023", "2023-Q1" or "2023-01"; a round known only by year sits in its year's period even by month. */
  period: Scalars['String']['output'];
  count: Scalars['Int']['output'];
  rounds: Array<Story>;
};

/** A running total as reported, with the rounds in the graph it covers. */
export type RunningTotal = {
  __typename?: 'RunningTotal';
  story: Story;
  count?: Maybe<Scalars['Int']['output']>;
  coversFrom: Scalars['Date']['output'];
  coversTo: Scalars['Date']['output'];
  covers: Array<Story>;
  /** Sum of the covered rounds' preferred counts, to compare with the reported figure. */
  coveredCount: Scalars['Int']['output'];
};

/** Who said what: words attributed to a person or organization in an article. */
export type Statement = {
  __typename?: 'Statement';
  id: Scalars['ID']['output'];
  speaker: Entity;
  /** The words: the quotation without its marks when direct, else the reported clause; an exact span of the article. */
  quote: Evidence;
  /** True when the words are in quotation marks (verbatim), false for reported speech. */
  direct: Scalars['Boolean']['output'];
  /** The attribution as written ("said", "told employees", "wrote in a memo to staff"). */
  attribution: Evidence;
  /** The sentence it is in. */
  sentence: Evidence;
  /** The reporting article. */
  source: Source;
  /** The cited document or outlet the words came through (a memo, a statement, an interview). */
  via?: Maybe<CitedSource>;
  /** When it was said, if the article says. */
  when?: Maybe<Scalars['Date']['output']>;
  reportedAt: Scalars['Date']['output'];
};

/** A cited source tied to a fact it is cited for, on one article's word. */
export type Support = {
  __typename?: 'Support';
  /** The article citing it. */
  article: Source;
  event?: Maybe<Event>;
  statement?: Maybe<Statement>;
  evidence: Array<Evidence>;
};

export type StoryEdge = {
  __typename?: 'StoryEdge';
  cursor: Scalars['String']['output'];
  node: Story;
};

export type StoryConnection = {
  __typename?: 'StoryConnection';
  edges: Array<StoryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Names and aliases, best first: "AWS" finds Amazon Web Services. Lucene syntax in the query is escaped. first ≤ 100. */
  search: Array<Entity>;
  /**
   * Entities by name or alias, events by what the words say of them (a figure, a kind, a year, an organization:
   * "Amazon layoffs 14,000"), sources by title: at most `first` (≤ 100, default 20) of each, in that order. types:
   * Company | Division | Person | Product | Event | Source.
   */
  searchNodes: Array<Node>;
  /** Any entity, event or source by id (Relay); null when there is none. */
  node?: Maybe<Node>;
  entity?: Maybe<Entity>;
  event?: Maybe<Event>;
  source?: Maybe<Source>;
  /**
   * Articles (or sources of another kind), newest first unless orderBy says otherwise. Forwards with first/after,
   * backwards with last/before; first, last ≤ 100 (default 20).
   */
  sources: SourceConnection;
  /**
   * from/to compare with Event.when (YYYY[-MM[-DD]]); an undated event counts at the day it was first reported, so no
   * date filter drops it silently. organization: its units' events too (units roll up; Event.organization says which)
   * unless includeUnits is false; an organization that is not a company or division is BAD_USER_INPUT. asOf: only
   * events some source had reported by that day. cumulative: false leaves out running totals, true lists only them.
   * Forwards with first/after, backwards with last/before; first, last ≤ 100 (default 20).
   */
  events: EventConnection;
  /**
   * The dated events of an events filter (the same arguments as `events`) counted per period and kind, oldest first:
   * what a chart of that list draws. The events list's totalCount minus their sum is the undated ones. At most 2,400
   * rows.
   */
  eventPeriods: Array<EventPeriod>;
  /**
   * Stories — one per real-world round, each source's figure kept as its own claim — in time order (event time, else
   * first report). organization: that organization's stories, its units' too unless includeUnits is false (each
   * marked fromUnit). runningTotals: true for running totals only, false for rounds only, absent for both. A story
   * counts for [from, to] when its time overlaps it; undated ones by their report day. asOf: as known on that day
   * (only sources reported by then). Keyset cursors: first/after pages forwards, last/before backwards (≤ 100,
   * default 20); a cursor holds the story's place in that order, so stories added before it shift no page.
   */
  stories: StoryConnection;
  story?: Maybe<Story>;
  /**
   * What an organization (and its units unless includeUnits is false) cut, without double counting: every distinct
   * round in [from, to] once, by its preferred figure, grouped by month, quarter or year; the running totals the press
   * reported beside the sum (never in it), with the rounds each covers. asOf: as known on that day.
   */
  totals: Totals;
  /** What a person or organization said, newest report first. first ≤ 100 (default 20). */
  statements: Array<Statement>;
  /** Which sources cite (mention) the entity best matching name, with the quotes; newest first, first ≤ 100 (default 100). */
  sourcesCiting: Array<Citation>;
  /**
   * Shortest connection between two nodes (entities, events or sources), evidence at each hop; empty when there is
   * none within maxHops (≤ 6, default 4). An id that is no node's is BAD_USER_INPUT, never a substitute.
   */
  path: Array<PathStep>;
  /**
   * The graph around a node, readable: its `limit` (default 100, ≤ 500) strongest neighbours — ranked by the sources
   * behind each tie — and with depth 2 (≤ 2) theirs, in turns, up to maxNodes (default 100, ≤ 500) nodes in all.
   * MENTIONS are followed only from the node itself, and only when `mentions` (default true). types keeps those node
   * types (Company | Division | Person | Product | Event | Source; the node itself always); from/to (YYYY[-MM[-DD]])
   * keep events and sources of that time (undated ones stay). Edges are those among the nodes shown (at most 3 per
   * node). after: the previous answer's nextCursor, for the node's next neighbours. An unknown id gives no nodes.
   * Where the news is big the node's neighbours are ranked among its facts, its newest 3 × limit (at least 100)
   * mentioning articles and as many of its other ties (statements, stories): its articles are the strongest of those
   * newest ones, and paging with after ends there (an entity's sources page through all). hiddenNeighbours counts at
   * most 2,000.
   */
  neighbourhood: Subgraph;
  /** Counts by node type. */
  stats: Stats;
};


export type QuerySearchArgs = {
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchNodesArgs = {
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<SourceKind>;
  orderBy?: InputMaybe<SourceOrder>;
};


export type QueryEventsArgs = {
  kind?: InputMaybe<EventKind>;
  organization?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  cumulative?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<EventOrder>;
  includeUnits?: InputMaybe<Scalars['Boolean']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryEventPeriodsArgs = {
  kind?: InputMaybe<EventKind>;
  organization?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  cumulative?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnits?: InputMaybe<Scalars['Boolean']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  by?: InputMaybe<Period>;
};


export type QueryStoriesArgs = {
  organization?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<EventKind>;
  runningTotals?: InputMaybe<Scalars['Boolean']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  includeUnits?: InputMaybe<Scalars['Boolean']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
};


export type QueryStoryArgs = {
  id: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryTotalsArgs = {
  organization: Scalars['ID']['input'];
  kind?: InputMaybe<EventKind>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  groupBy?: InputMaybe<Period>;
  includeUnits?: InputMaybe<Scalars['Boolean']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryStatementsArgs = {
  speaker: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QuerySourcesCitingArgs = {
  name: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPathArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNeighbourhoodArgs = {
  id: Scalars['ID']['input'];
  depth?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxNodes?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  mentions?: InputMaybe<Scalars['Boolean']['input']>;
};

export type DocumentInput = {
  text: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  uri?: InputMaybe<Scalars['String']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  publishedAt?: InputMaybe<Scalars['String']['input']>;
};

export type IngestResult = {
  __typename?: 'IngestResult';
  source: Source;
  /** False when the same text was already ingested (nothing changed). */
  changed: Scalars['Boolean']['output'];
  entities: Scalars['Int']['output'];
  relations: Scalars['Int']['output'];
  events: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Requires Authorization: Bearer $NEWSGRAPH_API_TOKEN. */
  ingestDocument: IngestResult;
  /** Requires Authorization: Bearer $NEWSGRAPH_API_TOKEN. Removes the article's evidence and any node left with none. */
  deleteSource: Scalars['Boolean']['output'];
};


export type MutationIngestDocumentArgs = {
  input: DocumentInput;
};


export type MutationDeleteSourceArgs = {
  id: Scalars['ID']['input'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = {}, TContext = {}, TArgs = {}> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = {}, TContext = {}, TArgs = {}> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = {}, TContext = {}> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = {}, TContext = {}> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = {}, TParent = {}, TContext = {}, TArgs = {}> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Node: ResolverTypeWrapper<NodeRecord>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Entity: ResolverTypeWrapper<EntityRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Company: ResolverTypeWrapper<EntityRecord>;
  Division: ResolverTypeWrapper<EntityRecord>;
  Person: ResolverTypeWrapper<EntityRecord>;
  Product: ResolverTypeWrapper<EntityRecord>;
  Role: ResolverTypeWrapper<RoleRecord>;
  Event: ResolverTypeWrapper<EventRecord>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CitedSource: ResolverTypeWrapper<CitedRecord>;
  Source: ResolverTypeWrapper<SourceRecord>;
  Mention: ResolverTypeWrapper<MentionRecord>;
  Fact: ResolverTypeWrapper<FactRecord>;
  Evidence: ResolverTypeWrapper<EvidenceRecord>;
  Citation: ResolverTypeWrapper<CitationRecord>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  SourceEdge: ResolverTypeWrapper<Omit<SourceEdge, 'node'> & { node: ResolversTypes['Source'] }>;
  SourceConnection: ResolverTypeWrapper<Omit<SourceConnection, 'edges'> & { edges: Array<ResolversTypes['SourceEdge']> }>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventConnection: ResolverTypeWrapper<Omit<EventConnection, 'edges'> & { edges: Array<ResolversTypes['EventEdge']> }>;
  EventPeriod: ResolverTypeWrapper<EventPeriodRecord>;
  CitationEdge: ResolverTypeWrapper<Omit<CitationEdge, 'node'> & { node: ResolversTypes['Citation'] }>;
  CitationConnection: ResolverTypeWrapper<Omit<CitationConnection, 'edges'> & { edges: Array<ResolversTypes['CitationEdge']> }>;
  SourceOrder: SourceOrder;
  EventOrder: EventOrder;
  GraphNode: ResolverTypeWrapper<GraphNodeRecord>;
  GraphEdge: ResolverTypeWrapper<GraphEdgeRecord>;
  Subgraph: ResolverTypeWrapper<SubgraphRecord>;
  PathStep: ResolverTypeWrapper<PathStepRecord>;
  TypeCount: ResolverTypeWrapper<TypeCount>;
  Stats: ResolverTypeWrapper<Stats>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  EventKind: EventKind;
  EventStatus: EventStatus;
  SourceKind: SourceKind;
  LeadershipChange: LeadershipChange;
  Period: Period;
  PlacedBy: PlacedBy;
  ReportClock: ReportClock;
  ClaimBasis: ClaimBasis;
  Story: ResolverTypeWrapper<StoryRecord>;
  StoryClaim: ResolverTypeWrapper<StoryClaimRecord>;
  Disagreement: ResolverTypeWrapper<Disagreement>;
  Totals: ResolverTypeWrapper<TotalsRecord>;
  TotalPeriod: ResolverTypeWrapper<TotalPeriodRecord>;
  RunningTotal: ResolverTypeWrapper<RunningTotalRecord>;
  Statement: ResolverTypeWrapper<StatementRecord>;
  Support: ResolverTypeWrapper<SupportRecord>;
  StoryEdge: ResolverTypeWrapper<Omit<StoryEdge, 'node'> & { node: ResolversTypes['Story'] }>;
  StoryConnection: ResolverTypeWrapper<Omit<StoryConnection, 'edges'> & { edges: Array<ResolversTypes['StoryEdge']> }>;
  Query: ResolverTypeWrapper<{}>;
  DocumentInput: DocumentInput;
  IngestResult: ResolverTypeWrapper<IngestOutcome>;
  Mutation: ResolverTypeWrapper<{}>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Node: NodeRecord;
  ID: Scalars['ID']['output'];
  Entity: EntityRecord;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  Company: EntityRecord;
  Division: EntityRecord;
  Person: EntityRecord;
  Product: EntityRecord;
  Role: RoleRecord;
  Event: EventRecord;
  Float: Scalars['Float']['output'];
  Boolean: Scalars['Boolean']['output'];
  CitedSource: CitedRecord;
  Source: SourceRecord;
  Mention: MentionRecord;
  Fact: FactRecord;
  Evidence: EvidenceRecord;
  Citation: CitationRecord;
  PageInfo: PageInfo;
  SourceEdge: Omit<SourceEdge, 'node'> & { node: ResolversParentTypes['Source'] };
  SourceConnection: Omit<SourceConnection, 'edges'> & { edges: Array<ResolversParentTypes['SourceEdge']> };
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  EventConnection: Omit<EventConnection, 'edges'> & { edges: Array<ResolversParentTypes['EventEdge']> };
  EventPeriod: EventPeriodRecord;
  CitationEdge: Omit<CitationEdge, 'node'> & { node: ResolversParentTypes['Citation'] };
  CitationConnection: Omit<CitationConnection, 'edges'> & { edges: Array<ResolversParentTypes['CitationEdge']> };
  GraphNode: GraphNodeRecord;
  GraphEdge: GraphEdgeRecord;
  Subgraph: SubgraphRecord;
  PathStep: PathStepRecord;
  TypeCount: TypeCount;
  Stats: Stats;
  Date: Scalars['Date']['output'];
  Story: StoryRecord;
  StoryClaim: StoryClaimRecord;
  Disagreement: Disagreement;
  Totals: TotalsRecord;
  TotalPeriod: TotalPeriodRecord;
  RunningTotal: RunningTotalRecord;
  Statement: StatementRecord;
  Support: SupportRecord;
  StoryEdge: Omit<StoryEdge, 'node'> & { node: ResolversParentTypes['Story'] };
  StoryConnection: Omit<StoryConnection, 'edges'> & { edges: Array<ResolversParentTypes['StoryEdge']> };
  Query: {};
  DocumentInput: DocumentInput;
  IngestResult: IngestOutcome;
  Mutation: {};
};

export type NodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Company' | 'Division' | 'Person' | 'Product' | 'Event' | 'Source', ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Company' | 'Division' | 'Person' | 'Product', ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<EntitySourcesArgs>>;
  sourcesConnection?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, Partial<EntitySourcesConnectionArgs>>;
  citations?: Resolver<ResolversTypes['CitationConnection'], ParentType, ContextType, Partial<EntityCitationsArgs>>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CompanyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<CompanySourcesArgs>>;
  sourcesConnection?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, Partial<CompanySourcesConnectionArgs>>;
  citations?: Resolver<ResolversTypes['CitationConnection'], ParentType, ContextType, Partial<CompanyCitationsArgs>>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  divisions?: Resolver<Array<ResolversTypes['Division']>, ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  eventsConnection?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, Partial<CompanyEventsConnectionArgs>>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, Partial<CompanyStatementsArgs>>;
  kind?: Resolver<Maybe<ResolversTypes['SourceKind']>, ParentType, ContextType>;
  citedBy?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  supports?: Resolver<Array<ResolversTypes['Support']>, ParentType, ContextType, Partial<CompanySupportsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DivisionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Division'] = ResolversParentTypes['Division']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<DivisionSourcesArgs>>;
  sourcesConnection?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, Partial<DivisionSourcesConnectionArgs>>;
  citations?: Resolver<ResolversTypes['CitationConnection'], ParentType, ContextType, Partial<DivisionCitationsArgs>>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  partOfEvidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  divisions?: Resolver<Array<ResolversTypes['Division']>, ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  eventsConnection?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, Partial<DivisionEventsConnectionArgs>>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, Partial<DivisionStatementsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<PersonSourcesArgs>>;
  sourcesConnection?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, Partial<PersonSourcesConnectionArgs>>;
  citations?: Resolver<ResolversTypes['CitationConnection'], ParentType, ContextType, Partial<PersonCitationsArgs>>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, Partial<PersonStatementsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<ProductSourcesArgs>>;
  sourcesConnection?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, Partial<ProductSourcesConnectionArgs>>;
  citations?: Resolver<ResolversTypes['CitationConnection'], ParentType, ContextType, Partial<ProductCitationsArgs>>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RoleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = {
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  percent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  when?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['EventStatus']>, ParentType, ContextType>;
  cumulative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  divisions?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  independentSourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  reportedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  story?: Resolver<Maybe<ResolversTypes['Story']>, ParentType, ContextType, Partial<EventStoryArgs>>;
  change?: Resolver<Maybe<ResolversTypes['LeadershipChange']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CitedSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CitedSource'] = ResolversParentTypes['CitedSource']> = {
  __resolveType: TypeResolveFn<'Source' | 'Company', ParentType, ContextType>;
};

export type SourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uri?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  reportedAtFrom?: Resolver<Maybe<ResolversTypes['ReportClock']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cites?: Resolver<Array<ResolversTypes['CitedSource']>, ParentType, ContextType>;
  citedBy?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  copyOf?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  copies?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  supports?: Resolver<Array<ResolversTypes['Support']>, ParentType, ContextType, Partial<SourceSupportsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MentionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FactResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Fact'] = ResolversParentTypes['Fact']> = {
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CitationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = {
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  quotes?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SourceEdge'] = ResolversParentTypes['SourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SourceConnection'] = ResolversParentTypes['SourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SourceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventPeriodResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventPeriod'] = ResolversParentTypes['EventPeriod']> = {
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  jobs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CitationEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CitationEdge'] = ResolversParentTypes['CitationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CitationConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CitationConnection'] = ResolversParentTypes['CitationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CitationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hiddenNeighbours?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nextCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PathStepResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PathStep'] = ResolversParentTypes['PathStep']> = {
  from?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TypeCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TypeCount'] = ResolversParentTypes['TypeCount']> = {
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  counts?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type EventKindResolvers = EnumResolverSignature<{ LAYOFF?: any, RESTRUCTURING?: any, HIRING?: any, INVESTMENT?: any, EARNINGS?: any, LEADERSHIP?: any }, ResolversTypes['EventKind']>;

export type EventStatusResolvers = EnumResolverSignature<{ ANNOUNCED?: any, PLANNED?: any, REPORTED?: any, COMPLETED?: any }, ResolversTypes['EventStatus']>;

export type SourceKindResolvers = EnumResolverSignature<{ ARTICLE?: any, NEWS_OUTLET?: any, TRACKER?: any, ANALYST_FIRM?: any, INTERNAL_MEMO?: any, COMPANY_FILING?: any, COMPANY_STATEMENT?: any, ANONYMOUS?: any, OTHER?: any }, ResolversTypes['SourceKind']>;

export type LeadershipChangeResolvers = EnumResolverSignature<{ APPOINTED?: any, PROMOTED?: any, STEPPED_DOWN?: any, RESIGNED?: any, FIRED?: any, RETIRED?: any }, ResolversTypes['LeadershipChange']>;

export type ReportClockResolvers = EnumResolverSignature<{ PUBLISHED?: any, INGESTED?: any }, ResolversTypes['ReportClock']>;

export type ClaimBasisResolvers = EnumResolverSignature<{ COMPANY?: any, NEWS?: any, AGGREGATOR?: any, ANONYMOUS?: any, OTHER?: any }, ResolversTypes['ClaimBasis']>;

export type StoryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Story'] = ResolversParentTypes['Story']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  fromUnit?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  runningTotal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  when?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  placedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  placedBy?: Resolver<ResolversTypes['PlacedBy'], ParentType, ContextType>;
  firstReportedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  lastReportedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  percent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['EventStatus']>, ParentType, ContextType>;
  preferred?: Resolver<Maybe<ResolversTypes['StoryClaim']>, ParentType, ContextType>;
  preferredBecause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disagreement?: Resolver<Maybe<ResolversTypes['Disagreement']>, ParentType, ContextType>;
  claimCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['StoryClaim']>, ParentType, ContextType, Partial<StoryClaimsArgs>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<StorySourcesArgs>>;
  covers?: Resolver<Array<ResolversTypes['Story']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StoryClaimResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StoryClaim'] = ResolversParentTypes['StoryClaim']> = {
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  percent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  when?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['EventStatus']>, ParentType, ContextType>;
  basis?: Resolver<Array<ResolversTypes['CitedSource']>, ParentType, ContextType>;
  basisKind?: Resolver<ResolversTypes['ClaimBasis'], ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reportedAtFrom?: Resolver<ResolversTypes['ReportClock'], ParentType, ContextType>;
  preferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DisagreementResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Disagreement'] = ResolversParentTypes['Disagreement']> = {
  minCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  spread?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ratio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  minPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  maxPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TotalsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Totals'] = ResolversParentTypes['Totals']> = {
  organization?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rounds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unquantified?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  periods?: Resolver<Array<ResolversTypes['TotalPeriod']>, ParentType, ContextType>;
  runningTotals?: Resolver<Array<ResolversTypes['RunningTotal']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TotalPeriodResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TotalPeriod'] = ResolversParentTypes['TotalPeriod']> = {
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rounds?: Resolver<Array<ResolversTypes['Story']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RunningTotalResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RunningTotal'] = ResolversParentTypes['RunningTotal']> = {
  story?: Resolver<ResolversTypes['Story'], ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  coversFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  coversTo?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  covers?: Resolver<Array<ResolversTypes['Story']>, ParentType, ContextType>;
  coveredCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatementResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  direct?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  attribution?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  via?: Resolver<Maybe<ResolversTypes['CitedSource']>, ParentType, ContextType>;
  when?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SupportResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Support'] = ResolversParentTypes['Support']> = {
  article?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  statement?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StoryEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StoryEdge'] = ResolversParentTypes['StoryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Story'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StoryConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StoryConnection'] = ResolversParentTypes['StoryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StoryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  search?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'query'>>;
  searchNodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QuerySearchNodesArgs, 'query'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  sources?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, RequireFields<QuerySourcesArgs, 'orderBy'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'includeUnits'>>;
  eventPeriods?: Resolver<Array<ResolversTypes['EventPeriod']>, ParentType, ContextType, RequireFields<QueryEventPeriodsArgs, 'includeUnits' | 'by'>>;
  stories?: Resolver<ResolversTypes['StoryConnection'], ParentType, ContextType, RequireFields<QueryStoriesArgs, 'includeUnits'>>;
  story?: Resolver<Maybe<ResolversTypes['Story']>, ParentType, ContextType, RequireFields<QueryStoryArgs, 'id'>>;
  totals?: Resolver<ResolversTypes['Totals'], ParentType, ContextType, RequireFields<QueryTotalsArgs, 'organization' | 'kind' | 'groupBy' | 'includeUnits'>>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<QueryStatementsArgs, 'speaker'>>;
  sourcesCiting?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType, RequireFields<QuerySourcesCitingArgs, 'name'>>;
  path?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType, RequireFields<QueryPathArgs, 'from' | 'to'>>;
  neighbourhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'id'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  ingestDocument?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestDocumentArgs, 'input'>>;
  deleteSource?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteSourceArgs, 'id'>>;
};

export type Resolvers<ContextType = ApiContext> = {
  Node?: NodeResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  Division?: DivisionResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  CitedSource?: CitedSourceResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  Fact?: FactResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  SourceEdge?: SourceEdgeResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventPeriod?: EventPeriodResolvers<ContextType>;
  CitationEdge?: CitationEdgeResolvers<ContextType>;
  CitationConnection?: CitationConnectionResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  TypeCount?: TypeCountResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  Date?: GraphQLScalarType;
  EventKind?: EventKindResolvers;
  EventStatus?: EventStatusResolvers;
  SourceKind?: SourceKindResolvers;
  LeadershipChange?: LeadershipChangeResolvers;
  ReportClock?: ReportClockResolvers;
  ClaimBasis?: ClaimBasisResolvers;
  Story?: StoryResolvers<ContextType>;
  StoryClaim?: StoryClaimResolvers<ContextType>;
  Disagreement?: DisagreementResolvers<ContextType>;
  Totals?: TotalsResolvers<ContextType>;
  TotalPeriod?: TotalPeriodResolvers<ContextType>;
  RunningTotal?: RunningTotalResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  Support?: SupportResolvers<ContextType>;
  StoryEdge?: StoryEdgeResolvers<ContextType>;
  StoryConnection?: StoryConnectionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
};

