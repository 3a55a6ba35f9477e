/** The shorts studio in a real browser against a real Kiln server: plan, timeline edits, render, reload, the Library. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestRecording } from '../../src/pipelines/vocabulary/shorts/testing/make-test-recording.ts';
import { englishVtt } from '../../src/pipelines/vocabulary/testing/sample-transcripts.ts';
import { launchChromium } from './launch-chromium.ts';
import { startKilnForTest, type KilnForTest } from './start-kiln-for-test.ts';

describe('vocabulary shorts page', () => {
  let kiln: KilnForTest | undefined;
  let browser: Browser | undefined;
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'kiln-shorts-page-'));
    const recording = await makeTestRecording(join(folder, 'stream.wav'));
    await writeFile(join(folder, 'stream.vtt'), recording.transcript);
    await writeFile(join(folder, 'english.vtt'), englishVtt);
    kiln = await startKilnForTest();
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await kiln?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('shows the proposed clips and why each was chosen, lets one be dropped, moved and added, renders them, and keeps them over a reload and in the Library', { timeout: 280_000 }, async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${kiln!.url}/vocabulary/shorts`);
    await page.getByLabel('Recording').setInputFiles(join(folder, 'stream.wav'));
    await page.getByLabel('Japanese subtitles').setInputFiles(join(folder, 'stream.vtt'));
    // The quick preview size keeps the test short; the 1080×1920 default is checked by render-short.test.ts.
    await page.getByLabel('Size').selectOption('540x960');
    await page.getByRole('button', { name: 'Propose shorts' }).click();

    const blocks = page.getByTestId('timeline-clip');
    await expect.poll(() => blocks.count(), { timeout: 60_000 }).toBe(3);
    // Why each clip was chosen, in words: no score numbers and no formula on the page.
    const reasons = await page.getByTestId('clip-score').allTextContents();
    expect(reasons.every((reason) => /^Chosen (for|as) [a-z ,]+$/.test(reason))).toBe(true);
    expect(await page.getByText(/Score =|0\.5 ×/).count()).toBe(0);
    // The plan is a job in the address: a reload shows the same clips.
    await page.waitForURL(/\/vocabulary\/shorts\?job=/);
    const planJob = new URL(page.url()).searchParams.get('job')!;
    await page.reload();
    await expect.poll(() => blocks.count(), { timeout: 30_000 }).toBe(3);
    expect(await page.getByTestId('chapters').textContent()).toMatch(/^00:00 \S/);
    // The blocks sit where their clips are: later clips further right.
    const lefts = await blocks.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().left));
    expect(lefts).toEqual([...lefts].sort((a, b) => a - b));

    await page.getByRole('button', { name: 'Drop clip 1' }).click();
    await expect.poll(() => blocks.count()).toBe(2);
    await page.getByRole('button', { name: 'Add a clip' }).click();
    await expect.poll(() => blocks.count()).toBe(3);
    const firstEnd = page.getByTestId('clip-row').first().getByLabel('End (s)');
    // Too short a clip is refused on the page before anything is sent.
    const start = Number(await page.getByTestId('clip-row').first().getByLabel('Start (s)').inputValue());
    await firstEnd.fill(String(start + 5));
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/a short lasts 15–60 s/);
    expect(await page.getByRole('button', { name: /Render 3 clips/ }).isDisabled()).toBe(true);
    await firstEnd.fill(String(start + 16));
    await expect.poll(() => page.getByTestId('clip-score').first().textContent()).toBe('Your own choice');

    await page.getByRole('button', { name: 'Render 3 clips' }).click();
    const videos = page.getByTestId('short-video');
    await expect.poll(() => videos.count(), { timeout: 200_000 }).toBe(3).catch(async (error: unknown) => {
      await page.screenshot({ path: '/tmp/kiln-shorts-failed.png', fullPage: true });
      throw error;
    });
    await expect.poll(() => videos.first().evaluate((element) => (element as HTMLVideoElement).readyState), { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    expect(await videos.first().evaluate((element) => (element as HTMLVideoElement).videoHeight)).toBe(960);
    // Each short has a real frame as its poster, not an empty box.
    const poster = await videos.first().getAttribute('poster');
    const posterAnswer = await fetch(`${kiln!.url}${poster}`);
    expect([posterAnswer.status, posterAnswer.headers.get('content-type')]).toEqual([200, 'image/jpeg']);

    // A reload keeps the plan, the chosen clips and the shorts.
    const renderJob = new URL(page.url()).searchParams.get('job')!;
    await page.reload();
    await expect.poll(() => videos.count(), { timeout: 30_000 }).toBe(3);
    await expect.poll(() => blocks.count()).toBe(3);
    expect(await page.getByTestId('clip-score').allTextContents()).toHaveLength(3);

    // The shorts are in the one Library, with their poster as the picture, and open back here.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${kiln!.url}/library?studio=vocabulary-shorts`);
    const item = page.locator(`[data-job-id="${renderJob}"]`);
    await item.locator('img').waitFor();
    expect(await item.locator('img').evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await item.getByRole('link', { name: /^Open / }).click();
    await page.waitForURL(`**/vocabulary/shorts?job=${renderJob}`);
    await expect.poll(() => videos.count(), { timeout: 30_000 }).toBe(3);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // A deleted plan says so with a way back, instead of waiting for a job that is not there.
    const deleted = await fetch(`${kiln!.url}/api/jobs/${planJob}`, { method: 'DELETE' });
    expect(deleted.ok).toBe(true);
    await page.goto(`${kiln!.url}/vocabulary/shorts?job=${planJob}`);
    await page.getByTestId('shorts-gone').getByRole('link', { name: 'Library' }).waitFor();
    expect(await blocks.count()).toBe(0);
    await page.close();
  });

  it('says the transcript is not Japanese and proposes nothing', async () => {
    const page = await browser!.newPage();
    await page.goto(`${kiln!.url}/vocabulary/shorts`);
    await page.getByLabel('Recording').setInputFiles(join(folder, 'stream.wav'));
    await page.getByLabel('Japanese subtitles').setInputFiles(join(folder, 'english.vtt'));
    await page.getByRole('button', { name: 'Propose shorts' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent(), { timeout: 30_000 }).toMatch(/letters are Japanese/);
    expect(await page.getByTestId('timeline-clip').count()).toBe(0);
    await page.close();
  });
});
