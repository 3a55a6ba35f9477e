import { formatTimestamp } from '../exports/format-timestamp.ts';
import type { VocabularyEntry } from '../store/vocabulary-entry.ts';
import type { CardMedia } from './collect-card-media.ts';

/** A card's fields, in order, for the `.apkg` note type and the one made through AnkiConnect; Anki shows the first on the front. */
export const cardFieldNames = ['Expression', 'Reading', 'Meaning', 'PartOfSpeech', 'Sentence', 'SentenceAudio', 'Picture', 'Source'] as const;

export const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (character) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[character]};`);

/** The sentence with the expression in bold (its first use), or the sentence alone when it does not hold it as written. */
export function markedSentence(sentence: string, expression: string): string {
  const escaped = escapeHtml(sentence);
  const word = escapeHtml(expression);
  return escaped.includes(word) ? escaped.replace(word, `<b>${word}</b>`) : escaped;
}

/** Where the sentence was heard: a link opening the video at that second, or the time alone when the stream has no address. */
export function sourceField(entry: VocabularyEntry): string {
  const example = entry.example;
  if (!example) return '';
  const at = example.start === null ? '' : formatTimestamp(example.start);
  if (example.link) return `<a href="${escapeHtml(example.link)}">${at ? `▶ ${at} ` : ''}${escapeHtml(example.link)}</a>`;
  return at ? `at ${at}` : '';
}

export interface CardFieldOptions {
  /** The card's audio and picture, when its stream has a recording. */
  media?: CardMedia;
  partOfSpeech: string;
  /** HTML added to a meaning that came from JMdict/EDICT, whose licence asks for credit. */
  dictionaryCredit?: string;
}

/** The field values of one card, as HTML in cardFieldNames' order. */
export function cardFields(entry: VocabularyEntry, options: CardFieldOptions): string[] {
  const meaning = `${escapeHtml(entry.english ?? '')}${entry.meaningSource === 'jmdict' ? options.dictionaryCredit ?? '' : ''}`;
  return [
    escapeHtml(entry.expression), escapeHtml(entry.reading), meaning, escapeHtml(options.partOfSpeech),
    entry.example ? markedSentence(entry.example.sentence, entry.expression) : '',
    options.media ? `[sound:${options.media.audio.fileName}]` : '',
    options.media?.picture ? `<img src="${escapeHtml(options.media.picture.fileName)}">` : '',
    sourceField(entry),
  ];
}
