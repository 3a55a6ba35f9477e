/**
 * axe-core (the rules behind Lighthouse's and Deque's accessibility checks) on every page, with real
 * content, at desktop and phone width: any violation fails, named by rule, page and element, so
 * the message says what to fix. axe is injected into the page by the test only; the app never
 * loads it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './launch-chromium.ts';
import { makePagesWithContent, type PageUnderTest } from './pages-with-content.ts';
import { startKilnForTest, type KilnForTest } from './start-kiln-for-test.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs every axe rule that applies (WCAG 2.x A and AA, and axe's best practices) on the page as it
 * is. Evaluated through the debugging protocol, so the page's content security policy stays on.
 */
async function axeViolations(page: Page): Promise<string[]> {
  const violations = await page.evaluate(`${axeSource}\n;axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations)`) as AxeViolation[];
  return violations.flatMap((violation) => violation.nodes.slice(0, 4).map((node) =>
    `${violation.id} (${violation.impact}): ${violation.help} at ${JSON.stringify(node.target)}${node.failureSummary ? ` (${node.failureSummary.replace(/\s+/g, ' ').slice(0, 200)})` : ''}`));
}

describe('accessibility (axe-core)', () => {
  let kiln: KilnForTest;
  let browser: Browser;
  let pages: PageUnderTest[] = [];

  beforeAll(async () => {
    kiln = await startKilnForTest();
    browser = await launchChromium();
    pages = await makePagesWithContent(kiln.url);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await kiln?.close();
  });

  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    it(`finds no violation on any page at ${viewport.width} px`, { timeout: 240_000 }, async () => {
      const page = await browser.newPage({ viewport });
      const found: Record<string, string[]> = {};
      for (const target of pages) {
        await page.goto(`${kiln.url}${target.path}`);
        await target.ready(page).first().waitFor({ timeout: 30_000 });
        // Open every disclosure, so what hides behind "Details" is checked too.
        await page.evaluate(() => document.querySelectorAll('details').forEach((details) => { details.open = true; }));
        const violations = await axeViolations(page);
        if (violations.length > 0) found[target.path] = violations;
      }
      await page.close();
      expect(found).toEqual({});
    });
  }
});
