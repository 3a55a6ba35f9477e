/**
 * The settings page and a whole job seen from the browser: the system check starts a `diagnostic`
 * job, its page follows the live event stream to the end, and the jobs page lists it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './launch-chromium.ts';
import { startKilnForTest, type KilnForTest } from './start-kiln-for-test.ts';

declare global {
  interface Window {
    /** Each value the job's progress bar showed, in order, recorded by the test. */
    progressSeen?: string[];
    /** Each `step:state` a step card showed, recorded by the test. */
    stepStatesSeen?: string[];
  }
}

/** Watches the job page from inside the browser, so that short-lived states are not missed between polls. */
function recordJobPage(): void {
  window.progressSeen = [];
  window.stepStatesSeen = [];
  const record = () => {
    const value = document.getElementById('job-progress')?.getAttribute('aria-valuenow');
    if (value != null && window.progressSeen!.at(-1) !== value) window.progressSeen!.push(value);
    for (const step of document.querySelectorAll<HTMLElement>('[data-step]')) {
      const state = step.className.match(/step--(\w+)/)?.[1];
      const entry = `${step.dataset.step}:${state}`;
      if (!window.stepStatesSeen!.includes(entry)) window.stepStatesSeen!.push(entry);
    }
  };
  new MutationObserver(record).observe(document, { subtree: true, childList: true, attributes: true });
}

describe('settings, system check and jobs', () => {
  let kiln: KilnForTest | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let jobPath = '';

  beforeAll(async () => {
    kiln = await startKilnForTest();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(recordJobPage);
  });

  afterAll(async () => {
    await browser?.close();
    await kiln?.close();
  });

  it('lists the builtin backend as ready on the settings page', async () => {
    await page.goto(`${kiln!.url}/settings`);
    const builtin = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3, name: 'builtin', exact: true }) });
    await builtin.waitFor();
    expect(await builtin.locator('.badge').textContent()).toBe('Ready');
    expect(await page.getByText(/^Local: one user/).count()).toBe(1);
    // Local mode needs no token, so the settings page leaves the box out.
    expect(await page.getByLabel('Token', { exact: true }).count()).toBe(0);
  });

  it('runs a system check whose job page shows live progress until it succeeds', async () => {
    await page.getByRole('button', { name: 'Run a system check' }).click();
    await page.waitForURL(/\/jobs\/[^/]+$/);
    jobPath = new URL(page.url()).pathname;
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('System check');

    await page.getByTestId('job-state').getByText('Succeeded').waitFor({ timeout: 20_000 });
    const progressSeen = await page.evaluate(() => window.progressSeen!);
    const stepStatesSeen = await page.evaluate(() => window.stepStatesSeen!);
    // Live means the bar moved through values between empty and full on an open page.
    expect(progressSeen.at(-1)).toBe('100');
    expect(progressSeen.some((value) => Number(value) > 0 && Number(value) < 100)).toBe(true);
    expect(stepStatesSeen.some((entry) => entry.endsWith(':running'))).toBe(true);

    const steps = page.locator('[data-step]');
    expect(await steps.count()).toBeGreaterThan(0);
    for (const step of await steps.all()) {
      expect(await step.getAttribute('class')).toContain('step--succeeded');
      expect(await step.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    }
    expect(await page.getByRole('button', { name: 'Cancel System check' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Delete System check' }).count()).toBe(1);
    await page.screenshot({ path: '/tmp/kiln-job-desktop.png', fullPage: true, animations: 'disabled' });

    const phone = await browser!.newPage({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
    await phone.goto(`${kiln!.url}${jobPath}`);
    await phone.getByTestId('job-state').getByText('Succeeded').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await phone.screenshot({ path: '/tmp/kiln-job-phone.png', fullPage: true, animations: 'disabled' });
    await phone.close();
  });

  it('lists the finished job on the jobs page', async () => {
    expect(jobPath).not.toBe('');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs' }).click();
    await page.waitForURL(/\/jobs$/);
    const row = page.getByTestId('job-item').filter({ has: page.locator(`a[href="${jobPath}"]`) });
    await row.waitFor();
    expect(await row.getByRole('link').textContent()).toBe('System check');
    expect(await row.locator('.badge').textContent()).toBe('Succeeded');
    expect(await row.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await page.screenshot({ path: '/tmp/kiln-jobs-desktop.png', fullPage: true, animations: 'disabled' });
  });
});
