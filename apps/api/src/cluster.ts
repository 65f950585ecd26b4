import cluster, { type Worker } from 'node:cluster';

/** Options of `superviseWorkers`. */
export interface SuperviseOptions {
  workers: number;
  /** Called once every worker listens, with the address they share. */
  onListening: (address: { host: string; port: number }) => void;
  log?: (line: string) => void;
}

/** True in the one process that applies the graph schema: a single API, or the first worker of a cluster. */
export const isFirstApiProcess = (): boolean => !cluster.isWorker || cluster.worker?.id === 1;

/**
 * V8 flags of every API process. A busy API holds many requests in flight; with V8's default 16 MB young
 * generation their objects outlive a scavenge, get promoted and end up in stop-the-world mark-compacts that showed
 * as the API's 99th-percentile latency. 64 MB lets them die young (docs/BENCHMARKS.md). Cluster workers get these
 * from the primary; `npm start -w @newsgraph/api` passes them to a single process.
 */
export const API_NODE_FLAGS = ['--max-semi-space-size=64'];

/** True when this process should supervise `workers` API processes instead of serving itself. */
export const shouldSupervise = (workers: number): boolean => workers > 1 && cluster.isPrimary;

/**
 * The primary of `API_WORKERS` > 1: forks that many copies of the running script (node:cluster), which share the
 * listening port, and only supervises them. One Node process runs JavaScript on one core, so on a machine with
 * spare cores more workers serve more requests at a lower latency (docs/BENCHMARKS.md).
 *
 * A worker that dies after it listened is replaced. One that dies before (bad configuration, Neo4j unreachable at
 * start, port taken) fails the start: the others are stopped and the primary exits with that worker's code. SIGINT
 * or SIGTERM stops the workers (each closes its server and its Neo4j driver), then the primary.
 */
export function superviseWorkers(options: SuperviseOptions): void {
  const log = options.log ?? ((line: string) => console.error(line));
  const listened = new Set<Worker>();
  let announced = false;
  let stopping = false;
  let exitCode = 0;

  const fork = () => {
    const worker = cluster.fork();
    worker.on('listening', (address) => {
      listened.add(worker);
      if (!announced && listened.size === options.workers) {
        announced = true;
        options.onListening({ host: address.address ?? '127.0.0.1', port: address.port });
      }
    });
    worker.on('exit', (code, signal) => {
      const served = listened.delete(worker);
      if (!stopping && served) {
        log(`API worker ${worker.process.pid} died (${signal ?? `exit code ${code}`}); starting another.`);
        fork();
        return;
      }
      if (!stopping) {
        exitCode = code || 1;
        stop('SIGTERM');
      }
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode);
    });
  };

  function stop(signal: NodeJS.Signals) {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  }

  const inherited = process.execArgv.filter(
    (flag) => !API_NODE_FLAGS.some((own) => flag.startsWith(own.split('=')[0]!)),
  );
  cluster.setupPrimary({ execArgv: [...inherited, ...API_NODE_FLAGS] });
  for (let i = 0; i < options.workers; i++) fork();
  process.once('SIGINT', () => stop('SIGTERM'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}
