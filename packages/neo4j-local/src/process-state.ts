import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What `start` records about the server it launched, so `stop`/`status` and a second `start` can find it. */
export interface ServerState {
  pid: number;
  boltPort: number;
  version: string;
}

const stateFile = (homeDir: string) => join(homeDir, 'run', 'newsgraph-state.json');

export function readServerState(homeDir: string): ServerState | null {
  try {
    return JSON.parse(readFileSync(stateFile(homeDir), 'utf8')) as ServerState;
  } catch {
    return null;
  }
}

export function writeServerState(homeDir: string, state: ServerState): void {
  writeFileSync(stateFile(homeDir), JSON.stringify(state));
}

export function clearServerState(homeDir: string): void {
  rmSync(stateFile(homeDir), { force: true });
}

/** True when pid is a live Neo4j started for this home (guards against a recycled pid). */
export function isOurServerAlive(pid: number, homeDir: string): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdline)) return true;
  const args = readFileSync(cmdline, 'utf8');
  return args.includes('CommunityEntryPoint') && args.includes(homeDir);
}

/** The last lines of the server's logs, for error messages. */
export function readLogTail(homeDir: string, lines = 20): string {
  const parts: string[] = [];
  for (const name of ['console.log', 'neo4j.log']) {
    const file = join(homeDir, 'logs', name);
    if (!existsSync(file)) continue;
    const tail = readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    if (tail) parts.push(`--- ${file} (last lines) ---\n${tail}`);
  }
  return parts.join('\n') || '(Neo4j wrote no log)';
}
