/** The jobs list and a job's page in a real browser: filters, cancel, retry, delete, and results shown as their studios show them. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './launch-chromium.ts';
import { startDiagnosticJob, startMusicVideoJob, startStoryJob, waitForJob } from './make-jobs-for-test.ts';
import { startKilnForTest, type KilnForTest } from './start-kiln-for-test.ts';

describe('jobs page', () => {
  let kiln: KilnForTest;
  let browser: Browser;

  beforeAll(async () => {
    kiln = await startKilnForTest();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await kiln?.close();
  });

  const items = (page: Page, title: string) => page.getByTestId('job-item').filter({ has: page.getByRole('link', { name: title, exact: true }) });

  it('cancels a queued job, retries it, deletes it, and filters by studio and state', async () => {
    const finished = await startDiagnosticJob(kiln.url, 'quick check');
    await waitForJob(kiln.url, finished, 'succeeded');
    // A diagnostic job waits 10 s at most; four ahead of it (two running, two waiting) keep the job
    // under test in the queue long enough to act on, however busy the machine.
    const blockers = [];
    for (let index = 1; index <= 4; index += 1) blockers.push(await startDiagnosticJob(kiln.url, `blocker ${index}`, 10_000));
    const slow = await startDiagnosticJob(kiln.url, 'slow check', 10_000);

    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${kiln.url}/jobs`);
    const slowItem = items(page, 'slow check');
    await slowItem.waitFor();
    expect(await slowItem.getAttribute('data-state')).toBe('queued');
    expect(await slowItem.getByRole('button', { name: 'Delete slow check' }).count()).toBe(0);
    expect(await slowItem.getByRole('button', { name: 'Retry slow check' }).count()).toBe(0);

    await slowItem.getByRole('button', { name: 'Cancel slow check' }).click();
    await expect.poll(() => slowItem.getAttribute('data-state')).toBe('cancelled');
    await slowItem.getByRole('button', { name: 'Retry slow check' }).click();
    // The retry is a new job with the same input, at the top of the list.
    await expect.poll(() => items(page, 'slow check').count()).toBe(2);
    const retried = items(page, 'slow check').first();
    expect(await retried.getAttribute('data-job-id')).not.toBe(slow);
    expect(['queued', 'running']).toContain(await retried.getAttribute('data-state'));
    await retried.getByRole('button', { name: 'Cancel slow check' }).click();
    await expect.poll(() => items(page, 'slow check').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-state')))).toEqual(['cancelled', 'cancelled']);
    for (const blocker of blockers) await fetch(`${kiln.url}/api/jobs/${blocker}/cancel`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });

    const stateFilter = page.getByLabel('State');
    await stateFilter.selectOption('cancelled');
    await expect.poll(() => page.getByTestId('job-item').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-state')))).toEqual(Array(6).fill('cancelled'));
    expect(page.url()).toMatch(/\?state=cancelled$/);
    await page.getByLabel('Studio').selectOption('story');
    await page.getByText('No jobs match these filters.').waitFor();
    await page.getByRole('button', { name: 'Show all jobs' }).click();
    await expect.poll(() => items(page, 'quick check').count()).toBe(1);

    page.once('dialog', (dialog) => void dialog.accept());
    await items(page, 'slow check').first().getByRole('button', { name: 'Delete slow check' }).click();
    await expect.poll(() => items(page, 'slow check').count()).toBe(1);
    const left = (await (await fetch(`${kiln.url}/api/jobs?limit=200`)).json()).jobs.map((job: { id: string }) => job.id);
    expect(left).toContain(slow);
    expect(left).toHaveLength(6);
    await page.close();
  });

  it('shows a story as a link to the reader and a music video in a player, with the JSON behind Details', { timeout: 300_000 }, async () => {
    // One after the other: two heavy jobs at once on a small machine only measure the machine.
    const story = await startStoryJob(kiln.url);
    const storyJob = await waitForJob(kiln.url, story, 'succeeded', 240_000);
    const video = await startMusicVideoJob(kiln.url);
    await waitForJob(kiln.url, video, 'succeeded', 240_000);

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${kiln.url}/jobs`);
    const storyItem = page.locator(`[data-job-id="${story}"]`);
    await storyItem.waitFor();
    // The story's title names it, and its first picture is the thumbnail.
    expect(await storyItem.getByRole('link').first().textContent()).toBe(storyJob.output?.title);
    await expect.poll(() => storyItem.locator('img').evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await page.locator(`[data-job-id="${video}"]`).getByRole('link', { name: 'harbour-song.flac' }).count()
      + await page.locator(`[data-job-id="${video}"]`).getByRole('link', { name: 'harbour-song.wav' }).count()).toBe(1);

    await storyItem.getByRole('link').first().click();
    await page.waitForURL(new RegExp(`/jobs/${story}$`));
    const output = page.locator('.job-detail__record');
    expect(await output.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    await page.getByRole('link', { name: 'Read the story' }).click();
    await page.waitForURL(new RegExp(`/story/${String(storyJob.output?.storyId)}$`));
    await page.getByRole('heading', { name: 'Scene 1 of 1' }).waitFor();
    // The default setup has no moderation service: said calmly, not as a failure.
    expect(await page.getByTestId('story-safety').textContent()).toMatch(/built-in safety rules .*No moderation service is set up/);

    await page.goto(`${kiln.url}/jobs/${video}`);
    const player = page.getByTestId('job-result-video');
    await player.waitFor();
    await expect.poll(() => player.evaluate((element) => (element as HTMLVideoElement).readyState), { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    expect(await player.evaluate((element) => (element as HTMLVideoElement).duration)).toBeGreaterThan(7);
    await page.getByText(/Download the files/).click();
    expect(await page.getByRole('link', { name: 'final_video.mp4' }).getAttribute('href')).toMatch(/\/content\?download=1$/);
    await page.getByText('Details: input and output as JSON').click();
    expect(await page.locator('.job-detail__record pre').last().textContent()).toMatch(/"videoAssetId"/);
    await page.close();
  });
});
