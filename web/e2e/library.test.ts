/** The Library in a real browser: what was made appears with its name, a delete there updates Home open in another tab, and it fits a phone. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './launch-chromium.ts';
import { startDiagnosticJob, startMusicVideoJob, waitForJob } from './make-jobs-for-test.ts';
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

  it('lists what was made, and a delete in the Library leaves Home in another tab at once', { timeout: 120_000 }, async () => {
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

  it('cancels a waiting music video from its studio, which then shows it cancelled', { timeout: 120_000 }, async () => {
    // Two long checks hold both worker slots, so the video waits in the queue while the test acts.
    const blockers = [await startDiagnosticJob(kiln.url, 'blocker 1', 10_000), await startDiagnosticJob(kiln.url, 'blocker 2', 10_000)];
    const video = await startMusicVideoJob(kiln.url);
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${kiln.url}/music-video?job=${video}`);
    await page.getByRole('button', { name: 'Cancel this video' }).click();
    await waitForJob(kiln.url, video, 'cancelled');
    await page.getByText(/^Cancelled/).first().waitFor();
    expect(await page.getByRole('button', { name: 'Cancel this video' }).count()).toBe(0);
    for (const blocker of blockers) await fetch(`${kiln.url}/api/jobs/${blocker}/cancel`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    await page.close();
  });
});
