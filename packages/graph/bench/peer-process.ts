/**
 * Starts peer-server.ts (the @neo4j/graphql peer) as a service would run: a process of its own in its own session
 * (so the bench's load generator does not share its CPU share), production mode, output discarded. Resolves once it
 * answers a GraphQL request.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Neo4jConnection } from '@newsgraph/neo4j-local';
import { childEnv } from '@newsgraph/config';

export interface PeerProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const SERVER = fileURLToPath(new URL('./peer-server.ts', import.meta.url));
const TSX = createRequire(import.meta.url).resolve('tsx');

export async function startPeer(connection: Neo4jConnection, port: number, workers: number): Promise<PeerProcess> {
  const child = spawn(process.execPath, ['--import', TSX, SERVER], {
    env: childEnv({
      NODE_ENV: 'production',
      API_HOST: '127.0.0.1',
      API_PORT: String(port),
      API_WORKERS: String(workers),
      NEO4J_URI: connection.uri,
      NEO4J_USERNAME: connection.user,
      NEO4J_PASSWORD: connection.password,
    }),
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const pid = child.pid!;
  const stopOnExit = () => {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already stopped
    }
  };
  process.once('exit', stopOnExit);
  const url = `http://127.0.0.1:${port}/`;
  await waitForAnswer(url, () => child.exitCode !== null);
  return {
    url,
    pid,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      process.off('exit', stopOnExit);
    },
  };
}

/** One GraphQL request to the peer, as a client sends it (POST, JSON body). */
function postGraphQL(url: string, query: string, variables: Record<string, unknown>): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
}

async function waitForAnswer(url: string, exited: () => boolean): Promise<void> {
  for (let i = 0; i < 240 && !exited(); i++) {
    try {
      if ((await postGraphQL(url, '{ __typename }', {})).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('The @neo4j/graphql peer did not start.');
}

/**
 * Throws unless the peer answers `query` with data and no GraphQL errors: a peer that answers every request with
 * an error (HTTP 200 all the same) would otherwise look fast.
 */
export async function assertPeerAnswers(url: string, query: string, variables: Record<string, unknown>): Promise<void> {
  const response = await postGraphQL(url, query, variables);
  const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: unknown[] };
  if (!response.ok || body.errors?.length || !body.data)
    throw new Error(`The @neo4j/graphql peer failed a bench query: ${JSON.stringify(body).slice(0, 500)}`);
}
