import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toolMissing } from '../../runtime/testing/tool-missing.ts';
import { probeMedia } from '../../media/video/probe-media.ts';
import { createComfyUiVideoClient } from './create-comfyui-video-client.ts';
import { startComfyUiStandIn, type ComfyUiStandIn } from './testing/comfyui-stand-in.ts';
import { standInVideoWorkflow } from './testing/comfyui-video-workflow.ts';

const solid = async (background: string) => ({ data: new Uint8Array(await sharp({ create: { width: 64, height: 36, channels: 3, background } }).png().toBuffer()), mediaType: 'image/png' });

describe.skipIf(toolMissing('ffmpeg'))('ComfyUI video client (contract test against local stand-in, needs ffmpeg)', () => {
  let comfy: ComfyUiStandIn;
  beforeAll(async () => {
    comfy = await startComfyUiStandIn();
  });
  afterAll(() => comfy.close());

  it('uploads both pictures, queues the workflow with its placeholders filled and downloads the MP4 it wrote', async () => {
    const client = createComfyUiVideoClient({ baseURL: comfy.origin, name: 'gpu-box', videoWorkflow: standInVideoWorkflow });
    const clip = await client.renderClip({ startImage: await solid('#ff0000'), endImage: await solid('#0000ff'), frames: 30, fps: 12, width: 160, height: 90, prompt: 'a fox runs', seed: 3 });
    expect(comfy.uploads.slice(-2)).toHaveLength(2);
    expect(new Set(comfy.uploads.slice(-2)).size).toBe(2);
    const graph = comfy.graphs.at(-1)!;
    expect(graph.start.inputs.image).toBe(comfy.uploads.at(-2));
    expect(graph.end.inputs.image).toBe(comfy.uploads.at(-1));
    expect(graph.video.inputs).toMatchObject({ length: 30, width: 160, height: 90 });
    expect(graph.combine.inputs).toMatchObject({ frame_rate: 12, seed: 3 });
    expect(graph.text.inputs.text).toBe('a fox runs, smooth camera motion');
    expect(clip.extension).toBe('mp4');
    // The stand-in makes 4n+1 frames as Wan does: 29 frames at 12 fps.
    const probed = await probeMedia(clip.data);
    expect(probed.streams[0]).toMatchObject({ kind: 'video', codec: 'h264', width: 160, height: 90 });
    expect(probed.duration).toBeCloseTo(29 / 12, 1);
  });

  it('asks for at most maxFrames, and reports a server error as a provider error', async () => {
    const client = createComfyUiVideoClient({ baseURL: comfy.origin, videoWorkflow: standInVideoWorkflow, maxFrames: 17 });
    await client.renderClip({ startImage: await solid('#ffffff'), endImage: await solid('#000000'), frames: 200, fps: 12, width: 64, height: 64, prompt: 'x' });
    expect(comfy.graphs.at(-1)!.video.inputs.length).toBe(17);
    const broken = await startComfyUiStandIn({ promptStatus: 500 });
    try {
      await expect(createComfyUiVideoClient({ baseURL: broken.origin, videoWorkflow: standInVideoWorkflow })
        .renderClip({ startImage: await solid('#ffffff'), endImage: await solid('#000000'), frames: 20, fps: 12, width: 64, height: 64, prompt: 'x' }))
        .rejects.toMatchObject({ code: expect.stringMatching(/^provider_/) });
    } finally {
      await broken.close();
    }
  });

  it('refuses to be made without a videoWorkflow', () => {
    expect(() => createComfyUiVideoClient({ name: 'gpu-box' } as never)).toThrow(/gpu-box has no videoWorkflow/);
  });
});
