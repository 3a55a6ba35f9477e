/**
 * Each studio's main flow walked on a phone (390×844) through the page alone, as a new user would:
 * no API call makes anything. Story, music video, vocabulary with an export, and shorts are made,
 * followed to their result, found in the one Library, and a delete there reaches a studio page
 * open in another tab. Every step is checked to fit the screen.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSongWav } from '../../src/pipelines/music-video/testing/music-video-fixtures.ts';
import { makeTestRecording } from '../../src/pipelines/vocabulary/shorts/testing/make-test-recording.ts';
import { japaneseVtt } from '../../src/pipelines/vocabulary/testing/sample-transcripts.ts';
import { launchChromium } from './launch-chromium.ts';
import { startKilnForTest, type KilnForTest } from './start-kiln-for-test.ts';

const phone = { width: 390, height: 844 };

/** Through the folded menu, as a thumb would. */
async function openFromMenu(page: Page, name: string) {
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
}

async function expectFits(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
}

describe('flow walk on a phone', () => {
  let kiln: KilnForTest;
  let browser: Browser;
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'kiln-flow-walk-'));
    await writeFile(join(folder, 'harbour-song.wav'), testSongWav(8).wav);
    await writeFile(join(folder, 'stream.vtt'), japaneseVtt);
    const recording = await makeTestRecording(join(folder, 'evening-stream.wav'));
    await writeFile(join(folder, 'evening-stream.vtt'), recording.transcript);
    kiln = await startKilnForTest();
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await kiln?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('makes a story, a music video, a word list with an export and a short, finds each in the Library, and a delete there reaches the open studio', { timeout: 600_000 }, async () => {
    const context = await browser.newContext({ viewport: phone });
    const page = await context.newPage();
    await page.goto(`${kiln.url}/`);

    // Story: a child, an idea, live progress, the finished story.
    await openFromMenu(page, 'Story');
    const child = page.getByRole('form', { name: 'Add a child' });
    await child.getByLabel('Name', { exact: true }).fill('Ada');
    await child.getByLabel('Age', { exact: true }).fill('6');
    await child.getByRole('button', { name: 'Add child' }).click();
    await page.getByRole('button', { name: 'Edit Ada' }).waitFor();
    await page.getByLabel('Tonight’s idea').fill('a little boat that finds a harbour');
    await page.getByLabel('Scenes', { exact: true }).fill('1');
    await page.getByLabel('Also make a video').uncheck();
    await page.getByRole('button', { name: 'Write the story' }).click();
    await page.getByRole('progressbar', { name: 'Story progress' }).waitFor();
    await page.getByRole('link', { name: 'Read the story' }).waitFor({ timeout: 120_000 });
    await expectFits(page);

    // Music video: the song, a small size to keep it quick, the finished video.
    await openFromMenu(page, 'Music video');
    await page.getByLabel('Song').setInputFiles(join(folder, 'harbour-song.wav'));
    await page.getByLabel(/Key moments/).fill('3');
    await page.getByLabel('Width').fill('320');
    await page.getByLabel('Height').fill('180');
    await page.getByRole('button', { name: 'Make the video' }).click();
    await page.waitForURL(/\/music-video\?job=/);
    const videoPath = new URL(page.url()).pathname + new URL(page.url()).search;
    await page.getByTestId('music-video').waitFor({ timeout: 240_000 });
    await expectFits(page);

    // Vocabulary: nothing to export before a stream is analysed; then the list and a CSV under "Export".
    await openFromMenu(page, 'Vocabulary');
    await page.getByRole('heading', { name: 'Analyse a stream' }).waitFor();
    expect(await page.getByRole('button', { name: 'Send to Anki' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'CSV' }).count()).toBe(0);
    await page.getByLabel('Subtitles, transcript or recording').setInputFiles(join(folder, 'stream.vtt'));
    await page.getByLabel('Title', { exact: true }).fill('Collab night');
    await page.getByRole('button', { name: 'Find the vocabulary' }).click();
    await page.getByText(/^Found \d+ expressions\.$/).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'CSV' }).click();
    await page.getByRole('heading', { name: 'Export', exact: true }).waitFor();
    await page.getByRole('button', { name: /^Download .*\.csv$/ }).waitFor({ timeout: 60_000 });
    await expectFits(page);

    // Shorts: the recording and its subtitles, the proposed clips, one rendered.
    await page.getByRole('link', { name: /Shorts, chapters and edit points/ }).click();
    await page.getByLabel('Recording').setInputFiles(join(folder, 'evening-stream.wav'));
    await page.getByLabel('Japanese subtitles').setInputFiles(join(folder, 'evening-stream.vtt'));
    await page.getByLabel('Size').selectOption('540x960');
    await page.getByRole('button', { name: 'Propose shorts' }).click();
    const clips = page.getByTestId('clip-row');
    await expect.poll(() => clips.count(), { timeout: 90_000 }).toBe(3);
    await page.getByRole('button', { name: 'Drop clip 3' }).click();
    await page.getByRole('button', { name: 'Drop clip 2' }).click();
    await page.getByRole('button', { name: 'Render 1 clip' }).click();
    await page.getByTestId('short-video').waitFor({ timeout: 240_000 });
    await expectFits(page);

    // The Library has all of it, each with its studio; the music video is deleted there while its
    // studio page is open in another tab, which says so without a reload.
    const videoTab = await context.newPage();
    await videoTab.goto(`${kiln.url}${videoPath}`);
    await videoTab.getByTestId('music-video').waitFor();
    await openFromMenu(page, 'Library');
    const items = page.locator('[data-job-id]');
    await expect.poll(async () => (await items.evaluateAll((cards) => cards.map((card) => card.getAttribute('data-studio')))).sort())
      .toEqual(['music-video', 'story', 'vocabulary', 'vocabulary-export', 'vocabulary-shorts', 'vocabulary-shorts']);
    await expect.poll(() => page.locator('[data-studio="vocabulary-shorts"] img').count()).toBeGreaterThanOrEqual(1);
    await expectFits(page);
    const video = page.locator('[data-studio="music-video"]');
    page.once('dialog', (dialog) => void dialog.accept());
    await video.getByRole('button', { name: /^Delete / }).click();
    await expect.poll(() => video.count()).toBe(0);
    await videoTab.getByTestId('music-video-gone').waitFor({ timeout: 10_000 });
    expect(await videoTab.getByTestId('music-video').count()).toBe(0);
    await context.close();
  });
});
