import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runFfmpeg } from '../../../media/ffmpeg/run-ffmpeg.ts';
import { sniffMediaType } from '../../../media/sniff-media-type.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../store/database.ts';
import { temporaryDataDir } from '../../../store/testing/temporary-data-dir.ts';
import { entriesForExport } from '../exports/vocabulary-export.ts';
import { createVocabularyStore, type VocabularyStore } from '../store/vocabulary-store.ts';
import { startAnkiConnectStandIn } from '../testing/anki-connect-stand-in.ts';
import { insertJob, sampleAnalysis } from '../testing/sample-analysis.ts';
import { readAnkiDeckWords } from './read-anki-deck-words.ts';
import { cutSentenceClip } from './cut-sentence-clip.ts';
import { clipFileName, kilnNoteType, syncToAnki } from './sync-to-anki.ts';

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
    expect(summary).toEqual({ created: 2, existing: 0, skipped: 1 });
    expect(anki.notes.map((note) => note.fields.Expression).sort()).toEqual(['つよすぎ', 'やばい', '草']);
    const yabai = anki.notes.find((note) => note.fields.Expression === 'やばい')!;
    // The card takes the i+1 sentence (only やばい unknown in it), not the first one, which also holds 草.
    expect(yabai.fields).toMatchObject({ Reading: 'やばい', Meaning: 'crazy; awesome; dangerous', Source: expect.stringContaining('t=61s') });
    expect(yabai.fields.Sentence).toBe('これは<b>やばい</b>ね');
    expect(yabai.tags).toEqual(expect.arrayContaining(['kiln', 'slang']));
    expect(anki.calls.filter((call) => call === 'createModel')).toHaveLength(1);

    expect(await syncToAnki(store, 'learner', entries, settings(), () => {})).toEqual({ created: 0, existing: 0, skipped: 3 });
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

  it('stores the sentence audio cut from a recording with storeMediaFile and plays it on the card', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'kiln-anki-clip-'));
    try {
      const recording = join(folder, 'stream.wav');
      await runFfmpeg(['-f', 'lavfi', '-i', 'sine=f=330:d=130', '-f', 'wav', '-y', recording]);
      await database.query('DELETE FROM vocabulary_sync_records');
      anki.notes.length = 0;
      const entries = (await entriesForExport(store, 'learner', {})).filter((entry) => entry.expression === 'つよすぎ');
      const summary = await syncToAnki(store, 'learner', entries, {
        ...settings(), sentenceAudio: (entry) => cutSentenceClip(recording, entry.example!.start!, entry.example!.end),
      }, () => {});
      expect(summary.created).toBe(1);
      const clip = anki.media.get(clipFileName(entries[0]))!;
      expect(sniffMediaType(clip)?.mediaType).toBe('audio/mpeg');
      // 120–122 s with 0.3 s either side: about 2.6 s of 64 kbit/s MP3.
      expect(clip.length).toBeGreaterThan(15_000);
      expect(clip.length).toBeLessThan(40_000);
      expect(anki.notes[0].fields.Sentence).toMatch(new RegExp(`\\[sound:${clipFileName(entries[0])}\\]$`));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 30_000);
});
