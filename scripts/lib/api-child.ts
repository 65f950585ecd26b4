import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { childEnv, findRepoRoot, type Neo4jConnection } from '@newsgraph/config';
import { prettyFactory } from 'pino-pretty';

const repoRoot = findRepoRoot();

/** The API as a child process of `npm start`. */
export interface ApiChild {
  child: ChildProcess;
  url: string;
  graphqlUrl: string;
  /** The health listener's base URL when API_HEALTH_PORT is set (`/livez`, `/readyz`). */
  healthUrl: string | null;
  /** SIGTERM (the API drains its requests in flight), then SIGKILL after `graceMs` + 5 s. */
  stop(): Promise<void>;
}

/**
 * Starts the compiled API (apps/api/dist/main.js) with this process's environment — so it reads every variable
 * itself, through @newsgraph/config — pointed at `connection`, the Neo4j `npm start` resolved. Each line it writes
 * goes to `relay` (its JSON log lines carry `"name":"api"`). Resolves once it listens; rejects with its output if
 * it exits first.
 */
export async function startApiChild(options: {
  connection: Neo4jConnection;
  graceMs: number;
  nodeArgs: string[];
  relay: (line: string) => void;
}): Promise<ApiChild> {
  const child = spawn(
    process.execPath,
    ['--max-semi-space-size=64', ...options.nodeArgs, join(repoRoot, 'apps', 'api', 'dist', 'main.js')],
    {
      cwd: repoRoot,
      env: childEnv({
        NEO4J_URI: options.connection.uri,
        NEO4J_USERNAME: options.connection.user,
        NEO4J_PASSWORD: options.connection.password,
        NEO4J_DATABASE: options.connection.database,
        NEO4J_USER: undefined,
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const relay = (chunk: Buffer) => {
    output += chunk.toString();
    for (const line of chunk.toString().split('\n')) if (line.trim()) options.relay(line);
  };
  child.stdout.on('data', relay);
  child.stderr.on('data', relay);
  const url = await new Promise<string>((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`The API exited during start-up (${code}):\n${output}`));
    child.once('exit', onExit);
    child.stdout.on('data', () => {
      const match = /Newsgraph API on (\S+)\/graphql/.exec(output);
      if (!match) return;
      child.off('exit', onExit);
      resolve(match[1]!);
    });
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), options.graceMs + 5_000);
    await exited;
    clearTimeout(timer);
  };
  const healthUrl = /health listener on (\S+)/.exec(output)?.[1] ?? null;
  return { child, url, graphqlUrl: `${url}/graphql`, healthUrl, stop };
}

/**
 * Where `npm start` puts a child's lines: on its stdout as they are (JSON lines stay JSON lines), or through
 * pino-pretty when its own logs are pretty, so a developer's terminal reads one way.
 */
export function createLineRelay(pretty: boolean): (line: string) => void {
  if (!pretty) return (line) => void process.stdout.write(`${line}\n`);
  const prettify = prettyFactory({ colorize: true });
  return (line) => void process.stdout.write(prettify(line));
}
