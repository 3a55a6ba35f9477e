/** The Music video studio in a real browser against a real Kiln server: upload, chart, pictures, video. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { characterPng, testSongWav } from '../../src/pipelines/music-video/testing/music-video-fixtures.ts';
import { launchChromium } from './launch-chromium.ts';
import { startKilnForTest, type KilnForTest } from './start-kiln-for-test.ts';

describe('music video studio page', () => {
  let kiln: KilnForTest | undefined;
  let browser: Browser | undefined;
  let folder: string;
  let songPath: string;
  let characterPath: string;
  const songSeconds = 24;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'kiln-music-video-page-'));
    songPath = join(folder, 'song.wav');
    characterPath = join(folder, 'hero.png');
    await writeFile(songPath, testSongWav(songSeconds).wav);
    await writeFile(characterPath, await characterPng('#2e86e4'));
    kiln = await startKilnForTest();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await kiln?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('uploads a song and a character, then shows the chart, the pictures and a playable video', { timeout: 300_000 }, async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${kiln!.url}/music-video`);
    await page.getByLabel('Song').setInputFiles(songPath);
    await page.getByLabel(/Character pictures/).setInputFiles(characterPath);
    await page.getByLabel('Style').fill('a fox in a neon city at night');
    await page.getByLabel(/Key moments/).fill('4');
    // The 120 BPM song counted in halves: the tempo field makes the beat the one the user counts.
    await page.getByLabel(/Tempo in BPM/).fill('62');
    await page.getByRole('button', { name: 'Make the video' }).click();
    await page.waitForURL(/\/music-video\?job=/);

    const chart = page.getByRole('img', { name: /Intensity of the song over time/ });
    await chart.waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('chart-moment').count()).toBe(4);
    expect(await page.getByTestId('chart-beats').locator('line').count()).toBeGreaterThan(20);
    expect(await chart.locator('desc').textContent()).toMatch(/4 key moments: opening at 0:00/);
    expect(await chart.locator('desc').textContent()).toMatch(/ at 60 beats per minute/);

    const pictures = page.getByTestId('moment-gallery').getByRole('img');
    await expect.poll(() => pictures.count(), { timeout: 60_000 }).toBe(4);
    const alts = await pictures.evaluateAll((images) => images.map((image) => (image as HTMLImageElement).alt));
    for (const alt of alts) expect(alt).toMatch(/\w+ \w+ \w+/);
    await expect.poll(() => pictures.evaluateAll((images) => images.every((image) => (image as HTMLImageElement).naturalWidth > 0))).toBe(true);

    const video = page.getByTestId('music-video');
    await video.waitFor({ timeout: 120_000 });
    await expect
      .poll(() => video.evaluate((element) => (element as HTMLVideoElement).readyState), { timeout: 30_000 })
      .toBeGreaterThanOrEqual(1);
    const duration = await video.evaluate((element) => (element as HTMLVideoElement).duration);
    expect(Math.abs(duration - songSeconds)).toBeLessThan(0.5);
    expect(await page.getByRole('link', { name: 'Download final_video.mp4' }).getAttribute('href')).toMatch(/\/content\?download=1$/);
    await page.screenshot({ path: '/tmp/kiln-music-video.png', fullPage: true, animations: 'disabled' });

    // A new look for the same song: the analysis comes from the cache, the pictures are drawn again.
    const firstJob = new URL(page.url()).searchParams.get('job');
    const again = page.locator('form', { has: page.getByRole('heading', { name: 'Render again' }) });
    await again.getByLabel('Style').fill('a calm meadow at dawn');
    await again.getByRole('button', { name: 'Render with this style' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('job')).not.toBe(firstJob);
    const analyzeStep = page.locator('[data-step="analyze"]');
    await expect.poll(() => analyzeStep.textContent(), { timeout: 60_000 }).toMatch(/Reused from an earlier run/);
    await page.getByTestId('music-video').waitFor({ timeout: 120_000 });

    // Counted at double the speed after all: the form offers the found tempo's double, and the song is analysed again.
    const secondJob = new URL(page.url()).searchParams.get('job');
    const once = page.locator('form', { has: page.getByRole('heading', { name: 'Render again' }) });
    await once.getByRole('button', { name: 'Double: 120 BPM' }).click();
    expect(await once.getByLabel(/Tempo in BPM/).inputValue()).toBe('120');
    await once.getByRole('button', { name: 'Render with this style' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('job')).not.toBe(secondJob);
    await expect.poll(() => chart.locator('desc').textContent(), { timeout: 60_000 }).toMatch(/ at 120 beats per minute/);
    await page.close();
  });

  it('says what is wrong when the song is not audio, and starts nothing', async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${kiln!.url}/music-video`);
    await page.getByLabel('Song').setInputFiles({ name: 'song.mp3', mimeType: 'audio/mpeg', buffer: Buffer.from('not a song at all, just words') });
    await page.getByRole('button', { name: 'Make the video' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/The video was not started: The song song\.mp3 is text\/plain, not audio|does not accept/);
    expect(page.url()).not.toMatch(/job=/);
    await page.close();
  });

  it('asks for dancing characters with a checkbox, and says a character is needed before sending anything', async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${kiln!.url}/music-video`);
    const dance = page.getByRole('checkbox', { name: 'Characters dance' });
    expect(await dance.getAttribute('aria-describedby')).toBeTruthy();
    await page.getByLabel('Song').setInputFiles(songPath);
    await dance.check();
    let uploads = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/music-videos')) uploads++;
    });
    await page.getByRole('button', { name: 'Make the video' }).click();
    await expect.poll(() => page.locator('.notice--error').textContent()).toMatch(/Dancing needs a character/);
    expect(uploads).toBe(0);

    await page.getByLabel(/Character pictures/).setInputFiles(characterPath);
    await page.getByRole('button', { name: 'Make the video' }).click();
    await page.waitForURL(/\/music-video\?job=/);
    const jobId = new URL(page.url()).searchParams.get('job')!;
    const job = await (await page.request.get(`${kiln!.url}/api/jobs/${jobId}`)).json();
    expect(job.input).toMatchObject({ dance: true });
    await page.request.post(`${kiln!.url}/api/jobs/${jobId}/cancel`);
    await page.close();
  });
});
