/**
 * `npm run db:start | db:stop | db:status` — the developer's local Neo4j.
 * With NEO4J_URI set, nothing is started: the commands only check that server.
 * Exit codes: 0 done (status: running), 1 failed, 2 usage error, 3 status: not running.
 */
import { parseArgs } from 'node:util';
import { getConfig } from '@newsgraph/config';
import { assertNeo4jReachable, getNeo4jStatus, provisionNeo4j, startNeo4j, stopNeo4j } from '../src/index.js';

const log = (line: string) => console.log(line);

const USAGE = `usage: neo4j-local start|stop|status|provision
  start       provision (once) and start the developer Neo4j on NEO4J_BOLT_PORT (127.0.0.1)
  stop        stop it
  status      exit 0 when running, 3 when not
  provision   download the Neo4j Community jars from Maven Central into the cache
  -h, --help  this text
Exit codes: 0 done, 1 failed, 2 usage error, 3 not running (status).`;

/** The command, or null after printing help (exit 0) or a usage error (exit 2). */
function parseCommand(argv: string[]): { command: string } | { exit: number } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) return (console.log(USAGE), { exit: 0 });
    if (positionals.length !== 1) throw new Error('one command expected');
    return { command: positionals[0]! };
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return { exit: 2 };
  }
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseCommand(argv);
  if ('exit' in parsed) return parsed.exit;
  const { command } = parsed;
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
      console.error(`unknown command ${command}\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
