/** The Story studio's calls: child profiles and stories, each private to the signed-in parent. */
import { readAccessToken } from '../api/access-token.ts';
import type { IdeaCheck } from './describe-idea-check.ts';
import { ApiError, toApiError } from '../api/api-error.ts';
import type { Job } from '../api/api-types.ts';
import { apiFetch } from '../api/kiln-api.ts';

/** Like apiFetch, but a refusal keeps its details (field issues, the refusal's reason), so a form can put each problem beside its field. */
async function send(path: string, method: string, body: unknown): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  const token = readAccessToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: JSON.stringify(body) });
  } catch {
    throw new ApiError('network', 'The Kiln server could not be reached. Check that it is running.', 0);
  }
  if (response.ok) return response;
  throw await toApiError(response);
}

export type ReadingLevel = 'auto' | 'early' | 'developing' | 'confident';

/** What a parent says about a child. */
export interface ProfileFields {
  name: string;
  age: number;
  interests: string[];
  favouriteThings: string[];
  readingLevel: ReadingLevel;
  language: string;
  preferredVoice: string | null;
}

export interface ChildProfile extends ProfileFields {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export interface SentenceTiming {
  text: string;
  start: number;
  end: number;
}

export interface StoryScene {
  text: string;
  imageAssetId: string;
  altText: string;
  audioAssetId: string;
  timings: SentenceTiming[];
  moderation: {
    decision: 'pass' | 'regenerated' | 'fallback';
    checkedLocallyOnly: boolean;
    /** Each check that ran: `local-guardrails`, `bedtime-tone`, `moderation-service` (with `unavailable` when it did not answer). */
    layers?: { layer: string; model?: string; passed: boolean; unavailable?: string }[];
  };
}

export interface StorySummary {
  id: string;
  profileId: string | null;
  jobId: string | null;
  title: string;
  prompt: string;
  checkedLocallyOnly: boolean;
  createdAt: string;
  scenes: number;
  coverAssetId: string | null;
  videoAssetId: string | null;
}

export interface Story extends StorySummary {
  content: {
    title: string; scenes: StoryScene[]; videoAssetId: string | null; subtitlesAssetId: string | null; notes: string[]; checkedLocallyOnly: boolean;
    /** The language model that judged the idea before writing; absent when only the built-in storyteller writes. */
    ideaCheck?: IdeaCheck;
    /** The parts of the idea the story was built from ("a tiny train", "the moon"). */
    ideaUsed?: string[];
    /** Words of the idea no part took: shown as "I did not understand: …". */
    ideaNotUnderstood?: string[];
    /** Words child mode refuses alone, left out on purpose: shown as "I left out, as not right for a bedtime story here: …". */
    ideaLeftOut?: string[];
    /** Creatures of the idea the built-in illustrator has no shape for. */
    ideaNotDrawn?: string[];
    /** An idea in another language as the storyteller read it, in English word by word. */
    ideaReadAs?: string;
    /** ideaReadAs is Apertium's machine translation, not a word-by-word gloss. */
    ideaTranslated?: boolean;
  };
}

export interface NewStory {
  profileId: string;
  prompt: string;
  scenes: number;
  video: boolean;
  /** `landscape`: the pictures' own shape; `portrait`: 9:16, for phones. */
  videoShape?: 'landscape' | 'portrait';
}

const json = async <T,>(response: Response) => (await response.json()) as T;
const profilePath = (id: string) => `/api/profiles/${encodeURIComponent(id)}`;
const storyPath = (id: string) => `/api/stories/${encodeURIComponent(id)}`;

export const storyApi = {
  listProfiles: async (signal?: AbortSignal) => (await json<{ profiles: ChildProfile[] }>(await apiFetch('/api/profiles', { signal }))).profiles,
  createProfile: async (fields: ProfileFields) => json<ChildProfile>(await send('/api/profiles', 'POST', fields)),
  updateProfile: async (id: string, fields: ProfileFields) => json<ChildProfile>(await send(profilePath(id), 'PATCH', fields)),
  deleteProfile: async (id: string) => void (await apiFetch(profilePath(id), { method: 'DELETE' })),
  createStory: async (story: NewStory) => json<Job>(await send('/api/stories', 'POST', story)),
  listStories: async (signal?: AbortSignal) => (await json<{ stories: StorySummary[] }>(await apiFetch('/api/stories', { signal }))).stories,
  getStory: async (id: string, signal?: AbortSignal) => json<Story>(await apiFetch(storyPath(id), { signal })),
  deleteStory: async (id: string) => void (await apiFetch(storyPath(id), { method: 'DELETE' })),
};

/** Field problems from a 400 answer (`details.issues`), keyed by the field's name. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const details = error instanceof ApiError ? error.details : undefined;
  const issues = (details as { issues?: { path?: string; message?: string }[] } | undefined)?.issues ?? [];
  return Object.fromEntries(issues.map((issue) => [String(issue.path ?? '').split('.')[0], issue.message ?? 'Check this field.']));
}
