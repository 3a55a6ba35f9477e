import { join } from 'node:path';
import { MediaError, NotFoundError } from '../../../engine/errors/index.ts';
import { probeMedia } from '../../../media/video/probe-media.ts';
import type { AssetRecord, AssetStore } from '../../../runtime/contracts.ts';
import type { VocabularyEntry } from '../store/vocabulary-entry.ts';
import type { VocabularyStore } from '../store/vocabulary-store.ts';
import { cardMediaCache } from './card-media-cache.ts';

/** Most cards one export or sync gives audio and a picture: each is an ffmpeg run, and a deck of thousands of clips is rarely studied. */
export const mostCardClips = 200;

/** Where cut card media are kept, under the data folder. */
export const cardMediaFolder = (dataDir: string) => join(dataDir, 'cache', 'card-media');

/** A file for Anki's media folder: the name the note's fields use, and its bytes. */
export interface CardMediaFile { fileName: string; data: Buffer }

export interface CardMedia {
  /** The sentence's audio, for `[sound:…]`. */
  audio: CardMediaFile;
  /** The frame at that moment, for `<img>`; null for an audio-only recording. */
  picture: CardMediaFile | null;
}

export interface CardMediaSet {
  /** By entry id; entries without a recording, times or a place under the cap are absent. */
  byEntry: Map<string, CardMedia>;
  /** Sentences for the learner: why some cards (or all) have no audio or picture. */
  notes: string[];
  /** Clips cut by ffmpeg now, and clips found in the cache. */
  cut: number;
  reused: number;
}

export interface CardMediaSources {
  store: Pick<VocabularyStore, 'getStream'>;
  assets: AssetStore;
  ownerId: string;
  /** cardMediaFolder(config.dataDir). */
  cacheFolder: string;
  /** A job's temporary folder, where an object store downloads the recording; a request without one removes the download after. */
  temporaryFolder?: string;
  signal?: AbortSignal;
  /** Most cards given media (mostCardClips unless a test says otherwise). */
  limit?: number;
}

const cards = (count: number) => (count === 1 ? '1 card has' : `${count} cards have`);

/**
 * The audio clip and picture of each entry's example sentence, cut from the recording its stream
 * was made from or later given (cached per recording content and cue times). Streams without a
 * recording, sentences without times, and entries past the cap get none, and `notes` says so.
 */
export async function collectCardMedia(entries: readonly VocabularyEntry[], sources: CardMediaSources): Promise<CardMediaSet> {
  const { store, assets, ownerId, signal } = sources;
  const limit = sources.limit ?? mostCardClips;
  const result: CardMediaSet = { byEntry: new Map(), notes: [], cut: 0, reused: 0 };
  const recordingIds = new Map<string, string | null>();
  for (const streamId of new Set(entries.flatMap((entry) => (entry.example ? [entry.example.streamId] : [])))) {
    recordingIds.set(streamId, await store.getStream(ownerId, streamId).then((stream) => stream.recordingAssetId, (error: unknown) => {
      if (error instanceof NotFoundError) return null;
      throw error;
    }));
  }

  const untimed: VocabularyEntry[] = [];
  const unrecorded = new Set<string>();
  let unrecordedCards = 0;
  const byRecording = new Map<string, VocabularyEntry[]>();
  let overCap = 0;
  let chosen = 0;
  for (const entry of entries) {
    const recordingId = entry.example ? recordingIds.get(entry.example.streamId) : null;
    if (!entry.example || !recordingId) {
      unrecordedCards += 1;
      if (entry.example) unrecorded.add(entry.example.streamId);
    } else if (entry.example.start === null) untimed.push(entry);
    else if (chosen >= limit) overCap += 1;
    else {
      chosen += 1;
      byRecording.set(recordingId, [...(byRecording.get(recordingId) ?? []), entry]);
    }
  }

  const cache = cardMediaCache(sources.cacheFolder);
  let pastEnd = 0;
  let unreadable = 0;
  for (const [recordingId, group] of byRecording) {
    const asset = await assets.get(ownerId, recordingId).catch((error: unknown) => {
      if (error instanceof NotFoundError) return null;
      throw error;
    });
    if (!asset) {
      unreadable += group.length;
      continue;
    }
    try {
      const cut = (path: string) => cutGroup(path, asset, group);
      await (sources.temporaryFolder ? assets.localFile(asset, sources.temporaryFolder).then(cut) : assets.withLocalFile(asset, cut));
    } catch (error) {
      if (!(error instanceof MediaError) || signal?.aborted) throw error;
      unreadable += group.length;
    }
  }

  async function cutGroup(path: string, asset: AssetRecord, group: VocabularyEntry[]): Promise<void> {
    const hasVideo = (await probeMedia(path, { signal })).streams.some((stream) => stream.kind === 'video');
    for (const entry of group) {
      const { start, end } = entry.example!;
      const media = await cache.get({ sha256: asset.sha256, path }, { start: start!, end }, hasVideo, signal);
      if (media.reused) result.reused += 1;
      else result.cut += 1;
      if (!media.audio) {
        pastEnd += 1;
        continue;
      }
      // Named after the cut: two words heard in one sentence share its clip, in Anki's media folder as in the deck.
      const name = `kiln-${media.key.slice(0, 20)}`;
      result.byEntry.set(entry.id, {
        audio: { fileName: `${name}.mp3`, data: media.audio },
        picture: media.picture ? { fileName: `${name}.jpg`, data: media.picture } : null,
      });
    }
  }

  if (unrecordedCards > 0) {
    const attach = unrecorded.size > 0 ? `; attach one with PUT /api/vocabulary/streams/{id}/recording (${[...unrecorded].slice(0, 5).join(', ')}${unrecorded.size > 5 ? ', ...' : ''})` : '';
    result.notes.push(`${cards(unrecordedCards)} no sentence audio or picture: their stream has no recording, only subtitles${attach}.`);
  }
  if (untimed.length > 0) result.notes.push(`${cards(untimed.length)} no sentence audio or picture: their transcript has no times to cut the recording at.`);
  if (overCap > 0) result.notes.push(`Only the first ${limit} cards carry sentence audio and a picture (the most one export cuts); ${overCap} more are text-only: export them in parts (filter by stream, kind or difficulty).`);
  if (pastEnd > 0) result.notes.push(`${cards(pastEnd)} no sentence audio: the sentence lies past the end of its recording.`);
  if (unreadable > 0) result.notes.push(`${cards(unreadable)} no sentence audio or picture: the recording could not be read or was deleted.`);
  return result;
}
