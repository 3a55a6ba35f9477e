/**
 * axe-core (the rules behind Lighthouse's and Deque's accessibility checks) on every page, with real
 * content, at desktop and phone width: any violation fails, named by rule, page and element, so
 * the message says what to fix. axe is injected into the page by the test only; the app never
 * loads it. The same pages are read for internal names a person should never meet: backend ids,
 * step ids, raw error codes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from '../../src/engine/errors/error-catalogue.ts';
import { installedPipelines } from '../../src/runtime/installed-pipelines.ts';
import { launchChromium } from './launch-chromium.ts';
import { makePagesWithContent, startServersToFind, type PageUnderTest } from './pages-with-content.ts';
import type { StandIn } from '../../src/providers/testing/start-stand-in.ts';
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

/**
 * What gives an internal id away: `builtin:` ids, step ids (`story.write`), node names with a dash
 * (`check-prompt`, `illustrate-1`) or pipeline ids (`music-video`), error codes with an underscore and the cache's jargon. Plain
 * words that are also node names (`write`, `save`) are caught where steps are named, below.
 */
function internalIdPattern(): RegExp {
  const pipelines = installedPipelines();
  const stepIds = pipelines.flatMap((pipeline) => Object.values(pipeline.nodes).map((node) => node.step.id));
  const dashedNodes = pipelines.flatMap((pipeline) => [pipeline.id, ...Object.keys(pipeline.nodes)]).filter((name) => name.includes('-'));
  const codes = errorCodes.filter((code) => code.includes('_'));
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const words = [...new Set([...stepIds, ...dashedNodes, ...codes])].map(escape);
  return new RegExp(`\\bbuiltin:[\\w.-]*|from cache|step cache|(?<![\\w/-])(?:${words.join('|')})(?![\\w/-])`, 'gi');
}

/** Internal names in what the page shows (the JSON under "Details" is the raw record on purpose, so it is left out). */
async function internalNamesShown(page: Page, pattern: RegExp, nodeNames: Set<string>): Promise<string[]> {
  const { text, stepHeadings } = await page.evaluate(() => {
    const raw = [...document.querySelectorAll<HTMLElement>('pre, .code-block')];
    raw.forEach((element) => { element.dataset.hiddenForTest = element.style.display; element.style.display = 'none'; });
    const shown = document.body.innerText;
    raw.forEach((element) => { element.style.display = element.dataset.hiddenForTest ?? ''; });
    return { text: shown, stepHeadings: [...document.querySelectorAll('.step__name')].map((heading) => heading.textContent?.trim() ?? '') };
  });
  return [...new Set([...(text.match(pattern) ?? []), ...stepHeadings.filter((heading) => nodeNames.has(heading))])];
}

describe('accessibility (axe-core)', () => {
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

  it('shows no internal id on any page: backends, steps and errors read in words', async () => {
    const pattern = internalIdPattern();
    const nodeNames = new Set(installedPipelines().flatMap((pipeline) => Object.keys(pipeline.nodes)));
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const found: Record<string, string[]> = {};
    // Settings edits the config file, where ids are what one types; every other page speaks to people.
    for (const target of pages.filter((candidate) => candidate.path !== '/settings')) {
      await page.goto(`${kiln.url}${target.path}`);
      await target.ready(page).first().waitFor({ timeout: 30_000 });
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => { details.open = true; }));
      const names = await internalNamesShown(page, pattern, nodeNames);
      if (names.length > 0) found[target.path] = names;
    }
    await page.close();
    expect(found).toEqual({});
  });
});
