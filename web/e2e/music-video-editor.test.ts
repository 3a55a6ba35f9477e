/**
 * The music video editor in a real browser against a real Kiln server: make a short video, drag one
 * cut, swap one picture, re-render, and check that only the shots those edits touch were rendered;
 * then, from the same video, draw one picture again and give one section its own style.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { characterPng, testSongWav } from '../../src/pipelines/music-video/testing/music-video-fixtures.ts';
import { launchChromium } from './launch-chromium.ts';
import { startKilnForTest, type KilnForTest } from './start-kiln-for-test.ts';

interface Output { videoAssetId: string; imageAssetIds: string[]; cuts: number[]; shotPictures: number[]; shots?: { reused: number[]; rendered: number[] } }

describe('music video editor', () => {
  let kiln: KilnForTest | undefined;
  let browser: Browser | undefined;
  let folder: string;
  // Long enough for the analysis to find two sections, so a section's style leaves the other's pictures alone.
  const songSeconds = 20;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'kiln-music-video-editor-'));
    await writeFile(join(folder, 'song.wav'), testSongWav(songSeconds).wav);
    await writeFile(join(folder, 'swap.png'), await characterPng('#2eaa55'));
    kiln = await startKilnForTest();
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await kiln?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('sets bar 1 from a tap, moves a cut by dragging, swaps a picture, and re-renders only the shots they change', { timeout: 400_000 }, async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${kiln!.url}/music-video`);
    await page.getByLabel('Song').setInputFiles(join(folder, 'song.wav'));
    await page.getByLabel(/Key moments/).fill('3');
    await page.getByLabel('Width').fill('320');
    await page.getByLabel('Height').fill('180');
    await page.getByRole('button', { name: 'Make the video' }).click();
    await page.waitForURL(/\/music-video\?job=/);
    const firstJob = new URL(page.url()).searchParams.get('job')!;
    await page.getByTestId('edit-timeline').waitFor({ timeout: 240_000 });
    const first = (await (await page.request.get(`${kiln!.url}/api/jobs/${firstJob}`)).json()).output as Output;
    expect(first.cuts.length).toBeGreaterThanOrEqual(3);
    expect(first.shotPictures).toHaveLength(first.cuts.length + 1);

    // The last cut moves, so shots at the end change; a picture shown only near the start is swapped.
    const cut = first.cuts.length - 1;
    const near = (shots: number[]) => new Set(shots.flatMap((shot) => [shot - 1, shot, shot + 1]));
    const moment = first.shotPictures.find((picture, shot) => shot < cut - 2 && first.shotPictures.every((other, at) => other !== picture || at < cut - 2));
    expect(moment, `a picture shown only before shot ${cut - 1} (${first.shotPictures.join(',')})`).toBeDefined();
    const swappedShots = first.shotPictures.flatMap((picture, shot) => (picture === moment ? [shot] : []));

    // Bar 1 from a tap on the timeline: pending, it locks the cuts (it moves them all); removed, they move again.
    const timeline = page.getByTestId('edit-timeline');
    await timeline.scrollIntoViewIfNeeded();
    const area = (await timeline.locator('svg').boundingBox())!;
    await page.mouse.click(area.x + 24 + 1.1 * 40, area.y + 100);
    expect(Number(await page.getByLabel('Bar 1 at (seconds)').inputValue())).toBeCloseTo(1.1, 1);
    await page.getByRole('button', { name: 'Set bar 1 here' }).click();
    await expect.poll(() => page.getByTestId('pending-edits').textContent()).toMatch(/Bar 1 at \d+\.\d\d s/);
    expect(await page.getByTestId('cut-handle').first().getAttribute('aria-disabled')).toBe('true');
    await page.getByTestId('pending-edits').getByRole('button', { name: 'Remove' }).click();
    expect(await page.getByTestId('cut-handle').first().getAttribute('aria-disabled')).toBeNull();

    // Dragged with the pointer: about 0.4 s later, within the half second the next cut (the end) leaves.
    const handle = page.getByTestId('cut-handle').nth(cut);
    const limit = Number(await handle.getAttribute('aria-valuemax'));
    const to = Math.min(first.cuts[cut] + 0.4, limit);
    await handle.scrollIntoViewIfNeeded();
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + (to - first.cuts[cut]) * 40, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    const moved = Number(await handle.getAttribute('aria-valuenow'));
    expect(Math.abs(moved - to)).toBeLessThan(0.05);
    await expect.poll(() => page.getByTestId('pending-edits').textContent()).toMatch(new RegExp(`Cut ${cut + 1}: ${first.cuts[cut].toFixed(2)} s → ${moved.toFixed(2)} s`));

    // Keys move the focused cut too, and never past its limit.
    await handle.focus();
    await page.keyboard.press('End');
    expect(Number(await handle.getAttribute('aria-valuenow'))).toBe(limit);
    await page.keyboard.press('ArrowLeft');
    expect(Number(await handle.getAttribute('aria-valuenow'))).toBeCloseTo(limit - 0.1, 3);

    // A file that is not a picture is refused with the server's sentence; a picture is swapped in.
    await page.getByLabel('Picture to swap').selectOption(String(moment));
    await page.getByLabel('Picture file').setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('these are words, not a picture') });
    await page.getByRole('button', { name: 'Swap picture' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/The picture was not uploaded: .+/);
    await page.getByLabel('Picture file').setInputFiles(join(folder, 'swap.png'));
    await page.getByRole('button', { name: 'Swap picture' }).click();
    await expect.poll(() => page.getByTestId('pending-edits').textContent()).toMatch(new RegExp(`Picture ${moment! + 1}.* → swap\\.png`));

    await page.getByRole('button', { name: 'Re-render with these changes' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('job')).not.toBe(firstJob);
    const secondJob = new URL(page.url()).searchParams.get('job')!;
    const reused = page.getByTestId('shots-reused');
    await reused.waitFor({ timeout: 240_000 });
    const second = (await (await page.request.get(`${kiln!.url}/api/jobs/${secondJob}`)).json()) as { input: { editOf: string }; output: Output };
    expect(second.input.editOf).toBe(firstJob);
    const { reused: kept, rendered } = second.output.shots!;
    const shots = second.output.shotPictures.map((_, shot) => shot);
    expect([...kept, ...rendered].sort((a, b) => a - b)).toEqual(shots);
    // The two shots beside the moved cut and those showing the swapped picture are rendered; what a
    // crossfade joins to them may be too; everything else is reused.
    for (const shot of [cut, cut + 1, ...swappedShots]) expect(rendered).toContain(shot);
    const touched = new Set([...near([cut, cut + 1]), ...near(swappedShots)]);
    for (const shot of rendered) expect(touched.has(shot), `shot ${shot} was rendered again`).toBe(true);
    expect(kept.length).toBeGreaterThan(0);
    expect(second.output.cuts[cut]).toBeCloseTo(limit - 0.1, 1);
    expect(await reused.textContent()).toMatch(new RegExp(`${kept.length} of ${shots.length} shots were reused`));

    // The page plays the new video, and shows the swapped picture among the pictures.
    const video = page.getByTestId('music-video');
    await expect.poll(() => video.getAttribute('src')).toContain(second.output.videoAssetId);
    expect(second.output.videoAssetId).not.toBe(first.videoAssetId);
    expect(second.output.imageAssetIds[moment!]).not.toBe(first.imageAssetIds[moment!]);
    const pictures = page.getByTestId('moment-gallery').getByRole('img');
    await expect.poll(() => pictures.count()).toBe(second.output.imageAssetIds.length);
    expect(await pictures.nth(moment!).getAttribute('src')).toContain(second.output.imageAssetIds[moment!]);

    // Back on the first video: one picture drawn again and one section restyled, in one re-render.
    const sectionOf = await Promise.all(first.imageAssetIds.map(async (id) => Number((await (await page.request.get(`${kiln!.url}/api/assets/${id}`)).json()).metadata.section)));
    const perSection = sectionOf.map((section) => sectionOf.filter((other) => other === section).length);
    const section = sectionOf[perSection.indexOf(Math.min(...perSection))];
    const redrawn = sectionOf.findLastIndex((other) => other !== section);
    const changed = sectionOf.flatMap((other, index) => (other === section || index === redrawn ? [index] : []));
    expect(changed.length, `pictures left alone (sections ${sectionOf.join(',')})`).toBeLessThan(first.imageAssetIds.length);
    await page.goto(`${kiln!.url}/music-video?job=${firstJob}`);
    await page.getByTestId('picture-redraws').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: new RegExp(`^New picture for Picture ${redrawn + 1}\\b`) }).click();
    const styleField = page.getByLabel(new RegExp(`^Change style: Section ${section + 1}[ ,]`));
    await page.getByRole('button', { name: `Apply the style to section ${section + 1}` }).click();
    await expect.poll(() => page.getByText('Write a few words for how this section should look.').count()).toBe(1);
    await styleField.fill('city rooftops at night, neon');
    await page.getByRole('button', { name: `Apply the style to section ${section + 1}` }).click();
    const pending = page.getByTestId('pending-edits');
    await expect.poll(() => pending.textContent()).toMatch(new RegExp(`New picture for Picture ${redrawn + 1}\\b`));
    await expect.poll(() => pending.textContent()).toMatch(/Section \d+ .*“city rooftops at night, neon”/);
    await page.getByRole('button', { name: 'Re-render with these changes' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('job')).not.toBe(firstJob);
    const thirdJob = new URL(page.url()).searchParams.get('job')!;
    expect(thirdJob).not.toBe(secondJob);
    await reused.waitFor({ timeout: 240_000 });
    const third = ((await (await page.request.get(`${kiln!.url}/api/jobs/${thirdJob}`)).json()) as { output: Output }).output;
    for (const [index, id] of third.imageAssetIds.entries()) {
      if (changed.includes(index)) expect(id, `picture ${index + 1} is drawn again`).not.toBe(first.imageAssetIds[index]);
      else expect(id, `picture ${index + 1} is reused`).toBe(first.imageAssetIds[index]);
    }
    const changedShots = first.shotPictures.flatMap((picture, shot) => (changed.includes(picture) ? [shot] : []));
    for (const shot of third.shots!.rendered) expect(near(changedShots).has(shot), `shot ${shot} was rendered again`).toBe(true);
    expect(third.shots!.reused.length).toBeGreaterThan(0);
    await expect.poll(() => reused.textContent()).toMatch(new RegExp(`${third.shots!.reused.length} of ${third.shotPictures.length} shots were reused`));
    // The gallery shows the new pictures and those reused from the first video, in order.
    await expect.poll(() => pictures.count()).toBe(third.imageAssetIds.length);
    for (const [index, id] of third.imageAssetIds.entries()) expect(await pictures.nth(index).getAttribute('src')).toContain(id);

    // On a phone the timeline scrolls inside its box, the page does not, and a cut is a 44 px target.
    await page.setViewportSize({ width: 390, height: 844 });
    await timeline.waitFor();
    expect(await timeline.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const target = (await page.getByTestId('cut-handle').first().boundingBox())!;
    expect(Math.min(target.width, target.height)).toBeGreaterThanOrEqual(44);
    for (const button of [page.getByRole('button', { name: /^New picture for / }).first(), page.getByRole('button', { name: /^Apply the style to section / }).first()]) {
      await button.scrollIntoViewIfNeeded();
      const box = (await button.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    }
    await timeline.screenshot({ path: '/tmp/kiln-music-video-editor-390.png' });
    await page.screenshot({ path: '/tmp/kiln-music-video-editor-390-page.png', fullPage: true, animations: 'disabled' });
    await page.close();
  });
});
