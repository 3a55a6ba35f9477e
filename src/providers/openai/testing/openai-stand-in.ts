/**
 * A stand-in for an OpenAI-compatible server on 127.0.0.1, for contract tests. It speaks the
 * documented REST shapes (chat completions, images, speech, transcriptions, models) and answers
 * deterministically from the request: chat echoes the prompt, JSON output fits the asked schema,
 * speech is a tone as long as the text with the text in a WAV comment, and transcription reads that
 * comment back, so a speak-then-transcribe round trip returns the original words.
 */
import { exampleFromSchema } from '../../testing/example-from-schema.ts';
import { encodeWav } from '../../../media/audio/encode-wav.ts';
import { encodePng, readWav } from '../../testing/media-encoders.ts';
import { pause, StandInStream, startStandIn, type StandIn, type StandInRequest, type StandInResponse } from '../../testing/start-stand-in.ts';

export interface OpenAIStandInOptions {
  /** Model ids it serves; others answer 404 `model_not_found`. */
  models?: string[];
  /** When set, requests must carry `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  /** Waits this long before each answer, so tests can abort mid-flight. */
  delayMs?: number;
  /** Waits this long between the parts of a streamed chat answer; 2 ms by default. */
  streamDelayMs?: number;
  /** Answers plain chat with this instead of the echo, given the last user message (a classifier's verdict, garbage). */
  reply?: (prompt: string) => string;
}

export interface OpenAIStandIn extends StandIn {
  /** `origin` plus `/v1`, as a backend's baseURL. */
  baseURL: string;
}

/**
 * `painter` is a compatible server's image model; `gpt-image-1`, `dall-e-3` and `dall-e-2` keep
 * OpenAI's own rules. Models with fixed misbehaviour: `broken-json` ignores the format, `crashing`
 * answers 500, `loading` answers 503 like llama.cpp's server, `dying` drops the connection after
 * two streamed parts.
 */
export const standInModels = ['chat', 'painter', 'gpt-image-1', 'dall-e-3', 'dall-e-2', 'voice', 'whisper', 'broken-json', 'crashing', 'loading', 'dying'];

const error = (status: number, message: string, code: string | null = null, type = 'invalid_request_error'): StandInResponse => ({
  status,
  body: { error: { message, type, param: null, code } },
});

function hash(text: string): number {
  let value = 2166136261;
  for (const character of text) value = Math.imul(value ^ character.codePointAt(0)!, 16777619) >>> 0;
  return value;
}

/**
 * Chat with `stream: true`, as OpenAI sends it: server-sent events of `chat.completion.chunk`, the
 * role first, then a word at a time in `delta.content`, the finish reason, the usage when
 * `stream_options.include_usage` asks for it, and `data: [DONE]`.
 */
function streamedChat(body: any, whole: any, delayMs: number): StandInResponse {
  const content: string = whole.choices[0].message.content;
  const pieces = content.match(/\S+\s*/g) ?? [];
  const chunk = (delta: object, finishReason: string | null = null, usage?: object) => `data: ${JSON.stringify({
    id: whole.id, object: 'chat.completion.chunk', created: whole.created, model: body.model,
    choices: usage ? [] : [{ index: 0, delta, finish_reason: finishReason }], ...(usage ? { usage } : {}),
  })}\n\n`;
  async function* events(): AsyncGenerator<string> {
    yield chunk({ role: 'assistant', content: '' });
    for (const [index, piece] of pieces.entries()) {
      await pause(delayMs);
      if (body.model === 'dying' && index === 2) throw new Error('the server died mid-answer');
      yield chunk({ content: piece });
    }
    yield chunk({}, 'stop');
    if (body.stream_options?.include_usage) yield chunk({}, null, whole.usage);
    yield 'data: [DONE]\n\n';
  }
  return { headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' }, body: new StandInStream(events()) };
}

function chat(body: any, reply?: (prompt: string) => string): StandInResponse {
  const messages: { role: string; content: unknown }[] = body.messages ?? [];
  const user = messages.filter((message) => message.role === 'user').at(-1);
  const prompt = typeof user?.content === 'string' ? user.content : JSON.stringify(user?.content ?? '');
  const words = prompt.split(/\s+/).filter(Boolean);
  const format = body.response_format;
  let content: string;
  if (body.model === 'broken-json') content = 'Sure! Here is your JSON: {"unfinished": ';
  else if (format?.type === 'json_schema') content = JSON.stringify(exampleFromSchema(format.json_schema?.schema, words.slice(0, 4)));
  else if (reply) content = reply(prompt);
  else if (format?.type === 'json_object') content = JSON.stringify({ text: prompt });
  else content = `You said: ${prompt}`.split(' ').slice(0, body.max_tokens ?? Infinity).join(' ');
  const promptTokens = messages.reduce((sum, message) => sum + String(message.content).split(/\s+/).length, 0);
  const completionTokens = content.split(/\s+/).length;
  return {
    body: {
      id: `chatcmpl-${hash(content).toString(16)}`,
      object: 'chat.completion',
      created: 1700000000,
      model: body.model,
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
    },
  };
}

const invalid = (message: string, param: string, code = 'invalid_value'): StandInResponse => ({
  status: 400,
  body: { error: { message, type: 'invalid_request_error', param, code } },
});

/**
 * OpenAI's documented image rules: gpt-image-* draws 1024x1024, 1536x1024, 1024x1536 or auto, always
 * answers b64_json and refuses `response_format`; dall-e-3 draws 1024x1024, 1792x1024, 1024x1792 and
 * one picture a call; dall-e-2 draws 256, 512 or 1024 squares. Any other model stands for an
 * OpenAI-compatible local server (LocalAI and the like) that draws any size up to 2048.
 */
function imageRequestProblem(body: any): StandInResponse | undefined {
  if (typeof body.prompt !== 'string' || body.prompt.length === 0) return invalid("Missing required parameter: 'prompt'.", 'prompt', 'missing_required_parameter');
  const size = String(body.size ?? 'auto');
  const model = String(body.model);
  const list = (sizes: string[]) => sizes.map((item) => `'${item}'`).join(', ');
  if (model.startsWith('gpt-image-')) {
    if ('response_format' in body) return invalid("Unknown parameter: 'response_format'.", 'response_format', 'unknown_parameter');
    const sizes = ['1024x1024', '1024x1536', '1536x1024', 'auto'];
    if (!sizes.includes(size)) return invalid(`Invalid value: '${size}'. Supported values are: ${list(sizes)}.`, 'size');
  } else if (model.startsWith('dall-e-')) {
    const sizes = model === 'dall-e-3' ? ['1024x1024', '1792x1024', '1024x1792'] : ['256x256', '512x512', '1024x1024'];
    if (!sizes.includes(body.size ?? '1024x1024')) return invalid(`'${size}' is not one of [${list(sizes)}] - 'size'`, 'size');
    if (model === 'dall-e-3' && (body.n ?? 1) !== 1) return invalid('You must provide n=1 for this model.', 'n');
    if (body.response_format !== undefined && !['url', 'b64_json'].includes(body.response_format)) {
      return invalid(`'${body.response_format}' is not one of ['url', 'b64_json'] - 'response_format'`, 'response_format');
    }
  } else {
    const [width, height] = size.split('x').map(Number);
    if (!(width > 0 && height > 0 && width <= 2048 && height <= 2048)) return invalid(`Invalid value: '${size}'. Sizes up to '2048x2048' are supported.`, 'size');
  }
  return undefined;
}

function images(body: any): StandInResponse {
  const problem = imageRequestProblem(body);
  if (problem) return problem;
  const [width, height] = (body.size && body.size !== 'auto' ? String(body.size) : '1024x1024').split('x').map(Number);
  const tint = hash(String(body.prompt));
  const png = encodePng(width, height, (x, y) => [tint & 255, (x * 255) / width, (y * 255) / height]);
  const b64 = Buffer.from(png).toString('base64');
  // Without response_format DALL·E answers a URL (valid for an hour), as the service does.
  if (String(body.model).startsWith('dall-e-') && body.response_format !== 'b64_json') {
    return { body: { created: 1700000000, data: [{ url: `https://stand-in.invalid/images/${hash(b64).toString(16)}.png`, revised_prompt: `A picture of ${body.prompt}` }] } };
  }
  const picture = String(body.model).startsWith('gpt-image-') ? { b64_json: b64 } : { b64_json: b64, revised_prompt: `A picture of ${body.prompt}` };
  return { body: { created: 1700000000, data: [picture] } };
}

function speech(body: any): StandInResponse {
  if (typeof body.input !== 'string' || body.input.length === 0) return error(400, 'input is required.');
  const sampleRate = 16000;
  const seconds = Math.max(0.5, (body.input.split(/\s+/).length * 0.3) / (body.speed ?? 1));
  const frequency = 200 + (hash(String(body.voice)) % 200);
  const samples = Float32Array.from({ length: Math.round(seconds * sampleRate) }, (_, index) => 0.3 * Math.sin((2 * Math.PI * frequency * index) / sampleRate));
  return { headers: { 'content-type': 'audio/wav' }, body: encodeWav(samples, sampleRate, body.input) };
}

async function transcription(request: StandInRequest): Promise<StandInResponse> {
  const form = await request.formData();
  const file = form.get('file');
  if (!(file instanceof Blob)) return error(400, 'file is required.');
  const wav = readWav(new Uint8Array(await file.arrayBuffer()));
  if (!wav) return error(400, 'Invalid file format. Supported formats: wav.', 'invalid_file_format');
  const text = wav.comment ?? `(${wav.durationSeconds.toFixed(1)} seconds of sound)`;
  if (form.get('response_format') !== 'verbose_json') return { body: { text } };
  const sentences = text.match(/[^.!?]+[.!?]*/g) ?? [text];
  const share = wav.durationSeconds / sentences.length;
  const segments = sentences.map((sentence, index) => ({
    id: index, seek: 0, start: index * share, end: (index + 1) * share, text: ` ${sentence.trim()}`,
    tokens: [], temperature: 0, avg_logprob: -0.2, compression_ratio: 1, no_speech_prob: 0.01,
  }));
  const language = String(form.get('language') ?? 'english');
  return { body: { task: 'transcribe', language, duration: wav.durationSeconds, text, segments } };
}

export async function startOpenAIStandIn(options: OpenAIStandInOptions = {}): Promise<OpenAIStandIn> {
  const models = options.models ?? standInModels;
  const standIn = await startStandIn(async (request) => {
    if (options.delayMs) await pause(options.delayMs);
    if (options.apiKey && request.headers.authorization !== `Bearer ${options.apiKey}`) {
      return error(401, 'Incorrect API key provided.', 'invalid_api_key');
    }
    if (request.method === 'GET' && request.path === '/v1/models') {
      return { body: { object: 'list', data: models.map((id) => ({ id, object: 'model', created: 1700000000, owned_by: 'stand-in' })) } };
    }
    const routes: Record<string, (request: StandInRequest) => StandInResponse | Promise<StandInResponse>> = {
      '/v1/chat/completions': (request) => {
        const body = request.json();
        const whole = chat(body, options.reply);
        return body.stream === true && !whole.status ? streamedChat(body, whole.body, options.streamDelayMs ?? 2) : whole;
      },
      '/v1/images/generations': (request) => images(request.json()),
      '/v1/audio/speech': (request) => speech(request.json()),
      '/v1/audio/transcriptions': transcription,
    };
    const route = request.method === 'POST' ? routes[request.path] : undefined;
    if (!route) return error(404, `Unknown request URL: ${request.method} ${request.path}.`, 'unknown_url');
    const model = request.path.endsWith('transcriptions') ? String((await request.formData()).get('model')) : request.json().model;
    if (!models.includes(model)) return error(404, `The model \`${model}\` does not exist or you do not have access to it.`, 'model_not_found');
    if (model === 'crashing') return error(500, 'The server had an error while processing your request.', null, 'server_error');
    if (model === 'loading') return { status: 503, body: { error: { code: 503, message: 'Loading model', type: 'unavailable_error' } } };
    return route(request);
  });
  return { ...standIn, baseURL: `${standIn.origin}/v1` };
}
