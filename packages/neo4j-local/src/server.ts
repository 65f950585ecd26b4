import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { childEnv } from '@newsgraph/config';
import { NEO4J_VERSION, developerMemory, getDefaultBoltPort, getDefaultHomeDir, type MemoryOptions } from './config.js';
import { pingNeo4j, type Neo4jConnection } from './connection.js';
import { Neo4jLocalError } from './errors.js';
import { isPortOpen } from '@newsgraph/process-tools';
import { clearServerState, isOurServerAlive, readLogTail, readServerState, writeServerState } from './process-state.js';
import { assertJavaAvailable, provisionNeo4j } from './provision.js';
import { runCommand } from '@newsgraph/process-tools';
import { readOrCreatePassword, restrictDataPermissions, writeNeo4jConf } from './server-config.js';

export interface StartNeo4jOptions {
  /** Folder for conf, data, logs and the password; default NEWSGRAPH_NEO4J_HOME (`<repo>/.newsgraph/neo4j`). */
  homeDir?: string;
  /** Bolt port on 127.0.0.1; default NEO4J_BOLT_PORT (7687). */
  boltPort?: number;
  memory?: MemoryOptions;
  /** Further neo4j.conf settings (e.g. a bench's query log); they replace the defaults of the same name. */
  settings?: Record<string, string>;
  /** Give up waiting for Bolt after this long; default 180 s. */
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

/** A Neo4j server started (or found running) by this package. */
export interface LocalNeo4j {
  connection: Neo4jConnection;
  pid: number;
  homeDir: string;
  /** True when an already running server was reused instead of starting a new one. */
  reused: boolean;
  stop(): Promise<void>;
}

const USER = 'neo4j';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function javaArgs(libDir: string, homeDir: string, memory: MemoryOptions): string[] {
  return [
    `-Xms${memory.heap}`,
    `-Xmx${memory.heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=262144',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dfile.encoding=UTF-8',
    '-Dlog4j2.disable.jmx=true',
    '-cp',
    `${libDir}/*`,
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${homeDir}`,
    `--config-dir=${join(homeDir, 'conf')}`,
  ];
}

/** neo4j-admin's arguments for `set-initial-password`: the password is read from `argFile`, never passed. */
export function setInitialPasswordArgs(libDir: string, argFile: string): string[] {
  return ['-cp', `${libDir}/*`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', `@${argFile}`];
}

/**
 * Sets the `neo4j` user's password before the first start. The password never appears on a command line (where
 * `ps` shows it to every user): neo4j-admin reads it from an argument file (`@file`, picocli), mode 600, deleted
 * right after.
 */
async function setInitialPassword(libDir: string, homeDir: string, password: string): Promise<void> {
  const env = childEnv({ NEO4J_HOME: homeDir, NEO4J_CONF: join(homeDir, 'conf') });
  const argFile = join(homeDir, 'run', `initial-password-${process.pid}.arg`);
  writeFileSync(argFile, `${password}\n`, { mode: 0o600 });
  try {
    const result = await runCommand('java', setInitialPasswordArgs(libDir, argFile), { env });
    if (result.code !== 0) {
      throw new Neo4jLocalError(
        'START_FAILED',
        `Could not set the initial Neo4j password: ${result.stderr || result.stdout}`,
      );
    }
  } finally {
    rmSync(argFile, { force: true });
  }
  restrictDataPermissions(homeDir);
}

/** Waits until Bolt answers with our credentials, the process dies, or the deadline passes. */
async function waitForBolt(
  connection: Neo4jConnection,
  pid: number,
  homeDir: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    if (!isOurServerAlive(pid, homeDir)) {
      throw new Neo4jLocalError('START_FAILED', `Neo4j exited during start-up.\n${readLogTail(homeDir)}`);
    }
    try {
      await pingNeo4j(connection, 2000);
      return;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    await sleep(500);
  }
  throw new Neo4jLocalError(
    'START_TIMEOUT',
    `Neo4j did not answer on ${connection.uri} within ${Math.round(timeoutMs / 1000)} s (last error: ${lastError}).\n${readLogTail(homeDir)}`,
  );
}

/** Stops the server recorded in homeDir (SIGTERM, then SIGKILL after 60 s). Does nothing when none runs. */
export async function stopNeo4j(homeDir = getDefaultHomeDir()): Promise<boolean> {
  const state = readServerState(homeDir);
  if (!state || !isOurServerAlive(state.pid, homeDir)) {
    clearServerState(homeDir);
    return false;
  }
  process.kill(state.pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (isOurServerAlive(state.pid, homeDir) && Date.now() < deadline) await sleep(200);
  if (isOurServerAlive(state.pid, homeDir)) process.kill(state.pid, 'SIGKILL');
  clearServerState(homeDir);
  return true;
}

/** The server recorded in homeDir, if it is alive and answers. */
export async function getNeo4jStatus(
  homeDir = getDefaultHomeDir(),
): Promise<{ running: boolean; pid?: number; connection?: Neo4jConnection; reason?: string }> {
  const state = readServerState(homeDir);
  if (!state || !isOurServerAlive(state.pid, homeDir)) return { running: false, reason: 'not started' };
  const connection = {
    uri: `bolt://127.0.0.1:${state.boltPort}`,
    user: USER,
    password: readOrCreatePassword(homeDir).password,
  };
  try {
    await pingNeo4j(connection, 3000);
    return { running: true, pid: state.pid, connection };
  } catch (error) {
    return {
      running: false,
      pid: state.pid,
      connection,
      reason: error instanceof Error ? error.message : String(error),
    };
  }
}

/**
 * Starts Neo4j Community on 127.0.0.1 (provisioning its jars first), or reuses the server already running
 * for this home. Fails with a clear message — never hangs — when Java is missing, the port is taken by
 * something else, or Neo4j does not come up in time.
 */
export async function startNeo4j(options: StartNeo4jOptions = {}): Promise<LocalNeo4j> {
  const homeDir = options.homeDir ?? getDefaultHomeDir();
  const boltPort = options.boltPort ?? getDefaultBoltPort();
  const log = options.log ?? (() => {});
  const stop = async () => void (await stopNeo4j(homeDir));

  const state = readServerState(homeDir);
  if (state && isOurServerAlive(state.pid, homeDir)) {
    const status = await getNeo4jStatus(homeDir);
    if (status.running && status.connection) {
      log(`Reusing Neo4j (pid ${state.pid}) on ${status.connection.uri}.`);
      return { connection: status.connection, pid: state.pid, homeDir, reused: true, stop };
    }
    await stopNeo4j(homeDir);
  }
  if (await isPortOpen(boltPort)) {
    throw new Neo4jLocalError(
      'PORT_IN_USE',
      `Port ${boltPort} on 127.0.0.1 is already in use by another program (not Newsgraph's Neo4j in ${homeDir}).\n` +
        `Fix: stop that program, choose another port with NEO4J_BOLT_PORT, or, if it is a Neo4j 5 you want to use, set NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD.`,
    );
  }
  await assertJavaAvailable();
  const libDir = await provisionNeo4j({ log });
  writeNeo4jConf(homeDir, boltPort, options.memory ?? developerMemory, options.settings);
  const { password, isNew } = readOrCreatePassword(homeDir);
  if (isNew || !existsSync(join(homeDir, 'data', 'databases'))) await setInitialPassword(libDir, homeDir, password);

  log(`Starting Neo4j ${NEO4J_VERSION} on bolt://127.0.0.1:${boltPort} (home ${homeDir}) ...`);
  const consoleLog = openSync(join(homeDir, 'logs', 'console.log'), 'a');
  const child = spawn('java', javaArgs(libDir, homeDir, options.memory ?? developerMemory), {
    detached: true,
    stdio: ['ignore', consoleLog, consoleLog],
  });
  closeSync(consoleLog);
  child.unref();
  const pid = child.pid;
  if (!pid) throw new Neo4jLocalError('START_FAILED', 'Could not launch java for Neo4j.');
  writeServerState(homeDir, { pid, boltPort, version: NEO4J_VERSION });

  const connection = { uri: `bolt://127.0.0.1:${boltPort}`, user: USER, password };
  try {
    await waitForBolt(connection, pid, homeDir, options.startTimeoutMs ?? 180_000);
  } catch (error) {
    await stopNeo4j(homeDir);
    throw error;
  }
  log(`Neo4j is up on ${connection.uri} (pid ${pid}).`);
  return { connection, pid, homeDir, reused: false, stop };
}
