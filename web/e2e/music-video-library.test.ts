/** The music video library in a real browser against a real Kiln server: list, play, download, render again, delete (the video on show included). */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { characterPng, testSongWav } from '../../src/pipelines/music-video/testing/music-video-fixtures.ts';
import { launchChromium } from './launch-chromium.ts';
import { startKilnForTest, type KilnForTest } from './start-kiln-for-test.ts';

describe('music video library', () => {
  let kiln: KilnForTest | undefined;
  let browser: Browser | undefined;
  let firstJobId: string;

  /** Starts a video over HTTP as any client would, and waits for the job to end. */
  async function makeVideo(songName: string): Promise<string> {
    const form = new FormData();
    form.append('style', 'a cat on a beach');
    for (const [name, value] of Object.entries({ moments: '3', width: '320', height: '180', fps: '12' })) form.append(name, value);
    form.append('song', new Blob([testSongWav(10).wav as Uint8Array<ArrayBuffer>], { type: 'audio/wav' }), songName);
    form.append('character', new Blob([(await characterPng()) as Uint8Array<ArrayBuffer>], { type: 'image/png' }), 'hero.png');
    const response = await fetch(`${kiln!.url}/api/music-videos`, { method: 'POST', body: form });
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    // The job's event stream ends when the job does; its last state is the answer.
    for (;;) {
      const { state } = (await (await fetch(`${kiln!.url}/api/jobs/${id}`)).json()) as { state: string };
      if (state !== 'queued' && state !== 'running') {
        expect(state).toBe('succeeded');
        return id;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  beforeAll(async () => {
    kiln = await startKilnForTest();
    browser = await launchChromium();
    firstJobId = await makeVideo('summer song.wav');
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await kiln?.close();
  });

  it('lists past videos, plays, downloads, renders again at another size, and deletes', { timeout: 240_000 }, async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${kiln!.url}/music-video`);
    const entries = page.getByTestId('library-entry');
    await expect.poll(() => entries.count(), { timeout: 30_000 }).toBe(1);
    const entry = entries.first();
    expect(await entry.textContent()).toMatch(/summer song\.wav.*0:10 · 320×180 at 12 fps/);
    const thumbnail = entry.getByRole('img', { name: 'Thumbnail of the video for summer song.wav' });
    await expect.poll(() => thumbnail.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);

    await entry.getByRole('button', { name: 'Play' }).click();
    const player = entry.getByTestId('library-video');
    await expect.poll(() => player.evaluate((video) => (video as HTMLVideoElement).readyState), { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    expect(Math.abs((await player.evaluate((video) => (video as HTMLVideoElement).duration)) - 10)).toBeLessThan(0.5);

    const downloadPath = (await entry.getByRole('link', { name: 'Download' }).getAttribute('href'))!;
    const download = await page.request.get(`${kiln!.url}${downloadPath}`);
    expect(download.headers()['content-type']).toBe('video/mp4');
    expect(download.headers()['content-disposition']).toMatch(/attachment/);

    // Render again: the video's page with its stored song, at another size and frame rate.
    await entry.getByRole('button', { name: 'Render again' }).click();
    await page.waitForURL(new RegExp(`job=${firstJobId}`));
    const again = page.locator('form', { has: page.getByRole('heading', { name: 'Render again' }) });
    expect(await again.getByLabel('Width').inputValue()).toBe('320');
    await again.getByLabel('Size').selectOption({ label: 'Vertical for shorts (1080×1920)' });
    expect([await again.getByLabel('Width').inputValue(), await again.getByLabel('Height').inputValue()]).toEqual(['1080', '1920']);
    await again.getByLabel('Width').fill('360');
    await again.getByLabel('Height').fill('640');
    await again.getByLabel('Frame rate').selectOption('25');
    await again.getByRole('button', { name: 'Render with this style' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('job')).not.toBe(firstJobId);
    await page.getByTestId('music-video').waitFor({ timeout: 150_000 });
    await expect.poll(() => entries.count(), { timeout: 30_000 }).toBe(2);
    expect(await entries.first().textContent()).toMatch(/summer song\.wav.*360×640 at 25 fps/);

    // Delete the first video: asked once more, then gone from the list and from the server.
    const first = page.getByTestId('library-entry').filter({ hasText: '320×180' });
    await first.getByRole('button', { name: 'Delete' }).click();
    await first.getByRole('button', { name: 'Delete for good' }).click();
    await expect.poll(() => entries.count()).toBe(1);
    expect((await fetch(`${kiln!.url}${downloadPath}`)).status).toBe(404);
    await expect.poll(async () => (await fetch(`${kiln!.url}/api/jobs/${firstJobId}`)).status).toBe(404);

    // Delete the video on show: its player and download go at once, the page says it was deleted
    // and links back, and a reload says the same instead of "Connecting…" for ever.
    const shownJobId = new URL(page.url()).searchParams.get('job')!;
    const shown = page.getByTestId('library-entry').first();
    await shown.getByRole('button', { name: 'Delete' }).click();
    await shown.getByRole('button', { name: 'Delete for good' }).click();
    await page.getByTestId('music-video-gone').waitFor();
    expect(await page.getByTestId('music-video').count()).toBe(0);
    expect(await page.getByRole('link', { name: /Download final_video/ }).count()).toBe(0);
    await page.reload();
    const gone = page.getByTestId('music-video-gone');
    await gone.waitFor();
    expect(await gone.textContent()).toMatch(/deleted/);
    expect(await gone.getByRole('link', { name: 'Library' }).getAttribute('href')).toBe('/library');
    expect(await page.getByText('Connecting…').count()).toBe(0);
    expect(await page.getByText(/was not found/).count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('job')).toBe(shownJobId);
    await page.close();
  });
});
