/**
 * The live style studio on phones, with a session running (Chromium's fake camera): its share
 * links, copy and open buttons and the styled picture fit 360 and 390 px screens, and every
 * control is tall enough to tap. The pages-with-content fixture shows /live without a session,
 * where the widest part (the links) is not drawn at all.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './launch-chromium.ts';
import { startKilnForTest, type KilnForTest } from './start-kiln-for-test.ts';

/** Controls shorter than a finger, or anything past the right edge, by what they say. */
function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const describe = (element: Element) => `${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 30)}"`;
    const small = [...document.querySelectorAll('button, select, input:not([type=checkbox]):not([type=radio]):not([type=hidden]):not([type=range]), a.button')]
      .filter((element) => { const box = element.getBoundingClientRect(); return box.width > 0 && box.height > 0 && box.height < 43.5; })
      .map((element) => `${describe(element)} ${Math.round(element.getBoundingClientRect().height)} px tall`);
    const wide = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .map((element) => `${describe(element)} ends at ${Math.round(element.getBoundingClientRect().right)} px`);
    return { scrollWidth: document.documentElement.scrollWidth, problems: [...small, ...wide].slice(0, 8) };
  });
}

describe('live style studio on a phone', () => {
  let kiln: KilnForTest;
  let browser: Browser;

  beforeAll(async () => {
    kiln = await startKilnForTest();
    browser = await launchChromium(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream']);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await kiln?.close();
  });

  it.each([360, 390])('fits a %i px screen with a session and its share links showing', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(`${kiln.url}/live`);
    await page.getByRole('button', { name: 'Start camera' }).click();
    await page.getByTestId('viewer-url').waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Open' }).first().waitFor();
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => { details.open = true; }));
    const measured = await layoutProblems(page);
    expect(measured).toEqual({ scrollWidth: width, problems: [] });
    await page.getByRole('button', { name: 'End session' }).click();
    await page.close();
  });
});
