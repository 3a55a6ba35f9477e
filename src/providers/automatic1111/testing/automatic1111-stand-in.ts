/**
 * A stand-in for AUTOMATIC1111's web UI API on 127.0.0.1, speaking the documented img2img protocol:
 * `GET /sdapi/v1/sd-models`, `POST /sdapi/v1/txt2img` and `POST /sdapi/v1/img2img` (base64
 * `init_images`), each answering `{ images: [base64 PNG], parameters, info }`. Its "model" paints
 * txt2img a solid colour computed from the prompt, and inverts img2img's picture at the asked size,
 * so a test can tell which request an answer came from.
 */
import sharp from 'sharp';
import { pause, startStandIn, type StandIn } from '../../testing/start-stand-in.ts';
import { solidPicture } from '../../diffusion/testing/solid-picture.ts';

export interface Automatic1111StandInOptions {
  /** Waits this long before answering img2img (for abort tests). */
  delayMs?: number;
  /** Checkpoints it lists; an empty list means none installed. */
  checkpoints?: string[];
}

export function startAutomatic1111StandIn(options: Automatic1111StandInOptions = {}): Promise<StandIn> {
  const checkpoints = options.checkpoints ?? ['sd_turbo.safetensors [e869ac7d69]'];
  return startStandIn(async (request) => {
    if (request.method === 'GET' && request.path === '/sdapi/v1/sd-models') {
      return { body: checkpoints.map((title) => ({ title, model_name: title.split('.')[0], hash: title.match(/\[(\w+)\]/)?.[1] ?? null, filename: `/models/${title}` })) };
    }
    if (request.method === 'POST' && request.path === '/sdapi/v1/txt2img') {
      const body = request.json();
      const missing = ['prompt', 'width', 'height'].filter((field) => body[field] === undefined);
      if (missing.length > 0) {
        return { status: 422, body: { detail: missing.map((field) => ({ loc: ['body', field], msg: 'field required', type: 'value_error.missing' })) } };
      }
      if (options.delayMs) await pause(options.delayMs);
      const output = await solidPicture(String(body.prompt), body.width, body.height);
      return { body: { images: [output.toString('base64')], parameters: body, info: JSON.stringify({ prompt: body.prompt, seed: body.seed }) } };
    }
    if (request.method !== 'POST' || request.path !== '/sdapi/v1/img2img') return { status: 404, body: { detail: 'Not Found' } };
    const body = request.json();
    const missing = ['init_images', 'prompt', 'denoising_strength', 'steps', 'width', 'height'].filter((field) => body[field] === undefined);
    if (missing.length > 0 || !Array.isArray(body.init_images)) {
      return { status: 422, body: { detail: missing.map((field) => ({ loc: ['body', field], msg: 'field required', type: 'value_error.missing' })) } };
    }
    if (options.delayMs) await pause(options.delayMs);
    let output: Buffer;
    try {
      output = await sharp(Buffer.from(body.init_images[0], 'base64')).resize(body.width, body.height, { fit: 'fill' }).negate({ alpha: false }).png().toBuffer();
    } catch {
      // The real server fails inside PIL with a 500 and this kind of body.
      return { status: 500, body: { error: 'UnidentifiedImageError', detail: '', body: '', errors: 'cannot identify image file' } };
    }
    const { init_images: _images, ...parameters } = body;
    return { body: { images: [output.toString('base64')], parameters, info: JSON.stringify({ prompt: body.prompt, seed: body.seed, width: body.width, height: body.height }) } };
  });
}
