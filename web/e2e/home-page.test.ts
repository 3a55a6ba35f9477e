/** The front page and the navigation, in a real browser against a real Kiln server. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './launch-chromium.ts';
import { startKilnForTest, type KilnForTest } from './start-kiln-for-test.ts';

const studioTitles = ['Story', 'Music video', 'Vocabulary', 'Live style'];

describe('home page', () => {
  let kiln: KilnForTest | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    kiln = await startKilnForTest();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await kiln?.close();
  });

  it('shows the four studios, each saying whether this server has it', async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(`${kiln!.url}/`);
    const studios = page.getByRole('list').filter({ has: page.getByRole('link', { name: 'Story' }) }).getByRole('listitem');
    await expect.poll(() => studios.getByRole('heading', { level: 3 }).allTextContents()).toEqual(studioTitles);
    // Once the pipeline list has answered, every card says installed or not, never "checking".
    await expect
      .poll(() => studios.locator('.availability').allTextContents())
      .toSatisfy((texts: string[]) => texts.length === 4 && texts.every((text) => /^(Installed|Not installed)/.test(text)));
    // Says what is AI: the built-ins are not, and one line says how to connect a model server.
    expect(await page.getByTestId('connect-model-server').textContent()).toMatch(/connect a model server .*Settings.* built-in procedural code, not AI/);
    await page.screenshot({ path: '/tmp/kiln-home-desktop.png', fullPage: true, animations: 'disabled' });
    await page.close();
  });

  it('can be used with the keyboard alone: skip link, then the studios', async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(`${kiln!.url}/`);
    await page.getByRole('heading', { name: 'Story' }).waitFor();

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      ring: document.activeElement?.matches(':focus-visible'),
    }));
    expect(focused).toEqual({ text: 'Story', ring: true });

    await page.keyboard.press('Enter');
    await page.waitForURL(/\/story$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Story');
    await page.close();
  });

  it('folds the navigation into a menu button on a phone screen', async () => {
    const page = await browser!.newPage({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
    await page.goto(`${kiln!.url}/`);
    const menuButton = page.getByRole('button', { name: 'Menu' });
    const jobsLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs' });

    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await jobsLink.isVisible()).toBe(false);
    // Nothing may stick out sideways at this width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.getByRole('heading', { name: 'Live style' }).waitFor();
    await page.screenshot({ path: '/tmp/kiln-home-phone.png', fullPage: true, animations: 'disabled' });

    await menuButton.click();
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    expect(await jobsLink.isVisible()).toBe(true);
    await page.screenshot({ path: '/tmp/kiln-home-phone-menu.png', animations: 'disabled' });

    await page.keyboard.press('Escape');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Menu');

    await menuButton.click();
    await page.mouse.click(8, 600); // a tap beside the open menu
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');

    await menuButton.click();
    await jobsLink.click();
    await page.waitForURL(/\/jobs$/);
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Jobs');
    await page.close();
  });
});
