import { afterEach, describe, expect, it } from 'vitest';
import { createMetrics } from './metrics.ts';
import { startMetricsServer, type RunningMetricsServer } from './metrics-server.ts';

const servers: RunningMetricsServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe('startMetricsServer (kiln worker --metrics-port)', () => {
  it('serves the steps this process ran on loopback, behind the metrics token', async () => {
    const metrics = createMetrics();
    metrics.observeProgressEvent({ type: 'step-end', jobId: 'j1', at: new Date().toISOString(), step: 'render', cached: false, durationMs: 1200, servedBy: [], assetIds: [] });
    const server = await startMetricsServer({ metrics, port: 0, token: 'scrape-secret' });
    servers.push(server);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);

    const refused = await fetch(server.url);
    expect(refused.status).toBe(401);
    expect((await refused.json()).error.code).toBe('unauthorized');
    expect((await fetch(server.url, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);

    const scraped = await fetch(server.url, { headers: { authorization: 'Bearer scrape-secret' } });
    expect(scraped.status).toBe(200);
    expect(scraped.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(await scraped.text()).toContain('kiln_steps_total{step="render",cached="false"} 1');
    // Nothing else is served: a worker has no API.
    expect((await fetch(server.url.replace('/metrics', '/api/jobs'))).status).toBe(404);
  });

  it('is open without a token', async () => {
    const server = await startMetricsServer({ metrics: createMetrics(), port: 0 });
    servers.push(server);
    const scraped = await fetch(server.url);
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain('# TYPE kiln_steps_total counter');
  });
});
