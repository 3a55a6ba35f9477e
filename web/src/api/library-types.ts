/** The Library's shapes as GET /api/library answers them (src/server/routes/library-routes.ts). */
import type { JobState } from './api-types.ts';

/** The studios whose jobs leave something in the Library; `vocabulary` items are vocabulary streams. */
export type LibraryStudio = 'story' | 'music-video' | 'vocabulary' | 'vocabulary-shorts' | 'vocabulary-export';

export interface LibraryItem {
  jobId: string;
  studio: LibraryStudio;
  state: JobState;
  progress: number;
  title: string | null;
  thumbnailAssetId: string | null;
  downloadAssetId: string | null;
  downloadName: string | null;
  storyId: string | null;
  error: { code: string; message: string } | null;
  createdAt: string;
  endedAt: string | null;
}

export interface LibraryPage {
  items: LibraryItem[];
  page: number;
  perPage: number;
  /** Items matching the filters over all pages. */
  total: number;
}

export interface LibraryQuery {
  studio?: LibraryStudio | '';
  state?: JobState | '';
  page?: number;
  perPage?: number;
}
