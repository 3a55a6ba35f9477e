import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobRecord } from '../../runtime/contracts.ts';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { buildApp } from '../../server/build-app.ts';
import { waitForJobEnd } from '../music-video/testing/music-video-fixtures.ts';
import { vocabularyRevision } from './exports/vocabulary-revision.ts';
import { createVocabularyStore } from './store/vocabulary-store.ts';
import { japaneseVtt } from './testing/sample-transcripts.ts';

let testRuntime: TestRuntime;
let app: FastifyInstance;
beforeAll(async () => {
  testRuntime = await createTestRuntime({ authMode: 'jwt' });
  app = await buildApp(testRuntime.runtime, { auth: testRuntime.auth });
  const { runtime } = testRuntime;
  const transcript = await runtime.assets.put({ ownerId: 'learner', data: Buffer.from(japaneseVtt), mediaType: 'text/plain', name: 'stream.vtt' });
  const seeded = await waitForJobEnd(runtime, 'learner', (await runtime.jobs.create('learner', 'vocabulary', { transcriptAssetId: transcript.id })).id);
  expect(seeded.state, JSON.stringify(seeded.error)).toBe('succeeded');
}, 90_000);
afterAll(async () => {
  await app?.close();
  await testRuntime?.close();
});

async function exportJob(format: string, filter: Record<string, unknown> = {}): Promise<JobRecord> {
  const { runtime } = testRuntime;
  const revision = await vocabularyRevision(runtime.database!, 'learner');
  return waitForJobEnd(runtime, 'learner', (await runtime.jobs.create('learner', 'vocabulary-export', { format, filter, revision })).id);
}

/** What makes each format's file itself, read back from the asset store. */
const looksRight: Record<string, (data: Buffer) => void> = {
  csv: (data) => { expect(data.toString('utf8')).toMatch(/^\uFEFFexpression,[\s\S]*スパチャ/); },
  apkg: (data) => { expect(data.subarray(0, 2).toString('latin1')).toBe('PK'); },
  pdf: (data) => { expect(data.subarray(0, 5).toString('latin1')).toBe('%PDF-'); },
  posts: (data) => {
    const { posts } = JSON.parse(data.toString('utf8')) as { posts: { text: string; length: number }[] };
    expect(posts.length).toBeGreaterThan(0);
    for (const post of posts) expect(post.length).toBeLessThanOrEqual(280);
  },
};

describe('vocabulary-export pipeline', () => {
  it.each(['csv', 'apkg', 'pdf', 'posts'])('writes %s as the owner\'s asset; asked again, it comes from the cache', async (format) => {
    const { runtime } = testRuntime;
    const first = await exportJob(format);
    expect(first.state, JSON.stringify(first.error)).toBe('succeeded');
    expect(first.steps.map((step) => step.name)).toEqual(['select', `render-${format}`]);
    expect(first.steps.find((step) => step.name === `render-${format}`)!.cached).toBe(false);
    const output = first.output as { assetId: string; fileName: string; entries: number };
    expect(output.entries).toBeGreaterThan(5);
    const asset = await runtime.assets.get('learner', output.assetId);
    expect(asset).toMatchObject({ name: output.fileName, jobId: first.id });
    looksRight[format](Buffer.from(await runtime.assets.read(asset)));
    await expect(runtime.assets.get('someone-else', output.assetId)).rejects.toMatchObject({ code: 'not_found' });

    const second = await exportJob(format);
    expect(second.steps.map((step) => [step.name, step.cached, step.attempts])).toEqual([['select', true, 0], [`render-${format}`, true, 0]]);
    expect(second.output).toEqual(first.output);
  }, 60_000);

  it('selects again once the vocabulary changed, so a cached export is never stale', async () => {
    const store = createVocabularyStore(testRuntime.runtime.database!);
    const before = await exportJob('csv');
    const [word] = (await store.query('learner', { q: 'スパチャ' })).entries;
    await store.setStatus('learner', word.id, 'known');
    const after = await exportJob('csv');
    expect(after.steps.map((step) => step.cached)).toEqual([false, false]);
    expect((after.output as { entries: number }).entries).toBe((before.output as { entries: number }).entries - 1);
    const csv = Buffer.from(await testRuntime.runtime.assets.read(await testRuntime.runtime.assets.get('learner', (after.output as { assetId: string }).assetId)));
    expect(csv.toString('utf8')).not.toMatch(/\r\nスパチャ,/);
    expect(csv.toString('utf8')).toMatch(/\r\nコラボ,/);
  }, 60_000);

  it('runs over HTTP: POST /api/vocabulary/exports answers 202 with a job whose file only its owner downloads', async () => {
    const headers = await testRuntime.bearer('learner');
    const created = await app.inject({ method: 'POST', url: '/api/vocabulary/exports', headers, payload: { format: 'csv', kind: 'slang', status: 'all' } });
    expect(created.statusCode, created.body).toBe(202);
    const job = await waitForJobEnd(testRuntime.runtime, 'learner', created.json().id);
    expect(job.state, JSON.stringify(job.error)).toBe('succeeded');
    const { assetId } = job.output as { assetId: string };
    const download = await app.inject({ method: 'GET', url: `/api/assets/${assetId}/content`, headers });
    expect(download.statusCode).toBe(200);
    const rows = download.body.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(',')[6]).toBe('slang');
    const stranger = await app.inject({ method: 'GET', url: `/api/assets/${assetId}/content`, headers: await testRuntime.bearer('someone-else') });
    expect(stranger.statusCode).toBe(404);
    const direct = await app.inject({ method: 'GET', url: '/api/vocabulary/export?format=csv&kind=slang&status=all', headers });
    expect(direct.body).toBe(download.body);
    const bad = await app.inject({ method: 'POST', url: '/api/vocabulary/exports', headers, payload: { format: 'docx' } });
    expect(bad.statusCode).toBe(400);
  }, 60_000);
});
