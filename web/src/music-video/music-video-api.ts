/**
 * The music video studio's calls: the upload that starts a job (with upload progress, which fetch
 * cannot report), and the job's assets: the analysis, the pictures, the video.
 */
import type { AudioAnalysis } from '../../../src/media/audio/audio-analysis-schema.ts';
import type { Job } from '../api/api-types.ts';
import { apiFetch } from '../api/kiln-api.ts';
import { uploadForm } from '../api/upload-form.ts';

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
  return uploadForm('/api/music-videos', form, onProgress, signal);
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

/** Uploads a picture (POST /api/assets) to swap in for a key moment's. */
export async function uploadPicture(file: File): Promise<AssetSummary> {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await apiFetch('/api/assets', { method: 'POST', body: form });
  return (await response.json()) as AssetSummary;
}

/** Asks for the corrected video (POST /api/music-videos/:id/edits); answers the new job. */
export async function postMusicVideoEdits(jobId: string, edits: object): Promise<Job> {
  const response = await apiFetch(`/api/music-videos/${encodeURIComponent(jobId)}/edits`, { method: 'POST', body: JSON.stringify(edits) });
  return (await response.json()) as Job;
}

/** One asset's record, for pictures an edited video took from the job it corrects. */
export async function getAsset(assetId: string, signal?: AbortSignal): Promise<AssetSummary> {
  const response = await apiFetch(`/api/assets/${encodeURIComponent(assetId)}`, { signal });
  return (await response.json()) as AssetSummary;
}
