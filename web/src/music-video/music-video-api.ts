/**
 * The music video studio's calls: the upload that starts a job (with upload progress, which fetch
 * cannot report), and the job's assets: the analysis, the pictures, the video.
 */
import type { AudioAnalysis } from '../../../src/media/audio/audio-analysis-schema.ts';
import { readAccessToken } from '../api/access-token.ts';
import { ApiError } from '../api/api-error.ts';
import type { Job } from '../api/api-types.ts';
import { apiFetch } from '../api/kiln-api.ts';

export type { AudioAnalysis };

/** An asset as GET /api/assets lists it. */
export interface AssetSummary {
  id: string;
  name: string;
  mediaType: string;
  sizeBytes: number;
  jobId: string | null;
  metadata: Record<string, unknown>;
  createdAt: string;
}

export function assetContentPath(assetId: string, options: { download?: boolean } = {}): string {
  return `/api/assets/${encodeURIComponent(assetId)}/content${options.download ? '?download=1' : ''}`;
}

export async function listJobAssets(jobId: string, signal?: AbortSignal): Promise<AssetSummary[]> {
  const response = await apiFetch(`/api/assets?jobId=${encodeURIComponent(jobId)}&limit=200`, { signal });
  return ((await response.json()) as { assets: AssetSummary[] }).assets;
}

export async function fetchAnalysis(assetId: string, signal?: AbortSignal): Promise<AudioAnalysis> {
  const response = await apiFetch(assetContentPath(assetId), { signal });
  return (await response.json()) as AudioAnalysis;
}

/**
 * POSTs the form to /api/music-videos and reports how much of it has been sent (0..1). Answers the
 * created job, or rejects with an ApiError carrying the server's sentence.
 */
export function uploadMusicVideo(form: FormData, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<Job> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/music-videos');
    const token = readAccessToken();
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      let body: { error?: { code?: string; message?: string } } | Job | undefined;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = undefined;
      }
      if (request.status === 202 && body) return resolve(body as Job);
      const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
      reject(new ApiError(error?.code ?? `http_${request.status}`, error?.message ?? `The server answered ${request.status}.`, request.status));
    });
    request.addEventListener('error', () => reject(new ApiError('network', 'The Kiln server could not be reached. Check that it is running.', 0)));
    request.addEventListener('abort', () => reject(new ApiError('cancelled', 'The upload was stopped.', 0)));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(form);
  });
}

/** A finished video as GET /api/music-videos lists it. */
export interface MusicVideoEntry {
  jobId: string;
  videoAssetId: string;
  thumbnailAssetId: string;
  songAssetId: string;
  songName: string | null;
  duration: number;
  width: number;
  height: number;
  fps: number;
  style: string;
  moments: number;
  createdAt: string;
}

export async function listMusicVideos(signal?: AbortSignal): Promise<MusicVideoEntry[]> {
  const response = await apiFetch('/api/music-videos', { signal });
  return ((await response.json()) as { videos: MusicVideoEntry[] }).videos;
}

/** Deletes the video, its files, and the song and pictures no other video uses. */
export async function deleteMusicVideo(jobId: string): Promise<void> {
  await apiFetch(`/api/music-videos/${encodeURIComponent(jobId)}`, { method: 'DELETE' });
}
