/**
 * A stand-in for Azure AI Content Safety and Azure AI Vision on 127.0.0.1, for contract tests. It
 * speaks the documented REST shapes (text:analyze, image:analyze, imageanalysis:analyze), checks the
 * subscription key header and the request bodies as the services do, and scores text from a small
 * term list, so answers depend on the request and a test can make a word "severe".
 */
import { readPngSize } from '../stand-in/media-encoders.ts';
import { pause, startStandIn, type StandIn, type StandInRequest, type StandInResponse } from '../stand-in/start-stand-in.ts';

export interface AzureStandInOptions {
  /** The subscription key it accepts. */
  apiKey: string;
  /** Words scored in a category at a severity, on top of the built-in few (e.g. `{ marker: ['Violence', 4] }`). */
  terms?: Record<string, [category: string, severity: number]>;
  /** Answers 429 with Retry-After to every request (an exhausted quota). */
  rateLimited?: boolean;
  /** Waits this long before each answer, so tests can abort mid-flight. */
  delayMs?: number;
}

const builtInTerms: Record<string, [string, number]> = { murder: ['Violence', 6], stab: ['Violence', 4], kill: ['Violence', 4], hate: ['Hate', 2] };
const error = (status: number, code: string, message: string): StandInResponse => ({ status, body: { error: { code, message } } });

function isPicture(bytes: Buffer): boolean {
  return bytes.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47])) || bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]));
}

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

function analyzeImage(request: StandInRequest): StandInResponse {
  const content = request.json().image?.content;
  if (typeof content !== 'string') return error(400, 'InvalidRequestBody', 'Either image.content or image.blobUrl is required.');
  if (!isPicture(Buffer.from(content, 'base64'))) return error(400, 'InvalidImageFormat', 'The image format is not supported.');
  return { body: { categoriesAnalysis: ['Hate', 'SelfHarm', 'Sexual', 'Violence'].map((category) => ({ category, severity: 0 })) } };
}

function describeImage(request: StandInRequest): StandInResponse {
  if (request.headers['content-type'] !== 'application/octet-stream') return error(400, 'InvalidRequest', 'Expected an image body as application/octet-stream.');
  const size = readPngSize(new Uint8Array(request.body));
  if (!isPicture(request.body) || !size) return error(400, 'InvalidImage', 'The input data is not a valid image.');
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
    if (request.path === '/computervision/imageanalysis:analyze') return describeImage(request);
    return error(404, 'NotFound', 'Resource not found.');
  });
}
