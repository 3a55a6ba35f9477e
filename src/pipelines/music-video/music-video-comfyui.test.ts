import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../config/default-config.ts';
import type { KilnConfig } from '../../config/index.ts';
import { MemoryStepCache } from '../../engine/memory-step-cache.ts';
import { runPipeline } from '../../engine/run-pipeline.ts';
import { createProviderRegistry } from '../../providers/index.ts';
import { startComfyUiStandIn, type ComfyUiStandIn } from '../../providers/comfyui/testing/comfyui-stand-in.ts';
import { standInVideoWorkflow } from '../../providers/comfyui/testing/comfyui-video-workflow.ts';
import { audioAnalysisSchema } from '../../media/audio/audio-analysis-schema.ts';
import { probeDuration } from '../../media/ffmpeg/probe-duration.ts';
import { localUserId } from '../../runtime/local-user.ts';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { toolMissing } from '../../runtime/testing/tool-missing.ts';
import { probeMedia } from '../../media/video/probe-media.ts';
import { musicVideoPipeline } from './music-video-pipeline.ts';
import { characterPng, testSongWav } from './testing/music-video-fixtures.ts';

const fps = 12;

// Each test runs a whole (short) music video: on a loaded 2-core machine that passed 30 s.
describe.skipIf(toolMissing('ffmpeg'))('music video through ComfyUI (contract test against local stand-in, needs ffmpeg)', { timeout: 180_000 }, () => {
  let kiln: TestRuntime;
  let songAssetId: string;
  let characterAssetId: string;
  let songSeconds: number;
  let character: Uint8Array;
  let comfy: ComfyUiStandIn;
  let broken: ComfyUiStandIn;

  beforeAll(async () => {
    kiln = await createTestRuntime({ withWorker: false });
    const song = await kiln.runtime.assets.put({ ownerId: localUserId, data: testSongWav(10).wav, mediaType: 'audio/wav', name: 'song.wav' });
    songAssetId = song.id;
    songSeconds = await kiln.runtime.assets.withLocalFile(song, probeDuration);
    character = await characterPng();
    characterAssetId = (await kiln.runtime.assets.put({ ownerId: localUserId, data: character, mediaType: 'image/png', name: 'hero.png' })).id;
    [comfy, broken] = await Promise.all([startComfyUiStandIn(), startComfyUiStandIn({ promptStatus: 500 })]);
  });
  afterAll(async () => {
    await Promise.all([comfy?.close(), broken?.close(), kiln?.close()]);
  });

  function config(comfyURL: string, image: string[]): KilnConfig {
    const defaults = defaultConfig();
    return {
      ...defaults,
      dataDir: kiln.dataDir,
      backends: { ...defaults.backends, 'gpu-box': { type: 'comfyui', baseURL: comfyURL, videoWorkflow: standInVideoWorkflow } },
      capabilities: { ...defaults.capabilities, image },
    };
  }

  // A job recorded as the product records it, its assets in the product's store, but the pipeline run
  // here: each case names its own backends (the runtime's registry is fixed at start), and the step
  // warnings asserted below live in the run's result, not in the job record.
  async function run(kilnConfig: KilnConfig, motion: 'builtin' | 'comfyui') {
    const input = { songAssetId, characterAssetIds: [characterAssetId], style: 'a fox in a neon city', moments: 4, width: 320, height: 180, fps, motion };
    const job = await kiln.runtime.jobs.create(localUserId, 'music-video', input);
    const providers = createProviderRegistry(kilnConfig);
    try {
      return await runPipeline(musicVideoPipeline, {
        jobId: job.id,
        ownerId: localUserId,
        input,
        signal: new AbortController().signal,
        cache: new MemoryStepCache(),
        services: { assets: kiln.runtime.assets, providers, config: kilnConfig },
      });
    } finally {
      await providers.close();
    }
  }
  const videoOf = async (assetId: string) => kiln.runtime.assets.withLocalFile(await kiln.runtime.assets.get(localUserId, assetId), probeMedia);

  it('draws the pictures on comfyui with the character uploaded as the img2img reference, and moves them with ComfyUI clips cut on beats', async () => {
    const uploadsBefore = comfy.uploads.length;
    const result = await run(config(comfy.origin, ['gpu-box:sd_turbo.safetensors', 'builtin:illustrator']), 'comfyui');

    expect(result.nodes.images.servedBy).toEqual(Array(result.output.imageAssetIds.length).fill('gpu-box:sd_turbo.safetensors'));
    const imageGraphs = comfy.graphs.filter((graph) => Object.values(graph).some((node) => node.class_type === 'SaveImage'));
    expect(imageGraphs).toHaveLength(result.output.imageAssetIds.length);
    // The character went up once (named by content) and every picture started from it.
    const characterUpload = comfy.uploads[uploadsBefore];
    expect(characterUpload).toBe(`kiln-reference-${createHash('sha256').update(character).digest('hex').slice(0, 16)}.png`);
    for (const graph of imageGraphs) expect(graph.reference.inputs.image).toBe(characterUpload);

    const videoGraphs = comfy.graphs.filter((graph) => graph.combine?.class_type === 'VHS_VideoCombine');
    expect(result.nodes.video.servedBy).toEqual(['gpu-box:video-workflow']);
    expect(result.nodes.video.warnings).toEqual([]);
    expect(videoGraphs.length).toBe(result.output.cuts.length + 1);
    expect(videoGraphs[0].text.inputs.text).toContain('a fox in a neon city');

    const probed = await videoOf(result.output.videoAssetId);
    expect(probed.streams.map((stream) => `${stream.kind}:${stream.codec}`)).toEqual(['video:h264', 'audio:aac']);
    expect(probed.streams[0]).toMatchObject({ width: 320, height: 180 });
    expect(Math.abs(probed.duration! - songSeconds)).toBeLessThan(0.1);
    const analysisAsset = await kiln.runtime.assets.get(localUserId, result.output.analysisAssetId);
    const analysis = audioAnalysisSchema.parse(JSON.parse(new TextDecoder().decode(await kiln.runtime.assets.read(analysisAsset))));
    expect(result.output.cuts.length).toBeGreaterThanOrEqual(2);
    for (const cut of result.output.cuts) {
      expect(Math.min(...analysis.beats.map((beat) => Math.abs(beat - cut)))).toBeLessThanOrEqual(1 / fps);
    }
  });

  it('falls back to the built-in Ken Burns motion when ComfyUI answers 500, and says so', async () => {
    const result = await run(config(broken.origin, ['gpu-box:sd_turbo.safetensors', 'builtin:illustrator']), 'comfyui');
    // Drawing fell back too: a 500 is a failure, so the registry's next image backend served.
    expect(new Set(result.nodes.images.servedBy)).toEqual(new Set(['builtin:illustrator']));
    expect(result.nodes.video.servedBy).toEqual(['builtin:ken-burns']);
    expect(result.nodes.video.warnings).toEqual([expect.objectContaining({ setting: 'motion', message: expect.stringMatching(/^gpu-box could not make the video clips .*Ken Burns/) })]);
    // Both fallbacks are on the record for the studio's notice, not only in warnings.
    expect(result.nodes.images.passedOver).toEqual([{ candidate: 'gpu-box:sd_turbo.safetensors', reason: expect.any(String) }]);
    expect(result.nodes.video.passedOver).toEqual([{ candidate: 'gpu-box:video-workflow', reason: expect.any(String) }]);
    expect(Math.abs((await videoOf(result.output.videoAssetId)).duration! - songSeconds)).toBeLessThan(0.1);
  });

  it('passes over the video backend capabilities.video names when it fails, to Ken Burns, with its reason on the record and in the warning', async () => {
    // A working video workflow beside it goes unused: the list named is the list tried.
    const defaults = defaultConfig();
    const kilnConfig: KilnConfig = {
      ...defaults,
      dataDir: kiln.dataDir,
      backends: {
        ...defaults.backends,
        'gpu-box': { type: 'comfyui', baseURL: comfy.origin, videoWorkflow: standInVideoWorkflow },
        'broken-box': { type: 'comfyui', baseURL: broken.origin, videoWorkflow: standInVideoWorkflow },
      },
      capabilities: { ...defaults.capabilities, video: ['broken-box:video-workflow'] },
    };
    const videoGraphsBefore = comfy.graphs.length;
    const result = await run(kilnConfig, 'comfyui');
    expect(result.nodes.video.servedBy).toEqual(['builtin:ken-burns']);
    expect(comfy.graphs.length).toBe(videoGraphsBefore);
    const [passed] = result.nodes.video.passedOver!;
    expect(result.nodes.video.passedOver).toEqual([{ candidate: 'broken-box:video-workflow', reason: expect.stringContaining('500') }]);
    expect(result.nodes.video.warnings).toEqual([{ setting: 'motion', message: `broken-box could not make the video clips (${passed.reason.replace(/\.$/, '')}), so the pictures move with the built-in Ken Burns motion.` }]);
  });

  it('uses the built-in motion, with a warning, when no ComfyUI video workflow is configured', async () => {
    const result = await run({ ...defaultConfig(), dataDir: kiln.dataDir }, 'comfyui');
    expect(result.nodes.video.servedBy).toEqual(['builtin:ken-burns']);
    expect(result.nodes.video.warnings).toEqual([expect.objectContaining({ setting: 'motion', message: expect.stringContaining('No comfyui backend with a videoWorkflow') })]);
  });
});
