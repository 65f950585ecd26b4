/**
 * The GraphQL enums and the values the graph stores for them: resolvers and Cypher see the stored values, clients
 * the enum names (Apollo maps both ways; a stored value with no name is an error, not a silent string). String
 * enums, so the generated resolver types use them too (codegen/generate-resolver-types.ts).
 */
export enum EventKind {
  LAYOFF = 'layoff',
  RESTRUCTURING = 'restructuring',
  HIRING = 'hiring',
  INVESTMENT = 'investment',
  EARNINGS = 'earnings',
  LEADERSHIP = 'leadership',
}

export enum EventStatus {
  ANNOUNCED = 'announced',
  PLANNED = 'planned',
  REPORTED = 'reported',
  COMPLETED = 'completed',
}

export enum SourceKind {
  ARTICLE = 'article',
  NEWS_OUTLET = 'news-outlet',
  TRACKER = 'tracker',
  ANALYST_FIRM = 'analyst-firm',
  INTERNAL_MEMO = 'internal-memo',
  COMPANY_FILING = 'company-filing',
  COMPANY_STATEMENT = 'company-statement',
  ANONYMOUS = 'anonymous',
  OTHER = 'other',
}

export enum LeadershipChange {
  APPOINTED = 'appointed',
  PROMOTED = 'promoted',
  STEPPED_DOWN = 'stepped-down',
  RESIGNED = 'resigned',
  FIRED = 'fired',
  RETIRED = 'retired',
}

export enum ClaimBasis {
  COMPANY = 'company',
  NEWS = 'news',
  AGGREGATOR = 'aggregator',
  ANONYMOUS = 'anonymous',
  OTHER = 'other',
}

export enum ReportClock {
  PUBLISHED = 'published',
  INGESTED = 'ingested',
}

/** The enum resolvers Apollo takes: each enum name → its stored value. */
export const enumValues = { EventKind, EventStatus, SourceKind, LeadershipChange, ClaimBasis, ReportClock };
