// What /metrics scrapers cost everyone else: the median latency of GET /api/me from one client, alone
// and while 10 clients scrape /metrics in a loop, against `kiln serve` in its own process.
// Run: npm run bench:metrics -- [--scrapers 10] [--requests 300]
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { percentile, round } from '../lib/statistics.ts';
import { startKilnProcess } from '../../src/cli/testing/start-kiln-process.ts';

const { values } = parseArgs({ options: { scrapers: { type: 'string', default: '10' }, requests: { type: 'string', default: '300' } } });
const scraperCount = Number(values.scrapers);
const requests = Number(values.requests);

async function medianOfMe(url: string): Promise<number> {
  const latencies: number[] = [];
  for (let index = 0; index < requests; index += 1) {
    const begin = performance.now();
    await (await fetch(`${url}/api/me`)).arrayBuffer();
    latencies.push(performance.now() - begin);
  }
  return round(percentile(latencies, 0.5), 2);
}

// Rate limits would throttle the scrapers' neighbour; the figure is about collection cost.
const configFolder = mkdtempSync(join(tmpdir(), 'kiln-metrics-bench-'));
const configFile = join(configFolder, 'kiln.config.json');
writeFileSync(configFile, JSON.stringify({ server: { rateLimits: { reads: { max: 1_000_000, timeWindow: '1 minute' } } } }));
const server = await startKilnProcess({ command: 'serve', args: ['--no-worker'], env: { KILN_CONFIG: configFile } });
try {
  await medianOfMe(server.url);
  const alone = await medianOfMe(server.url);
  let scraping = true;
  let scrapes = 0;
  const scrapers = Array.from({ length: scraperCount }, async () => {
    while (scraping) {
      await (await fetch(`${server.url}/metrics`)).arrayBuffer();
      scrapes += 1;
    }
  });
  const started = performance.now();
  const withScrapers = await medianOfMe(server.url);
  const seconds = (performance.now() - started) / 1000;
  scraping = false;
  await Promise.all(scrapers);
  console.log(JSON.stringify({
    scrapers: scraperCount,
    me_p50_ms_alone: alone,
    me_p50_ms_while_scraping: withScrapers,
    scrapes_per_second: round(scrapes / seconds, 1),
  }));
} finally {
  await server.stop();
}
