import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { descriptionConformance } from '../conformance/description.conformance.ts';
import { samplePicture } from '../conformance/conformance-setup.ts';
import { closedPortURL } from '../testing/closed-port.ts';
import type { StandIn } from '../testing/start-stand-in.ts';
import { startAzureStandIn } from './testing/azure-stand-in.ts';
import { createAzureVisionBackend } from './azure-vision-backend.ts';

const env = { AZURE_VISION_KEY: 'vision-key' };
let standIn: StandIn;
let slowStandIn: StandIn;
let closedURL: string;
const urls: string[] = [];
const recordingFetch: typeof fetch = (input, init) => {
  urls.push(String(input));
  return fetch(input, init);
};

beforeAll(async () => {
  standIn = await startAzureStandIn({ apiKey: env.AZURE_VISION_KEY });
  slowStandIn = await startAzureStandIn({ apiKey: env.AZURE_VISION_KEY, delayMs: 3000 });
  closedURL = await closedPortURL();
});
afterAll(async () => {
  await standIn.close();
  await slowStandIn.close();
});

const backend = (endpoint = standIn.origin) => createAzureVisionBackend({ name: 'vision', endpoint, apiKeyEnv: 'AZURE_VISION_KEY', env, fetch: recordingFetch });
const label = 'azure-vision backend, contract test against local stand-in';

descriptionConformance(label, {
  model: () => backend().model('description', 'image-analysis'),
  slow: () => backend(slowStandIn.origin).model('description', 'image-analysis'),
  unreachable: () => backend(closedURL).model('description', 'image-analysis'),
  provider: 'vision',
  modelId: 'image-analysis',
});

describe(`${label}: requests and answers`, () => {
  it('posts the picture bytes for caption and tags, and answers a sentence and tags most confident first', async () => {
    const picture = samplePicture();
    const result = await backend().model('description', 'image-analysis').describe({ image: picture });
    const request = standIn.requests.at(-1)!;
    expect(urls.at(-1)).toBe(`${standIn.origin}/computervision/imageanalysis:analyze?api-version=2024-02-01&features=caption,tags&language=en`);
    expect(request.headers['content-type']).toBe('application/octet-stream');
    expect(request.headers['ocp-apim-subscription-key']).toBe('vision-key');
    // The 32x24 sample is under the service's 50-pixel minimum: it goes enlarged three times, and says so.
    expect(await sharp(request.body).metadata()).toMatchObject({ width: 96, height: 72, format: 'png' });
    expect(result.caption).toBe('A colourful gradient 96 pixels wide.');
    expect(result.tags).toEqual(['colorfulness', 'abstract', 'pattern']);
    expect(result.warnings).toEqual([{ setting: 'image', message: expect.stringMatching(/at least 50x50 pixels; this 32x24 one was sent as 96x72/) }]);
  });

  it('warns that a caption in another language was not honoured', async () => {
    const result = await backend().model('description', 'image-analysis').describe({ image: samplePicture(), language: 'fr' });
    expect(result.warnings.map((warning) => warning.setting)).toEqual(['image', 'language']);
  });

  it('refuses bytes that are no picture without calling the billed service', async () => {
    const before = standIn.requests.length;
    const broken = { data: new Uint8Array([1, 2, 3]), mediaType: 'image/png' };
    await expect(backend().model('description', 'x').describe({ image: broken })).rejects.toMatchObject({ code: 'bad_input', message: /not an image Kiln can read/ });
    expect(standIn.requests.length).toBe(before);
  });

  it('the stand-in refuses what Image Analysis refuses: tiny pictures, no features, non-pictures', async () => {
    const post = (query: string, body: Uint8Array) => fetch(`${standIn.origin}/computervision/imageanalysis:analyze?api-version=2024-02-01${query}`, {
      method: 'POST', headers: { 'ocp-apim-subscription-key': env.AZURE_VISION_KEY, 'content-type': 'application/octet-stream' }, body: body as Uint8Array<ArrayBuffer>,
    });
    const tiny = await post('&features=caption', samplePicture().data);
    expect(tiny.status).toBe(400);
    expect(await tiny.json()).toEqual({ error: { code: 'InvalidRequest', message: expect.stringMatching(/smaller than 50/), innererror: expect.objectContaining({ code: 'InvalidImageSize' }) } });
    expect((await post('', samplePicture().data)).status).toBe(400);
    expect((await post('&features=caption', new Uint8Array([1, 2, 3]))).status).toBe(400);
  });

  it('moves the fallback on, with Azure’s sentence, where the region has no captions', async () => {
    const elsewhere = await startAzureStandIn({ apiKey: env.AZURE_VISION_KEY, captionsUnsupported: true });
    try {
      await expect(backend(elsewhere.origin).model('description', 'x').describe({ image: samplePicture() })).rejects.toMatchObject({
        code: 'provider_unsupported', message: /The feature 'Caption' is not supported in this region/,
      });
    } finally {
      await elsewhere.close();
    }
  });

  it('serves description only', () => {
    expect(() => backend().model('moderation', 'x')).toThrow(expect.objectContaining({ code: 'provider_unsupported' }));
  });
});
