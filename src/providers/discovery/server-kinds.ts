/**
 * The local servers discovery knows: each kind's default ports on loopback and how to read its own
 * listing endpoint, as its API documents it. A reader throws UnusableAnswer when what answered is
 * not that server (or is broken), so the page can list it as found-but-unusable with the reason.
 */
import type { DiscoveredModel, DiscoveredServer } from './discovered-server.ts';
import { hintForLanguageModel } from './model-hints.ts';

/** Something answered, but not as this kind of server does; the message says how. */
export class UnusableAnswer extends Error {
  override readonly name = 'UnusableAnswer';
}

/** Fetches one path of the server as JSON; throws UnusableAnswer on an error status or a body that is not JSON. */
export type GetJson = (path: string, init?: { method?: string; body?: string }) => Promise<unknown>;

export type ServerReading = Pick<DiscoveredServer, 'models' | 'backend' | 'suggestedName' | 'usedFor'>;

export interface ServerKind {
  kind: string;
  label: string;
  /** Its default ports on 127.0.0.1. */
  ports: number[];
  /** Over WebSocket rather than HTTP (OBS): `read` then gets the server's first message. */
  websocket?: boolean;
  read(getJson: GetJson, origin: string): Promise<ServerReading>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function listOf(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new UnusableAnswer(`It answered, but its ${what} is not a list.`);
  return value;
}

function names(items: unknown[], field: string): string[] {
  return items.map((item) => (isRecord(item) ? item[field] : undefined)).filter((name): name is string => typeof name === 'string' && name.length > 0);
}

const imageModel = (id: string): DiscoveredModel => ({ id, capabilities: ['image', 'restyle'] });

/** ComfyUI lists a combo input as `[[...choices]]`, or as `["COMBO", { options }]` in its newer node schema. */
function comboChoices(input: unknown): string[] {
  if (!Array.isArray(input)) return [];
  if (Array.isArray(input[0])) return input[0].filter((choice): choice is string => typeof choice === 'string');
  const options = isRecord(input[1]) ? input[1].options : undefined;
  return Array.isArray(options) ? options.filter((choice): choice is string => typeof choice === 'string') : [];
}

export const serverKinds: ServerKind[] = [
  {
    kind: 'ollama',
    label: 'Ollama',
    ports: [11434],
    async read(getJson, origin) {
      const answer = await getJson('/api/tags');
      if (!isRecord(answer)) throw new UnusableAnswer('It answered /api/tags, but not with Ollama\'s list of models.');
      const models = listOf(answer.models, 'model list (/api/tags)').filter(isRecord).flatMap((model) => {
        const id = typeof model.name === 'string' ? model.name : typeof model.model === 'string' ? model.model : undefined;
        if (!id) return [];
        const details = isRecord(model.details) ? model.details : {};
        const families = Array.isArray(details.families) ? details.families.filter((family): family is string => typeof family === 'string') : [];
        return [{ id, ...hintForLanguageModel(id, families) }];
      });
      return { models, backend: { type: 'ollama', baseURL: origin }, suggestedName: 'ollama' };
    },
  },
  {
    kind: 'openai-compatible',
    label: 'an OpenAI-compatible server (llama.cpp server, vLLM, LM Studio, a whisper server)',
    ports: [8080, 8000, 1234],
    async read(getJson, origin) {
      const answer = await getJson('/v1/models');
      if (!isRecord(answer)) throw new UnusableAnswer('It answered /v1/models, but not with an OpenAI-style model list.');
      const models = names(listOf(answer.data, 'model list (/v1/models data)'), 'id').map((id) => ({ id, ...hintForLanguageModel(id) }));
      return { models, backend: { type: 'openai', baseURL: `${origin}/v1` }, suggestedName: `local${new URL(origin).port}` };
    },
  },
  {
    kind: 'comfyui',
    label: 'ComfyUI',
    ports: [8188],
    async read(getJson, origin) {
      const stats = await getJson('/system_stats');
      if (!isRecord(stats) || !isRecord(stats.system)) throw new UnusableAnswer('It answered /system_stats, but not as ComfyUI does.');
      const info = await getJson('/object_info/CheckpointLoaderSimple');
      const node = isRecord(info) && isRecord(info.CheckpointLoaderSimple) ? info.CheckpointLoaderSimple : undefined;
      const required = node && isRecord(node.input) && isRecord(node.input.required) ? node.input.required : undefined;
      if (!required) throw new UnusableAnswer('It runs ComfyUI, but its CheckpointLoaderSimple node is missing, so Kiln\'s workflows cannot load a checkpoint.');
      return { models: comboChoices(required.ckpt_name).map(imageModel), backend: { type: 'comfyui', baseURL: origin }, suggestedName: 'comfyui' };
    },
  },
  {
    kind: 'automatic1111',
    label: 'AUTOMATIC1111 or Forge',
    ports: [7860],
    async read(getJson, origin) {
      const models = names(listOf(await getJson('/sdapi/v1/sd-models'), 'model list (/sdapi/v1/sd-models)'), 'title').map(imageModel);
      return { models, backend: { type: 'automatic1111', baseURL: origin }, suggestedName: 'automatic1111' };
    },
  },
  {
    kind: 'kokoro-fastapi',
    label: 'Kokoro-FastAPI',
    ports: [8880],
    async read(getJson, origin) {
      const answer = await getJson('/v1/audio/voices');
      const voices = isRecord(answer) ? listOf(answer.voices, 'voice list (/v1/audio/voices)').filter((voice): voice is string => typeof voice === 'string') : [];
      if (voices.length === 0) throw new UnusableAnswer('It answered /v1/audio/voices, but lists no voices.');
      const hint = `${voices.length} voices, e.g. ${voices.slice(0, 3).join(', ')}`;
      return { models: [{ id: 'kokoro', capabilities: ['speech'], hint }], backend: { type: 'openai', baseURL: `${origin}/v1`, voice: voices[0] }, suggestedName: 'kokoro' };
    },
  },
  {
    kind: 'style-bert-vits2',
    label: 'Style-Bert-VITS2',
    ports: [5000],
    async read(getJson, origin) {
      const answer = await getJson('/models/info');
      if (!isRecord(answer)) throw new UnusableAnswer('It answered /models/info, but not with Style-Bert-VITS2\'s models.');
      // Keys are model ids; Kiln also takes the model's name, its folder under model_assets.
      const models = Object.entries(answer).filter((entry): entry is [string, Record<string, unknown>] => isRecord(entry[1])).map(([id, model]) => {
        const folder = typeof model.model_path === 'string' ? model.model_path.split(/[\\/]/).at(-2) : undefined;
        const speakers = isRecord(model.spk2id) ? Object.keys(model.spk2id) : [];
        return { id: folder ?? id, capabilities: ['speech' as const], hint: `voice model; speakers: ${speakers.join(', ') || 'none listed'}` };
      });
      return { models, backend: { type: 'style-bert-vits2', baseURL: origin }, suggestedName: 'sbv2' };
    },
  },
  {
    kind: 'ankiconnect',
    label: 'AnkiConnect (Anki)',
    ports: [8765],
    async read(getJson) {
      const answer = await getJson('/', { method: 'POST', body: JSON.stringify({ action: 'version', version: 6 }) });
      if (!isRecord(answer) || typeof answer.result !== 'number') throw new UnusableAnswer('It answered, but not as AnkiConnect answers its version action.');
      return { models: [], usedFor: `the vocabulary studio's Anki sync (AnkiConnect version ${answer.result})` };
    },
  },
  {
    kind: 'obs-websocket',
    label: 'OBS Studio (obs-websocket)',
    ports: [4455],
    websocket: true,
    async read(getJson) {
      const hello = await getJson('');
      const data = isRecord(hello) && hello.op === 0 && isRecord(hello.d) ? hello.d : undefined;
      if (!data || typeof data.obsWebSocketVersion !== 'string') throw new UnusableAnswer('A WebSocket answered, but its first message is not obs-websocket\'s Hello.');
      return { models: [], usedFor: `the live studio's OBS overlay (obs-websocket ${data.obsWebSocketVersion})` };
    },
  },
];
