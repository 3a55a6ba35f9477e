import { createRequire } from 'node:module';
import type { VocabularyEntry } from '../store/vocabulary-entry.ts';
import { jmdictAttribution, needsJmdictAttribution } from './jmdict-attribution.ts';

const require = createRequire(import.meta.url);

/** The note's fields, in order; Anki shows the first on the front. */
export const apkgFields = ['Expression', 'Reading', 'Meaning', 'Sentence', 'Source'] as const;

interface AnkiExporter {
  db: { exec(sql: string, params?: unknown[]): { values: unknown[][] }[]; run(sql: string, params?: unknown[]): void };
  topModelId: number;
  separator: string;
  addCard(front: string, back: string, options?: { tags?: string[] }): void;
  save(): Promise<Buffer>;
}

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
 * type has two fields; this widens it to five by rewriting the model in the collection it builds.
 */
export async function exportApkg(entries: readonly VocabularyEntry[], deckName = 'Kiln Vocabulary'): Promise<Buffer> {
  const createExporter = require('anki-apkg-export').default as (deck: string, template: object) => AnkiExporter;
  const exporter = createExporter(deckName, { questionFormat, answerFormat, css });
  const [{ values }] = exporter.db.exec('SELECT models FROM col WHERE id = 1');
  const models = JSON.parse(String(values[0][0])) as Record<string, { flds: { name: string; ord: number }[]; req: unknown; sortf: number }>;
  const model = models[String(exporter.topModelId)];
  model.flds = apkgFields.map((name, ord) => ({ ...model.flds[0], name, ord }));
  model.req = [[0, 'any', [0, 3]]];
  exporter.db.run('UPDATE col SET models = ? WHERE id = 1', [JSON.stringify(models)]);

  const attribution = needsJmdictAttribution(entries) ? `<br><small>${escapeHtml(jmdictAttribution)}</small>` : '';
  for (const entry of entries) {
    const link = entry.example?.link ? `<a href="${escapeHtml(entry.example.link)}">${escapeHtml(entry.example.link)}</a>` : '';
    const meaning = `${escapeHtml(entry.english ?? '')}${entry.meaningSource === 'jmdict' ? attribution : ''}`;
    const rest = [entry.reading, meaning, entry.example ? highlighted(entry.example.sentence, entry.expression) : '', link];
    // addCard joins front and back with the field separator, so the four fields after the first travel as "back".
    exporter.addCard(escapeHtml(entry.expression), [escapeHtml(rest[0]), ...rest.slice(1)].join(exporter.separator), {
      tags: entry.tags.concat(entry.kind).map((tag) => tag.replace(/\s+/g, '_')),
    });
  }
  return exporter.save();
}
