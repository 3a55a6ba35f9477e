/** The Story studio in a real browser against a real Kiln server: profile, story, progress, player, library. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './launch-chromium.ts';
import { startKilnForTest, type KilnForTest } from './start-kiln-for-test.ts';

describe('story studio page', () => {
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

  async function addChild(page: Page, name: string) {
    const form = page.getByRole('form', { name: 'Add a child' });
    await form.getByLabel('Name', { exact: true }).fill(name);
    await form.getByLabel('Age', { exact: true }).fill('6');
    await form.getByLabel('Interests').fill('space, cats');
    await form.getByLabel('Favourite things').fill('a red kite');
    await form.getByRole('button', { name: 'Add child' }).click();
    await page.getByRole('button', { name: `Edit ${name}` }).waitFor();
  }

  it('offers the narrator\'s own languages and voices, and drops "Add a child first" once there is a child', async () => {
    const page = await browser!.newPage({ viewport: { width: 390, height: 844 } });
    // No children yet, whichever test ran first.
    const { profiles } = (await (await fetch(`${kiln!.url}/api/profiles`)).json()) as { profiles: { id: string }[] };
    for (const profile of profiles) await fetch(`${kiln!.url}/api/profiles/${profile.id}`, { method: 'DELETE' });
    await page.goto(`${kiln!.url}/story`);
    await page.getByRole('button', { name: 'Write the story' }).click();
    const addFirst = page.getByText('Add a child first, in the Children section above.');
    await addFirst.waitFor();

    const form = page.getByRole('form', { name: 'Add a child' });
    const language = form.getByLabel('Language');
    // A select once the server has read eSpeak-NG's own list (its first reading loads the WASM).
    await expect.poll(() => language.evaluate((element) => element.tagName), { timeout: 30_000 }).toBe('SELECT');
    // The languages it speaks well come first, grouped by family; the rest wait behind "More".
    const offered = () => language.locator('option').allTextContents();
    expect(await language.locator('optgroup').evaluateAll((groups) => groups.map((group) => (group as HTMLOptGroupElement).label))).toContain('Romance');
    expect(await offered()).toContain('English');
    expect(await offered()).not.toContain('Quenya');
    expect(await offered()).not.toContain('en');
    await form.getByRole('button', { name: /^More \(\d+\)$/ }).click();
    await expect.poll(offered).toContain('Quenya');
    await language.selectOption('en-us');
    const voice = form.getByLabel('Narrator voice');
    const voices = await voice.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(voices.length).toBeGreaterThan(10);
    expect(voices.every((value) => value === '' || value.startsWith('en-us+'))).toBe(true);
    expect(await form.getByText(/Voices of the built-in narrator \(eSpeak/).count()).toBe(1);
    await voice.selectOption(voices[2]);
    await addChild(page, 'Noor');
    await expect.poll(() => addFirst.count()).toBe(0);
    const saved = (await (await fetch(`${kiln!.url}/api/profiles`)).json()) as { profiles: { name: string; language: string; preferredVoice: string }[] };
    const noor = saved.profiles.find((profile) => profile.name === 'Noor');
    expect(noor).toMatchObject({ language: 'en-us', preferredVoice: voices[2] });
    // The next test starts, as a new parent does, with no children.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Delete Noor' }).click();
    await page.getByRole('form', { name: 'Add a child' }).waitFor();
    await page.close();
  });

  it('adds a child, writes a story with live progress, reads it with highlighted sentences, and lists it', { timeout: 150_000 }, async () => {
    const page = await browser!.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${kiln!.url}/story`);
    // A missing name is said beside the field, and nothing is sent.
    await page.getByRole('form', { name: 'Add a child' }).getByRole('button', { name: 'Add child' }).click();
    await expect.poll(() => page.getByText('Give the child’s name').count()).toBe(1);
    expect(await page.getByRole('form', { name: 'Add a child' }).getByLabel('Name', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await addChild(page, 'Mia');

    await page.getByLabel('Tonight’s idea').fill('a fox who helps a friend');
    await page.getByLabel('Scenes', { exact: true }).fill('2');
    await page.getByLabel('Also make a video').uncheck();
    await page.getByRole('button', { name: 'Write the story' }).click();
    await page.waitForURL(/\/story\?job=/);
    const progress = page.getByRole('progressbar', { name: 'Story progress' });
    await progress.waitFor();
    const readLink = page.getByRole('link', { name: 'Read the story' });
    await readLink.waitFor({ timeout: 120_000 });
    expect(await progress.getAttribute('aria-valuenow')).toBe('100');
    // The heading follows the job: not "Writing the story" once it is written.
    await expect.poll(() => page.locator('#story-progress').textContent()).toBe('The story is ready');
    await expect.poll(() => page.getByTestId('story-library').getByRole('listitem').count()).toBe(1);

    await readLink.click();
    await page.waitForURL(/\/story\/[^/?]+$/);
    await page.getByRole('heading', { name: 'Scene 1 of 2' }).waitFor();
    const picture = page.locator('.story-player__picture img');
    await expect.poll(() => picture.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect((await picture.getAttribute('alt'))?.length).toBeGreaterThan(10);
    const firstSceneText = await page.getByTestId('story-text').textContent();
    // The parent sees which parts of the idea the story was built from.
    expect(await page.getByTestId('story-idea-usage').first().textContent()).toBe('I used: a fox, help a friend');
    expect(await page.locator('[aria-current="true"]').count()).toBe(0);

    const audio = page.getByTestId('story-audio');
    await expect.poll(() => audio.evaluate((element) => (element as HTMLAudioElement).readyState), { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
    await audio.evaluate((element) => {
      const media = element as HTMLAudioElement;
      media.currentTime = 0.05;
      media.dispatchEvent(new Event('timeupdate'));
    });
    const current = page.locator('.story-sentence--current');
    await expect.poll(() => current.count()).toBe(1);
    expect(await page.locator('.story-sentence').first().getAttribute('aria-current')).toBe('true');
    // Seeking to the end of the scene moves the highlight to its last sentence.
    await audio.evaluate((element) => {
      const media = element as HTMLAudioElement;
      media.currentTime = Math.max(0, media.duration - 0.05);
      media.dispatchEvent(new Event('timeupdate'));
    });
    await expect.poll(() => page.locator('.story-sentence').last().getAttribute('aria-current')).toBe('true');

    await page.getByRole('button', { name: 'Next scene' }).click();
    await page.getByRole('heading', { name: 'Scene 2 of 2' }).waitFor();
    expect(await page.getByTestId('story-text').textContent()).not.toBe(firstSceneText);
    expect(await page.getByRole('button', { name: 'Next scene' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Previous scene' }).click();
    await page.getByRole('heading', { name: 'Scene 1 of 2' }).waitFor();
    await page.screenshot({ path: '/tmp/kiln-story-player.png', fullPage: true, animations: 'disabled' });

    await page.getByRole('link', { name: 'Story studio' }).click();
    const library = page.getByTestId('story-library');
    await library.waitFor();
    const title = await library.getByRole('link').first().textContent();
    expect(title?.length).toBeGreaterThan(3);
    page.once('dialog', (dialog) => void dialog.accept());
    await library.getByRole('button', { name: `Delete ${title}` }).click();
    await page.getByText('Finished stories appear here.').waitFor();
    await page.close();
  });

  it('explains a refused idea kindly and starts nothing', async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${kiln!.url}/story`);
    await page.getByRole('button', { name: /^Edit / }).first().waitFor().catch(async () => addChild(page, 'Leo'));
    await page.getByLabel('Tonight’s idea').fill('a dragon who killed everyone');
    await page.getByRole('button', { name: 'Write the story' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Let’s pick another idea.' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/violence/);
    // Two safe ideas close to the request, each one click from the prompt box.
    const ideas = refusal.getByRole('button', { name: /^Use “/ });
    expect(await ideas.count()).toBe(2);
    await ideas.first().click();
    expect(await page.getByLabel('Tonight’s idea').inputValue()).toMatch(/dragon/);
    expect(page.url()).not.toMatch(/job=/);
    await page.close();
  });
});
