/**
 * `npm run db:start | db:stop | db:status` — the developer's local Neo4j.
 * With NEO4J_URI set, nothing is started: the commands only check that server.
 */
import { getConfig } from '@newsgraph/config';
import { assertNeo4jReachable, getNeo4jStatus, provisionNeo4j, startNeo4j, stopNeo4j } from '../src/index.js';

const log = (line: string) => console.log(line);

async function main(command: string | undefined): Promise<number> {
  const env = getConfig().neo4j;
  if (env.external && command !== 'provision') {
    await assertNeo4jReachable(env.external);
    console.log(`NEO4J_URI is set: using ${env.external.uri} (reachable); nothing to ${command}.`);
    return 0;
  }
  switch (command) {
    case 'provision':
      console.log(`Neo4j jars in ${await provisionNeo4j({ log })}`);
      return 0;
    case 'start': {
      const server = await startNeo4j({ homeDir: env.homeDir, boltPort: env.boltPort, log });
      console.log(
        `NEO4J_URI=${server.connection.uri} NEO4J_USERNAME=${server.connection.user} (password in ${env.homeDir}/password)`,
      );
      return 0;
    }
    case 'stop':
      console.log((await stopNeo4j(env.homeDir)) ? 'Neo4j stopped.' : 'Neo4j was not running.');
      return 0;
    case 'status': {
      const status = await getNeo4jStatus(env.homeDir);
      console.log(
        status.running ? `running: pid ${status.pid}, ${status.connection?.uri}` : `not running (${status.reason})`,
      );
      return status.running ? 0 : 3;
    }
    default:
      console.error('usage: neo4j-local start|stop|status|provision');
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
