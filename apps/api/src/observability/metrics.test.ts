import { describe, expect, it } from 'vitest';
import { createApiMetrics } from './metrics.js';

describe('createApiMetrics', () => {
  it('counts and times every request in its own (operation, outcome) series, however often it is seen', async () => {
    const metrics = createApiMetrics({ processMetrics: false });
    metrics.observeRequest('TarrowDockSources', 'ok', 0.004);
    metrics.observeRequest('TarrowDockSources', 'ok', 0.02);
    metrics.observeRequest('TarrowDockSources', 'TIMEOUT', 15);
    metrics.observeRequest('anonymous', 'ok', 0.001);
    const text = await metrics.registry.metrics();
    expect(text).toContain('newsgraph_graphql_requests_total{operation="TarrowDockSources",outcome="ok"} 2');
    expect(text).toContain('newsgraph_graphql_requests_total{operation="TarrowDockSources",outcome="TIMEOUT"} 1');
    expect(text).toContain('newsgraph_graphql_requests_total{operation="anonymous",outcome="ok"} 1');
    expect(text).toContain('newsgraph_graphql_request_duration_seconds_count{operation="TarrowDockSources"} 3');
    expect(text).toContain(
      'newsgraph_graphql_request_duration_seconds_bucket{le="0.005",operation="TarrowDockSources"} 1',
    );
  });
});
