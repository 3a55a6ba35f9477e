import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeToMonoPcm } from '../../../media/ffmpeg/decode-to-mono-pcm.ts';
import { createTestRuntime, type TestRuntime } from '../../../runtime/testing/create-test-runtime.ts';
import { exportApkg } from '../exports/export-apkg.ts';
import { entriesForExport } from '../exports/vocabulary-export.ts';
import { createVocabularyStore, type VocabularyStore } from '../store/vocabulary-store.ts';
import { makeCardRecording } from '../testing/make-card-recording.ts';
import { ankiFieldChecksum, readAnkiPackage, stripAnkiHtml } from '../testing/read-anki-package.ts';
import { insertJob, sampleItem } from '../testing/sample-analysis.ts';
import type { StreamAnalysis } from '../vocabulary-contracts.ts';
import { cardFieldNames } from './card-fields.ts';
import { cardMediaFolder, collectCardMedia, type CardMediaSources } from './collect-card-media.ts';
import { clipPaddingSeconds } from './cut-card-media.ts';

let test: TestRuntime;
let store: VocabularyStore;
let sources: CardMediaSources;

/** The two cues of the recording: やばい in the first, 草 and つよすぎ in the second (one clip for both cards). */
const cues = [{ text: 'これはやばいね', start: 1, end: 2.5 }, { text: 'ボスつよすぎ草', start: 3.2, end: 5 }];
const analysis = (): StreamAnalysis => ({
  items: [
    sampleItem({ expression: 'やばい', english: 'crazy', kind: 'slang', occurrences: [{ sentence: cues[0].text, start: cues[0].start, end: cues[0].end, link: null }] }),
    sampleItem({ expression: '草', reading: 'くさ', english: 'lol', kind: 'stream_term', occurrences: [{ sentence: cues[1].text, start: cues[1].start, end: cues[1].end, link: null }] }),
    sampleItem({ expression: 'つよすぎ', english: 'too strong', kind: 'word', occurrences: [{ sentence: cues[1].text, start: cues[1].start, end: cues[1].end, link: null }] }),
  ],
  sentences: cues, tokenCount: 6, japaneseShare: 1, warnings: [],
});

async function saveStream(ownerId: string, jobId: string, recording: Buffer | null, mediaType = 'video/mp4') {
  const { database, assets } = test.runtime;
  await insertJob(database!, ownerId, jobId);
  const asset = recording ? await assets.put({ ownerId, data: recording, mediaType, name: 'stream' }) : null;
  await store.saveStream(ownerId, {
    jobId, source: {}, format: 'vtt', origin: 'transcript', transcriptAssetId: null, recordingAssetId: asset?.id ?? null, cueCount: 2, analysis: analysis(),
  });
}

beforeAll(async () => {
  test = await createTestRuntime();
  store = createVocabularyStore(test.runtime.database!);
  await saveStream('learner', 'job-video', await makeCardRecording(6));
  await saveStream('reader', 'job-text', null);
  await saveStream('listener', 'job-audio', await makeCardRecording(6, { video: false }), 'audio/wav');
  sources = { store, assets: test.runtime.assets, ownerId: 'learner', cacheFolder: cardMediaFolder(test.dataDir) };
}, 120_000);
afterAll(() => test?.close());

const field = (fields: string[], name: (typeof cardFieldNames)[number]) => fields[cardFieldNames.indexOf(name)];

describe('cards with the sentence\'s audio and a picture, read back from the .apkg as Anki reads it', () => {
  it('puts each cue\'s clip and frame in the deck\'s media, and each note names exactly its own files', async () => {
    const entries = await entriesForExport(store, 'learner', {});
    const media = await collectCardMedia(entries, sources);
    expect(media).toMatchObject({ cut: 2, reused: 1, notes: [] });
    const apkg = await readAnkiPackage(await exportApkg(entries, { media }));

    // Two cues, so two clips and two pictures, numbered 0..3 in the zip and named in the media map.
    expect(Object.keys(apkg.media).sort()).toEqual(['0', '1', '2', '3']);
    for (const entry of Object.keys(apkg.media)) expect(apkg.entries).toContain(entry);
    const referenced = new Set<string>();
    for (const note of apkg.notes) {
      expect(note.csum).toBe(ankiFieldChecksum(note.fields[0]));
      const sentence = stripAnkiHtml(field(note.fields, 'Sentence'));
      const cue = cues.find((candidate) => candidate.text === sentence)!;
      expect(field(note.fields, 'Sentence')).toContain(`<b>${note.fields[0]}</b>`);
      const sound = /^\[sound:([\w.-]+\.mp3)\]$/.exec(field(note.fields, 'SentenceAudio'))?.[1];
      const picture = /^<img src="([\w.-]+\.jpg)">$/.exec(field(note.fields, 'Picture'))?.[1];
      expect(sound, note.fields[0]).toBeDefined();
      expect(picture, note.fields[0]).toBeDefined();
      referenced.add(sound!).add(picture!);

      const audio = await decodeToMonoPcm((await apkg.mediaFile(sound!))!);
      // The cue with a quarter second either side (MP3 frames add a few tens of milliseconds).
      expect(audio.duration).toBeGreaterThan(cue.end - cue.start + 2 * clipPaddingSeconds - 0.05);
      expect(audio.duration).toBeLessThan(cue.end - cue.start + 2 * clipPaddingSeconds + 0.12);
      const frame = await sharp((await apkg.mediaFile(picture!))!).metadata();
      expect(frame).toMatchObject({ format: 'jpeg', width: 640, height: 360 });
    }
    expect([...referenced].sort()).toEqual(Object.values(apkg.media).sort());
  }, 60_000);

  it('cuts nothing again for a second export of the same recording and cues', async () => {
    const entries = await entriesForExport(store, 'learner', {});
    expect(await collectCardMedia(entries, sources)).toMatchObject({ cut: 0, reused: 3 });
  }, 30_000);

  it('gives an audio-only recording\'s cards their sound and no picture', async () => {
    const entries = await entriesForExport(store, 'listener', {});
    const media = await collectCardMedia(entries, { ...sources, ownerId: 'listener' });
    const apkg = await readAnkiPackage(await exportApkg(entries, { media }));
    expect(Object.values(apkg.media).every((name) => name.endsWith('.mp3'))).toBe(true);
    for (const note of apkg.notes) {
      expect(field(note.fields, 'SentenceAudio')).toMatch(/^\[sound:kiln-\w+\.mp3\]$/);
      expect(field(note.fields, 'Picture')).toBe('');
    }
  }, 60_000);

  it('keeps cards text-only without a recording, and the deck says why', async () => {
    const entries = await entriesForExport(store, 'reader', {});
    const media = await collectCardMedia(entries, { ...sources, ownerId: 'reader' });
    expect(media.byEntry.size).toBe(0);
    expect(media.notes).toEqual([expect.stringMatching(/^3 cards have no sentence audio or picture: their stream has no recording, only subtitles; attach one with PUT \/api\/vocabulary\/streams/)]);
    const apkg = await readAnkiPackage(await exportApkg(entries, { media, deckName: 'Streams' }));
    expect(apkg.media).toEqual({});
    for (const note of apkg.notes) expect([field(note.fields, 'SentenceAudio'), field(note.fields, 'Picture')]).toEqual(['', '']);
    expect(Object.values(apkg.decks).find((deck) => deck.name === 'Streams')!.desc).toMatch(/no recording, only subtitles/);
  }, 30_000);

  it('cuts at most the cap and says how many cards were left text-only', async () => {
    const entries = await entriesForExport(store, 'learner', {});
    const media = await collectCardMedia(entries, { ...sources, limit: 1 });
    expect(media.byEntry.size).toBe(1);
    expect(media.notes).toEqual(['Only the first 1 cards carry sentence audio and a picture (the most one export cuts); 2 more are text-only: export them in parts (filter by stream, kind or difficulty).']);
  }, 30_000);

  it('stops cutting when the export is cancelled', async () => {
    const entries = await entriesForExport(store, 'learner', {});
    const controller = new AbortController();
    controller.abort();
    await expect(collectCardMedia(entries, { ...sources, cacheFolder: `${sources.cacheFolder}-fresh`, signal: controller.signal })).rejects.toThrow(/cancelled/);
  }, 30_000);
});
