import type { AssetStore } from '../../../runtime/contracts.ts';
import type { VocabularyEntry } from '../store/vocabulary-entry.ts';
import type { VocabularyStore } from '../store/vocabulary-store.ts';
import { cutSentenceClip } from './cut-sentence-clip.ts';

/**
 * For the Anki sync: the audio of an entry's example sentence, cut from the recording its stream
 * was made from. Streams made from subtitles have no recording, so their cards get none.
 */
export function sentenceAudioSource(store: VocabularyStore, assets: AssetStore, ownerId: string, signal?: AbortSignal) {
  const recordings = new Map<string, Promise<string | null>>();
  const recordingOf = (streamId: string) => {
    let found = recordings.get(streamId);
    if (!found) {
      found = store.getStream(ownerId, streamId).then((stream) => stream.recordingAssetId, () => null);
      recordings.set(streamId, found);
    }
    return found;
  };
  return async (entry: VocabularyEntry): Promise<Buffer | null> => {
    const example = entry.example;
    if (!example || example.start === null) return null;
    const assetId = await recordingOf(example.streamId);
    if (!assetId) return null;
    const asset = await assets.get(ownerId, assetId).catch(() => null);
    const { start, end } = example;
    return asset ? assets.withLocalFile(asset, (path) => cutSentenceClip(path, start, end, signal)) : null;
  };
}
