/**
 * The reading an item shows: the dictionary's when the headword has only one (罰ゲーム ばつげーむ,
 * where kuromoji read 罰 alone as ばち), else kuromoji's reading of the dictionary form, unless the
 * dictionary's own phrases say how the word reads standing alone: 他 has た and ほか, kuromoji says
 * た (the reading of compounds like 他人), and the dictionary's 他に is ほかに, so 他 is ほか.
 * Always in hiragana with katakana's long-vowel mark kept (スタート すたーと, never すたあと).
 */
import type { MeaningLookup } from './meaning-lookup.ts';
import type { JapaneseToken } from './japanese-tokenizer.ts';
import { hiraganaReading, lemmaReading } from './lemma-reading.ts';

/** Particles a standalone noun is entered with (他に, 外に, 今に): the phrase's reading holds the noun's. */
const phraseParticles = ['に', 'の', 'は', 'も', 'で'];

export function dictionaryReading(token: JapaneseToken, meanings?: MeaningLookup): string {
  const readings = new Set((meanings?.readingsOf?.(token.basicForm) ?? []).map(hiraganaReading));
  if (readings.size === 1) return [...readings][0];
  if (readings.size > 1 && token.pos === '名詞' && [...token.basicForm].length === 1) {
    const alone = readingAlone(token.basicForm, readings, meanings!);
    if (alone) return alone;
  }
  return lemmaReading(token);
}

function readingAlone(form: string, readings: Set<string>, meanings: MeaningLookup): string | null {
  for (const particle of phraseParticles) {
    for (const phraseReading of meanings.readingsOf!(form + particle).map(hiraganaReading)) {
      const reading = phraseReading.slice(0, -particle.length);
      if (phraseReading.endsWith(particle) && readings.has(reading)) return reading;
    }
  }
  return null;
}
