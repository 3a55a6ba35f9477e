/**
 * The API documentation at /docs, driven in Chromium: it loads under the server's content security
 * policy without console errors, shows each route's error responses, and "Try it out" uploads a file.
 */
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './launch-chromium.ts';
import { startKilnForTest, type KilnForTest } from './start-kiln-for-test.ts';

describe('API docs at /docs', () => {
  let kiln: KilnForTest | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    kiln = await startKilnForTest();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await kiln?.close();
  });

  it('loads without console errors (its CSP allows swagger-ui, and only on /docs)', async () => {
    const response = await page.goto(`${kiln!.url}/docs`);
    await page.locator('.opblock').first().waitFor();
    expect(consoleErrors).toEqual([]);
    const docsPolicy = response!.headers()['content-security-policy'];
    const appPolicy = (await page.request.get(`${kiln!.url}/`)).headers()['content-security-policy'];
    expect(appPolicy).toMatch(/script-src 'self'(;|$)/);
    expect(docsPolicy).not.toBe(appPolicy);
  });

  it('uploads a picture through "Try it out" on POST /api/assets', async () => {
    const upload = page.locator('.opblock-post').filter({ has: page.locator('.opblock-summary-path[data-path="/api/assets"]') });
    await upload.locator('.opblock-summary').click();
    await upload.getByRole('button', { name: 'Try it out' }).click();
    const picture = await sharp({ create: { width: 16, height: 12, channels: 3, background: '#c0392b' } }).png().toBuffer();
    await upload.locator('input[type=file]').setInputFiles({ name: 'red.png', mimeType: 'image/png', buffer: picture });
    await upload.getByRole('button', { name: 'Execute' }).click();
    const status = upload.locator('.live-responses-table tbody .response-col_status').first();
    await status.waitFor();
    expect((await status.textContent())?.trim()).toBe('201');
    expect(await upload.locator('.live-responses-table .microlight').first().textContent()).toContain('"mediaType": "image/png"');
    // The documented answers include the catalogue's errors, e.g. 415 for a file of the wrong type.
    expect(await upload.locator('.responses-table tr.response[data-code="415"]').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
  });

  it('links the streaming protocols page', async () => {
    const link = page.getByRole('link', { name: 'streaming protocols' });
    expect(await link.getAttribute('href')).toBe('/docs/protocols');
    const protocols = await page.request.get(`${kiln!.url}/docs/protocols`);
    expect(protocols.status()).toBe(200);
    expect(await protocols.text()).toContain('event: <type>');
  });
});
