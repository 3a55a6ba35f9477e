/**
 * A stand-in for Ollama's native API on 127.0.0.1, for contract tests: /api/version, /api/tags and
 * /api/chat (stream false as one JSON answer; stream true as NDJSON lines, a word at a time, then
 * `done: true` with the counts), answering deterministically from the request. JSON output fits the
 * `format` schema; pictures sent to a vision model are "described" from their size and bytes.
 */
import { exampleFromSchema } from '../../testing/example-from-schema.ts';
import { readPngSize } from '../../testing/media-encoders.ts';
import { pause, StandInStream, startStandIn, type StandIn, type StandInResponse } from '../../testing/start-stand-in.ts';

export interface OllamaStandInOptions {
  /** Pulled models (a bare name means `:latest`). */
  models?: string[];
  /** Models that take pictures. */
  visionModels?: string[];
  /** Waits this long before each answer, so tests can abort mid-flight. */
  delayMs?: number;
  /** Waits this long between the lines of a streamed answer; 2 ms by default. */
  streamDelayMs?: number;
  /** Answers plain chat with this instead of the echo, given the last user message (a classifier's verdict, garbage). */
  reply?: (prompt: string) => string;
}

type OllamaStandInSettings = Required<Omit<OllamaStandInOptions, 'reply'>> & Pick<OllamaStandInOptions, 'reply'>;

/** Ollama treats `llama3.2` and `llama3.2:latest` as the same model. */
const fullName = (model: string) => (model.includes(':') ? model : `${model}:latest`);

function describe(image: string, format: unknown): string {
  const bytes = new Uint8Array(Buffer.from(image, 'base64'));
  const size = readPngSize(bytes);
  const caption = size ? `A picture ${size.width} pixels wide and ${size.height} pixels high.` : `A picture of ${bytes.length} bytes.`;
  const tags = size ? ['picture', size.width === size.height ? 'square' : 'rectangle'] : ['picture'];
  return JSON.stringify(format ? { caption, tags } : caption);
}

function chat(body: any, options: OllamaStandInSettings): StandInResponse {
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
  else if (options.reply) content = options.reply(user?.content ?? '');
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

/** Ollama's streamed chat: NDJSON, `{message:{content}, done:false}` per piece, then `{done:true}` with the counts. */
function streamedChat(whole: Record<string, any>, delayMs: number): StandInResponse {
  const pieces: string[] = whole.message.content.match(/\S+\s*/g) ?? [];
  const { message, ...last } = whole;
  async function* lines(): AsyncGenerator<string> {
    for (const piece of pieces) {
      await pause(delayMs);
      yield `${JSON.stringify({ model: whole.model, created_at: whole.created_at, message: { role: message.role, content: piece }, done: false })}\n`;
    }
    yield `${JSON.stringify({ ...last, message: { role: message.role, content: '' } })}\n`;
  }
  return { headers: { 'content-type': 'application/x-ndjson' }, body: new StandInStream(lines()) };
}

export async function startOllamaStandIn(options: OllamaStandInOptions = {}): Promise<StandIn> {
  const settings: OllamaStandInSettings = {
    models: options.models ?? ['llama3.2', 'llava'],
    visionModels: options.visionModels ?? ['llava'],
    delayMs: options.delayMs ?? 0,
    streamDelayMs: options.streamDelayMs ?? 2,
    reply: options.reply,
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
    if (request.method === 'POST' && request.path === '/api/chat') {
      const body = request.json();
      const whole = chat(body, settings);
      // Ollama streams unless told `stream: false`.
      return body.stream !== false && !whole.status ? streamedChat(whole.body as Record<string, any>, settings.streamDelayMs) : whole;
    }
    // Ollama's router answers unknown paths with a plain-text 404.
    return { status: 404, headers: { 'content-type': 'text/plain' }, body: new TextEncoder().encode('404 page not found') };
  });
}
