import neo4j from 'neo4j-driver';
import { sourcesCitingQuery, searchQuery, toCypherParams } from '../src/index.js';
import { createWorld } from './synthetic-articles.js';
const driver = neo4j.driver('bolt://127.0.0.1:17687', neo4j.auth.basic('neo4j', 'XfFPCJcc8zqu69_KA2arAse1'), { disableLosslessIntegers: true });
const world = createWorld();
const people = world.companies.flatMap((c) => c.people.map((p) => p.name)).slice(0, 200);
const companies = world.companies.map((c) => c.name).slice(0, 200);
async function time(label: string, make: (i: number) => any) {
  let total = 0; let rows = 0;
  for (let i = 0; i < 200; i++) { const q = make(i); const t = performance.now(); const r = await driver.executeQuery(q.cypher, toCypherParams(q.params) as any); total += performance.now() - t; rows += r.records.length; }
  console.log(label, (total / 200).toFixed(2), 'ms', 'avg rows', rows / 200);
}
await time('RETURN 1', () => ({ cypher: 'RETURN 1', params: {} }));
await time('citing', (i) => sourcesCitingQuery(people[i]!, 20));
await time('search people', (i) => searchQuery({ query: people[i]!, first: 10 }));
await time('search company', (i) => searchQuery({ query: companies[i]!, first: 10 }));
await time('fulltext only', (i) => ({ cypher: "CALL db.index.fulltext.queryNodes('entityNames', $q, {limit: 20}) YIELD node, score RETURN node.id, score", params: { q: sourcesCitingQuery(people[i]!, 20)!.params.lucene } }));
await time('phrase only', (i) => ({ cypher: "CALL db.index.fulltext.queryNodes('entityNames', $q, {limit: 20}) YIELD node, score RETURN node.id, score", params: { q: `"${people[i]!.toLowerCase()}"` } }));
await driver.close();
