/**
 * Every page of the app on phone-sized screens: nothing may be wider than the screen, from 360 px
 * up, and every button, select and text field is at least 44 px tall to tap (WCAG 2.5.5). Pages are shown with real content (a finished story and music video, their job pages, the
 * reader), since the widest things on a page are usually what a job made.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './launch-chromium.ts';
import { makePagesWithContent, startServersToFind, type PageUnderTest } from './pages-with-content.ts';
import type { StandIn } from '../../src/providers/testing/start-stand-in.ts';
import { startKilnForTest, type KilnForTest } from './start-kiln-for-test.ts';

/** The elements that stick out past the right edge, deepest first, to say what to fix when the test fails. */
function overflowOf(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .filter((element) => ![...element.children].some((child) => child.getBoundingClientRect().right > width + 0.5))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} → ${Math.round(element.getBoundingClientRect().right)} px`);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, wide };
  });
}

/** Controls shorter than a finger, by what they say, to name what to fix when the test fails. */
function smallTapTargets(page: Page) {
  return page.evaluate(() => [...document.querySelectorAll('button, select, input:not([type=checkbox]):not([type=radio]):not([type=hidden]):not([type=range]), a.button')]
    .filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && box.height < 43.5;
    })
    .slice(0, 5)
    .map((element) => `${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 30)}" ${Math.round(element.getBoundingClientRect().height)} px`));
}

describe('phone widths', () => {
  let kiln: KilnForTest;
  let browser: Browser;
  let pages: PageUnderTest[] = [];
  let serversToFind: StandIn[] = [];

  beforeAll(async () => {
    const toFind = await startServersToFind();
    serversToFind = toFind.servers;
    kiln = await startKilnForTest({ env: toFind.env });
    browser = await launchChromium();
    pages = await makePagesWithContent(kiln.url);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await kiln?.close();
    await Promise.all(serversToFind.map((server) => server.close()));
  });

  for (const width of [360, 390]) {
    it(`keeps every page within a ${width} px screen`, { timeout: 180_000 }, async () => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      const tooWide: Record<string, unknown> = {};
      const tooSmall: Record<string, string[]> = {};
      for (const target of pages) {
        await page.goto(`${kiln.url}${target.path}`);
        await target.ready(page).first().waitFor({ timeout: 30_000 });
        // Open every disclosure, so what hides behind "Details" is measured too.
        await page.evaluate(() => document.querySelectorAll('details').forEach((details) => { details.open = true; }));
        const measured = await overflowOf(page);
        if (measured.scrollWidth > measured.innerWidth) tooWide[target.path] = measured;
        const small = await smallTapTargets(page);
        if (small.length > 0) tooSmall[target.path] = small;
      }
      await page.close();
      expect(tooWide).toEqual({});
      expect(tooSmall).toEqual({});
    });
  }
});
