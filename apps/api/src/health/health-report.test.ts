import { describe, expect, it } from 'vitest';
import { livenessAnswer, readinessAnswer, type HealthInputs } from './health-report.js';

const NOW = 1_000_000;
const inputs = (overrides: Partial<HealthInputs> = {}): HealthInputs => ({
  now: NOW,
  heartbeat: { lastBeatMs: NOW - 50, draining: false },
  probe: { reachable: true, at: NOW - 500 },
  maxLagMs: 5_000,
  maxProbeAgeMs: 3_000,
  ...overrides,
});

describe('health answers', () => {
  it('are ok with a fresh heartbeat and a reachable Neo4j', () => {
    expect(livenessAnswer(inputs())).toEqual({ status: 200, body: { status: 'ok', eventLoopLagMs: 0 } });
    expect(readinessAnswer(inputs())).toEqual({
      status: 200,
      body: { status: 'ok', neo4j: 'reachable', eventLoopLagMs: 0 },
    });
  });

  it('report a stalled event loop past the bound, in both', () => {
    const stalled = inputs({ heartbeat: { lastBeatMs: NOW - 6_000, draining: false } });
    expect(livenessAnswer(stalled)).toMatchObject({ status: 503, body: { status: 'stalled', eventLoopLagMs: 5_900 } });
    expect(readinessAnswer(stalled)).toMatchObject({ status: 503, body: { reason: 'event loop behind by 5900 ms' } });
  });

  it('keep liveness when Neo4j is down, draining, or its probe is overdue', () => {
    const cases = [
      inputs({ probe: { reachable: false, reason: 'UNAVAILABLE: refused', at: NOW - 100 } }),
      inputs({ heartbeat: { lastBeatMs: NOW, draining: true } }),
      inputs({ probe: { reachable: true, at: NOW - 4_000 } }),
      inputs({ probe: { reachable: false, at: 0 } }),
    ];
    expect(cases.map((c) => livenessAnswer(c).status)).toEqual([200, 200, 200, 200]);
    expect(cases.map((c) => readinessAnswer(c).body.reason)).toEqual([
      'UNAVAILABLE: refused',
      'draining (shutting down)',
      'Neo4j probe overdue',
      'no Neo4j probe yet',
    ]);
    expect(readinessAnswer(cases[2]!).body.neo4j).toBe('unreachable');
  });
});
