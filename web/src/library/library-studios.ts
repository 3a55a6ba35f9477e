/** How the Library names each kind of thing and where it opens it. */
import type { LibraryItem, LibraryStudio } from '../api/library-types.ts';
import { shortId } from '../components/short-id.ts';

/** The filter's choices, in the order the studios appear in the navigation. */
export const libraryStudioChoices: { value: LibraryStudio; label: string; kind: string }[] = [
  { value: 'story', label: 'Stories', kind: 'Story' },
  { value: 'music-video', label: 'Music videos', kind: 'Music video' },
  { value: 'vocabulary', label: 'Vocabulary streams', kind: 'Vocabulary stream' },
  { value: 'vocabulary-shorts', label: 'Shorts', kind: 'Shorts' },
  { value: 'vocabulary-export', label: 'Vocabulary exports', kind: 'Vocabulary export' },
];

export function libraryKind(studio: LibraryStudio): string {
  return libraryStudioChoices.find((choice) => choice.value === studio)?.kind ?? studio;
}

/** The item's name: its title, or its kind and the start of its id when its input had no words. */
export function libraryItemTitle(item: Pick<LibraryItem, 'title' | 'studio' | 'jobId'>): string {
  return item.title?.trim() || `${libraryKind(item.studio)} ${shortId(item.jobId)}`;
}

/** Where the item is best seen: its studio showing it when the studio can, else its job page. */
export function libraryOpenPath(item: LibraryItem): string {
  const job = encodeURIComponent(item.jobId);
  if (item.studio === 'story' && item.storyId) return `/story/${encodeURIComponent(item.storyId)}`;
  if (item.studio === 'story') return `/story?job=${job}`;
  if (item.studio === 'music-video') return `/music-video?job=${job}`;
  if (item.studio === 'vocabulary') return `/vocabulary?job=${job}`;
  if (item.studio === 'vocabulary-shorts') return `/vocabulary/shorts?job=${job}`;
  return `/jobs/${job}`;
}
