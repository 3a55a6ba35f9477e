import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { InvalidOutputError, ProviderFailedError, ProviderUnavailableError, TimeoutError } from '../../engine/errors/index.ts';
import type { BackendStatus } from '../../providers/backend.ts';
import { providerFetch, providerFetchJson } from '../../providers/provider-fetch.ts';
import { errorFromNetwork, errorFromStatus, serverMessageOf } from '../../providers/provider-http-error.ts';
import { sniffImageType } from '../../providers/sniff-image-type.ts';
import type { ProviderWarning, RestyleModel, RestyleOptions, RestyleResult } from '../../providers/spec/index.ts';
import { defaultComfyWorkflow, fillComfyWorkflow, type ComfyWorkflow } from './comfyui-workflow.ts';
import { expandStylePrompt } from './expand-style-prompt.ts';
import { diffusionFrameSize } from './frame-size.ts';

export interface ComfyUiSettings {
  /** `http://127.0.0.1:8188` by default. */
  baseURL?: string;
  fetch?: typeof fetch;
  /** The backend's configured name, `comfyui` by default. */
  provider?: string;
  /** The checkpoint file for {{checkpoint}}; `sd_turbo.safetensors` by default. */
  checkpoint?: string;
  /** An API-format graph with placeholders (see comfyui-workflow.ts); SD-Turbo img2img by default. */
  workflow?: ComfyWorkflow;
  /** 1 by default (SD-Turbo). */
  steps?: number;
  /** 1 by default (turbo models are trained without guidance). */
  cfg?: number;
  negativePrompt?: string;
  maxSide?: number;
  defaultStrength?: number;
  /** How often the history is asked whether the prompt finished. */
  pollIntervalMs?: number;
  /** Longest wait for one frame. */
  timeoutMs?: number;
}

interface HistoryEntry {
  outputs?: Record<string, { images?: Array<{ filename: string; subfolder?: string; type?: string }> }>;
  status?: { status_str?: string; completed?: boolean; messages?: Array<[string, Record<string, unknown>]> };
}

/**
 * Restyles frames through a ComfyUI server: the frame is uploaded (POST /upload/image), the
 * workflow queued (POST /prompt), its history polled (GET /history/{id}) and the picture fetched
 * (GET /view). Uploads reuse four names per model, so a long session does not fill the input folder.
 */
export function createComfyUiRestyleModel(settings: ComfyUiSettings = {}): RestyleModel & { health(signal: AbortSignal): Promise<BackendStatus> } {
  const provider = settings.provider ?? 'comfyui';
  const baseURL = settings.baseURL ?? 'http://127.0.0.1:8188';
  const fetchFunction = settings.fetch ?? globalThis.fetch;
  const checkpoint = settings.checkpoint ?? 'sd_turbo.safetensors';
  const clientId = randomUUID();
  let uploads = 0;
  const call = (path: string, init: RequestInit) => ({ fetch: fetchFunction, baseURL, path, provider, modelId: checkpoint, init });

  async function upload(image: Uint8Array, mediaType: string, signal?: AbortSignal): Promise<string> {
    const form = new FormData();
    const extension = mediaType === 'image/png' ? 'png' : mediaType === 'image/webp' ? 'webp' : 'jpg';
    form.append('image', new Blob([new Uint8Array(image)], { type: mediaType }), `kiln-live-${clientId.slice(0, 8)}-${uploads++ % 4}.${extension}`);
    form.append('type', 'input');
    form.append('overwrite', 'true');
    const stored = await providerFetchJson<{ name: string; subfolder?: string }>(call('/upload/image', { method: 'POST', body: form, signal }));
    return stored.subfolder ? `${stored.subfolder}/${stored.name}` : stored.name;
  }

  async function queue(graph: ComfyWorkflow, signal?: AbortSignal): Promise<string> {
    const url = `${baseURL.replace(/\/+$/, '')}/prompt`;
    signal?.throwIfAborted();
    let response: Response;
    try {
      response = await fetchFunction(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prompt: graph, client_id: clientId }), signal });
    } catch (error) {
      throw errorFromNetwork(error, url, provider, signal);
    }
    if (response.ok) return ((await response.json()) as { prompt_id: string }).prompt_id;
    // ComfyUI puts the useful part of a refusal in error.details and node_errors, not error.message.
    const body = await response.text().catch(() => '');
    if (/ckpt_name|not in list/i.test(body)) {
      throw new ProviderUnavailableError(`${provider} does not have the checkpoint ${checkpoint}; put it in ComfyUI's models/checkpoints folder.`, { details: { provider } });
    }
    let detail = serverMessageOf(body);
    try {
      detail = [detail, (JSON.parse(body) as { error?: { details?: string } }).error?.details].filter(Boolean).join(': ');
    } catch {
      // Not JSON: the text is the message.
    }
    throw errorFromStatus(response.status, detail, { provider, modelId: checkpoint, path: '/prompt' });
  }

  async function waitForImage(promptId: string, signal?: AbortSignal): Promise<{ filename: string; subfolder?: string; type?: string }> {
    const deadline = Date.now() + (settings.timeoutMs ?? 30_000);
    for (;;) {
      const history = await providerFetchJson<Record<string, HistoryEntry>>(call(`/history/${encodeURIComponent(promptId)}`, { signal }));
      const entry = history[promptId];
      if (entry?.status?.status_str === 'error') {
        const failure = entry.status.messages?.find(([kind]) => kind === 'execution_error')?.[1];
        throw new ProviderFailedError(`${provider} failed to run the workflow${failure?.exception_message ? `: ${String(failure.exception_message).trim()}` : '.'}`);
      }
      const image = entry ? Object.values(entry.outputs ?? {}).flatMap((output) => output.images ?? [])[0] : undefined;
      if (image) return image;
      if (entry?.status?.completed) throw new InvalidOutputError(`${provider} finished the workflow without an image output; end it with a PreviewImage or SaveImage node.`);
      if (Date.now() > deadline) throw new TimeoutError(`${provider} did not finish a frame within ${(settings.timeoutMs ?? 30_000) / 1000} s.`);
      await sleep(settings.pollIntervalMs ?? 20, undefined, { signal });
    }
  }

  return {
    provider,
    modelId: checkpoint,
    async restyle(options: RestyleOptions): Promise<RestyleResult> {
      options.abortSignal?.throwIfAborted();
      const signal = options.abortSignal;
      const warnings: ProviderWarning[] = [];
      if (options.outputMediaType && options.outputMediaType !== 'image/png') {
        warnings.push({ setting: 'outputMediaType', message: `ComfyUI's image nodes write PNG; ${options.outputMediaType} was not honoured.` });
      }
      const prompt = expandStylePrompt(options.prompt);
      const { width, height } = await diffusionFrameSize(options.image.data, settings.maxSide);
      const imageName = await upload(options.image.data, options.image.mediaType, signal);
      const graph = fillComfyWorkflow(settings.workflow ?? defaultComfyWorkflow, {
        image: imageName, prompt, negative_prompt: settings.negativePrompt ?? 'blurry, deformed, watermark, text',
        seed: options.seed ?? Math.floor(Math.random() * 2 ** 31), strength: options.strength ?? settings.defaultStrength ?? 0.5,
        width, height, checkpoint, steps: settings.steps ?? 1, cfg: settings.cfg ?? 1,
      });
      const promptId = await queue(graph, signal);
      let picture;
      try {
        picture = await waitForImage(promptId, signal);
      } catch (error) {
        // A frame nobody waits for any more should not hold the GPU: drop it from the queue if it has not started.
        if (signal?.aborted) void providerFetch(call('/queue', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ delete: [promptId] }) })).catch(() => undefined);
        throw error;
      }
      const query = new URLSearchParams({ filename: picture.filename, subfolder: picture.subfolder ?? '', type: picture.type ?? 'output' });
      const response = await providerFetch(call(`/view?${query}`, { signal }));
      const data = new Uint8Array(await response.arrayBuffer());
      const mediaType = sniffImageType(data);
      if (mediaType === 'application/octet-stream') throw new InvalidOutputError(`${provider} served ${picture.filename} with bytes that are not an image.`);
      return { image: { data, mediaType }, warnings };
    },
    async health(signal: AbortSignal): Promise<BackendStatus> {
      try {
        await providerFetchJson<{ system?: unknown }>(call('/system_stats', { signal }));
        return { state: 'ready', device: 'remote' };
      } catch (error) {
        return { state: 'unavailable', reason: error instanceof Error ? error.message : String(error), device: 'remote' };
      }
    },
  };
}
