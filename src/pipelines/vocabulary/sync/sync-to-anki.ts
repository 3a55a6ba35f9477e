import { cardFieldNames, cardFields } from '../cards/card-fields.ts';
import type { CardMediaSet } from '../cards/collect-card-media.ts';
import { partOfSpeechOf } from '../cards/part-of-speech.ts';
import type { VocabularyEntry } from '../store/vocabulary-entry.ts';
import type { VocabularyStore } from '../store/vocabulary-store.ts';
import { ankiConnect, type AnkiConnectOptions } from './anki-connect.ts';

/** The note type Kiln makes in the user's Anki when the config names none. */
export const kilnNoteType = 'Kiln Vocabulary';
/** Notes per addNotes call; each batch is recorded before the next, so a crash loses at most one. */
const batchSize = 25;

export interface AnkiSyncSettings extends AnkiConnectOptions {
  deck: string;
  noteType: string;
  /** The cards' sentence audio and pictures (collectCardMedia for this learner); text-only cards without. */
  cardMedia?: (entries: readonly VocabularyEntry[]) => Promise<CardMediaSet>;
  /** The card's part of speech (partOfSpeechOf with the dictionary in use); the item's kind without. */
  partOfSpeech?: (entry: VocabularyEntry) => string;
}

export interface SyncSummary {
  /** Notes or pages made now. */
  created: number;
  /** Already there (a duplicate note, an existing page), now recorded or updated. */
  existing: number;
  /** Synced before and skipped (or updated, for Notion). */
  skipped: number;
  /** Anki only: notes made now with the sentence's audio (and a picture, from a video). */
  withMedia?: number;
  /** Why some cards have no audio or picture, as the deck export says it. */
  notes?: string[];
}

function noteOf(entry: VocabularyEntry, settings: AnkiSyncSettings, media?: CardMediaSet) {
  const values = cardFields(entry, {
    media: media?.byEntry.get(entry.id), partOfSpeech: settings.partOfSpeech?.(entry) ?? partOfSpeechOf(entry), dictionaryCredit: ' <small>(JMdict, CC BY-SA 4.0)</small>',
  });
  return {
    deckName: settings.deck, modelName: settings.noteType,
    fields: Object.fromEntries(cardFieldNames.map((name, index) => [name, values[index]])),
    tags: ['kiln', ...entry.tags, entry.kind].map((tag) => tag.replace(/\s+/g, '_')),
    options: { allowDuplicate: false, duplicateScope: 'deck' },
  };
}

const frontTemplate = '<div class="expression">{{Expression}}</div><div class="sentence">{{Sentence}}</div>';
const backTemplate = '{{FrontSide}}<hr id="answer">{{SentenceAudio}}<div class="picture">{{Picture}}</div><div>{{Reading}}</div>'
  + '<div class="part-of-speech">{{PartOfSpeech}}</div><div>{{Meaning}}</div><div class="source">{{Source}}</div>';

/** Kiln's note type in the learner's Anki, made when missing and given the fields an older Kiln did not have. */
async function ensureNoteType(call: <Result>(action: string, params?: Record<string, unknown>) => Promise<Result>): Promise<void> {
  if (!(await call<string[]>('modelNames')).includes(kilnNoteType)) {
    await call('createModel', {
      modelName: kilnNoteType, inOrderFields: cardFieldNames,
      css: '.card { font-family: "Noto Sans JP", sans-serif; font-size: 22px; text-align: center; }\n.picture img { max-width: 100%; }',
      cardTemplates: [{ Name: 'Recognition', Front: frontTemplate, Back: backTemplate }],
    });
    return;
  }
  // AnkiConnect drops a field the note type lacks without a word, so the audio and picture would vanish.
  const present = await call<string[]>('modelFieldNames', { modelName: kilnNoteType });
  const missing = cardFieldNames.filter((fieldName) => !present.includes(fieldName));
  for (const fieldName of missing) await call('modelFieldAdd', { modelName: kilnNoteType, fieldName, index: cardFieldNames.indexOf(fieldName) });
  // The older template shows none of the new fields; only a note type Kiln made is given Kiln's new one.
  if (missing.length > 0) await call('updateModelTemplates', { model: { name: kilnNoteType, templates: { Recognition: { Front: frontTemplate, Back: backTemplate } } } });
}

/**
 * Sends the entries to Anki through AnkiConnect: the deck and (when missing) Kiln's note type are
 * made first; `canAddNotes` tells duplicates apart, whose existing note is found and recorded; the
 * rest go in with `addNotes`, after their sentence's audio and picture (`storeMediaFile`, as
 * AnkiConnect's API asks: a note names files already in the media folder). Every note's id is
 * recorded, so a re-run adds only what is missing.
 */
export async function syncToAnki(store: VocabularyStore, ownerId: string, entries: VocabularyEntry[], settings: AnkiSyncSettings, onProgress: (fraction: number) => void): Promise<SyncSummary> {
  const call = <Result>(action: string, params: Record<string, unknown> = {}) => ankiConnect<Result>(action, params, settings);
  await call('createDeck', { deck: settings.deck });
  if (settings.noteType === kilnNoteType) await ensureNoteType(call);
  const synced = await store.syncedIds(ownerId, 'anki');
  const pending = entries.filter((entry) => !synced.has(entry.id));
  // Cut (or found in the cache) before the first note: the cap and the notes cover the whole sync.
  const media = pending.length > 0 ? await settings.cardMedia?.(pending) : undefined;
  const summary: SyncSummary = { created: 0, existing: 0, skipped: entries.length - pending.length, withMedia: 0, notes: media?.notes ?? [] };
  for (let start = 0; start < pending.length; start += batchSize) {
    const batch = pending.slice(start, start + batchSize);
    const notes = batch.map((entry) => noteOf(entry, settings, media));
    const addable = await call<boolean[]>('canAddNotes', { notes });
    for (const [index, entry] of batch.entries()) {
      if (addable[index]) continue;
      // A duplicate: the note is already in the deck (added by hand or by an earlier sync whose record was lost).
      const query = `deck:"${settings.deck.replaceAll('"', '\\"')}" "Expression:${notes[index].fields.Expression.replaceAll('"', '\\"')}"`;
      const [noteId] = await call<number[]>('findNotes', { query });
      if (noteId !== undefined) {
        await store.recordSynced(ownerId, 'anki', entry.id, String(noteId));
        summary.existing += 1;
      }
    }
    const toAdd = batch.filter((_entry, index) => addable[index]);
    if (toAdd.length > 0) {
      // The media go in first: a note whose [sound:] or <img> file is missing would play and show nothing.
      const stored = new Set<string>();
      for (const entry of toAdd) {
        const files = media?.byEntry.get(entry.id);
        for (const file of [files?.audio, files?.picture]) {
          if (!file || stored.has(file.fileName)) continue;
          await call('storeMediaFile', { filename: file.fileName, data: file.data.toString('base64') });
          stored.add(file.fileName);
        }
      }
      const ids = await call<(number | null)[]>('addNotes', { notes: toAdd.map((entry) => noteOf(entry, settings, media)) });
      for (const [index, entry] of toAdd.entries()) {
        if (ids[index] === null) continue;
        await store.recordSynced(ownerId, 'anki', entry.id, String(ids[index]));
        summary.created += 1;
        if (media?.byEntry.has(entry.id)) summary.withMedia = (summary.withMedia ?? 0) + 1;
      }
    }
    onProgress(Math.min(1, (start + batch.length) / pending.length));
  }
  return summary;
}
