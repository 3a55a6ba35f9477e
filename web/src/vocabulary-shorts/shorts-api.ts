/**
 * The shorts studio's calls: the upload that asks for a plan (multipart, with upload progress,
 * which fetch cannot report) and the JSON request that renders the clips the user chose.
 */
import type { ShortsOutput } from '../../../src/pipelines/vocabulary/shorts/shorts-pipeline.ts';
import type { ClipChoice, PlannedClip } from '../../../src/pipelines/vocabulary/shorts/shorts-contracts.ts';
import type { Job } from '../api/api-types.ts';
import { apiFetch } from '../api/kiln-api.ts';
import { uploadForm } from '../api/upload-form.ts';

export type { ClipChoice, PlannedClip, ShortsOutput };

/** A clip as the timeline holds it: the plan's, moved by the user, or one the user added. */
export interface TimelineClip extends ClipChoice {
  /** Stable across edits, for React keys and labels. */
  key: string;
  /** The plan's score when the span is the plan's own; null once moved or for an added clip. */
  score: PlannedClip['score'] | null;
  title: string;
}

export function uploadForPlan(form: FormData, onProgress: (fraction: number) => void): Promise<Job> {
  return uploadForm('/api/vocabulary/shorts', form, onProgress);
}

export async function renderChosenClips(body: { recordingAssetId: string; transcriptAssetId: string; chatAssetId?: string; width: number; height: number; clips: ClipChoice[] }): Promise<Job> {
  const response = await apiFetch('/api/vocabulary/shorts', { method: 'POST', body: JSON.stringify(body) });
  return (await response.json()) as Job;
}

export const assetContentPath = (assetId: string) => `/api/assets/${encodeURIComponent(assetId)}/content`;

/** `1:05.3` for a time on the timeline. */
export function clock(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${(seconds - minutes * 60).toFixed(1).padStart(4, '0')}`;
}
