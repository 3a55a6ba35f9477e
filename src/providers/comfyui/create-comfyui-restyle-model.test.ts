import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPortURL } from '../testing/closed-port.ts';
import { sceneJpeg } from '../../live-style/testing/camera-frame.ts';
import { fillComfyWorkflow, defaultComfyWorkflow } from './comfyui-workflow.ts';
import { createComfyUiRestyleModel } from './create-comfyui-restyle-model.ts';
import { restyleConformance } from '../conformance/restyle.conformance.ts';
import { startComfyUiStandIn, type ComfyUiStandIn } from './testing/comfyui-stand-in.ts';

let standIn: ComfyUiStandIn;
let slowStandIn: ComfyUiStandIn;
let deadURL: string;
beforeAll(async () => {
  [standIn, slowStandIn, deadURL] = await Promise.all([startComfyUiStandIn(), startComfyUiStandIn({ runMs: 5000 }), closedPortURL()]);
});
afterAll(async () => {
  await Promise.all([standIn.close(), slowStandIn.close()]);
});

restyleConformance('comfyui (contract test against local stand-in)', {
  model: () => createComfyUiRestyleModel({ baseURL: standIn.origin }),
  provider: 'comfyui',
  modelId: 'sd_turbo.safetensors',
  slow: () => createComfyUiRestyleModel({ baseURL: slowStandIn.origin }),
  unreachable: () => createComfyUiRestyleModel({ baseURL: deadURL }),
});

describe('ComfyUI restyle model (contract test against local stand-in)', () => {
  it('uploads the frame, queues SD-Turbo img2img in one step, polls the history and fetches the picture', async () => {
    const model = createComfyUiRestyleModel({ baseURL: standIn.origin });
    const result = await model.restyle({ image: { data: await sceneJpeg(0, 320), mediaType: 'image/jpeg' }, prompt: 'preset:watercolor', strength: 0.55, seed: 9 });
    const graph = standIn.graphs.at(-1)!;
    expect(graph.frame.inputs.image).toBe(standIn.uploads.at(-1));
    expect(graph.sampled.inputs).toMatchObject({ seed: 9, steps: 1, cfg: 1, denoise: 0.55 });
    expect(graph.resized.inputs).toMatchObject({ width: 512, height: 512 });
    expect(graph.positive.inputs.text).toBe('watercolour painting, soft washes, paper texture');
    expect(result.image.mediaType).toBe('image/png');
    expect(await sharp(result.image.data).metadata()).toMatchObject({ width: 512, height: 512 });
  });

  it('reuses a handful of upload names, so a long session does not fill the input folder', async () => {
    const model = createComfyUiRestyleModel({ baseURL: standIn.origin });
    const before = standIn.uploads.length;
    const frame = await sceneJpeg(0, 64);
    for (let count = 0; count < 6; count++) await model.restyle({ image: { data: frame, mediaType: 'image/jpeg' }, prompt: 'cartoon' });
    expect(new Set(standIn.uploads.slice(before)).size).toBe(4);
  });

  it('runs a custom workflow with its placeholders filled, numbers as numbers', () => {
    const filled = fillComfyWorkflow({ ...defaultComfyWorkflow, note: { class_type: 'Note', inputs: { text: 'seed {{seed}} for {{prompt}}' } } }, { seed: 5, prompt: 'ink', strength: 0.4 });
    expect(filled.sampled.inputs).toMatchObject({ seed: 5, denoise: 0.4, steps: '{{steps}}' });
    expect(filled.note.inputs.text).toBe('seed 5 for ink');
  });

  it('reports a missing checkpoint as unavailable, so the fallback list moves on', async () => {
    const model = createComfyUiRestyleModel({ baseURL: standIn.origin, checkpoint: 'sdxl_turbo.safetensors' });
    await expect(model.restyle({ image: { data: await sceneJpeg(), mediaType: 'image/jpeg' }, prompt: 'cartoon' })).rejects.toMatchObject({
      code: 'provider_unavailable', message: expect.stringContaining('does not have the checkpoint sdxl_turbo.safetensors'),
    });
  });

  it('reports a workflow that fails while running as a provider failure with ComfyUI’s message', async () => {
    const failing = await startComfyUiStandIn({ failWith: 'CUDA out of memory' });
    try {
      await expect(createComfyUiRestyleModel({ baseURL: failing.origin }).restyle({ image: { data: await sceneJpeg(), mediaType: 'image/jpeg' }, prompt: 'cartoon' }))
        .rejects.toMatchObject({ code: 'provider_failed', message: 'comfyui failed to run the workflow: CUDA out of memory' });
    } finally {
      await failing.close();
    }
  });

  it('takes an abandoned frame off the queue', async () => {
    const controller = new AbortController();
    const call = createComfyUiRestyleModel({ baseURL: slowStandIn.origin }).restyle({ image: { data: await sceneJpeg(), mediaType: 'image/jpeg' }, prompt: 'cartoon', abortSignal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
    await expect.poll(() => slowStandIn.deleted.length).toBe(1);
  });

  it('is healthy when /system_stats answers', async () => {
    expect(await createComfyUiRestyleModel({ baseURL: standIn.origin }).health(AbortSignal.timeout(2000))).toEqual({ state: 'ready', device: 'remote' });
    expect((await createComfyUiRestyleModel({ baseURL: deadURL }).health(AbortSignal.timeout(2000))).state).toBe('unavailable');
  });
});
