/**
 * The GraphQL enums and the values the graph stores for them (resolvers and Cypher see the stored values; clients
 * see the enum names). Apollo maps both ways: an unknown stored value is an error, not a silent string.
 */
export const enumValues = {
  EventKind: {
    LAYOFF: 'layoff',
    RESTRUCTURING: 'restructuring',
    HIRING: 'hiring',
    INVESTMENT: 'investment',
    EARNINGS: 'earnings',
    LEADERSHIP: 'leadership',
  },
  EventStatus: { ANNOUNCED: 'announced', PLANNED: 'planned', REPORTED: 'reported', COMPLETED: 'completed' },
  SourceKind: {
    ARTICLE: 'article',
    NEWS_OUTLET: 'news-outlet',
    TRACKER: 'tracker',
    ANALYST_FIRM: 'analyst-firm',
    INTERNAL_MEMO: 'internal-memo',
    COMPANY_FILING: 'company-filing',
    COMPANY_STATEMENT: 'company-statement',
    ANONYMOUS: 'anonymous',
    OTHER: 'other',
  },
  LeadershipChange: {
    APPOINTED: 'appointed',
    PROMOTED: 'promoted',
    STEPPED_DOWN: 'stepped-down',
    RESIGNED: 'resigned',
    FIRED: 'fired',
    RETIRED: 'retired',
  },
  ClaimBasis: { COMPANY: 'company', NEWS: 'news', AGGREGATOR: 'aggregator', ANONYMOUS: 'anonymous', OTHER: 'other' },
  ReportClock: { PUBLISHED: 'published', INGESTED: 'ingested' },
} as const;
