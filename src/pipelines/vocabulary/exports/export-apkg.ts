import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { cardFieldNames, cardFields, escapeHtml } from '../cards/card-fields.ts';
import type { CardMediaSet } from '../cards/collect-card-media.ts';
import { partOfSpeechOf } from '../cards/part-of-speech.ts';
import type { VocabularyEntry } from '../store/vocabulary-entry.ts';
import { jmdictAttribution, needsJmdictAttribution } from './jmdict-attribution.ts';

const require = createRequire(import.meta.url);

interface AnkiExporter {
  db: { exec(sql: string, params?: unknown[]): { values: unknown[][] }[]; run(sql: string, params?: unknown[]): void };
  topModelId: number;
  topDeckId: number;
  separator: string;
  addCard(front: string, back: string, options?: { tags?: string[] }): void;
  addMedia(fileName: string, data: Buffer): void;
  save(): Promise<Buffer>;
}

/** Anki's field checksum: the first 8 hex digits of the SHA-1 of the field with HTML stripped, as an integer. */
const fieldChecksum = (plainText: string) => Number.parseInt(createHash('sha1').update(plainText).digest('hex').slice(0, 8), 16);

/** A note's guid from what it is, not from its text: a re-export with a revised meaning updates the card on import. */
const noteGuid = (entry: VocabularyEntry) => createHash('sha1').update(`kiln\n${entry.kind}\n${entry.dictionaryForm}`).digest('base64url').slice(0, 10);

const questionFormat = '<div class="expression">{{Expression}}</div><div class="sentence">{{Sentence}}</div>';
const answerFormat = '{{FrontSide}}<hr id="answer">{{SentenceAudio}}<div class="picture">{{Picture}}</div><div class="reading">{{Reading}}</div>'
  + '<div class="part-of-speech">{{PartOfSpeech}}</div><div class="meaning">{{Meaning}}</div><div class="source">{{Source}}</div>';
const css = '.card { font-family: "Noto Sans JP", sans-serif; font-size: 22px; text-align: center; }\n.expression { font-size: 40px; }\n.sentence { margin-top: 12px; }\n'
  + '.picture img { max-width: 100%; margin-top: 12px; }\n.part-of-speech { font-size: 14px; color: #666; }\n.source { font-size: 14px; margin-top: 12px; }';

export interface ApkgOptions {
  deckName?: string;
  /** Each card's sentence audio and picture (collectCardMedia); the deck is text-only without. */
  media?: Pick<CardMediaSet, 'byEntry' | 'notes'>;
  /** The card's part of speech (partOfSpeechOf with the dictionary in use); the item's kind without. */
  partOfSpeech?: (entry: VocabularyEntry) => string;
}

/**
 * An Anki deck (.apkg) with anki-apkg-export: one note per expression with the fields of
 * cardFieldNames (expression, reading, meaning, part of speech, the sentence with the word in bold,
 * its audio, a picture of that moment, the source link with its time), the item's tags as Anki
 * tags, and the audio and pictures in the package's media (numbered zip entries and the `media`
 * map of number to file name, as Anki imports them). The library's note type has two fields; this
 * widens it by rewriting the model in the collection it builds, and corrects what the library gets
 * wrong against Anki's schema (csum, mod, curModel, guids). The deck's description says why cards
 * have no audio or picture, when some have none.
 */
export async function exportApkg(entries: readonly VocabularyEntry[], options: ApkgOptions = {}): Promise<Buffer> {
  const deckName = options.deckName ?? 'Kiln Vocabulary';
  const createExporter = require('anki-apkg-export').default as (deck: string, template: object) => AnkiExporter;
  const exporter = createExporter(deckName, { questionFormat, answerFormat, css });
  const [{ values }] = exporter.db.exec('SELECT models FROM col WHERE id = 1');
  const models = JSON.parse(String(values[0][0])) as Record<string, { flds: { name: string; ord: number }[]; req: unknown; sortf: number }>;
  const model = models[String(exporter.topModelId)];
  model.flds = cardFieldNames.map((name, ord) => ({ ...model.flds[0], name, ord }));
  model.req = [[0, 'any', [0, cardFieldNames.indexOf('Sentence')]]];
  // The library's template names a model id of its own that it then replaces; Anki needs curModel to exist.
  const [{ values: confValues }] = exporter.db.exec('SELECT conf, decks FROM col WHERE id = 1');
  const conf = { ...JSON.parse(String(confValues[0][0])), curModel: String(exporter.topModelId) };
  const decks = JSON.parse(String(confValues[0][1])) as Record<string, { desc: string }>;
  const description = [needsJmdictAttribution(entries) ? jmdictAttribution : null, ...(options.media?.notes ?? [])].filter(Boolean) as string[];
  if (description.length > 0) decks[String(exporter.topDeckId)].desc = description.map(escapeHtml).join('<br>');
  exporter.db.run('UPDATE col SET models = ?, conf = ?, decks = ? WHERE id = 1', [JSON.stringify(models), JSON.stringify(conf), JSON.stringify(decks)]);

  const dictionaryCredit = `<br><small>${escapeHtml(jmdictAttribution)}</small>`;
  // Anki keeps notes' and cards' modification times in seconds (the library writes milliseconds).
  const modified = Math.floor(Date.now() / 1000);
  const guids = new Set<string>();
  const mediaNames = new Set<string>();
  for (const [position, entry] of entries.entries()) {
    const media = options.media?.byEntry.get(entry.id);
    for (const file of [media?.audio, media?.picture]) {
      if (!file || mediaNames.has(file.fileName)) continue;
      mediaNames.add(file.fileName);
      exporter.addMedia(file.fileName, file.data);
    }
    const [first, ...rest] = cardFields(entry, { media, dictionaryCredit, partOfSpeech: options.partOfSpeech?.(entry) ?? partOfSpeechOf(entry) });
    // addCard joins front and back with the field separator, so the fields after the first travel as "back".
    exporter.addCard(first, rest.join(exporter.separator), {
      tags: entry.tags.concat(entry.kind).map((tag) => tag.replace(/\s+/g, '_')),
    });
    // What Anki computes on import and checks: the sort field and checksum from the first field as plain
    // text (the library hashed all fields joined), and new cards due in the list's order.
    let guid = noteGuid(entry);
    while (guids.has(guid)) guid = `${guid}+`;
    guids.add(guid);
    const [{ values: [[noteId]] }] = exporter.db.exec('SELECT max(id) FROM notes');
    exporter.db.run('UPDATE notes SET guid = ?, mod = ?, sfld = ?, csum = ? WHERE id = ?', [guid, modified, entry.expression, fieldChecksum(entry.expression.trim()), noteId]);
    exporter.db.run('UPDATE cards SET mod = ?, due = ? WHERE nid = ?', [modified, position + 1, noteId]);
  }
  return exporter.save();
}
