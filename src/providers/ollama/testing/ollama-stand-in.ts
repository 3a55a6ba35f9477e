/**
 * A stand-in for Ollama's native API on 127.0.0.1, for contract tests: /api/version, /api/tags and
 * /api/chat (stream false), answering deterministically from the request. JSON output fits the
 * `format` schema; pictures sent to a vision model are "described" from their size and bytes.
 */
import { exampleFromSchema } from '../../testing/example-from-schema.ts';
import { readPngSize } from '../../testing/media-encoders.ts';
import { pause, startStandIn, type StandIn, type StandInResponse } from '../../testing/start-stand-in.ts';

export interface OllamaStandInOptions {
  /** Pulled models (a bare name means `:latest`). */
  models?: string[];
  /** Models that take pictures. */
  visionModels?: string[];
  /** Waits this long before each answer, so tests can abort mid-flight. */
  delayMs?: number;
}

/** Ollama treats `llama3.2` and `llama3.2:latest` as the same model. */
const fullName = (model: string) => (model.includes(':') ? model : `${model}:latest`);

function describe(image: string, format: unknown): string {
  const bytes = new Uint8Array(Buffer.from(image, 'base64'));
  const size = readPngSize(bytes);
  const caption = size ? `A picture ${size.width} pixels wide and ${size.height} pixels high.` : `A picture of ${bytes.length} bytes.`;
  const tags = size ? ['picture', size.width === size.height ? 'square' : 'rectangle'] : ['picture'];
  return JSON.stringify(format ? { caption, tags } : caption);
}

function chat(body: any, options: Required<OllamaStandInOptions>): StandInResponse {
  const model = fullName(String(body.model));
  if (!options.models.map(fullName).includes(model)) {
    return { status: 404, body: { error: `model "${body.model}" not found, try pulling it first` } };
  }
  const messages: { role: string; content: string; images?: string[] }[] = body.messages ?? [];
  const user = messages.filter((message) => message.role === 'user').at(-1);
  const images = user?.images ?? [];
  // Worded like Ollama's other capability errors ("... does not support tools").
  if (images.length > 0 && !options.visionModels.map(fullName).includes(model)) {
    return { status: 400, body: { error: `${body.model} does not support vision` } };
  }
  const words = (user?.content ?? '').split(/\s+/).filter(Boolean);
  let content: string;
  if (images.length > 0) content = describe(images[0], body.format);
  else if (body.format && typeof body.format === 'object') content = JSON.stringify(exampleFromSchema(body.format, words.slice(0, 4)));
  else if (body.format === 'json') content = JSON.stringify({ text: user?.content ?? '' });
  else content = `You said: ${user?.content ?? ''}`.split(' ').slice(0, body.options?.num_predict ?? Infinity).join(' ');
  return {
    body: {
      model: body.model,
      created_at: '2025-01-01T00:00:00Z',
      message: { role: 'assistant', content },
      done: true,
      done_reason: 'stop',
      total_duration: 1000,
      prompt_eval_count: messages.reduce((sum, message) => sum + message.content.split(/\s+/).length, 0),
      eval_count: content.split(/\s+/).length,
    },
  };
}

export async function startOllamaStandIn(options: OllamaStandInOptions = {}): Promise<StandIn> {
  const settings: Required<OllamaStandInOptions> = {
    models: options.models ?? ['llama3.2', 'llava'],
    visionModels: options.visionModels ?? ['llava'],
    delayMs: options.delayMs ?? 0,
  };
  return startStandIn(async (request) => {
    if (settings.delayMs) await pause(settings.delayMs);
    if (request.method === 'GET' && request.path === '/api/version') return { body: { version: '0.6.0' } };
    if (request.method === 'GET' && request.path === '/api/tags') {
      const models = settings.models.map((model) => ({
        name: fullName(model),
        model: fullName(model),
        modified_at: '2025-01-01T00:00:00Z',
        size: 2_000_000_000,
        digest: 'sha256:0',
        details: { format: 'gguf', family: 'llama', parameter_size: '3.2B', quantization_level: 'Q4_K_M' },
      }));
      return { body: { models } };
    }
    if (request.method === 'POST' && request.path === '/api/chat') return chat(request.json(), settings);
    // Ollama's router answers unknown paths with a plain-text 404.
    return { status: 404, headers: { 'content-type': 'text/plain' }, body: new TextEncoder().encode('404 page not found') };
  });
}
