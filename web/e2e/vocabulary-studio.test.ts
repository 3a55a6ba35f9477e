/** The Vocabulary studio in a real browser against a real Kiln server: upload, progress, table, marking, export, a recording attached for cards with sound. */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { debianEdictPath } from '../../src/pipelines/vocabulary/analysis/load-edict.ts';
import { makeCardRecording } from '../../src/pipelines/vocabulary/testing/make-card-recording.ts';
import { readAnkiPackage } from '../../src/pipelines/vocabulary/testing/read-anki-package.ts';
import { englishVtt, japaneseVtt } from '../../src/pipelines/vocabulary/testing/sample-transcripts.ts';
import { launchChromium } from './launch-chromium.ts';
import { startKilnForTest, type KilnForTest } from './start-kiln-for-test.ts';

describe('vocabulary studio page', () => {
  let kiln: KilnForTest | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    kiln = await startKilnForTest();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await kiln?.close();
  });

  it('uploads subtitles, shows the expressions with highlighted sentences and video links, marks one known, exports CSV, and gives the Anki deck sound and pictures once the recording is attached', { timeout: 400_000 }, async () => {
    const page = await browser!.newPage({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
    await page.goto(`${kiln!.url}/vocabulary`);
    await page.getByRole('heading', { name: 'Vocabulary', level: 1 }).waitFor();
    // Which dictionary gives ordinary words their meaning: EDICT where Debian's edict package is installed, else how to get one.
    await page.getByText(existsSync(debianEdictPath) ? 'Meanings from EDICT (CC BY-SA 4.0, EDRDG).' : /No dictionary is installed.*apt-get install edict/).waitFor();

    // English subtitles are refused with the server's sentence, and nothing starts.
    await page.getByLabel('Subtitles, transcript or recording').setInputFiles({ name: 'english.vtt', mimeType: 'text/vtt', buffer: Buffer.from(englishVtt) });
    await page.getByRole('button', { name: 'Find the vocabulary' }).click();
    await page.getByText(/letters are Japanese/).waitFor();
    expect(page.url()).not.toMatch(/job=/);

    await page.getByLabel('Subtitles, transcript or recording').setInputFiles({ name: 'stream.vtt', mimeType: 'text/vtt', buffer: Buffer.from(japaneseVtt) });
    await page.getByLabel(/Stream URL/).fill('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    await page.getByRole('textbox', { name: 'Title' }).fill('Collab night');
    await page.getByRole('button', { name: 'Find the vocabulary' }).click();
    await page.waitForURL(/\/vocabulary\?job=/);
    await page.getByText(/Found \d+ expressions/).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('progressbar', { name: 'Analysis progress' }).getAttribute('aria-valuenow')).toBe('100');
    await page.getByText(/Latest stream, Collab night: you know about/).waitFor();

    const row = page.locator('tr[data-expression="スパチャ"]');
    await row.waitFor();
    expect(await row.locator('mark').textContent()).toBe('スパチャ');
    const timeLink = row.getByRole('link', { name: /Open the video at 0:06/ });
    expect(await timeLink.getAttribute('href')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=6s');

    await page.getByRole('searchbox', { name: 'Search' }).fill('supacha');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await row.getByRole('button', { name: 'Known' }).click();
    await page.getByText('Nothing here yet').waitFor();
    await page.getByLabel('Status', { exact: true }).selectOption('known');
    await expect.poll(() => page.locator('tr[data-expression="スパチャ"] [aria-pressed="true"]').textContent()).toBe('Known');

    await page.getByText('Words you already know').click();
    await page.getByRole('form', { name: 'Import known words' }).getByRole('textbox').fill('コラボ\n猫\n');
    await page.getByRole('button', { name: 'Mark as known' }).click();
    await page.getByRole('status').getByText('2 words imported; 1 expressions in your list are now known.').waitFor();

    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await page.getByLabel('Status', { exact: true }).selectOption('');
    // The export runs as a `vocabulary-export` job; its file is offered when the job ends.
    await page.getByRole('button', { name: 'CSV' }).click();
    const downloadButton = page.getByRole('button', { name: 'Download vocabulary.csv' });
    await downloadButton.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), downloadButton.click()]);
    expect(download.suggestedFilename()).toBe('vocabulary.csv');
    const csv = await (await download.createReadStream()).toArray();
    const text = Buffer.concat(csv).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toMatch(/にじさんじ/);
    // Known words are left out of the export (they still appear inside other rows' sentences).
    expect(text).not.toMatch(/\nスパチャ,/);
    expect(text).not.toMatch(/\nコラボ,/);

    // A deck of a stream analysed from subtitles is text-only, and the page says why.
    const exportDeck = async () => {
      const before = page.url();
      await page.getByRole('button', { name: 'Anki deck' }).click();
      await page.waitForURL((url) => url.href !== before && /job=/.test(url.href));
      const deckButton = page.getByRole('button', { name: 'Download vocabulary.apkg' });
      await deckButton.waitFor({ timeout: 90_000 });
      const [deckDownload] = await Promise.all([page.waitForEvent('download'), deckButton.click()]);
      return readAnkiPackage(Buffer.concat(await (await deckDownload.createReadStream()).toArray()));
    };
    expect((await exportDeck()).media).toEqual({});
    await page.getByRole('list', { name: 'About this file' }).getByText(/no sentence audio or picture: their stream has no recording/).waitFor();

    // Attaching the recording gives every card the sentence's audio and a picture.
    await page.getByText('Cards with sound and picture').click();
    await page.getByLabel('Recording (video or audio)').setInputFiles({ name: 'stream.mp4', mimeType: 'video/mp4', buffer: await makeCardRecording(66, { size: '320x180', rate: 5 }) });
    await page.getByRole('button', { name: 'Attach recording' }).click();
    await page.getByRole('status').getByText(/The recording is attached: Anki cards from Collab night now carry/).waitFor({ timeout: 60_000 });
    const deck = await exportDeck();
    const media = Object.values(deck.media);
    expect(media.some((name) => name.endsWith('.mp3'))).toBe(true);
    expect(media.some((name) => name.endsWith('.jpg'))).toBe(true);
    expect(deck.notes.every((note) => /^\[sound:kiln-\w+\.mp3\]$/.test(note.fields[5]))).toBe(true);
  });

  // Runs after the walk above, whose analysed stream shows the "Export and send" section.
  it('connects the user\'s own Notion from the page, shows only "Connected" afterwards, and replaces and removes it', async () => {
    const secret = 'ntn_PageTestSecret0123456789abcdefXYZ';
    const page = await browser!.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${kiln!.url}/vocabulary`);
    const connect = page.getByRole('form', { name: 'Connect Notion' });
    await connect.getByLabel('Integration secret').fill(secret);
    await connect.getByLabel('Database', { exact: true }).fill('my word list');
    await connect.getByRole('button', { name: 'Connect Notion' }).click();
    await page.getByRole('alert').getByText(/32 letters and digits/).waitFor();

    await connect.getByLabel('Database', { exact: true }).fill('https://www.notion.so/kiln/Words-0123456789abcdef0123456789abcdef?v=1');
    await connect.getByRole('button', { name: 'Connect Notion' }).click();
    const connected = page.getByTestId('notion-connected');
    await connected.getByText('Connected: your words go to the Notion database …abcdef.').waitFor();
    // The focus follows the form's result instead of falling to the page.
    expect(await connected.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.getByRole('button', { name: 'Send to Notion' }).waitFor();

    // A reload shows the connection, never the secret.
    await page.reload();
    await connected.waitFor();
    expect(await page.content()).not.toContain(secret);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.getByRole('button', { name: 'Replace' }).click();
    const replace = page.getByRole('form', { name: 'Replace the Notion connection' });
    expect(await replace.getByLabel('Integration secret').inputValue()).toBe('');
    await replace.getByLabel('Integration secret').fill(`${secret}2`);
    await replace.getByLabel('Database', { exact: true }).fill('fedcba98-7654-3210-fedc-ba9876543210');
    await replace.getByRole('button', { name: 'Connect Notion' }).click();
    await connected.getByText(/database …543210\.$/).waitFor();

    await page.getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('form', { name: 'Connect Notion' }).waitFor();
    await page.reload();
    await page.getByRole('form', { name: 'Connect Notion' }).waitFor();
    await page.close();
  });
});
