/**
 * `npm run serve:seeded -w @newsgraph/explorer`: a throwaway Neo4j with the seeds, the API and the explorer's
 * production build, for trying the explorer by hand; Ctrl-C stops everything.
 */
import { startThrowawayNeo4j } from '@newsgraph/neo4j-local';
import { startSeededServices } from '../e2e/support/stack';

const neo4j = await startThrowawayNeo4j({ log: (line) => console.log(`[neo4j] ${line}`) });
const services = await startSeededServices(neo4j.connection).catch(async (error: unknown) => {
  await neo4j.stop();
  throw error;
});
console.log(`Explorer: ${services.url}\nAPI:      ${services.apiUrl}`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  await services.stop();
  await neo4j.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
