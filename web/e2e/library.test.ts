/** The Library in a real browser: what was made appears with its name, a delete there updates Home open in another tab, and it fits a phone. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './launch-chromium.ts';
import { startMusicVideoJob, startShortsJob, startStoryJob, waitForJob } from './make-jobs-for-test.ts';
import { uploadStream } from './pages-with-content.ts';
import { startKilnForTest, type KilnForTest } from './start-kiln-for-test.ts';

describe('library', () => {
  let kiln: KilnForTest;
  let browser: Browser;

  beforeAll(async () => {
    kiln = await startKilnForTest();
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await kiln?.close();
  });

  it('lists what was made, and a delete in the Library leaves Home in another tab at once', async () => {
    const kept = await uploadStream(kiln.url, 'Collab night');
    const doomed = await uploadStream(kiln.url, 'Morning chat');
    await waitForJob(kiln.url, kept, 'succeeded');
    await waitForJob(kiln.url, doomed, 'succeeded');

    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const home = await context.newPage();
    await home.goto(`${kiln.url}/`);
    const recent = home.getByTestId('recent-row');
    await recent.getByRole('link', { name: 'Morning chat' }).waitFor();

    const library = await context.newPage();
    await library.goto(`${kiln.url}/library`);
    const item = library.locator(`[data-job-id="${doomed}"]`);
    await item.getByRole('link', { name: 'Open Morning chat' }).waitFor();
    expect(await item.getAttribute('data-studio')).toBe('vocabulary');
    expect(await library.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    library.on('dialog', (dialog) => void dialog.accept());
    await item.getByRole('button', { name: 'Delete Morning chat' }).click();
    await expect.poll(() => item.count()).toBe(0);
    // Home was not reloaded: it heard the delete from the other tab.
    await expect.poll(() => recent.getByRole('link', { name: 'Morning chat' }).count(), { timeout: 10_000 }).toBe(0);
    expect(await recent.getByRole('link', { name: 'Collab night' }).count()).toBe(1);

    // A link to what was deleted says so, instead of "Connecting…" for ever.
    await library.goto(`${kiln.url}/music-video?job=${doomed}`);
    await library.getByTestId('music-video-gone').waitFor();
    expect(await library.getByText('Connecting…').count()).toBe(0);
    expect(await library.getByText(/was not found/).count()).toBe(0);
    await context.close();
  });

  // Every studio that runs a job offers Cancel while it runs, and then shows the job stopped.
  const studios = [
    { name: 'music video', start: startMusicVideoJob, path: (id: string) => `/music-video?job=${id}`, button: 'Cancel this video', shown: /^Cancelled/ },
    { name: 'story', start: startStoryJob, path: (id: string) => `/story?job=${id}`, button: 'Cancel this story', shown: /^The story was cancelled$/ },
    { name: 'vocabulary', start: (base: string) => uploadStream(base, 'A stream to stop'), path: (id: string) => `/vocabulary?job=${id}`, button: 'Cancel this job', shown: /^The job was cancelled\.$/ },
    { name: 'shorts', start: startShortsJob, path: (id: string) => `/vocabulary/shorts?job=${id}`, button: 'Cancel the shorts', shown: /^The shorts were not made: The job was cancelled\.$/ },
  ];
  describe('on a server with no worker', () => {
    // Its jobs wait in the queue until cancelled: the test acts on a waiting job by state, not by racing
    // long jobs that were meant to hold the worker (on a slow machine they ended first and the job ran).
    let queueOnly: KilnForTest;
    beforeAll(async () => {
      queueOnly = await startKilnForTest({ withWorker: false });
    }, 300_000);
    afterAll(async () => {
      await queueOnly?.close();
    });

    it.each(studios)('cancels a waiting job from the $name studio, which then shows it stopped', async ({ start, path, button, shown }) => {
      const job = await start(queueOnly.url);
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(`${queueOnly.url}${path(job)}`);
      await page.getByRole('button', { name: button }).click();
      await waitForJob(queueOnly.url, job, 'cancelled');
      await page.getByText(shown).first().waitFor();
      expect(await page.getByRole('button', { name: button }).count()).toBe(0);
      await page.close();
    });
  });
});
