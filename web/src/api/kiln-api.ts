/**
 * The Kiln HTTP API as typed functions. Every call goes through `apiFetch`, which adds the bearer
 * token when one is saved and turns error answers into ApiError.
 */
import { readAccessToken } from './access-token.ts';
import { ApiError, toApiError } from './api-error.ts';
import { announceIfLibraryChanged } from './library-changes.ts';
import type { LibraryPage, LibraryQuery } from './library-types.ts';
import type { BackendEntry, BackendHealth, DiscoveredServer, EditableConfig, Job, PipelineSummary, ServerHealth } from './api-types.ts';

export async function apiFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const token = readAccessToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  // A form's Content-Type (with its boundary) is the browser's to set.
  if (init.body !== undefined && !(init.body instanceof FormData) && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiError('network', 'The Kiln server could not be reached. Check that it is running.', 0);
  }
  if (!response.ok) throw await toApiError(response);
  announceIfLibraryChanged((init.method ?? 'GET').toUpperCase(), path);
  return response;
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await apiFetch(path, { signal });
  return (await response.json()) as T;
}

async function postJson<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  const response = await apiFetch(path, { method: 'POST', body: JSON.stringify(body), signal });
  return (await response.json()) as T;
}

export const kilnApi = {
  health: (signal?: AbortSignal) => getJson<ServerHealth>('/api/health', signal),
  pipelines: async (signal?: AbortSignal) => {
    // Accepts a bare list as well as `{ pipelines: [...] }`, the shape the server's route answers with.
    const body = await getJson<PipelineSummary[] | { pipelines: PipelineSummary[] }>('/api/pipelines', signal);
    return Array.isArray(body) ? body : body.pipelines;
  },
  listJobs: async (signal?: AbortSignal, filters: { pipeline?: string; state?: string } = {}) => {
    const query = new URLSearchParams({ limit: '50' });
    if (filters.pipeline) query.set('pipeline', filters.pipeline);
    if (filters.state) query.set('state', filters.state);
    return (await getJson<{ jobs: Job[] }>(`/api/jobs?${query}`, signal)).jobs;
  },
  getJob: (jobId: string, signal?: AbortSignal) => getJson<Job>(`/api/jobs/${encodeURIComponent(jobId)}`, signal),
  createJob: (pipeline: string, input: unknown) => postJson<Job>('/api/jobs', { pipeline, input }),
  // An empty JSON object as body: some servers refuse a POST with a JSON content type and no body.
  cancelJob: (jobId: string) => postJson<Job>(`/api/jobs/${encodeURIComponent(jobId)}/cancel`, {}),
  settingsConfig: (signal?: AbortSignal) => getJson<EditableConfig>('/api/settings/config', signal),
  saveSettingsConfig: async (change: { backends: Record<string, BackendEntry>; capabilities: Record<string, string[]> }) =>
    (await apiFetch('/api/settings/config', { method: 'PUT', body: JSON.stringify(change) })).json() as Promise<EditableConfig>,
  testBackend: (name: string, backend: BackendEntry) => postJson<BackendHealth>('/api/settings/backends/test', { name, backend }),
  /** Model servers running on the server's machine (or at `address`), with their models. */
  detectBackends: (address?: string, signal?: AbortSignal) =>
    getJson<{ servers: DiscoveredServer[] }>(`/api/settings/backends/detect${address ? `?address=${encodeURIComponent(address)}` : ''}`, signal),
  /** A new job with the failed or cancelled job's input. */
  retryJob: (jobId: string) => postJson<Job>(`/api/jobs/${encodeURIComponent(jobId)}/retry`, {}),
  /** Deletes a finished job and the files only it used. */
  deleteJob: async (jobId: string) => {
    const response = await apiFetch(`/api/jobs/${encodeURIComponent(jobId)}`, { method: 'DELETE' });
    return (await response.json()) as { deletedAssets: number };
  },
  /** One page of everything the user made, newest first. */
  library: (query: LibraryQuery, signal?: AbortSignal) => {
    const search = new URLSearchParams(Object.entries(query).filter(([, value]) => value !== undefined && value !== '').map(([key, value]) => [key, String(value)]));
    return getJson<LibraryPage>(`/api/library?${search}`, signal);
  },
  /** The live event stream of one job; read it with readServerSentEvents. */
  jobEvents: (jobId: string, signal: AbortSignal) =>
    apiFetch(`/api/jobs/${encodeURIComponent(jobId)}/events`, { signal, headers: { Accept: 'text/event-stream' } }),
};
