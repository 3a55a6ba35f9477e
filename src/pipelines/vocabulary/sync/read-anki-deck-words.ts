import { BadInputError } from '../../../engine/errors/index.ts';
import { cleanWord, mostKnownWords } from '../read-word-list.ts';
import { ankiConnect, type AnkiConnectOptions } from './anki-connect.ts';

interface NoteInfo {
  noteId: number;
  fields: Record<string, { value: string; order: number }>;
}

/**
 * The words of one field of every note in an Anki deck, through AnkiConnect (`findNotes` with
 * `deck:"NAME"`, then `notesInfo`), for marking them known.
 */
export async function readAnkiDeckWords(url: string | undefined, deck: string, field: string, signal?: AbortSignal, options: Pick<AnkiConnectOptions, 'fetch'> = {}): Promise<string[]> {
  const call = <Result>(action: string, params: Record<string, unknown>) => ankiConnect<Result>(action, params, { url, signal, ...options });
  const noteIds = await call<number[]>('findNotes', { query: `deck:"${deck.replaceAll('"', '\\"')}"` });
  if (noteIds.length === 0) throw new BadInputError(`The Anki deck "${deck}" has no notes (or no deck has that name).`);
  if (noteIds.length > mostKnownWords) throw new BadInputError(`The Anki deck "${deck}" has ${noteIds.length} notes; import at most ${mostKnownWords}.`);
  const words = new Set<string>();
  for (let start = 0; start < noteIds.length; start += 1000) {
    const notes = await call<NoteInfo[]>('notesInfo', { notes: noteIds.slice(start, start + 1000) });
    for (const note of notes) {
      // Own fields only: `toString` or `__proto__` would otherwise find what every object inherits.
      if (!note.fields || !Object.hasOwn(note.fields, field)) {
        throw new BadInputError(`The notes in "${deck}" have no field named "${field}"; they have ${Object.keys(note.fields ?? {}).join(', ')}.`);
      }
      const word = cleanWord(note.fields[field].value);
      if (word) words.add(word);
    }
  }
  return [...words];
}
