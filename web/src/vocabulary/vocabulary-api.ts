/**
 * The vocabulary studio's calls: the upload that starts a job (with upload progress, which fetch
 * cannot report), the list with its filters, marking, known words, streams and exports.
 */
import type { VocabularyEntry } from '../../../src/pipelines/vocabulary/store/vocabulary-entry.ts';
import type { StreamRecord } from '../../../src/pipelines/vocabulary/store/vocabulary-store.ts';
import type { NotionConnectionStatus } from '../../../src/pipelines/vocabulary/sync/notion-connection-store.ts';
import type { Job } from '../api/api-types.ts';
import { apiFetch } from '../api/kiln-api.ts';
import { uploadForm } from '../api/upload-form.ts';

export type { NotionConnectionStatus, StreamRecord, VocabularyEntry };
export type ExpressionStatus = VocabularyEntry['status'];

export interface VocabularyFilter {
  q?: string;
  kind?: string;
  difficulty?: string;
  stream?: string;
  status?: string;
  sort?: 'frequency' | 'first_seen';
}

const query = (values: object) => new URLSearchParams(Object.entries(values).filter(([, value]) => value !== undefined && value !== '')).toString();

/** POSTs the form to /api/vocabulary/streams, reporting how much has been sent (0..1). */
export function uploadStream(form: FormData, onProgress: (fraction: number) => void): Promise<Job> {
  return uploadForm('/api/vocabulary/streams', form, onProgress);
}

/** The dictionary that gives ordinary words their meaning, or none with how to install one. */
export interface DictionaryInfo {
  kind: 'jmdict' | 'edict' | 'none';
  label: string | null;
  advice: string | null;
}

export const vocabularyApi = {
  /** Whether the signed-in user may use the operator's Anki and Notion (administrators; everyone in local mode). */
  async isAdministrator(signal?: AbortSignal): Promise<boolean> {
    return ((await (await apiFetch('/api/me', { signal })).json()) as { isAdmin: boolean }).isAdmin;
  },
  async dictionary(signal?: AbortSignal): Promise<DictionaryInfo> {
    return (await apiFetch('/api/vocabulary/dictionary', { signal })).json();
  },
  async list(filter: VocabularyFilter, signal?: AbortSignal): Promise<{ items: VocabularyEntry[]; total: number }> {
    return (await apiFetch(`/api/vocabulary?${query({ ...filter, pageSize: 200 })}`, { signal })).json();
  },
  async streams(signal?: AbortSignal): Promise<StreamRecord[]> {
    return ((await (await apiFetch('/api/vocabulary/streams', { signal })).json()) as { streams: StreamRecord[] }).streams;
  },
  async setStatus(id: string, status: ExpressionStatus): Promise<void> {
    await apiFetch(`/api/vocabulary/${encodeURIComponent(id)}`, { method: 'PATCH', body: JSON.stringify({ status }) });
  },
  async importKnown(text: string): Promise<{ words: number; added: number; markedKnown: number }> {
    return (await apiFetch('/api/vocabulary/known', { method: 'POST', body: JSON.stringify({ text }) })).json();
  },
  /** Gives a stream its recording, for cards with the sentence's audio and a picture. */
  async attachRecording(streamId: string, file: File): Promise<StreamRecord> {
    const form = new FormData();
    form.append('file', file);
    return (await apiFetch(`/api/vocabulary/streams/${encodeURIComponent(streamId)}/recording`, { method: 'PUT', body: form })).json();
  },
  /** Whether this user has connected their own Notion; the token never comes back. */
  async notionConnection(signal?: AbortSignal): Promise<NotionConnectionStatus> {
    return (await apiFetch('/api/connections/notion', { signal })).json();
  },
  async connectNotion(token: string, databaseId: string): Promise<NotionConnectionStatus> {
    return (await apiFetch('/api/connections/notion', { method: 'PUT', body: JSON.stringify({ token, databaseId }) })).json();
  },
  async disconnectNotion(): Promise<void> {
    await apiFetch('/api/connections/notion', { method: 'DELETE' });
  },
  async sync(to: 'anki' | 'notion'): Promise<Job> {
    return (await apiFetch('/api/vocabulary/sync', { method: 'POST', body: JSON.stringify({ to }) })).json();
  },
  /** Starts a `vocabulary-export` job with the list's filters; its output names the file's asset. */
  async startExport(format: 'csv' | 'apkg' | 'pdf' | 'posts', filter: VocabularyFilter): Promise<Job> {
    const filters = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined && value !== ''));
    return (await apiFetch('/api/vocabulary/exports', { method: 'POST', body: JSON.stringify({ ...filters, format }) })).json();
  },
  /** Downloads a finished export's asset: fetched with the token, then handed to the browser as a file. */
  async download(assetId: string, name: string): Promise<void> {
    const response = await apiFetch(`/api/assets/${encodeURIComponent(assetId)}/content`);
    const url = URL.createObjectURL(await response.blob());
    const link = Object.assign(document.createElement('a'), { href: url, download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};
