/**
 * A stand-in for Azure AI Content Safety and Azure AI Vision on 127.0.0.1, for contract tests. It
 * speaks the documented REST shapes (text:analyze, image:analyze, imageanalysis:analyze), checks the
 * subscription key header and the request bodies as the services do, and scores text from a small
 * term list, so answers depend on the request and a test can make a word "severe".
 */
import sharp from 'sharp';
import { pause, startStandIn, type StandIn, type StandInRequest, type StandInResponse } from '../../testing/start-stand-in.ts';

export interface AzureStandInOptions {
  /** The subscription key it accepts. */
  apiKey: string;
  /** Words scored in a category at a severity, on top of the built-in few (e.g. `{ marker: ['Violence', 4] }`). */
  terms?: Record<string, [category: string, severity: number]>;
  /** Answers 429 with Retry-After to every request (an exhausted quota). */
  rateLimited?: boolean;
  /** Waits this long before each answer, so tests can abort mid-flight. */
  delayMs?: number;
  /** Stands for a resource in a region without Image Analysis captions. */
  captionsUnsupported?: boolean;
}

const builtInTerms: Record<string, [string, number]> = { murder: ['Violence', 6], stab: ['Violence', 4], kill: ['Violence', 4], hate: ['Hate', 2] };
const error = (status: number, code: string, message: string, innerCode?: string): StandInResponse => ({
  status,
  body: { error: { code, message, ...(innerCode ? { innererror: { code: innerCode, message } } : {}) } },
});

/** The picture's format and size as the services read them, or undefined for bytes that are no picture. */
async function pictureOf(bytes: Buffer): Promise<{ format: string; width: number; height: number } | undefined> {
  const metadata = await sharp(bytes).metadata().catch(() => undefined);
  return metadata?.format && metadata.width && metadata.height ? { format: metadata.format, width: metadata.width, height: metadata.height } : undefined;
}

// Content Safety (API reference, 2024-09-01): JPEG, PNG, GIF, BMP, TIFF or WEBP; 50–2048 px a side; 4 MB.
// Image Analysis 4.0: the same formats; 50–16000 px a side; 20 MB. Messages follow the services' wording.
const readable = new Set(['jpeg', 'png', 'gif', 'bmp', 'tiff', 'webp']);

function analyzeText(request: StandInRequest, terms: Record<string, [string, number]>): StandInResponse {
  const body = request.json();
  if (typeof body.text !== 'string' || body.text.length === 0) return error(400, 'InvalidRequestBody', 'The text field is required and cannot be empty.');
  if (body.text.length > 10_000) return error(400, 'InvalidRequestBody', 'The text is longer than 10000 characters.');
  const requested: string[] = body.categories ?? ['Hate', 'SelfHarm', 'Sexual', 'Violence'];
  const words = body.text.toLowerCase().match(/[a-z]+/g) ?? [];
  const severity = new Map<string, number>();
  for (const word of words) {
    const hit = terms[word];
    if (hit) severity.set(hit[0], Math.max(hit[1], severity.get(hit[0]) ?? 0));
  }
  return { body: { blocklistsMatch: [], categoriesAnalysis: requested.map((category) => ({ category, severity: severity.get(category) ?? 0 })) } };
}

async function analyzeImage(request: StandInRequest): Promise<StandInResponse> {
  const content = request.json().image?.content;
  if (typeof content !== 'string') return error(400, 'InvalidRequestBody', 'Either image.content or image.blobUrl is required.');
  const bytes = Buffer.from(content, 'base64');
  if (bytes.length > 4 * 1024 * 1024) return error(400, 'InvalidRequestBody', 'The image size should not exceed 4 MB.', 'InvalidImageSize');
  const picture = await pictureOf(bytes);
  if (!picture || !readable.has(picture.format)) return error(400, 'InvalidImageFormat', 'The image format is not supported.');
  if (Math.min(picture.width, picture.height) < 50 || Math.max(picture.width, picture.height) > 2048) {
    return error(400, 'InvalidRequestBody', 'The image dimension should be between 50 x 50 and 2048 x 2048 pixels.', 'InvalidImageSize');
  }
  return { body: { categoriesAnalysis: ['Hate', 'SelfHarm', 'Sexual', 'Violence'].map((category) => ({ category, severity: 0 })) } };
}

async function describeImage(request: StandInRequest, captionsUnsupported: boolean): Promise<StandInResponse> {
  if (request.headers['content-type'] !== 'application/octet-stream') return error(400, 'InvalidRequest', 'Expected an image body as application/octet-stream.');
  const features = new URL(`http://stand-in${request.url}`).searchParams.get('features')?.split(',') ?? [];
  if (features.length === 0) return error(400, 'InvalidRequest', "The 'features' query parameter is required.", 'InvalidParameter');
  if (captionsUnsupported && features.includes('caption')) {
    return error(400, 'InvalidRequest', "The feature 'Caption' is not supported in this region.", 'NotSupportedFeature');
  }
  if (request.body.length === 0 || request.body.length > 20_971_520) return error(400, 'InvalidRequest', 'The image size is not allowed to be zero or larger than 20971520 bytes.');
  const picture = await pictureOf(request.body);
  if (!picture || !readable.has(picture.format)) return error(400, 'InvalidRequest', 'The input data is not a valid image.', 'InvalidImageFormat');
  if (Math.min(picture.width, picture.height) < 50 || Math.max(picture.width, picture.height) > 16000) {
    return error(400, 'InvalidRequest', 'The image dimension is not allowed to be smaller than 50 and larger than 16000.', 'InvalidImageSize');
  }
  const size = { width: picture.width, height: picture.height };
  return {
    body: {
      modelVersion: '2023-10-01',
      metadata: size,
      captionResult: { text: `a colourful gradient ${size.width} pixels wide`, confidence: 0.81 },
      // Out of order on purpose: the client sorts by confidence.
      tagsResult: { values: [{ name: 'pattern', confidence: 0.62 }, { name: 'colorfulness', confidence: 0.97 }, { name: 'abstract', confidence: 0.88 }] },
    },
  };
}

export async function startAzureStandIn(options: AzureStandInOptions): Promise<StandIn> {
  const terms = { ...builtInTerms, ...options.terms };
  return startStandIn(async (request) => {
    if (options.delayMs) await pause(options.delayMs);
    if (request.headers['ocp-apim-subscription-key'] !== options.apiKey) {
      return error(401, '401', 'Access denied due to invalid subscription key or wrong API endpoint.');
    }
    if (options.rateLimited) return { ...error(429, 'TooManyRequests', 'Rate limit is exceeded.'), headers: { 'retry-after': '7' } };
    if (request.method !== 'POST') return error(405, 'MethodNotAllowed', 'Use POST.');
    if (request.path === '/contentsafety/text:analyze') return analyzeText(request, terms);
    if (request.path === '/contentsafety/image:analyze') return analyzeImage(request);
    if (request.path === '/computervision/imageanalysis:analyze') return describeImage(request, options.captionsUnsupported ?? false);
    return error(404, 'NotFound', 'Resource not found.');
  });
}
