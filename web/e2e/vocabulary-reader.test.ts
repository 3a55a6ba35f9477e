/**
 * Watch and mine, in a real browser against a real Kiln server: a stream's recording plays beside
 * its transcript, the highlighted cue follows it, a word opens its entry, is marked and mined from
 * the keyboard, and the mined deck holds its card with that cue's audio and picture.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardFieldNames } from '../../src/pipelines/vocabulary/cards/card-fields.ts';
import { makeCardRecording } from '../../src/pipelines/vocabulary/testing/make-card-recording.ts';
import { readAnkiPackage, stripAnkiHtml } from '../../src/pipelines/vocabulary/testing/read-anki-package.ts';
import { launchChromium } from './launch-chromium.ts';
import { waitForJob } from './make-jobs-for-test.ts';
import { attachRecording, uploadStream } from './pages-with-content.ts';
import { startKilnForTest, type KilnForTest } from './start-kiln-for-test.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Three cues, a glossary term in the first and the last, so a word is heard twice. */
const readerVtt = 'WEBVTT\n\n00:00:00.500 --> 00:00:02.000\nスパチャありがとう！\n\n00:00:02.000 --> 00:00:03.500\n今日はコラボ配信です\n\n00:00:03.500 --> 00:00:05.500\nまたスパチャきた\n';

describe('vocabulary reader page', () => {
  let kiln: KilnForTest | undefined;
  let browser: Browser | undefined;
  let streamId: string;

  beforeAll(async () => {
    kiln = await startKilnForTest();
    browser = await launchChromium();
    const job = await waitForJob(kiln.url, await uploadStream(kiln.url, 'Reader night', readerVtt), 'succeeded');
    streamId = String(job.output?.streamId);
    await attachRecording(kiln.url, streamId, await makeCardRecording(6, { size: '320x180', rate: 10 }));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await kiln?.close();
  });

  it('plays the recording with the cue following it, opens a word\'s entry, marks and mines it, and the mined deck has its card with audio and picture', { timeout: 240_000 }, async () => {
    const page = await browser!.newPage({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
    await page.goto(`${kiln!.url}/vocabulary`);
    await page.getByRole('link', { name: 'Reader night' }).click();
    await page.waitForURL(`**/vocabulary/streams/${streamId}`);
    await page.getByRole('heading', { level: 1, name: /Watch and mine: Reader night/ }).waitFor();
    const current = () => page.locator('.reader-cue[aria-current="true"]').getAttribute('data-cue', { timeout: 1000 }).catch(() => null);

    // Muted, the recording may play without a click; the highlighted cue follows the audio.
    const video = page.locator('video.reader__media');
    await expect.poll(() => video.evaluate((element) => (element as HTMLVideoElement).readyState), { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    await video.evaluate((element) => { const player = element as HTMLVideoElement; player.muted = true; return player.play(); });
    await expect.poll(current, { timeout: 20_000 }).toBe('0');
    await expect.poll(current, { timeout: 20_000 }).toBe('1');
    await video.evaluate((element) => (element as HTMLVideoElement).pause());

    // Clicking a cue's time seeks the recording there.
    await page.getByRole('button', { name: 'Play from 0:03' }).last().click();
    await expect.poll(() => video.evaluate((element) => (element as HTMLVideoElement).currentTime)).toBe(3.5);
    expect(await current()).toBe('2');

    // Comprehension: every new word is unknown, the cue with one new word is i+1.
    const share = page.getByTestId('reader-share');
    const before = await share.textContent();
    expect(before).toMatch(/You know \d+% of the words in this stream/);

    // The word heard in the last cue opens its entry, with the other cue it was heard in.
    const word = page.locator('.reader-cue[data-cue="2"]').getByRole('button', { name: /^スパチャ/ });
    expect(await word.getAttribute('class')).toContain('reader-word--new');
    await word.click();
    const entry = page.getByTestId('reader-entry');
    await entry.getByRole('heading', { name: 'スパチャ' }).waitFor();
    await entry.getByText('Part of speech').waitFor();
    await entry.getByText(/level \d of 5/).waitFor();
    await entry.getByRole('button', { name: 'Play from 0:00' }).waitFor();

    // Marked known, it reads known in both cues and the stream's share goes up.
    await entry.getByRole('button', { name: 'Known' }).click();
    await expect.poll(() => page.locator('.reader-cues .reader-word--known').count()).toBe(2);
    await expect.poll(() => share.textContent()).not.toBe(before);

    // M mines it from this cue: the server cuts the card's audio and picture, and the word is learning.
    await page.keyboard.press('m');
    await entry.getByRole('status').getByText('Mined: its card has this sentence with its audio and a picture').waitFor({ timeout: 60_000 });
    expect(await entry.getByRole('button', { name: 'Learning' }).getAttribute('aria-pressed')).toBe('true');
    expect(await word.getAttribute('class')).toContain('reader-word--learning');

    // A and D move between cues, S replays the current one.
    await page.keyboard.press('a');
    await expect.poll(current).toBe('1');
    await expect.poll(() => video.evaluate((element) => (element as HTMLVideoElement).currentTime)).toBe(2);
    await page.keyboard.press('d');
    await expect.poll(current).toBe('2');
    await page.getByText('replay the cue').waitFor();

    // The mined deck: one card, this cue's sentence with the word in bold, its audio and its picture.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download mined cards (Anki deck)' }).click()]);
    const deck = await readAnkiPackage(Buffer.concat(await (await download.createReadStream()).toArray()));
    expect(deck.notes.map((note) => stripAnkiHtml(note.fields[0]))).toEqual(['スパチャ']);
    const fields = deck.notes[0].fields;
    expect(fields[cardFieldNames.indexOf('Sentence')]).toContain('また<b>スパチャ</b>きた');
    const sound = /^\[sound:(.+)\]$/.exec(fields[cardFieldNames.indexOf('SentenceAudio')])![1];
    const picture = /^<img src="(.+)">$/.exec(fields[cardFieldNames.indexOf('Picture')])![1];
    expect((await deck.mediaFile(sound))!.length).toBeGreaterThan(1000);
    expect((await deck.mediaFile(picture))!.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    await page.close();
  });

  it('puts the recording above the transcript on a phone, and the open entry over the bottom of the screen with the word in view above it', async () => {
    const page = await browser!.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${kiln!.url}/vocabulary/streams/${streamId}`);
    const word = page.locator('.reader-cue[data-cue="2"]').getByRole('button', { name: /^スパチャ/ });
    await word.waitFor();
    const videoBox = (await page.locator('video.reader__media').boundingBox())!;
    const transcriptBox = (await page.getByRole('list', { name: 'Transcript' }).boundingBox())!;
    expect(videoBox.y + videoBox.height).toBeLessThanOrEqual(transcriptBox.y);

    await word.click();
    const entry = page.getByTestId('reader-entry');
    await entry.getByRole('heading', { name: 'スパチャ' }).waitFor();
    // Boxes relative to the screen: the entry sits inside it, the word above the entry, after the page moved it up.
    const inView = () => page.evaluate(() => {
      const sheet = document.querySelector('[data-testid="reader-entry"]')!.getBoundingClientRect();
      const tapped = document.querySelector('.reader-cue[data-cue="2"] .reader-word')!.getBoundingClientRect();
      return { sheetInside: sheet.bottom <= window.innerHeight + 0.5, wordAbove: tapped.top >= 0 && tapped.bottom <= sheet.top };
    });
    await expect.poll(inView).toEqual({ sheetInside: true, wordAbove: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The shared accessibility check sees the page as it loads; this one sees it with an entry open.
    const violations = await page.evaluate(`${axeSource}\n;axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations.map((violation) => violation.id + ': ' + violation.nodes.map((node) => JSON.stringify(node.target)).join(' ')))`);
    expect(violations).toEqual([]);
    await page.keyboard.press('Escape');
    await entry.waitFor({ state: 'detached' });
    await page.close();
  });

  it('answers another stream id with the server\'s sentence', async () => {
    const page = await browser!.newPage();
    await page.goto(`${kiln!.url}/vocabulary/streams/no-such-stream`);
    await page.getByRole('alert').getByText(/Could not open the stream.*was not found/).waitFor();
    await page.close();
  });
});
