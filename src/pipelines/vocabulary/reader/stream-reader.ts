/**
 * What the reader page shows for one stream: its cues with their times and, in each, its words as
 * the extraction cut them (segmentTranscript), every item tied to the learner's expression and its
 * status, plus each expression's entry (meaning, part of speech, the cues where it was heard). Read
 * from the transcript the stream was analysed from, so it needs no copy of the cues in the database.
 */
import { ConflictError, NotFoundError } from '../../../engine/errors/index.ts';
import type { AssetStore } from '../../../runtime/contracts.ts';
import { chooseDictionary, loadDictionary } from '../analysis/choose-dictionary.ts';
import { segmentTranscript } from '../analysis/segment-transcript.ts';
import { partOfSpeechOf } from '../cards/part-of-speech.ts';
import { entriesForExport } from '../exports/vocabulary-export.ts';
import { decodeTranscript } from '../parse-step.ts';
import type { VocabularyEntry } from '../store/vocabulary-entry.ts';
import { readerSegmentsCache, readerSegmentsFolder, readerSegmentsKey } from './reader-segments-cache.ts';
import type { StreamRecord, VocabularyStore } from '../store/vocabulary-store.ts';
import { linkAt } from '../transcripts/link-at.ts';
import { parseTranscript } from '../transcripts/parse-transcript.ts';
import type { StreamSource, TranscriptFormat } from '../vocabulary-contracts.ts';

export interface ReaderWord {
  text: string;
  /** The learner's expression this stretch is an item of; null for plain text and for items no longer in the list. */
  entryId: string | null;
  status: VocabularyEntry['status'] | null;
  /** Running words in it (0 for particles and punctuation), the weight of the comprehension shares. */
  runningWords: number;
}

export interface ReaderCue {
  start: number | null;
  end: number | null;
  /** The stream's page at this moment (YouTube, Twitch), when it has one. */
  link: string | null;
  words: ReaderWord[];
}

export interface ReaderEntry extends VocabularyEntry {
  partOfSpeech: string;
  /** Whether the learner mined it (its card is among the mined cards). */
  mined: boolean;
  /** Indexes of the cues it was heard in, in order. */
  cues: number[];
}

export interface StreamReader {
  stream: StreamRecord;
  /** The recording to play, when the stream has one. */
  recording: { assetId: string; mediaType: string } | null;
  cues: ReaderCue[];
  entries: ReaderEntry[];
}

export interface StreamReaderSources {
  store: VocabularyStore;
  assets: AssetStore;
  config: { dataDir: string; vocabulary?: { jmdictPath?: string } };
  ownerId: string;
  signal?: AbortSignal;
}

const key = (dictionaryForm: string, reading: string) => `${dictionaryForm}\n${reading}`;

export async function streamReader(streamId: string, sources: StreamReaderSources): Promise<StreamReader> {
  const { store, assets, ownerId, signal } = sources;
  const stream = await store.getStream(ownerId, streamId);
  const transcript = await store.transcriptOf(ownerId, streamId);
  if (!transcript) {
    throw new ConflictError('This stream was transcribed from its recording and its transcript was not kept, so it cannot be read along; upload its subtitles as a new stream to read it.');
  }
  const asset = await assets.get(ownerId, transcript.assetId);
  const { cues } = parseTranscript(decodeTranscript(await assets.read(asset)), transcript.format as TranscriptFormat);
  // The dictionary the analysis used decides which runs of tokens are one word; unreadable, the words are cut without it.
  const dictionary = chooseDictionary(sources.config.vocabulary?.jmdictPath);
  const meanings = await loadDictionary(dictionary, sources.config.dataDir).catch(() => undefined);
  const cacheKey = readerSegmentsKey(asset.sha256, transcript.format, meanings ? dictionary.version : 'none');
  const { segments } = await readerSegmentsCache(readerSegmentsFolder(sources.config.dataDir)).get(cacheKey, () => segmentTranscript(cues, { meanings, signal }));
  const listed = await entriesForExport(store, ownerId, { stream: streamId, status: 'all' });
  const mined = await store.minedIn(ownerId, streamId);
  const byKey = new Map(listed.map((entry) => [key(entry.dictionaryForm, entry.reading), entry]));
  const heardIn = new Map<string, number[]>();
  const readerCues = cues.map((cue, index): ReaderCue => ({
    start: cue.start,
    end: cue.end,
    link: linkAt({ platform: (stream.platform ?? undefined) as StreamSource['platform'], videoId: stream.videoId ?? undefined }, cue.start),
    words: (segments[index] ?? []).map((segment) => {
      const entry = segment.item ? byKey.get(key(segment.item.dictionaryForm, segment.item.reading)) : undefined;
      if (entry) {
        const cueList = heardIn.get(entry.id) ?? [];
        if (cueList.at(-1) !== index) cueList.push(index);
        heardIn.set(entry.id, cueList);
      }
      return { text: segment.text, entryId: entry?.id ?? null, status: entry?.status ?? null, runningWords: segment.words };
    }),
  }));
  // A recording deleted since it was attached leaves the transcript to read on its own.
  const recording = stream.recordingAssetId ? await assets.get(ownerId, stream.recordingAssetId).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  }) : null;
  return {
    stream,
    recording: recording ? { assetId: recording.id, mediaType: recording.mediaType } : null,
    cues: readerCues,
    entries: listed.filter((entry) => heardIn.has(entry.id)).map((entry) => ({ ...entry, partOfSpeech: partOfSpeechOf(entry, meanings), mined: mined.has(entry.id), cues: heardIn.get(entry.id)! })),
  };
}
