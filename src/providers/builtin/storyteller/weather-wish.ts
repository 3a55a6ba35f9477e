import { lemmasOf, sensesOf } from '../../../safety/wordnet-lexicon.ts';
import { wantingWords } from './wanting-words.ts';
import { safe } from './safe-for-child.ts';

/** What may come between "hopes it" and the weather: "hopes it rains", "wishes it would snow", "wants it to rain". */
const weatherModals = new Set(['will', 'would', 'could', 'to', 'might']);

/**
 * "a little umbrella that hopes it rains tomorrow", "a snowman who wishes it would snow", "a frog who wants it to rain":
 * weather wished for (a verb WordNet files as weather, "it" its subject) is a wish to see it ("see it rain"), never a wish
 * of the hero to rain nor a trip to the snow. Only straight after a word of wanting and "it".
 */
export function weatherWish(words: readonly string[], from: number): string | undefined {
  for (let at = from; at < words.length - 2; at += 1) {
    if (!wantingWords.has(words[at]) || words[at + 1] !== 'it') continue;
    const verbAt = weatherModals.has(words[at + 2]) ? at + 3 : at + 2;
    const verb = lemmasOf(words[verbAt] ?? '', 'verb').find((lemma) => sensesOf(lemma, 'verb', 1)[0]?.lexicographerFile === 'verb.weather');
    return verb !== undefined && safe(`see it ${verb}`) ? `see it ${verb}` : undefined;
  }
  return undefined;
}
