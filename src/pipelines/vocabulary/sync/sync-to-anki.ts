import type { VocabularyEntry } from '../store/vocabulary-entry.ts';
import type { VocabularyStore } from '../store/vocabulary-store.ts';
import { ankiConnect, type AnkiConnectOptions } from './anki-connect.ts';

/** The note type Kiln makes in the user's Anki when the config names none. */
export const kilnNoteType = 'Kiln Vocabulary';
const fields = ['Expression', 'Reading', 'Meaning', 'Sentence', 'Source'] as const;
/** Notes per addNotes call; each batch is recorded before the next, so a crash loses at most one. */
const batchSize = 25;

export interface AnkiSyncSettings extends AnkiConnectOptions {
  deck: string;
  noteType: string;
  /** The example sentence's audio (MP3), when the stream was a recording; null otherwise. */
  sentenceAudio?: (entry: VocabularyEntry) => Promise<Buffer | null>;
}

export interface SyncSummary {
  /** Notes or pages made now. */
  created: number;
  /** Already there (a duplicate note, an existing page), now recorded or updated. */
  existing: number;
  /** Synced before and skipped (or updated, for Notion). */
  skipped: number;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (character) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[character]};`);

/** The file name a card's sentence audio is stored under in Anki's media folder. */
export const clipFileName = (entry: VocabularyEntry) => `kiln-${entry.id}.mp3`;

function noteOf(entry: VocabularyEntry, settings: AnkiSyncSettings, withAudio = false) {
  const sentence = entry.example ? escapeHtml(entry.example.sentence).replace(escapeHtml(entry.expression), `<b>${escapeHtml(entry.expression)}</b>`) : '';
  const link = entry.example?.link ? `<a href="${escapeHtml(entry.example.link)}">${escapeHtml(entry.example.link)}</a>` : '';
  const meaning = `${escapeHtml(entry.english ?? '')}${entry.meaningSource === 'jmdict' ? ' <small>(JMdict, CC BY-SA 4.0)</small>' : ''}`;
  const values = [escapeHtml(entry.expression), escapeHtml(entry.reading), meaning, withAudio ? `${sentence} [sound:${clipFileName(entry)}]` : sentence, link];
  return {
    deckName: settings.deck, modelName: settings.noteType,
    fields: Object.fromEntries(fields.map((name, index) => [name, values[index]])),
    tags: ['kiln', ...entry.tags, entry.kind].map((tag) => tag.replace(/\s+/g, '_')),
    options: { allowDuplicate: false, duplicateScope: 'deck' },
  };
}

/**
 * Sends the entries to Anki through AnkiConnect: the deck and (when missing) Kiln's note type are
 * made first; `canAddNotes` tells duplicates apart, whose existing note is found and recorded; the
 * rest go in with `addNotes`, each with its sentence's audio (`storeMediaFile`) when there is one. Every note's id is recorded, so a re-run adds only what is missing.
 */
export async function syncToAnki(store: VocabularyStore, ownerId: string, entries: VocabularyEntry[], settings: AnkiSyncSettings, onProgress: (fraction: number) => void): Promise<SyncSummary> {
  const call = <Result>(action: string, params: Record<string, unknown> = {}) => ankiConnect<Result>(action, params, settings);
  await call('createDeck', { deck: settings.deck });
  if (settings.noteType === kilnNoteType && !(await call<string[]>('modelNames')).includes(kilnNoteType)) {
    await call('createModel', {
      modelName: kilnNoteType, inOrderFields: fields, css: '.card { font-family: "Noto Sans JP", sans-serif; font-size: 22px; text-align: center; }',
      cardTemplates: [{ Name: 'Recognition', Front: '{{Expression}}<br>{{Sentence}}', Back: '{{FrontSide}}<hr id="answer">{{Reading}}<br>{{Meaning}}<br>{{Source}}' }],
    });
  }
  const synced = await store.syncedIds(ownerId, 'anki');
  const pending = entries.filter((entry) => !synced.has(entry.id));
  const summary: SyncSummary = { created: 0, existing: 0, skipped: entries.length - pending.length };
  for (let start = 0; start < pending.length; start += batchSize) {
    const batch = pending.slice(start, start + batchSize);
    const notes = batch.map((entry) => noteOf(entry, settings));
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
      // The media go in first: a note whose [sound:] file is missing would play nothing.
      const withAudio = new Set<string>();
      for (const entry of toAdd) {
        const audio = await settings.sentenceAudio?.(entry);
        if (!audio) continue;
        await call('storeMediaFile', { filename: clipFileName(entry), data: audio.toString('base64') });
        withAudio.add(entry.id);
      }
      const ids = await call<(number | null)[]>('addNotes', { notes: toAdd.map((entry) => noteOf(entry, settings, withAudio.has(entry.id))) });
      for (const [index, entry] of toAdd.entries()) {
        if (ids[index] === null) continue;
        await store.recordSynced(ownerId, 'anki', entry.id, String(ids[index]));
        summary.created += 1;
      }
    }
    onProgress(Math.min(1, (start + batch.length) / pending.length));
  }
  return summary;
}
