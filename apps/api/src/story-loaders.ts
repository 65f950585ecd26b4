import DataLoader from 'dataloader';
import type {
  Graph,
  LeadershipRecord,
  ReportTimeRecord,
  StatementRecord,
  StoryClaimRecord,
  StoryRecord,
  SupportRecord,
} from '@newsgraph/graph';

/** One loader per distinct key (page size, asOf day): fields asking the same share one statement. */
function keyed<L>(create: (key: string) => L) {
  const loaders = new Map<string, L>();
  return (key: string): L => {
    let loader = loaders.get(key);
    if (!loader) loaders.set(key, (loader = create(key)));
    return loader;
  };
}

const splitKey = (key: string): [number, string | null] => {
  const [first, asOf] = key.split('|');
  return [Number(first), asOf || null];
};

const lists = <T>(load: (ids: readonly string[]) => Promise<Map<string, T[]>>) =>
  new DataLoader<string, T[]>(async (ids) => {
    const grouped = await load(ids);
    return ids.map((id) => grouped.get(id) ?? []);
  });
const values = <T>(load: (ids: readonly string[]) => Promise<Map<string, T>>) =>
  new DataLoader<string, T | null>(async (ids) => {
    const found = await load(ids);
    return ids.map((id) => found.get(id) ?? null);
  });

/**
 * The loaders of stories, claims, statements and supports, each made from the request's graph (per request, on
 * first use: see loaders.ts): every nested list costs one Cypher statement per level of the query, whatever the
 * number of parents.
 */
export const storyLoaderFactories = {
  /** Stories by id as known on an asOf day ('' for now). */
  story: (graph: Graph) =>
    keyed(
      (asOf) =>
        new DataLoader<string, StoryRecord | null>(async (ids) => {
          const found = new Map((await graph.storiesByIds(ids, asOf || null)).map((s) => [s.id, s]));
          return ids.map((id) => found.get(id) ?? null);
        }),
    ),
  /** Claims of stories, key `${first}|${asOf}`. */
  storyClaims: (graph: Graph) =>
    keyed((key) => {
      const [first, asOf] = splitKey(key);
      return lists<StoryClaimRecord>((ids) => graph.storyClaims(ids, first, asOf));
    }),
  storyOfEvent: (graph: Graph) => values((ids) => graph.storyOfEvents(ids)),
  covers: (graph: Graph) => keyed((asOf) => lists<StoryRecord>((ids) => graph.covers(ids, asOf || null))),
  /** Statements by speaker, key `${first}|${asOf}`. */
  statementsBy: (graph: Graph) =>
    keyed((key) => {
      const [first, asOf] = splitKey(key);
      return lists<StatementRecord>((ids) => graph.statementsBy(ids, first, asOf));
    }),
  statementsIn: (graph: Graph) => lists<StatementRecord>((ids) => graph.statementsIn(ids)),
  statement: (graph: Graph) =>
    new DataLoader<string, StatementRecord | null>(async (ids) => {
      const found = new Map((await graph.statementsByIds(ids)).map((s) => [s.id, s]));
      return ids.map((id) => found.get(id) ?? null);
    }),
  supportsOf: (graph: Graph) => keyed((first) => lists<SupportRecord>((ids) => graph.supportsOf(ids, Number(first)))),
  reportTime: (graph: Graph) => values<ReportTimeRecord>((ids) => graph.reportTimes(ids)),
  leadership: (graph: Graph) => values<LeadershipRecord>((ids) => graph.leadershipOf(ids)),
  eventReportedAt: (graph: Graph) =>
    values<string>((ids) => graph.eventReportTimes(ids) as Promise<Map<string, string>>),
};
