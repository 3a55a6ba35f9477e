/**
 * Settings edits from the browser, against the Ollama stand-in (a contract test: a local stand-in for
 * Ollama's API, not Ollama itself): add a backend, test its connection, put it first in a fallback
 * list, save, and see the server use it at once; a literal secret is refused and the file kept.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOllamaStandIn } from '../../src/providers/ollama/testing/ollama-stand-in.ts';
import { closedPortURL } from '../../src/providers/testing/closed-port.ts';
import type { StandIn } from '../../src/providers/testing/start-stand-in.ts';
import { launchChromium } from './launch-chromium.ts';
import { startKilnForTest, type KilnForTest } from './start-kiln-for-test.ts';

describe('settings page edits, against the Ollama stand-in', () => {
  let kiln: KilnForTest | undefined;
  let browser: Browser | undefined;
  let ollama: StandIn | undefined;
  let page: Page;
  const folder = mkdtempSync(path.join(tmpdir(), 'kiln-settings-page-'));
  const configFile = path.join(folder, 'kiln.config.json');

  beforeAll(async () => {
    ollama = await startOllamaStandIn();
    kiln = await startKilnForTest({ cwd: folder });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await kiln?.close();
    await ollama?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('hides the access-token box in local mode', async () => {
    await page.goto(`${kiln!.url}/settings`);
    await page.getByRole('heading', { name: 'Change backends' }).waitFor();
    await page.getByText(/^Local: one user/).waitFor();
    expect(await page.getByLabel('Token', { exact: true }).count()).toBe(0);
  });

  it('adds a backend, tests it, puts it first for text, and saves it into force without a restart', async () => {
    await page.getByRole('button', { name: 'Add a backend' }).click();
    // The newest fieldset: its legend follows the name typed into it, so the legend cannot anchor it.
    const form = page.locator('fieldset.backend-form').last();
    await form.getByLabel('Name').fill('ollama');
    await form.getByLabel('Type').selectOption('ollama');
    await form.getByLabel('Address').fill(ollama!.origin);
    await form.getByRole('button', { name: 'Test connection' }).click();
    await expect.poll(() => form.getByTestId('backend-test-result').textContent()).toMatch(/^Ready/);

    const textList = page.locator('[data-capability="text"]');
    await textList.getByLabel('Add a model to text').fill('ollama:llama3.2');
    await textList.getByRole('button', { name: 'Add to text' }).click();
    // What the user adds goes first, before the built-in default, which stays last as the safety net.
    expect(await textList.locator('li code').allTextContents()).toEqual(['ollama:llama3.2', 'builtin:storyteller']);
    expect(await textList.locator('li').last().textContent()).toContain('rule-based, not AI');

    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText(/^Saved to .*the new backends are in force/).waitFor();
    const saved = JSON.parse(readFileSync(configFile, 'utf8'));
    expect(saved.backends.ollama).toEqual({ type: 'ollama', baseURL: ollama!.origin });
    expect(saved.capabilities.text[0]).toBe('ollama:llama3.2');

    // The read-only view above comes from /api/health, so it shows what the server now uses.
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'ollama', exact: true }) });
    await card.waitFor();
    expect(await card.locator('.badge').textContent()).toBe('Ready');
    const textRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'text', exact: true }) });
    expect(await textRow.locator('li code').first().textContent()).toBe('ollama:llama3.2');
    expect(await textRow.locator('li').first().textContent()).toContain('llama3.2 on Ollama; serves now');
  });

  it('refuses a key written into the settings, naming the field, and keeps the file', async () => {
    const before = readFileSync(configFile, 'utf8');
    await page.getByRole('button', { name: 'Add a backend' }).click();
    // The newest fieldset: its legend follows the name typed into it, so the legend cannot anchor it.
    const form = page.locator('fieldset.backend-form').last();
    await form.getByLabel('Name').fill('cloud');
    await form.getByLabel('Type').selectOption('openai');
    await form.getByLabel('Address').fill('https://api.example.com/v1');
    await form.getByLabel('Other settings (JSON)').fill('{ "apiKey": "sk-live-123" }');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => page.locator('.settings-editor__save [role=status]').textContent()).toMatch(/field backends\.cloud\.apiKey/);
    expect(readFileSync(configFile, 'utf8')).toBe(before);
  });

  it('asks before saving a backend whose connection test just failed, and saves nothing meanwhile', async () => {
    const before = readFileSync(configFile, 'utf8');
    await page.getByRole('button', { name: 'Add a backend' }).click();
    const form = page.locator('fieldset.backend-form').last();
    await form.getByLabel('Name').fill('deadollama');
    await form.getByLabel('Type').selectOption('ollama');
    await form.getByLabel('Address').fill(await closedPortURL());
    await form.getByRole('button', { name: 'Test connection' }).click();
    await expect.poll(() => form.getByTestId('backend-test-result').textContent()).toMatch(/^Unavailable: deadollama could not be reached/);
    await page.getByRole('button', { name: 'Save settings' }).click();
    const confirm = page.getByTestId('confirm-failing-save');
    await confirm.waitFor();
    expect(await confirm.textContent()).toMatch(/deadollama failed its connection test .*Save anyway\?/);
    expect(readFileSync(configFile, 'utf8')).toBe(before);
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'detached' });
  });
});
