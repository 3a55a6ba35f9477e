/**
 * Each studio's main flow walked through the page alone, as a new user would, on a phone (390×844)
 * and on a desktop (1280×800): no API call makes anything. Story, music video, vocabulary with an
 * export, and shorts are made, followed to their result, found in the one Library, and a delete
 * there reaches the music video's own page and the Jobs page, each open in another tab. Every step
 * is checked to fit the screen, and after every submit the focus is on the job's heading. Both walks share one server; each finds in the Library only what
 * it made itself.
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

/** Each walk names its own child, so the second one's story is its own and not the first's again. */
const widths = [
  { name: 'a phone', viewport: { width: 390, height: 844 }, child: 'Ada' },
  { name: 'a desktop', viewport: { width: 1280, height: 800 }, child: 'Ben' },
];

/** Through the main navigation: folded behind "Menu" on a phone, as a thumb would open it. */
async function openFromMenu(page: Page, name: string) {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
}

/** Where the focus is after a submit: on the job's heading, never fallen to the page's body. */
async function expectFocusOn(page: Page, headingId: string) {
  await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toBe(headingId);
}

async function expectFits(page: Page) {
  const width = page.viewportSize()!.width;
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

describe('flow walk', () => {
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

  it.each(widths)('on $name: makes a story, a music video, a word list with an export and a short, finds each in the Library, and a delete there reaches every open view', { timeout: 600_000 }, async ({ viewport, child: childName }) => {
    // What an earlier walk made; read, never made, through the API.
    const before = await (await fetch(`${kiln.url}/api/library?perPage=100`)).json() as { items: { jobId: string }[] };
    const earlier = new Set(before.items.map((item) => item.jobId));
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(`${kiln.url}/`);

    // Story: a child, an idea, live progress, the finished story.
    await openFromMenu(page, 'Story');
    const child = page.getByRole('form', { name: 'Add a child' });
    // After an earlier walk the form waits behind a button.
    const addAnother = page.getByRole('button', { name: 'Add a child', exact: true });
    await child.or(addAnother).first().waitFor();
    if (await addAnother.isVisible()) await addAnother.click();
    await child.getByLabel('Name', { exact: true }).fill(childName);
    await child.getByLabel('Age', { exact: true }).fill('6');
    await child.getByRole('button', { name: 'Add child' }).click();
    await page.getByRole('button', { name: `Edit ${childName}` }).waitFor();
    await page.getByLabel('For', { exact: true }).selectOption({ label: `${childName}, 6` });
    await page.getByLabel('Tonight’s idea').fill('a little boat that finds a harbour');
    await page.getByLabel('Scenes', { exact: true }).fill('1');
    await page.getByLabel('Also make a video').uncheck();
    await page.getByRole('button', { name: 'Write the story' }).click();
    await page.getByRole('progressbar', { name: 'Story progress' }).waitFor();
    await expectFocusOn(page, 'story-progress');
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
    await expectFocusOn(page, 'music-video-job');
    const videoPath = new URL(page.url()).pathname + new URL(page.url()).search;
    await page.getByTestId('music-video').waitFor({ timeout: 240_000 });
    await expectFits(page);

    // Vocabulary: nothing to export before a stream is analysed; then the list and a CSV under "Export".
    await openFromMenu(page, 'Vocabulary');
    await page.getByRole('heading', { name: 'Analyse a stream' }).waitFor();
    // Only on the server's first walk: an earlier walk's word list may still be there, and then export rightly shows.
    if (earlier.size === 0) {
      expect(await page.getByRole('button', { name: 'Send to Anki' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'CSV' }).count()).toBe(0);
    }
    await page.getByLabel('Subtitles, transcript or recording').setInputFiles(join(folder, 'stream.vtt'));
    await page.getByLabel('Title', { exact: true }).fill('Collab night');
    await page.getByRole('button', { name: 'Find the vocabulary' }).click();
    await expectFocusOn(page, 'vocabulary-job-title');
    await page.getByText(/^Found \d+ expressions\.$/).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'CSV' }).click();
    await page.getByRole('heading', { name: 'Export', exact: true }).waitFor();
    await page.getByRole('progressbar', { name: 'Export progress' }).waitFor();
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
    await expectFocusOn(page, 'shorts-clips-heading');
    await page.getByRole('button', { name: 'Drop clip 3' }).click();
    await page.getByRole('button', { name: 'Drop clip 2' }).click();
    await page.getByRole('button', { name: 'Render 1 clip' }).click();
    await expectFocusOn(page, 'shorts-made-heading');
    await page.getByTestId('short-video').waitFor({ timeout: 240_000 });
    await expectFits(page);

    // The Library has all of it, each with its studio; the music video is deleted there while its
    // own page and the Jobs page are open in other tabs, which both drop it without a reload.
    const videoJobId = new URLSearchParams(videoPath.split('?')[1]).get('job')!;
    const videoTab = await context.newPage();
    await videoTab.goto(`${kiln.url}${videoPath}`);
    await videoTab.getByTestId('music-video').waitFor();
    const jobsTab = await context.newPage();
    await jobsTab.goto(`${kiln.url}/jobs`);
    const videoJobRow = jobsTab.locator(`[data-job-id="${videoJobId}"]`);
    await videoJobRow.waitFor();
    await openFromMenu(page, 'Library');
    const items = page.locator('[data-job-id]');
    const madeHere = async () => (await items.evaluateAll((cards) => cards.map((card) => [card.getAttribute('data-job-id'), card.getAttribute('data-studio')])))
      .filter(([jobId]) => !earlier.has(jobId!)).map(([, studio]) => studio).sort();
    await expect.poll(madeHere).toEqual(['music-video', 'story', 'vocabulary', 'vocabulary-export', 'vocabulary-shorts', 'vocabulary-shorts']);
    await expect.poll(() => page.locator('[data-studio="vocabulary-shorts"] img').count()).toBeGreaterThanOrEqual(1);
    await expectFits(page);
    const video = page.locator(`[data-job-id="${videoJobId}"]`);
    page.once('dialog', (dialog) => void dialog.accept());
    await video.getByRole('button', { name: /^Delete / }).click();
    await expect.poll(() => video.count()).toBe(0);
    await videoTab.getByTestId('music-video-gone').waitFor({ timeout: 10_000 });
    expect(await videoTab.getByTestId('music-video').count()).toBe(0);
    await expect.poll(() => videoJobRow.count(), { timeout: 10_000 }).toBe(0);
    await context.close();
  });
});
