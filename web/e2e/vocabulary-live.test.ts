/**
 * The vocabulary studio's live bilingual mode in real Chromium with a fake microphone. Headless
 * Chromium has no speech service, so the test drives the text path: the items found appear, the
 * latency panel fills in, the built-in narrator's voice comes back, and the OBS overlay page shows
 * the newest expression.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './launch-chromium.ts';
import { startKilnForTest, type KilnForTest } from './start-kiln-for-test.ts';

describe('vocabulary live mode', () => {
  let kiln: KilnForTest | undefined;
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    kiln = await startKilnForTest();
    browser = await launchChromium(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream']);
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await kiln?.close();
  });

  it('shows the items of a typed utterance, its latency per stage, and updates the overlay page', async () => {
    await page.goto(`${kiln!.url}/vocabulary/live`);
    await expect.poll(() => page.getByTestId('live-status').textContent(), { timeout: 15_000 }).toMatch(/^Live\. Replies: none \(offline items only\)/);
    const overlayUrl = await page.getByTestId('overlay-link').getAttribute('href');
    expect(overlayUrl).toMatch(/\/vocabulary\/live\/overlay\?key=[\w-]{32}$/);

    await page.getByLabel('Or type it').fill('今日もスパチャありがとう、草生えた');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => page.getByTestId('live-item').allTextContents(), { timeout: 15_000 }).toEqual(
      expect.arrayContaining([expect.stringMatching(/^スパチャ すぱちゃ — /)]),
    );
    await expect.poll(() => page.getByTestId('latency-panel').textContent(), { timeout: 20_000 }).toMatch(/Items\d+(\.\d+)? ms.*Voice\d+ ms/);

    const overlay = await page.context().newPage();
    await overlay.goto(overlayUrl!);
    await expect.poll(() => overlay.getByTestId('vocab-overlay').textContent(), { timeout: 10_000 }).toMatch(/^(スパチャ|草)/);
    expect(await overlay.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgba(0, 0, 0, 0)');

    await page.getByLabel('Or type it').fill('にじさんじのコラボ配信');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => overlay.getByTestId('vocab-overlay').textContent(), { timeout: 10_000 }).toMatch(/^にじさんじ/);
  });

  it('says plainly that no OBS address is set when the test button is pressed', async () => {
    await page.getByRole('button', { name: 'Test the OBS connection' }).click();
    await expect.poll(() => page.getByTestId('obs-test-result').textContent()).toMatch(/No OBS address is configured/);
    expect(await page.getByTestId('obs-status').textContent()).toMatch(/runs without OBS/);
  });
});
