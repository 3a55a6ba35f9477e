// The yardstick for Kiln's HTTP overhead: a bare Fastify app (no logger, hooks or plugins) whose one
// route answers the job JSON it was given, in its own process like `kiln serve`. Started by
// run-api-bench.ts with the JSON on stdin; prints `serving on <url>` once it listens.
import { text } from 'node:stream/consumers';
import Fastify from 'fastify';

const job = JSON.parse(await text(process.stdin)) as unknown;
const app = Fastify();
app.get('/api/jobs/:id', async () => job);
const url = await app.listen({ host: '127.0.0.1', port: 0 });
process.stderr.write(`serving on ${url}\n`);
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
