/**
 * The reader's calls: the stream cut into words (`/reader`), marking a word, mining it (its card made
 * from the cue it was heard in), and the deck of mined cards.
 */
import type { ReaderCue, ReaderEntry, ReaderWord, StreamReader } from '../../../src/pipelines/vocabulary/reader/stream-reader.ts';
import type { VocabularyEntry } from '../../../src/pipelines/vocabulary/store/vocabulary-entry.ts';
import { apiFetch } from '../api/kiln-api.ts';

export type { ReaderCue, ReaderEntry, ReaderWord, StreamReader };
export type ExpressionStatus = VocabularyEntry['status'];

/** What a mined card carries, as the server cut it. */
export interface MinedCard {
  entry: VocabularyEntry;
  card: { audio: boolean; picture: boolean; notes: string[] };
}

export const readerApi = {
  async reader(streamId: string, signal?: AbortSignal): Promise<StreamReader> {
    return (await apiFetch(`/api/vocabulary/streams/${encodeURIComponent(streamId)}/reader`, { signal })).json();
  },
  async setStatus(entryId: string, status: ExpressionStatus): Promise<void> {
    await apiFetch(`/api/vocabulary/${encodeURIComponent(entryId)}`, { method: 'PATCH', body: JSON.stringify({ status }) });
  },
  async mine(entryId: string, streamId: string, start: number | null): Promise<MinedCard> {
    return (await apiFetch(`/api/vocabulary/${encodeURIComponent(entryId)}/mine`, { method: 'POST', body: JSON.stringify({ streamId, start }) })).json();
  },
  /** Downloads the Anki deck of every mined card: fetched with the token, then handed to the browser as a file. */
  async downloadMinedDeck(): Promise<string[]> {
    const response = await apiFetch('/api/vocabulary/export?format=apkg&mined=true');
    const notes = response.headers.get('kiln-export-notes');
    const url = URL.createObjectURL(await response.blob());
    const link = Object.assign(document.createElement('a'), { href: url, download: 'mined-cards.apkg' });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return notes ? notes.split(' | ') : [];
  },
};
