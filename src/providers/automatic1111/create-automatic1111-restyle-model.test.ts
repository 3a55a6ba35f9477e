import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPortURL } from '../testing/closed-port.ts';
import type { StandIn } from '../testing/start-stand-in.ts';
import { sceneJpeg } from '../../live-style/testing/camera-frame.ts';
import { createAutomatic1111RestyleModel } from './create-automatic1111-restyle-model.ts';
import { restyleConformance } from '../conformance/restyle.conformance.ts';
import { startAutomatic1111StandIn } from './testing/automatic1111-stand-in.ts';

let standIn: StandIn;
let slowStandIn: StandIn;
let deadURL: string;
beforeAll(async () => {
  [standIn, slowStandIn, deadURL] = await Promise.all([startAutomatic1111StandIn(), startAutomatic1111StandIn({ delayMs: 5000 }), closedPortURL()]);
});
afterAll(async () => {
  await Promise.all([standIn.close(), slowStandIn.close()]);
});

restyleConformance('automatic1111 (contract test against local stand-in)', {
  model: () => createAutomatic1111RestyleModel({ baseURL: standIn.origin }),
  provider: 'automatic1111',
  modelId: 'img2img',
  slow: () => createAutomatic1111RestyleModel({ baseURL: slowStandIn.origin }),
  unreachable: () => createAutomatic1111RestyleModel({ baseURL: deadURL }),
});

describe('AUTOMATIC1111 restyle model (contract test against local stand-in)', () => {
  it('sends the frame as base64 init_images with SD-Turbo settings and the preset spelled out', async () => {
    const model = createAutomatic1111RestyleModel({ baseURL: standIn.origin, checkpoint: 'sd_turbo.safetensors [e869ac7d69]' });
    const frame = await sceneJpeg(0, 320);
    const result = await model.restyle({ image: { data: frame, mediaType: 'image/jpeg' }, prompt: 'preset:oil-paint palette:warm', strength: 0.6, seed: 42 });
    const sent = standIn.requests.at(-1)!.json();
    expect(sent).toMatchObject({
      prompt: 'oil painting, thick brush strokes, impasto, on canvas, warm colour palette',
      denoising_strength: 0.6, steps: 2, cfg_scale: 1, width: 512, height: 512, seed: 42,
      override_settings: { sd_model_checkpoint: 'sd_turbo.safetensors [e869ac7d69]' },
    });
    expect(Buffer.from(sent.init_images[0], 'base64').equals(Buffer.from(frame))).toBe(true);
    expect(result.image.mediaType).toBe('image/png');
    expect(await sharp(result.image.data).metadata()).toMatchObject({ width: 512, height: 512 });
  });

  it('keeps the frame’s shape in multiples of 64 and passes free words through', async () => {
    const model = createAutomatic1111RestyleModel({ baseURL: standIn.origin });
    const wide = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#446688' } }).jpeg().toBuffer();
    await model.restyle({ image: { data: new Uint8Array(wide), mediaType: 'image/jpeg' }, prompt: 'a foggy harbour at dawn' });
    expect(standIn.requests.at(-1)!.json()).toMatchObject({ prompt: 'a foggy harbour at dawn', width: 512, height: 384, seed: -1 });
  });

  it('refuses an unknown preset before calling the server', async () => {
    const before = standIn.requests.length;
    await expect(createAutomatic1111RestyleModel({ baseURL: standIn.origin }).restyle({ image: { data: await sceneJpeg(), mediaType: 'image/jpeg' }, prompt: 'preset:claymation' }))
      .rejects.toMatchObject({ code: 'bad_input', message: expect.stringContaining('choose one of: cartoon') });
    expect(standIn.requests.length).toBe(before);
  });

  it('is healthy when the server lists checkpoints, and says why not otherwise', async () => {
    const empty = await startAutomatic1111StandIn({ checkpoints: [] });
    try {
      expect(await createAutomatic1111RestyleModel({ baseURL: standIn.origin }).health(AbortSignal.timeout(2000))).toEqual({ state: 'ready', device: 'remote' });
      expect(await createAutomatic1111RestyleModel({ baseURL: empty.origin }).health(AbortSignal.timeout(2000))).toMatchObject({ state: 'unavailable', reason: expect.stringContaining('no Stable Diffusion checkpoints') });
      expect(await createAutomatic1111RestyleModel({ baseURL: deadURL }).health(AbortSignal.timeout(2000))).toMatchObject({ state: 'unavailable', reason: expect.stringContaining('could not be reached') });
    } finally {
      await empty.close();
    }
  });
});
