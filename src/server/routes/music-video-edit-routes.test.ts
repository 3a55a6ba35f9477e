import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobRecord } from '../../runtime/contracts.ts';
import { characterPng, testSongWav, waitForJobEnd } from '../../pipelines/music-video/testing/music-video-fixtures.ts';
import type { MusicVideoOutput } from '../../pipelines/music-video/music-video-pipeline.ts';
import { localUserId } from '../../runtime/local-user.ts';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { toolMissing } from '../../runtime/testing/tool-missing.ts';
import { buildApp } from '../build-app.ts';
import { multipartBody } from '../testing/multipart-body.ts';

describe.skipIf(toolMissing('ffmpeg'))('POST /api/music-videos/:id/edits (needs ffmpeg)', () => {
  let kiln: TestRuntime;
  let app: FastifyInstance;
  let first: JobRecord;

  beforeAll(async () => {
    kiln = await createTestRuntime();
    app = await buildApp(kiln.runtime, { auth: kiln.auth });
    const body = multipartBody([
      { kind: 'file', field: 'song', filename: 'song.wav', contentType: 'audio/wav', data: testSongWav(12).wav },
      { kind: 'file', field: 'character', filename: 'hero.png', contentType: 'image/png', data: await characterPng() },
      { kind: 'field', field: 'moments', value: '3' }, { kind: 'field', field: 'width', value: '320' }, { kind: 'field', field: 'height', value: '180' },
    ]);
    const started = await app.inject({ method: 'POST', url: '/api/music-videos', payload: body.payload, headers: body.headers });
    first = await waitForJobEnd(kiln.runtime, localUserId, started.json().id, 180_000);
    expect(first.error).toBeNull();
  }, 240_000);
  /** A video of a 20 s song, whose analysis finds two sections (the 12 s one has one). */
  const twoSectionVideo = async () => {
    const body = multipartBody([
      { kind: 'file', field: 'song', filename: 'song.wav', contentType: 'audio/wav', data: testSongWav(20).wav },
      { kind: 'field', field: 'moments', value: '3' }, { kind: 'field', field: 'width', value: '320' }, { kind: 'field', field: 'height', value: '180' },
    ]);
    return finish(await app.inject({ method: 'POST', url: '/api/music-videos', payload: body.payload, headers: body.headers }));
  };
  afterAll(async () => {
    await app?.close();
    await kiln?.close();
  });

  const edit = (jobId: string, body: unknown) => app.inject({ method: 'POST', url: `/api/music-videos/${jobId}/edits`, payload: body as Record<string, unknown> });
  const outputOf = (job: JobRecord) => job.output as MusicVideoOutput;
  const cachedSteps = (job: JobRecord) => Object.fromEntries(job.steps.map((step) => [step.name, step.cached]));
  const finish = async (response: { statusCode: number; json(): { id: string } }) => {
    expect(response.statusCode).toBe(202);
    const job = await waitForJobEnd(kiln.runtime, localUserId, response.json().id, 180_000);
    expect(job.error).toBeNull();
    return job;
  };
  const picture = async (assetId: string) => {
    const asset = await kiln.runtime.assets.get(localUserId, assetId);
    return { metadata: asset.metadata, hash: createHash('sha256').update(await kiln.runtime.assets.read(asset)).digest('hex') };
  };
  /** The shots showing picture `moment`, and those beside them that a crossfade joins to them. */
  const shotsShowing = (output: MusicVideoOutput, moments: number[]) => {
    const showing = output.shotPictures!.flatMap((shown, shot) => (moments.includes(shown) ? [shot] : []));
    return { showing, near: new Set(showing.flatMap((shot) => [shot - 1, shot, shot + 1])) };
  };

  it('draws one picture again: only that picture changes, the shots not showing it are reused, and a second drawing differs from the first', async () => {
    const before = outputOf(first);
    // A picture some shots do not show, so there are shots to reuse.
    const moment = before.shotPictures!.find((shown) => before.shotPictures!.some((other) => other !== shown))!;
    const redrawn = await finish(await edit(first.id, { regeneratePictures: [{ moment }] }));
    expect(cachedSteps(redrawn)).toEqual({ analyze: true, images: false, video: false });
    const once = outputOf(redrawn);
    expect(once.imageAssetIds[moment]).not.toBe(before.imageAssetIds[moment]);
    expect(once.imageAssetIds.filter((_, index) => index !== moment)).toEqual(before.imageAssetIds.filter((_, index) => index !== moment));
    const [old, now] = await Promise.all([picture(before.imageAssetIds[moment]), picture(once.imageAssetIds[moment])]);
    expect(now.hash).not.toBe(old.hash);
    expect(now.metadata.prompt).toBe(old.metadata.prompt);
    const { showing, near } = shotsShowing(before, [moment]);
    for (const shot of showing) expect(once.shots!.rendered).toContain(shot);
    for (const shot of once.shots!.rendered) expect(near.has(shot), `shot ${shot} was rendered again`).toBe(true);
    expect(once.shots!.reused.length).toBeGreaterThan(0);

    // Asked again, of the corrected video: a third drawing, unlike both before it; the others still as first drawn.
    const again = outputOf(await finish(await edit(redrawn.id, { regeneratePictures: [{ moment }] })));
    expect((redrawn.input as { edits: { regeneratePictures: unknown } }).edits.regeneratePictures).toEqual([{ moment, draw: 1 }]);
    expect(again.imageAssetIds.filter((_, index) => index !== moment)).toEqual(before.imageAssetIds.filter((_, index) => index !== moment));
    const twice = await picture(again.imageAssetIds[moment]);
    expect(new Set([old.hash, now.hash, twice.hash]).size).toBe(3);
    expect(again.shots!.reused.length).toBeGreaterThan(0);
  }, 480_000);

  it('gives one section its own style: only the pictures of that section are drawn again, from those words', async () => {
    const source = await twoSectionVideo();
    const before = outputOf(source);
    const pictures = await Promise.all(before.imageAssetIds.map(picture));
    const sections = pictures.map((shown) => shown.metadata.section as number);
    expect(new Set(sections).size, `pictures in more than one section (${sections.join(',')})`).toBeGreaterThan(1);
    // The section with the fewest pictures, so most are reused.
    const counts = sections.map((section) => sections.filter((other) => other === section).length);
    const section = sections[counts.indexOf(Math.min(...counts))];
    const restyled = await finish(await edit(source.id, { sectionStyles: [{ section, style: '  city rooftops at night, neon ' }] }));
    expect(cachedSteps(restyled)).toEqual({ analyze: true, images: false, video: false });
    const after = outputOf(restyled);
    for (const [index, inSection] of sections.entries()) {
      if (inSection === section) {
        expect(after.imageAssetIds[index]).not.toBe(before.imageAssetIds[index]);
        expect(String((await picture(after.imageAssetIds[index])).metadata.prompt)).toMatch(/^city at night, city rooftops, neon, /);
      } else {
        expect(after.imageAssetIds[index]).toBe(before.imageAssetIds[index]);
      }
    }
    const changed = sections.flatMap((inSection, index) => (inSection === section ? [index] : []));
    const { near } = shotsShowing(before, changed);
    for (const shot of after.shots!.rendered) expect(near.has(shot), `shot ${shot} was rendered again`).toBe(true);
    expect(after.shots!.reused.length).toBeGreaterThan(0);
  }, 240_000);

  it('moves one cut and renders again only the shots beside it, the rest taken from the first render', async () => {
    const { cuts, shots } = outputOf(first);
    expect(shots).toEqual({ reused: [], rendered: Array.from({ length: cuts.length + 1 }, (_, index) => index) });
    expect(cuts.length).toBeGreaterThanOrEqual(3);
    const moved = Math.floor(cuts.length / 2);
    const to = Math.round((cuts[moved] + 0.25) * 1000) / 1000;
    const response = await edit(first.id, { moveCuts: [{ from: cuts[moved], to }] });
    expect(response.statusCode).toBe(202);
    const second = await waitForJobEnd(kiln.runtime, localUserId, response.json().id, 180_000);
    expect(second.error).toBeNull();
    expect(cachedSteps(second)).toEqual({ analyze: true, images: true, video: false });
    expect(outputOf(second).cuts[moved]).toBeCloseTo(to, 1);
    expect(outputOf(second).cuts.filter((_, index) => index !== moved)).toEqual(cuts.filter((_, index) => index !== moved));
    // The shots before and after the moved cut change (and the one before them if the first dissolves in); every other comes from the cache.
    const { reused, rendered } = outputOf(second).shots!;
    expect(rendered).toEqual(expect.arrayContaining([moved, moved + 1]));
    expect(rendered.every((shot) => shot >= moved - 1 && shot <= moved + 1)).toBe(true);
    expect([...reused, ...rendered].sort((a, b) => a - b)).toEqual(Array.from({ length: cuts.length + 1 }, (_, index) => index));
  }, 240_000);

  it('swaps one picture, reusing the pictures as drawn and every shot that does not show it', async () => {
    const picture = await kiln.runtime.assets.put({ ownerId: localUserId, data: await characterPng('#2e86e4'), mediaType: 'image/png', name: 'mine.png' });
    const response = await edit(first.id, { swapPictures: [{ moment: 1, assetId: picture.id }] });
    expect(response.statusCode).toBe(202);
    const swapped = await waitForJobEnd(kiln.runtime, localUserId, response.json().id, 180_000);
    expect(swapped.error).toBeNull();
    expect(cachedSteps(swapped)).toEqual({ analyze: true, images: true, video: false });
    expect(outputOf(swapped).imageAssetIds[1]).toBe(picture.id);
    expect(outputOf(swapped).cuts).toEqual(outputOf(first).cuts);
    const { reused, rendered } = outputOf(swapped).shots!;
    expect(rendered.length).toBeGreaterThan(0);
    expect(reused.length).toBeGreaterThan(0);
  }, 240_000);

  it('refuses edits that do not fit the video, and a video that is not the user’s, starting nothing', async () => {
    const before = (await kiln.runtime.jobs.list(localUserId, {})).length;
    const { cuts } = outputOf(first);
    const noCut = await edit(first.id, { moveCuts: [{ from: cuts[0] + 0.3, to: cuts[0] }] });
    expect(noCut.statusCode).toBe(400);
    expect(noCut.json().error.message).toMatch(/There is no cut at/);
    const tooFar = await edit(first.id, { moveCuts: [{ from: cuts[0], to: cuts[1] + 1 }] });
    expect(tooFar.statusCode).toBe(400);
    expect(tooFar.json().error.message).toMatch(/can move between/);
    const nothing = await edit(first.id, {});
    expect(nothing.statusCode).toBe(400);
    const noMoment = await edit(first.id, { swapPictures: [{ moment: 99, assetId: outputOf(first).imageAssetIds[0] }] });
    expect(noMoment.statusCode).toBe(400);
    const theirs = await kiln.runtime.assets.put({ ownerId: 'someone-else', data: await characterPng(), mediaType: 'image/png', name: 'theirs.png' });
    expect((await edit(first.id, { swapPictures: [{ moment: 0, assetId: theirs.id }] })).statusCode).toBe(404);
    const notAPicture = await edit(first.id, { swapPictures: [{ moment: 0, assetId: (first.input as { songAssetId: string }).songAssetId }] });
    expect(notAPicture.statusCode).toBe(415);
    const lateBar = await edit(first.id, { barOneSeconds: 999 });
    expect(lateBar.statusCode).toBe(400);
    const noPicture = await edit(first.id, { regeneratePictures: [{ moment: 99 }] });
    expect(noPicture.statusCode).toBe(400);
    expect(noPicture.json().error.message).toMatch(/^regeneratePictures: .*no moment 99/);
    const noSection = await edit(first.id, { sectionStyles: [{ section: 99, style: 'a forest' }] });
    expect(noSection.statusCode).toBe(400);
    expect(noSection.json().error.message).toMatch(/^sectionStyles: .*no section 99/);
    for (const style of ['   ', 'x'.repeat(501)]) {
      const badStyle = await edit(first.id, { sectionStyles: [{ section: 0, style }] });
      expect(badStyle.statusCode).toBe(400);
      expect(badStyle.json().error.message).toMatch(/sectionStyles\.0\.style/);
    }
    const othersJob = await kiln.runtime.jobs.create('someone-else', 'music-video', { songAssetId: theirs.id });
    expect((await edit(othersJob.id, { barOneSeconds: 1 })).statusCode).toBe(404);
    await kiln.runtime.jobs.cancel('someone-else', othersJob.id).catch(() => undefined);
    expect((await kiln.runtime.jobs.list(localUserId, {})).length).toBe(before);
  });

  it('sets where bar 1 starts: every cut follows the new bar lines', async () => {
    const { cuts } = outputOf(first);
    // A beat after the first bar line the tracker found.
    const barOne = cuts[0] + 60 / outputOf(first).bpm;
    const response = await edit(first.id, { barOneSeconds: barOne });
    expect(response.statusCode).toBe(202);
    const shifted = await waitForJobEnd(kiln.runtime, localUserId, response.json().id, 180_000);
    expect(shifted.error).toBeNull();
    expect(cachedSteps(shifted)).toEqual({ analyze: true, images: true, video: false });
    // A beat later: the cuts move by one beat (half a second at 120 BPM), not by a bar.
    // The test song is in 4/4: bar lines now fall every four beats from bar 1, and none stays where it was.
    const bar = (4 * 60) / outputOf(first).bpm;
    const onNewBar = (time: number) => Math.abs((((time - barOne) % bar) + bar + bar / 2) % bar - bar / 2) < 0.05;
    const newCuts = outputOf(shifted).cuts;
    expect(newCuts.filter(onNewBar).length).toBeGreaterThanOrEqual((2 / 3) * newCuts.length);
    expect(cuts.filter(onNewBar)).toEqual([]);
  }, 240_000);

  it('the same song and character uploaded again reuse every step, and an edit of that video redraws only the picture asked for', async () => {
    const body = multipartBody([
      { kind: 'file', field: 'song', filename: 'song again.wav', contentType: 'audio/wav', data: testSongWav(12).wav },
      { kind: 'file', field: 'character', filename: 'hero again.png', contentType: 'image/png', data: await characterPng() },
      { kind: 'field', field: 'moments', value: '3' }, { kind: 'field', field: 'width', value: '320' }, { kind: 'field', field: 'height', value: '180' },
    ]);
    const again = await finish(await app.inject({ method: 'POST', url: '/api/music-videos', payload: body.payload, headers: body.headers }));
    const inputOf = (job: JobRecord) => job.input as { songAssetId: string; characterAssetIds: string[] };
    expect(inputOf(again).songAssetId).not.toBe(inputOf(first).songAssetId);
    expect(inputOf(again).characterAssetIds).not.toEqual(inputOf(first).characterAssetIds);
    expect(cachedSteps(again)).toEqual({ analyze: true, images: true, video: true });
    const before = outputOf(again);
    expect(before.videoAssetId).toBe(outputOf(first).videoAssetId);
    // The library names the song as this upload was named, though the video was made for the first.
    const library = (await app.inject({ method: 'GET', url: '/api/music-videos' })).json() as { videos: { jobId: string; songName: string }[] };
    expect(library.videos.find((video) => video.jobId === again.id)?.songName).toBe('song again.wav');
    expect(library.videos.find((video) => video.jobId === first.id)?.songName).toBe('song.wav');

    // Another picture than the first test redrew, whose edit of the first video would share this key.
    const redrawnFirst = before.shotPictures!.find((shown) => before.shotPictures!.some((other) => other !== shown))!;
    const moment = redrawnFirst === 0 ? 1 : 0;
    const redrawn = await finish(await edit(again.id, { regeneratePictures: [{ moment }] }));
    expect(cachedSteps(redrawn)).toEqual({ analyze: true, images: false, video: false });
    const after = outputOf(redrawn);
    // The pictures were drawn for the first upload's characters, and are found by their bytes.
    expect(after.imageAssetIds[moment]).not.toBe(before.imageAssetIds[moment]);
    expect(after.imageAssetIds.filter((_, index) => index !== moment)).toEqual(before.imageAssetIds.filter((_, index) => index !== moment));
  }, 240_000);
});
