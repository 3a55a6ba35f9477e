import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageConformance } from '../conformance/image.conformance.ts';
import { samplePicture } from '../conformance/conformance-setup.ts';
import { closedPortURL } from '../testing/closed-port.ts';
import type { StandIn } from '../testing/start-stand-in.ts';
import { defaultComfyTextToImageWorkflow } from '../comfyui/comfyui-image-workflow.ts';
import { createAutomatic1111ImageModel } from '../automatic1111/create-automatic1111-image-model.ts';
import { createComfyUiImageModel } from '../comfyui/create-comfyui-image-model.ts';
import { startAutomatic1111StandIn } from '../automatic1111/testing/automatic1111-stand-in.ts';
import { startComfyUiStandIn, type ComfyUiStandIn } from '../comfyui/testing/comfyui-stand-in.ts';
import { promptColour } from './testing/solid-picture.ts';

let a1111: StandIn;
let slowA1111: StandIn;
let comfy: ComfyUiStandIn;
let slowComfy: ComfyUiStandIn;
let deadURL: string;
beforeAll(async () => {
  [a1111, slowA1111, comfy, slowComfy, deadURL] = await Promise.all([
    startAutomatic1111StandIn(), startAutomatic1111StandIn({ delayMs: 5000 }), startComfyUiStandIn(), startComfyUiStandIn({ runMs: 5000 }), closedPortURL(),
  ]);
});
afterAll(async () => {
  await Promise.all([a1111.close(), slowA1111.close(), comfy.close(), slowComfy.close()]);
});

/** The colour of the picture's centre pixel. */
async function centreColour(png: Uint8Array): Promise<{ r: number; g: number; b: number }> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const offset = (Math.floor(info.height / 2) * info.width + Math.floor(info.width / 2)) * info.channels;
  return { r: data[offset], g: data[offset + 1], b: data[offset + 2] };
}

imageConformance('automatic1111 (contract test against local stand-in)', {
  model: () => createAutomatic1111ImageModel({ baseURL: a1111.origin }),
  provider: 'automatic1111',
  modelId: 'default',
  slow: () => createAutomatic1111ImageModel({ baseURL: slowA1111.origin }),
  unreachable: () => createAutomatic1111ImageModel({ baseURL: deadURL }),
});

imageConformance('comfyui (contract test against local stand-in)', {
  model: () => createComfyUiImageModel({ baseURL: comfy.origin }),
  provider: 'comfyui',
  modelId: 'sd_turbo.safetensors',
  slow: () => createComfyUiImageModel({ baseURL: slowComfy.origin }),
  unreachable: () => createComfyUiImageModel({ baseURL: deadURL }),
});

describe('AUTOMATIC1111 image model (contract test against local stand-in)', () => {
  it('draws with txt2img, sending the prompt, size, seed and sampler settings', async () => {
    const model = createAutomatic1111ImageModel({ baseURL: a1111.origin, steps: 4, cfgScale: 2, samplerName: 'DPM++ 2M' });
    const result = await model.generate({ prompt: 'a lighthouse in a storm', negativePrompt: 'people', width: 128, height: 96, seed: 5 });
    const request = a1111.requests.at(-1)!;
    expect(request.path).toBe('/sdapi/v1/txt2img');
    expect(request.json()).toMatchObject({ prompt: 'a lighthouse in a storm', negative_prompt: 'people', width: 128, height: 96, seed: 5, steps: 4, cfg_scale: 2, sampler_name: 'DPM++ 2M' });
    expect(result.warnings).toEqual([]);
    expect(await sharp(result.image.data).metadata()).toMatchObject({ width: 128, height: 96, format: 'png' });
    expect(await centreColour(result.image.data)).toEqual(promptColour('a lighthouse in a storm'));
  });

  it('starts from the first reference picture with img2img and says the others were not used', async () => {
    const first = samplePicture();
    const second = { data: new Uint8Array(await sharp({ create: { width: 8, height: 8, channels: 3, background: '#00ff00' } }).png().toBuffer()), mediaType: 'image/png' };
    const result = await createAutomatic1111ImageModel({ baseURL: a1111.origin }).generate({ prompt: 'the hero in a forest', width: 64, height: 64, referenceImages: [first, second] });
    const request = a1111.requests.at(-1)!;
    expect(request.path).toBe('/sdapi/v1/img2img');
    const body = request.json();
    expect(Buffer.from(body.init_images[0], 'base64').equals(Buffer.from(first.data))).toBe(true);
    expect(body.init_images).toHaveLength(1);
    expect(body.denoising_strength).toBeGreaterThan(0.3);
    expect(body.denoising_strength).toBeLessThan(0.9);
    expect(result.warnings).toEqual([expect.objectContaining({ setting: 'referenceImages', message: expect.stringContaining('first of the 2 reference images') })]);
  });

  it('rounds sizes to multiples of 8 and says so', async () => {
    const result = await createAutomatic1111ImageModel({ baseURL: a1111.origin }).generate({ prompt: 'dunes', width: 962, height: 540 });
    expect(a1111.requests.at(-1)!.json()).toMatchObject({ width: 960, height: 544 });
    expect(result.warnings).toEqual([expect.objectContaining({ setting: 'width', message: expect.stringContaining('960x544 instead of 962x540') })]);
  });
});

describe('ComfyUI image model (contract test against local stand-in)', () => {
  it('queues the text-to-image graph and fetches the saved picture', async () => {
    const result = await createComfyUiImageModel({ baseURL: comfy.origin, steps: 3 }).generate({ prompt: 'a red kite', width: 96, height: 64, seed: 11 });
    const graph = comfy.graphs.at(-1)!;
    expect(Object.values(graph).map((node) => node.class_type).sort()).toEqual(['CLIPTextEncode', 'CLIPTextEncode', 'CheckpointLoaderSimple', 'EmptyLatentImage', 'KSampler', 'SaveImage', 'VAEDecode']);
    expect(graph.latent.inputs).toMatchObject({ width: 96, height: 64 });
    expect(graph.sampled.inputs).toMatchObject({ seed: 11, steps: 3, denoise: 1 });
    expect(graph.positive.inputs.text).toBe('a red kite');
    expect(await centreColour(result.image.data)).toEqual(promptColour('a red kite'));
  });

  it('uploads the first reference and encodes it as the starting latent, denoise below 1', async () => {
    const before = comfy.uploads.length;
    const reference = samplePicture();
    const result = await createComfyUiImageModel({ baseURL: comfy.origin }).generate({ prompt: 'the hero at sea', width: 64, height: 64, referenceImages: [reference] });
    expect(comfy.uploads.length).toBe(before + 1);
    const graph = comfy.graphs.at(-1)!;
    expect(graph.reference).toMatchObject({ class_type: 'LoadImage', inputs: { image: comfy.uploads.at(-1) } });
    expect(graph.latent.class_type).toBe('VAEEncode');
    expect(graph.sampled.inputs.denoise).toBeLessThan(1);
    expect(result.warnings).toEqual([]);
    expect(await sharp(result.image.data).metadata()).toMatchObject({ width: 64, height: 64 });
  });

  it('runs a configured imageWorkflow with its placeholders filled', async () => {
    const imageWorkflow = structuredClone(defaultComfyTextToImageWorkflow);
    imageWorkflow.sampled.inputs.sampler_name = 'dpmpp_2m';
    imageWorkflow.positive.inputs.text = 'masterpiece, {{prompt}}';
    await createComfyUiImageModel({ baseURL: comfy.origin, imageWorkflow }).generate({ prompt: 'a barn', width: 64, height: 64, seed: 2 });
    const graph = comfy.graphs.at(-1)!;
    expect(graph.positive.inputs.text).toBe('masterpiece, a barn');
    expect(graph.sampled.inputs).toMatchObject({ sampler_name: 'dpmpp_2m', seed: 2 });
  });

  it('refuses, as unsupported, a reference workflow called without a reference', async () => {
    const imageWorkflow = { ...defaultComfyTextToImageWorkflow, reference: { class_type: 'LoadImage', inputs: { image: '{{image}}' } } };
    await expect(createComfyUiImageModel({ baseURL: comfy.origin, imageWorkflow }).generate({ prompt: 'x', width: 64, height: 64 }))
      .rejects.toMatchObject({ code: 'provider_unsupported' });
  });
});
