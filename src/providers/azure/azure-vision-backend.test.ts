import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { descriptionConformance } from '../conformance/description.conformance.ts';
import { samplePicture } from '../conformance/conformance-setup.ts';
import { closedPortURL } from '../stand-in/closed-port.ts';
import type { StandIn } from '../stand-in/start-stand-in.ts';
import { startAzureStandIn } from './azure-stand-in.ts';
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
    expect(request.body.equals(Buffer.from(picture.data))).toBe(true);
    expect(result.caption).toBe('A colourful gradient 32 pixels wide.');
    expect(result.tags).toEqual(['colorfulness', 'abstract', 'pattern']);
    expect(result.warnings).toEqual([]);
  });

  it('warns that a caption in another language was not honoured', async () => {
    const result = await backend().model('description', 'image-analysis').describe({ image: samplePicture(), language: 'fr' });
    expect(result.warnings.map((warning) => warning.setting)).toEqual(['language']);
  });

  it('maps a picture the service cannot read to a non-retryable failure with its message', async () => {
    const broken = { data: new Uint8Array([1, 2, 3]), mediaType: 'image/png' };
    await expect(backend().model('description', 'x').describe({ image: broken })).rejects.toMatchObject({
      code: 'provider_failed', isRetryable: false, message: /The input data is not a valid image/,
    });
  });

  it('serves description only', () => {
    expect(() => backend().model('moderation', 'x')).toThrow(expect.objectContaining({ code: 'provider_unsupported' }));
  });
});
