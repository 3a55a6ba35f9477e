/**
 * The whole path a new user takes to real AI, in Chromium against a real Kiln server and the Ollama
 * stand-in (a contract test: a local stand-in for Ollama's API, not Ollama itself). Settings finds
 * the stand-in, one click puts its model first for text, and a story says who wrote it; with the
 * stand-in stopped, the next story says plainly that the built-in storyteller wrote it instead.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOllamaStandIn } from '../../src/providers/ollama/testing/ollama-stand-in.ts';
import { answerIdeaChecksSafe } from '../../src/pipelines/story/testing/answer-idea-checks.ts';
import type { StandIn } from '../../src/providers/testing/start-stand-in.ts';
import { launchChromium } from './launch-chromium.ts';
import { startKilnForTest, type KilnForTest } from './start-kiln-for-test.ts';

describe('real AI in two clicks, against the Ollama stand-in', () => {
  let kiln: KilnForTest | undefined;
  let browser: Browser | undefined;
  let ollama: StandIn | undefined;
  let page: Page;
  const folder = mkdtempSync(path.join(tmpdir(), 'kiln-two-clicks-'));

  beforeAll(async () => {
    // The story's AI idea check asks the stand-in first; it answers as a working model would.
    ollama = await startOllamaStandIn({ models: ['llama3.2'], reply: answerIdeaChecksSafe });
    // Discovery looks at the stand-in's port as it would at 11434, and nowhere else.
    kiln = await startKilnForTest({ cwd: folder, env: { KILN_DETECT_PORTS: `ollama=${new URL(ollama.origin).port}` } });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await kiln?.close();
    await ollama?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  async function writeStory(idea: string) {
    await page.goto(`${kiln!.url}/story`);
    await page.getByLabel('Tonight’s idea').fill(idea);
    await page.getByLabel('Scenes', { exact: true }).fill('1');
    await page.getByLabel('Also make a video').uncheck();
    await page.getByRole('button', { name: 'Write the story' }).click();
    await page.waitForURL(/\/story\?job=/);
    await page.getByRole('link', { name: 'Read the story' }).waitFor({ timeout: 120_000 });
  }

  it('finds the server, uses its model for text in one click, and the story says it was written there', { timeout: 180_000 }, async () => {
    await page.goto(`${kiln!.url}/settings`);
    const found = page.locator('[data-detected="ollama"]');
    await found.waitFor();
    expect(await found.textContent()).toContain(`Ollama at ${ollama!.origin}`);
    await found.getByRole('button', { name: 'Use for text: llama3.2:latest from Ollama' }).click();
    await page.getByText(/^Saved to .*the new backends are in force/).waitFor();
    const saved = JSON.parse(readFileSync(path.join(folder, 'kiln.config.json'), 'utf8'));
    expect(saved.backends.ollama).toEqual({ type: 'ollama', baseURL: ollama!.origin });
    // First, before the built-in default, which stays last as the safety net.
    expect(saved.capabilities.text).toEqual(['ollama:llama3.2:latest', 'builtin:storyteller']);
    // The list says which entry serves now, and offers the server's models to pick rather than type.
    const textList = page.locator('[data-capability="text"]');
    await expect.poll(() => textList.locator('li').first().textContent()).toContain('llama3.2:latest on Ollama; serves now');
    await expect.poll(() => textList.locator('select option').allTextContents()).toEqual([
      'Or pick one the backends list…', 'llama3.2:latest on Ollama', 'built-in storyteller (rule-based, not AI)',
    ]);
    await page.screenshot({ path: '/tmp/kiln-two-clicks-settings.png', fullPage: true, animations: 'disabled' });

    const form = page.getByRole('form', { name: 'Add a child' });
    await page.goto(`${kiln!.url}/story`);
    await form.getByLabel('Name', { exact: true }).fill('Mia');
    await form.getByLabel('Age', { exact: true }).fill('6');
    await form.getByRole('button', { name: 'Add child' }).click();
    await page.getByRole('button', { name: 'Edit Mia' }).waitFor();

    await writeStory('a fox who helps a friend');
    const madeBy = page.getByTestId('made-by');
    await expect.poll(() => madeBy.textContent(), { timeout: 20_000 }).toContain('Written by llama3.2:latest on Ollama');
    expect(await madeBy.textContent()).toContain('Pictures: built-in illustrator (procedural, not AI)');
    expect(await page.getByTestId('fallback-notice').count()).toBe(0);
    expect(ollama!.requests.some((request) => request.path === '/api/chat')).toBe(true);
  });

  it('says so, with the reason and the way to Settings, when the preferred server is down and the built-in one wrote the story', { timeout: 180_000 }, async () => {
    await ollama!.close();
    await writeStory('an owl who counts the stars');
    const notice = page.getByTestId('fallback-notice');
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.textContent()).toMatch(/llama3\.2:latest on Ollama was not used:.*could not be reached.*Built-in storyteller \(rule-based, not AI\) served instead/);
    expect(await page.getByTestId('made-by').textContent()).toContain('Written by built-in storyteller (rule-based, not AI)');
    await page.screenshot({ path: '/tmp/kiln-two-clicks-fallback.png', fullPage: true, animations: 'disabled' });
    await notice.getByRole('link', { name: 'Check the backends in Settings' }).click();
    await page.waitForURL(/\/settings$/);
  });
});
