import type { HeartbeatView } from './heartbeat.js';
import { HEARTBEAT_MS } from './heartbeat.js';

/** The health thread's latest Neo4j probe. */
export interface ProbeState {
  reachable: boolean;
  /** Why not, when unreachable (a GraphError code and message). */
  reason?: string;
  /** When the probe finished, in ms since the epoch; 0 before the first one. */
  at: number;
}

/** One answer of the health listener. */
export interface HealthAnswer {
  status: 200 | 503;
  body: Record<string, unknown>;
}

/** Inputs of the health answers, all read at one instant. */
export interface HealthInputs {
  now: number;
  heartbeat: HeartbeatView;
  probe: ProbeState;
  /** Heartbeat delay beyond which the API counts as stalled (API_HEALTH_MAX_LAG_MS). */
  maxLagMs: number;
  /** A probe older than this counts as unknown (a probe that hangs past its own bound). */
  maxProbeAgeMs: number;
}

/** How far the event loop is behind its heartbeat, in ms (0 when on time). */
export const eventLoopLagMs = (now: number, heartbeat: HeartbeatView): number =>
  Math.max(0, now - heartbeat.lastBeatMs - HEARTBEAT_MS);

/**
 * `/livez`: is the API process running its event loop? 200 unless the loop has not run for `maxLagMs`. It does not
 * look at Neo4j: restarting the API does not bring Neo4j back.
 */
export function livenessAnswer(inputs: HealthInputs): HealthAnswer {
  const lag = eventLoopLagMs(inputs.now, inputs.heartbeat);
  return lag <= inputs.maxLagMs
    ? { status: 200, body: { status: 'ok', eventLoopLagMs: lag } }
    : { status: 503, body: { status: 'stalled', eventLoopLagMs: lag, reason: `event loop behind by ${lag} ms` } };
}

/**
 * `/readyz` (and `/health` on this port): should traffic come here? 200 when the loop is live, the API is not
 * draining and the latest Neo4j probe (at most `maxProbeAgeMs` old) reached it; the body is the main port's
 * `/health` body plus the loop's lag.
 */
export function readinessAnswer(inputs: HealthInputs): HealthAnswer {
  const live = livenessAnswer(inputs);
  const lag = eventLoopLagMs(inputs.now, inputs.heartbeat);
  const fresh = inputs.now - inputs.probe.at <= inputs.maxProbeAgeMs;
  const neo4j = fresh && inputs.probe.reachable ? 'reachable' : 'unreachable';
  const reason =
    live.status !== 200
      ? `event loop behind by ${lag} ms`
      : inputs.heartbeat.draining
        ? 'draining (shutting down)'
        : !fresh
          ? inputs.probe.at === 0
            ? 'no Neo4j probe yet'
            : 'Neo4j probe overdue'
          : inputs.probe.reachable
            ? undefined
            : (inputs.probe.reason ?? 'unknown');
  return reason === undefined
    ? { status: 200, body: { status: 'ok', neo4j, eventLoopLagMs: lag } }
    : { status: 503, body: { status: 'unavailable', neo4j, eventLoopLagMs: lag, reason } };
}
