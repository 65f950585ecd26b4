/**
 * The API's event loop and the health thread share one small buffer: the loop writes the time every
 * `HEARTBEAT_MS`, the health thread reads how long ago that was. A loop that falls behind (saturated, or blocked by
 * a long synchronous task) shows as an old heartbeat, whatever the health thread itself is doing.
 */

/** How often the API's event loop writes its heartbeat, in ms. */
export const HEARTBEAT_MS = 100;

const BEAT = 0;
const DRAINING = 1;

/** What the health thread reads: when the loop last ran, and whether the API is draining (SIGTERM). */
export interface HeartbeatView {
  /** Milliseconds since the epoch of the last heartbeat. */
  lastBeatMs: number;
  draining: boolean;
}

/** The API side of the heartbeat: a timer on the event loop (unref'd, so it never keeps the process alive). */
export interface Heartbeat {
  /** Shared with the health thread (pass it in workerData). */
  readonly buffer: SharedArrayBuffer;
  /** The API stops taking new work: readiness answers 503 from now on (liveness still 200). */
  setDraining(): void;
  stop(): void;
}

/** Starts writing heartbeats into a new shared buffer. */
export function startHeartbeat(now: () => number = Date.now): Heartbeat {
  const buffer = new SharedArrayBuffer(2 * BigInt64Array.BYTES_PER_ELEMENT);
  const cells = new BigInt64Array(buffer);
  const beat = () => Atomics.store(cells, BEAT, BigInt(Math.round(now())));
  beat();
  const timer = setInterval(beat, HEARTBEAT_MS);
  timer.unref();
  return {
    buffer,
    setDraining: () => void Atomics.store(cells, DRAINING, 1n),
    stop: () => clearInterval(timer),
  };
}

/** The health thread's side: reads the shared buffer. */
export function readHeartbeat(buffer: SharedArrayBuffer): HeartbeatView {
  const cells = new BigInt64Array(buffer);
  return { lastBeatMs: Number(Atomics.load(cells, BEAT)), draining: Atomics.load(cells, DRAINING) === 1n };
}
