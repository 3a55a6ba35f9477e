import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { InvalidOutputError, ProviderFailedError, ProviderUnavailableError, TimeoutError } from '../../engine/errors/index.ts';
import { providerFetch, providerFetchJson } from '../provider-fetch.ts';
import { errorFromNetwork, errorFromStatus, serverMessageOf } from '../provider-http-error.ts';
import type { ComfyWorkflow } from './comfyui-workflow.ts';

/** A file a finished prompt wrote, as `/history` lists it. */
export interface ComfyOutputFile {
  filename: string;
  subfolder?: string;
  type?: string;
}

interface HistoryEntry {
  outputs?: Record<string, Record<string, unknown>>;
  status?: { status_str?: string; completed?: boolean; messages?: Array<[string, Record<string, unknown>]> };
}

export interface ComfyUiClientSettings {
  baseURL?: string;
  fetch?: typeof fetch;
  /** The backend's configured name, for error messages. */
  provider: string;
  /** The checkpoint the graph names, so a refusal for a missing one can say which. */
  checkpoint?: string;
  /** How often the history is asked whether the prompt finished. */
  pollIntervalMs?: number;
}

/**
 * ComfyUI's HTTP protocol, shared by the restyle, image and video callers: upload an input file
 * (POST /upload/image), queue a graph (POST /prompt), poll its history (GET /history/{id}), fetch an
 * output (GET /view) and take an abandoned prompt off the queue (POST /queue).
 */
export function createComfyUiClient(settings: ComfyUiClientSettings) {
  const { provider, checkpoint } = settings;
  const baseURL = settings.baseURL ?? 'http://127.0.0.1:8188';
  const fetchFunction = settings.fetch ?? globalThis.fetch;
  const clientId = randomUUID();
  const call = (path: string, init: RequestInit) => ({ fetch: fetchFunction, baseURL, path, provider, modelId: checkpoint, init });

  async function upload(data: Uint8Array, mediaType: string, name: string, signal?: AbortSignal): Promise<string> {
    const form = new FormData();
    form.append('image', new Blob([new Uint8Array(data)], { type: mediaType }), name);
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
    if (checkpoint && /ckpt_name|not in list/i.test(body)) {
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

  /**
   * Polls until the prompt has an output file that `pick` accepts, and returns it. Output nodes list
   * their files under a key of their own (`images` for SaveImage and PreviewImage, `gifs` for the
   * video helper nodes), so every list of every node is searched.
   */
  async function waitForOutput(promptId: string, pick: (file: ComfyOutputFile) => boolean, timeoutMs: number, signal?: AbortSignal): Promise<ComfyOutputFile> {
    const deadline = Date.now() + timeoutMs;
    try {
      for (;;) {
        const history = await providerFetchJson<Record<string, HistoryEntry>>(call(`/history/${encodeURIComponent(promptId)}`, { signal }));
        const entry = history[promptId];
        if (entry?.status?.status_str === 'error') {
          const failure = entry.status.messages?.find(([kind]) => kind === 'execution_error')?.[1];
          throw new ProviderFailedError(`${provider} failed to run the workflow${failure?.exception_message ? `: ${String(failure.exception_message).trim()}` : '.'}`);
        }
        const files = Object.values(entry?.outputs ?? {}).flatMap((output) => Object.values(output).flatMap((list) => (Array.isArray(list) ? list : [])))
          .filter((file): file is ComfyOutputFile => typeof file === 'object' && file !== null && typeof (file as ComfyOutputFile).filename === 'string');
        const found = files.find(pick);
        if (found) return found;
        if (entry?.status?.completed) throw new InvalidOutputError(`${provider} finished the workflow without the expected output file.`);
        if (Date.now() > deadline) throw new TimeoutError(`${provider} did not finish the workflow within ${timeoutMs / 1000} s.`);
        await sleep(settings.pollIntervalMs ?? 20, undefined, { signal });
      }
    } catch (error) {
      // Work nobody waits for any more should not hold the GPU: drop it from the queue if it has not started.
      if (signal?.aborted) void providerFetch(call('/queue', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ delete: [promptId] }) })).catch(() => undefined);
      throw error;
    }
  }

  async function download(file: ComfyOutputFile, signal?: AbortSignal): Promise<Uint8Array> {
    const query = new URLSearchParams({ filename: file.filename, subfolder: file.subfolder ?? '', type: file.type ?? 'output' });
    const response = await providerFetch(call(`/view?${query}`, { signal }));
    return new Uint8Array(await response.arrayBuffer());
  }

  async function systemStats(signal: AbortSignal): Promise<void> {
    await providerFetchJson<{ system?: unknown }>(call('/system_stats', { signal }));
  }

  return { clientId, upload, queue, waitForOutput, download, systemStats };
}

export type ComfyUiClient = ReturnType<typeof createComfyUiClient>;
