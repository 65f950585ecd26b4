/**
 * The most items each list field returns per parent. Every list the API serves is bounded — by a page size
 * (`first`, at most 100) or by one of these — so the API's cost rule can price a query by what it can really
 * return (apps/api/src/validation/list-sizes.ts reads this table). Reads keep the first items in the list's
 * documented order.
 */
export const LIST_CAPS = {
  /** Source.mentions: every mention in an article, in text order (the explorer highlights them all). */
  mentionsPerSource: 1_000,
  /** Source.cites, Source.citedBy. */
  citationsPerSource: 100,
  /** Source.facts. */
  factsPerSource: 200,
  /** Source.copies: the members of an article's copy group (the original and its syndicated copies). */
  copiesPerSource: 100,
  /** Source.events. */
  eventsPerSource: 100,
  /** Company/Division.events (time order). */
  eventsPerOrganization: 200,
  /** Company/Division.divisions. */
  divisionsPerOrganization: 100,
  /** Company/Division.people, Person.roles. */
  rolesPerEntity: 100,
  /** Event.sources (newest first). */
  sourcesPerEvent: 100,
  /** Event.divisions. */
  divisionsPerEvent: 50,
  /** Any `evidence` list, and Citation.quotes: the quotes behind one edge or one citation. */
  quotesPerEvidence: 50,
  /** EventConnection.periods: (period, kind) rows — a century of months for two kinds. */
  eventPeriods: 2_400,
  /** Stats.counts: node types. */
  typeCounts: 20,
  /** Totals: the distinct rounds a totals query sums (time order), over all its periods. */
  roundsPerTotals: 500,
  /** Totals.runningTotals: the newest ones. */
  runningTotalsPerTotals: 10,
  /** RunningTotal.covers, Story.covers: the rounds a running total covers. */
  coversPerRunningTotal: 100,
  /** Story.events: the events (figures) of one story, from its first 100 claims. */
  eventsPerStory: 100,
  /** StoryClaim.basis: the cited sources one figure rests on. */
  basisPerClaim: 20,
  /** Source.statements: who said what in one article. */
  statementsPerSource: 200,
} as const;
