import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { VocabularyEntry } from '../store/vocabulary-entry.ts';
import { jmdictAttribution, needsJmdictAttribution } from './jmdict-attribution.ts';

const require = createRequire(import.meta.url);

/** The note's fields, in order; Anki shows the first on the front. */
export const apkgFields = ['Expression', 'Reading', 'Meaning', 'Sentence', 'Source'] as const;

interface AnkiExporter {
  db: { exec(sql: string, params?: unknown[]): { values: unknown[][] }[]; run(sql: string, params?: unknown[]): void };
  topModelId: number;
  topDeckId: number;
  separator: string;
  addCard(front: string, back: string, options?: { tags?: string[] }): void;
  save(): Promise<Buffer>;
}

/** Anki's field checksum: the first 8 hex digits of the SHA-1 of the field with HTML stripped, as an integer. */
const fieldChecksum = (plainText: string) => Number.parseInt(createHash('sha1').update(plainText).digest('hex').slice(0, 8), 16);

/** A note's guid from what it is, not from its text: a re-export with a revised meaning updates the card on import. */
const noteGuid = (entry: VocabularyEntry) => createHash('sha1').update(`kiln\n${entry.kind}\n${entry.dictionaryForm}`).digest('base64url').slice(0, 10);

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (character) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[character]};`);

/** The sentence with the expression in bold, for the card. */
function highlighted(sentence: string, expression: string): string {
  const escaped = escapeHtml(sentence);
  const word = escapeHtml(expression);
  return escaped.includes(word) ? escaped.replace(word, `<b>${word}</b>`) : escaped;
}

const questionFormat = '<div class="expression">{{Expression}}</div><div class="sentence">{{Sentence}}</div>';
const answerFormat = '{{FrontSide}}<hr id="answer"><div class="reading">{{Reading}}</div><div class="meaning">{{Meaning}}</div><div class="source">{{Source}}</div>';
const css = '.card { font-family: "Noto Sans JP", sans-serif; font-size: 22px; text-align: center; }\n.expression { font-size: 40px; }\n.sentence { margin-top: 12px; }\n.source { font-size: 14px; margin-top: 12px; }';

/**
 * An Anki deck (.apkg) with anki-apkg-export: one note per expression with the fields expression,
 * reading, meaning, sentence and source link, and the item's tags as Anki tags. The library's note
 * type has two fields; this widens it to five by rewriting the model in the collection it builds, and
 * corrects what the library gets wrong against Anki's schema (csum, mod, curModel, guids).
 */
export async function exportApkg(entries: readonly VocabularyEntry[], deckName = 'Kiln Vocabulary'): Promise<Buffer> {
  const createExporter = require('anki-apkg-export').default as (deck: string, template: object) => AnkiExporter;
  const exporter = createExporter(deckName, { questionFormat, answerFormat, css });
  const [{ values }] = exporter.db.exec('SELECT models FROM col WHERE id = 1');
  const models = JSON.parse(String(values[0][0])) as Record<string, { flds: { name: string; ord: number }[]; req: unknown; sortf: number }>;
  const model = models[String(exporter.topModelId)];
  model.flds = apkgFields.map((name, ord) => ({ ...model.flds[0], name, ord }));
  model.req = [[0, 'any', [0, 3]]];
  // The library's template names a model id of its own that it then replaces; Anki needs curModel to exist.
  const [{ values: confValues }] = exporter.db.exec('SELECT conf, decks FROM col WHERE id = 1');
  const conf = { ...JSON.parse(String(confValues[0][0])), curModel: String(exporter.topModelId) };
  const decks = JSON.parse(String(confValues[0][1])) as Record<string, { desc: string }>;
  if (needsJmdictAttribution(entries)) decks[String(exporter.topDeckId)].desc = escapeHtml(jmdictAttribution);
  exporter.db.run('UPDATE col SET models = ?, conf = ?, decks = ? WHERE id = 1', [JSON.stringify(models), JSON.stringify(conf), JSON.stringify(decks)]);

  const attribution = needsJmdictAttribution(entries) ? `<br><small>${escapeHtml(jmdictAttribution)}</small>` : '';
  // Anki keeps notes' and cards' modification times in seconds (the library writes milliseconds).
  const modified = Math.floor(Date.now() / 1000);
  const guids = new Set<string>();
  for (const [position, entry] of entries.entries()) {
    const link = entry.example?.link ? `<a href="${escapeHtml(entry.example.link)}">${escapeHtml(entry.example.link)}</a>` : '';
    const meaning = `${escapeHtml(entry.english ?? '')}${entry.meaningSource === 'jmdict' ? attribution : ''}`;
    const rest = [entry.reading, meaning, entry.example ? highlighted(entry.example.sentence, entry.expression) : '', link];
    // addCard joins front and back with the field separator, so the four fields after the first travel as "back".
    exporter.addCard(escapeHtml(entry.expression), [escapeHtml(rest[0]), ...rest.slice(1)].join(exporter.separator), {
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
