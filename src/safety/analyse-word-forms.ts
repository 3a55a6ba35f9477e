import { existsSync } from 'node:fs';
import { runApertiumProgram } from './run-apertium-program.ts';

/**
 * Apertium's morphological analysers for the languages read word by word alone, from Debian's Apertium pairs (GPL
 * data, read in place by lttoolbox's `lt-proc`, a program of its own): every form a language's grammar makes, with
 * its dictionary form and part of speech. The gloss asks them one thing: whether a word FreeDict lacks is a function
 * word. FreeDict's Swedish and Polish lack the small words nearly every sentence has ("att", "det", "sig", "jej"), so
 * an idea in them was refused as unreadable for words that name nothing.
 */
export const wordFormAnalysers: Record<string, { file: string; package: string }> = {
  nld: { file: '/usr/share/apertium/apertium-afr-nld/nld-afr.automorf.bin', package: 'apertium-afr-nld' },
  swe: { file: '/usr/share/apertium/apertium-swe-dan/swe-dan.automorf.bin', package: 'apertium-swe-dan' },
  pol: { file: '/usr/share/apertium/apertium-pol-szl/pol-szl.automorf.bin', package: 'apertium-pol-szl' },
};

/** One reading of a word: its dictionary form and its part of speech (Apertium's first tag: n, vblex, det, prn …). */
export interface WordForm {
  lemma: string;
  partOfSpeech: string;
}

/** A text's words (lower case) and their readings; a word the analyser does not know has none. */
export type WordForms = ReadonlyMap<string, readonly WordForm[]>;

/**
 * Parts of speech that name nothing and do nothing: determiners, pronouns, prepositions, conjunctions, numerals and
 * the auxiliaries "have" and "be". Negation is an adverb in Apertium's tags, so it is never among them.
 */
const functionParts = new Set(['det', 'predet', 'prn', 'pr', 'cnjcoo', 'cnjsub', 'cnjadv', 'rel', 'num', 'vbhaver', 'vbser', 'vaux']);

/** Whether every reading of a word is a function word: it carries no meaning a check could miss. */
export const isFunctionWord = (forms: readonly WordForm[] | undefined): boolean => (forms?.length ?? 0) > 0 && forms!.every((form) => functionParts.has(form.partOfSpeech));

/**
 * lt-proc's output (`^heeft/hebben<vbhaver><pres><p3><sg>$`, `^mama/*mama$` for a word it does not know) read
 * as each word's readings. Compounds (`a<n><cmp>+b<n>`) and multiword readings (`ta#livet`) are left out: they are
 * no single word's reading.
 */
export function parseWordForms(output: string): Map<string, WordForm[]> {
  const forms = new Map<string, WordForm[]>();
  for (const [, surface, readings] of output.matchAll(/\^([^/$^]*)\/([^$^]*)\$/g)) {
    const word = surface.toLowerCase();
    const read = readings.split('/').flatMap((reading) => {
      const found = /^([^<*+#]+)<([^>]+)>[^+#]*$/u.exec(reading);
      // "skola¹": the analyser's homograph number is no part of the word.
      return found ? [{ lemma: found[1].replace(/[\p{No}]+$/u, '').toLowerCase(), partOfSpeech: found[2] }] : [];
    });
    forms.set(word, [...(forms.get(word) ?? []), ...read]);
  }
  return forms;
}

/** Whether a language's analyser is installed here. */
export const canAnalyse = (language: string): boolean => language in wordFormAnalysers && existsSync(wordFormAnalysers[language].file) && existsSync('/usr/bin/lt-proc');

/** How long one analysis may take: an idea's words take some 20 ms. */
const analysisTimeoutMs = 10_000;

/**
 * A text's words analysed in one language, or undefined where its analyser is not installed, failed or ran past its
 * time (the gloss then reads the words as before). Only the words reach lt-proc, one a line, on stdin; the
 * command line is the installed file alone.
 */
export async function analyseWordForms(language: string, text: string, signal?: AbortSignal): Promise<WordForms | undefined> {
  if (!canAnalyse(language)) return undefined;
  const words = [...new Set((text.normalize('NFC').match(/\p{L}+/gu) ?? []).map((word) => word.toLowerCase()))];
  if (words.length === 0) return new Map();
  const output = await runApertiumProgram('/usr/bin/lt-proc', [wordFormAnalysers[language].file], `${words.join('\n')}\n`, analysisTimeoutMs, signal);
  return output === undefined ? undefined : parseWordForms(output);
}
