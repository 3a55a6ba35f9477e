import { createServer } from 'node:net';
import { sniffMediaType } from '../../../media/sniff-media-type.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../store/database.ts';
import { temporaryDataDir } from '../../../store/testing/temporary-data-dir.ts';
import { entriesForExport } from '../exports/vocabulary-export.ts';
import { createVocabularyStore, type VocabularyStore } from '../store/vocabulary-store.ts';
import { startAnkiConnectStandIn } from '../testing/anki-connect-stand-in.ts';
import { insertJob, sampleAnalysis } from '../testing/sample-analysis.ts';
import sharp from 'sharp';
import { createTestRuntime } from '../../../runtime/testing/create-test-runtime.ts';
import { cardMediaFolder, collectCardMedia } from '../cards/collect-card-media.ts';
import { makeCardRecording } from '../testing/make-card-recording.ts';
import { sampleItem } from '../testing/sample-analysis.ts';
import { readAnkiDeckWords } from './read-anki-deck-words.ts';
import { kilnNoteType, syncToAnki } from './sync-to-anki.ts';

let folder: Awaited<ReturnType<typeof temporaryDataDir>>;
let database: Database;
let store: VocabularyStore;
let anki: Awaited<ReturnType<typeof startAnkiConnectStandIn>>;

beforeAll(async () => {
  folder = await temporaryDataDir();
  database = await openDatabase({ dataDir: folder.dataDir });
  store = createVocabularyStore(database);
  await insertJob(database, 'learner', 'job-1');
  await store.saveStream('learner', { jobId: 'job-1', source: {}, format: 'vtt', origin: 'transcript', transcriptAssetId: null, recordingAssetId: null, cueCount: 3, analysis: sampleAnalysis() });
  anki = await startAnkiConnectStandIn();
}, 60_000);
afterAll(async () => {
  await anki?.close();
  await database?.close();
  await folder?.remove();
});

const settings = () => ({ url: anki.url, deck: 'Streams', noteType: kilnNoteType });

describe('AnkiConnect sync (against a local stand-in of AnkiConnect)', () => {
  it('makes the deck and note type, records a duplicate, adds the rest, and resumes after a failure halfway', async () => {
    const entries = await entriesForExport(store, 'learner', {});
    anki.addNote({ deckName: 'Streams', modelName: kilnNoteType, fields: { Expression: '草', Reading: 'くさ', Meaning: '', Sentence: '', Source: '' }, tags: [] });
    anki.state.failNextAddNotes = true;
    await expect(syncToAnki(store, 'learner', entries, settings(), () => {})).rejects.toThrow(/AnkiConnect refused addNotes: collection is not available/);
    // The duplicate was recorded before the failure; nothing else was.
    expect([...(await store.syncedIds('learner', 'anki')).keys()]).toHaveLength(1);

    const summary = await syncToAnki(store, 'learner', entries, settings(), () => {});
    expect(summary).toMatchObject({ created: 2, existing: 0, skipped: 1 });
    expect(anki.notes.map((note) => note.fields.Expression).sort()).toEqual(['つよすぎ', 'やばい', '草']);
    const yabai = anki.notes.find((note) => note.fields.Expression === 'やばい')!;
    // The card takes the i+1 sentence (only やばい unknown in it), not the first one, which also holds 草.
    expect(yabai.fields).toMatchObject({ Reading: 'やばい', Meaning: 'crazy; awesome; dangerous', Source: expect.stringContaining('t=61s') });
    expect(yabai.fields.Sentence).toBe('これは<b>やばい</b>ね');
    expect(yabai.tags).toEqual(expect.arrayContaining(['kiln', 'slang']));
    expect(anki.calls.filter((call) => call === 'createModel')).toHaveLength(1);

    expect(await syncToAnki(store, 'learner', entries, settings(), () => {})).toMatchObject({ created: 0, existing: 0, skipped: 3 });
  });

  it('reads the words of a deck field for the known-word import', async () => {
    expect((await readAnkiDeckWords(anki.url, 'Streams', 'Expression')).sort()).toEqual(['つよすぎ', 'やばい', '草']);
    await expect(readAnkiDeckWords(anki.url, 'Streams', 'Word')).rejects.toThrow(/no field named "Word".*Expression/);
    // Names every object inherits are not fields either.
    for (const field of ['__proto__', 'constructor', 'toString']) {
      await expect(readAnkiDeckWords(anki.url, 'Streams', field)).rejects.toThrow(`no field named "${field}"`);
    }
    await expect(readAnkiDeckWords(anki.url, 'Nope', 'Expression')).rejects.toThrow(/has no notes/);
  });

  it('says AnkiConnect is not running when nothing listens', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    await expect(syncToAnki(store, 'learner', [], { ...settings(), url: `http://127.0.0.1:${closedPort}` }, () => {}))
      .rejects.toThrow(/AnkiConnect is not running at http:\/\/127\.0\.0\.1:\d+: start Anki/);
  });

  it('AnkiConnect stand-in contract: storeMediaFile receives the clip and the picture before addNotes, whose fields name the stored files', async () => {
    const test = await createTestRuntime();
    try {
      const ownerId = 'miner';
      const vocabulary = createVocabularyStore(test.runtime.database!);
      await insertJob(test.runtime.database!, ownerId, 'job-recorded');
      const recording = await test.runtime.assets.put({ ownerId, data: await makeCardRecording(6), mediaType: 'video/mp4', name: 'stream.mp4' });
      const cue = { sentence: 'これはやばいね', start: 1, end: 2.5, link: null };
      await vocabulary.saveStream(ownerId, {
        jobId: 'job-recorded', source: {}, format: 'vtt', origin: 'transcript', transcriptAssetId: null, recordingAssetId: recording.id, cueCount: 1,
        analysis: { items: [sampleItem({ expression: 'やばい', kind: 'slang', occurrences: [cue] })], sentences: [{ text: cue.sentence, start: 1, end: 2.5 }], tokenCount: 3, japaneseShare: 1, warnings: [] },
      });
      const entries = await entriesForExport(vocabulary, ownerId, {});
      anki.requests.length = 0;
      const summary = await syncToAnki(vocabulary, ownerId, entries, {
        ...settings(), deck: 'Mined',
        cardMedia: (chosen) => collectCardMedia(chosen, { store: vocabulary, assets: test.runtime.assets, ownerId, cacheFolder: cardMediaFolder(test.dataDir) }),
      }, () => {});
      expect(summary).toMatchObject({ created: 1, withMedia: 1, notes: [] });

      const actions = anki.requests.map((request) => request.action);
      const stores = anki.requests.filter((request) => request.action === 'storeMediaFile').map((request) => request.params as { filename: string; data: string });
      expect(stores.map((stored) => stored.filename)).toEqual([expect.stringMatching(/^kiln-\w+\.mp3$/), expect.stringMatching(/^kiln-\w+\.jpg$/)]);
      // Every storeMediaFile comes before the addNotes that uses it.
      expect(actions.lastIndexOf('storeMediaFile')).toBeLessThan(actions.lastIndexOf('addNotes'));
      const [audio, picture] = stores.map((stored) => anki.media.get(stored.filename)!);
      expect(sniffMediaType(audio)?.mediaType).toBe('audio/mpeg');
      expect(audio.equals(Buffer.from(stores[0].data, 'base64'))).toBe(true);
      expect(await sharp(picture).metadata()).toMatchObject({ format: 'jpeg', width: 640, height: 360 });

      const note = anki.notes.find((candidate) => candidate.deckName === 'Mined')!;
      expect(note.fields).toMatchObject({
        Expression: 'やばい', Sentence: 'これは<b>やばい</b>ね', PartOfSpeech: 'slang',
        SentenceAudio: `[sound:${stores[0].filename}]`, Picture: `<img src="${stores[1].filename}">`,
      });
    } finally {
      await test.close();
    }
  }, 120_000);

  it('gives an existing Kiln note type of an older Kiln the audio, picture and part-of-speech fields, and a template that shows them', async () => {
    anki.models.set(kilnNoteType, ['Expression', 'Reading', 'Meaning', 'Sentence', 'Source']);
    await syncToAnki(store, 'learner', [], settings(), () => {});
    expect(anki.models.get(kilnNoteType)).toEqual(['Expression', 'Reading', 'Meaning', 'PartOfSpeech', 'Sentence', 'SentenceAudio', 'Picture', 'Source']);
    expect(anki.templates.get(kilnNoteType)?.Recognition.Back).toMatch(/\{\{SentenceAudio\}\}.*\{\{Picture\}\}/);
  });
});
