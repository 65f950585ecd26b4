import { createWorld, generateArticle } from '../../packages/graph/bench/synthetic-articles.js';

/** The synthetic corpus of the graph bench (deterministic): its world and `count` articles. */
export function syntheticCorpus(count: number) {
  const world = createWorld();
  return { world, docs: Array.from({ length: count }, (_, i) => generateArticle(world, i)) };
}

/** A mixed read load like the explorer's: citing, search, entity and source pages, lists, stats, graph view. */
export function mixedReads(world: ReturnType<typeof createWorld>): () => string {
  const companies = world.companies.slice(0, 40);
  let next = 0;
  const bodies = (i: number) => {
    const company = companies[i % companies.length]!;
    return [
      {
        query: `query($n: String!) { sourcesCiting(name: $n, first: 20) { source { id title } quotes { text start end } } }`,
        variables: { n: company.name },
      },
      {
        query: `query($q: String!) { search(query: $q, first: 10) { id name type } }`,
        variables: { q: company.name.slice(0, 4) },
      },
      {
        query: `query($id: ID!) { entity(id: $id) { id name mentionCount sources(first: 10) { id title } ... on Company { divisions { id name } people { title person { id name } } } } }`,
        variables: { id: company.id },
      },
      { query: `{ sources(first: 10) { totalCount edges { node { id title publishedAt } } } }`, variables: {} },
      {
        query: `{ events(first: 10, orderBy: COUNT_DESC) { edges { node { id kind count organization { id name } } } } }`,
        variables: {},
      },
      { query: `{ stats { counts { type count } } }`, variables: {} },
      {
        query: `query($id: ID!) { neighbourhood(id: $id, limit: 50) { nodes { id type label } edges { id type from to } } }`,
        variables: { id: company.id },
      },
    ];
  };
  return () => {
    const i = next++;
    const set = bodies(Math.floor(i / 7));
    return JSON.stringify(set[i % set.length]);
  };
}

/** The most expensive queries the cost limit (50,000 objects) lets through, on the corpus's busiest company. */
export function heaviestQueries(world: ReturnType<typeof createWorld>): string[] {
  const hub = world.companies[0]!;
  return [
    `{ sources(first: 24) { edges { node { id title text mentions { start end text entity { id name aliases } } } } } }`,
    `{ entity(id: "${hub.id}") { sources(first: 9) { id title text citedBy { id title } events { id kind evidence { text start end } } } } }`,
    `{ ${Array.from({ length: 9 }, (_, i) => `a${i}: sourcesCiting(name: "${hub.name}", first: 100) { source { id title text } quotes { text start end } }`).join(' ')} }`,
    `{ search(query: "${hub.name}", first: 10) { sources(first: 100) { id title text publisher } } }`,
  ];
}
