import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moderationConformance } from '../conformance/moderation.conformance.ts';
import { samplePicture } from '../conformance/conformance-setup.ts';
import { closedPortURL } from '../testing/closed-port.ts';
import type { StandIn } from '../testing/start-stand-in.ts';
import { contentSafetyApiVersion, createAzureContentSafetyBackend, splitText } from './azure-content-safety-backend.ts';
import { azurePost, createAzureConnection } from './azure-request.ts';
import { startAzureStandIn } from './testing/azure-stand-in.ts';

const env = { AZURE_SAFETY_KEY: 'stand-in-key' };
let standIn: StandIn;
let slowStandIn: StandIn;
let closedURL: string;
const urls: string[] = [];
const recordingFetch: typeof fetch = (input, init) => {
  urls.push(String(input));
  return fetch(input, init);
};

beforeAll(async () => {
  standIn = await startAzureStandIn({ apiKey: env.AZURE_SAFETY_KEY, terms: { thunderclap: ['Violence', 4] } });
  slowStandIn = await startAzureStandIn({ apiKey: env.AZURE_SAFETY_KEY, delayMs: 3000 });
  closedURL = await closedPortURL();
});
afterAll(async () => {
  await standIn.close();
  await slowStandIn.close();
});

const backend = (endpoint = standIn.origin, keys: Record<string, string | undefined> = env) =>
  createAzureContentSafetyBackend({ name: 'azure', endpoint, apiKeyEnv: 'AZURE_SAFETY_KEY', env: keys, fetch: recordingFetch });
const label = 'azure-content-safety backend, contract test against local stand-in';

moderationConformance(label, {
  model: () => backend().model('moderation', 'content-safety'),
  slow: () => backend(slowStandIn.origin).model('moderation', 'content-safety'),
  unreachable: () => backend(closedURL).model('moderation', 'content-safety'),
  provider: 'azure',
  modelId: 'content-safety',
});

describe(`${label}: requests and error mapping`, () => {
  it('posts text:analyze with the four categories, four severity levels and the key header', async () => {
    const result = await backend(`${standIn.origin}/`).model('moderation', 'content-safety').moderate({ text: 'a thunderclap woke the fox' });
    const request = standIn.requests.at(-1)!;
    expect(urls.at(-1)).toBe(`${standIn.origin}/contentsafety/text:analyze?api-version=2024-09-01`);
    expect(request.headers['ocp-apim-subscription-key']).toBe('stand-in-key');
    expect(request.json()).toEqual({ text: 'a thunderclap woke the fox', categories: ['Hate', 'SelfHarm', 'Sexual', 'Violence'], outputType: 'FourSeverityLevels' });
    expect(result.categories).toContainEqual({ category: 'Violence', severity: 4 });
    expect(result.categories.find((score) => score.category === 'Hate')?.severity).toBe(0);
  });

  it('posts pictures base64-encoded to image:analyze', async () => {
    // 80x60: big enough for the service as it is, so it goes unchanged.
    const picture = { data: new Uint8Array(await sharp({ create: { width: 80, height: 60, channels: 3, background: '#336699' } }).png().toBuffer()), mediaType: 'image/png' };
    const result = await backend().model('moderation', 'content-safety').moderate({ image: picture });
    expect(urls.at(-1)).toBe(`${standIn.origin}/contentsafety/image:analyze?api-version=2024-09-01`);
    expect(Buffer.from(standIn.requests.at(-1)!.json().image.content, 'base64').equals(Buffer.from(picture.data))).toBe(true);
    expect(result.categories.map((score) => score.category).sort()).toEqual(['Hate', 'SelfHarm', 'Sexual', 'Violence']);
  });

  it('checks text over 10,000 characters in pieces and keeps the highest severity per category', async () => {
    const calm = 'the sleepy fox curled up by the fire '.repeat(400);
    const text = `${calm}and then a thunderclap`;
    expect(text.length).toBeGreaterThan(10_000);
    const before = standIn.requests.length;
    const result = await backend().model('moderation', 'content-safety').moderate({ text });
    const sent = standIn.requests.slice(before).map((request) => request.json().text as string);
    expect(sent.length).toBe(2);
    for (const piece of sent) expect(piece.length).toBeLessThanOrEqual(10_000);
    expect(sent.join('')).toBe(text);
    expect(result.categories).toContainEqual({ category: 'Violence', severity: 4 });
  });

  it('splits at a space, never inside a word', () => {
    const pieces = splitText('aaaa bbbb cccc', 8);
    expect(pieces).toEqual(['aaaa', ' bbbb', ' cccc']);
  });

  it('maps a wrong key and a missing key to unavailable, naming the variable but never the key', async () => {
    const wrong = backend(standIn.origin, { AZURE_SAFETY_KEY: 'not-the-key' }).model('moderation', 'x');
    const refused = await wrong.moderate({ text: 'hello' }).catch((caught: unknown) => caught);
    expect(refused).toMatchObject({ code: 'provider_unavailable', message: /refused the credentials \(HTTP 401\)/ });
    expect(JSON.stringify({ message: (refused as Error).message, details: (refused as { details?: unknown }).details })).not.toContain('not-the-key');
    await expect(backend(standIn.origin, {}).model('moderation', 'x').moderate({ text: 'hello' })).rejects.toMatchObject({
      code: 'provider_unavailable', message: /set the environment variable AZURE_SAFETY_KEY/,
    });
  });

  it('maps 429 to unavailable with the Retry-After noted, and 400 to a non-retryable failure with Azure’s message', async () => {
    const limited = await startAzureStandIn({ apiKey: env.AZURE_SAFETY_KEY, rateLimited: true });
    try {
      await expect(backend(limited.origin).model('moderation', 'x').moderate({ text: 'hello' })).rejects.toMatchObject({
        code: 'provider_unavailable', message: /HTTP 429.*retry after 7 seconds/, details: { retryAfterSeconds: 7 },
      });
    } finally {
      await limited.close();
    }
    const connection = createAzureConnection({ name: 'azure', endpoint: standIn.origin, apiKeyEnv: 'AZURE_SAFETY_KEY', env });
    await expect(azurePost(connection, { path: `/contentsafety/text:analyze?api-version=${contentSafetyApiVersion}`, body: JSON.stringify({ text: '' }), contentType: 'application/json', modelId: 'x' })).rejects.toMatchObject({
      code: 'provider_failed', isRetryable: false, message: /HTTP 400\): The text field is required/,
    });
  });

  it('refuses bytes that are no picture before calling, and sends a tiny picture enlarged, saying so', async () => {
    const before = standIn.requests.length;
    const notAPicture = { data: new TextEncoder().encode('plain text'), mediaType: 'image/png' };
    await expect(backend().model('moderation', 'x').moderate({ image: notAPicture })).rejects.toMatchObject({ code: 'bad_input', message: /not an image Kiln can read/ });
    expect(standIn.requests.length).toBe(before);
    const result = await backend().model('moderation', 'x').moderate({ image: samplePicture() });
    const sent = Buffer.from(standIn.requests.at(-1)!.json().image.content, 'base64');
    expect(await sharp(sent).metadata()).toMatchObject({ width: 96, height: 72 });
    expect(result.warnings).toEqual([{ setting: 'image', message: expect.stringMatching(/Content Safety needs pictures of at least 50x50/) }]);
  });

  it('the stand-in refuses what Content Safety refuses: under 50 or over 2048 pixels, not a picture', async () => {
    const post = (data: Uint8Array) => fetch(`${standIn.origin}/contentsafety/image:analyze?api-version=${contentSafetyApiVersion}`, {
      method: 'POST', headers: { 'ocp-apim-subscription-key': env.AZURE_SAFETY_KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ image: { content: Buffer.from(data).toString('base64') } }),
    });
    const tiny = await post(samplePicture().data);
    expect(tiny.status).toBe(400);
    expect((await tiny.json()).error).toMatchObject({ code: 'InvalidRequestBody', innererror: { code: 'InvalidImageSize' } });
    const wide = await sharp({ create: { width: 2100, height: 60, channels: 3, background: '#808080' } }).png().toBuffer();
    expect((await post(wide)).status).toBe(400);
    expect((await post(new TextEncoder().encode('plain text'))).status).toBe(400);
  });

  it('serves moderation only', () => {
    expect(() => backend().model('text', 'x')).toThrow(expect.objectContaining({ code: 'provider_unsupported' }));
  });

  it('reports ready and remote when its key is set, unavailable when it is not, without calling the billed service', async () => {
    const before = standIn.requests.length;
    expect(await backend().health(AbortSignal.timeout(1000))).toEqual({ state: 'ready', device: 'remote' });
    expect(await backend(standIn.origin, {}).health(AbortSignal.timeout(1000))).toMatchObject({ state: 'unavailable', reason: /AZURE_SAFETY_KEY/ });
    expect(standIn.requests.length).toBe(before);
  });
});
