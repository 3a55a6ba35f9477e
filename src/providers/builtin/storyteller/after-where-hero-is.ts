import { lemmasOf } from '../../../safety/wordnet-lexicon.ts';
import { wantingWords } from './wanting-words.ts';
import { adjectiveLemmas } from './word-lemmas.ts';
import { articles, possessiveWords } from './noun-after.ts';
import { clauseOpeners, muchWords } from './later-goal.ts';

/** Words that say where the hero is, straight after it: "the troll under the bridge", "a penguin at the zoo". */
const whereWords = new Set(['in', 'at', 'on', 'under', 'near', 'by', 'inside', 'beneath', 'behind', 'beside']);
/** Wanting said of the hero as a verb of its own, with no "who" before it ("wants", "dreams"; never "a dream", "the long road"). */
const wantingVerbs = new Set(['wants', 'wanted', 'wishes', 'hopes', 'longs', 'tries', 'plans', 'needs', 'decides', 'decided', 'would', 'dreams', 'loves', 'likes',
  // "a camel in the sahara looking for the oasis", "an otter in the river learning to swim": seeking or learning, said as it goes on.
  'looking', 'searching', 'hoping', 'trying', 'learning', 'dreaming']);
/** Words inside where the hero is that say where again: "in the rainforest | in brazil", "on a farm | in wales". */
const withinWords = new Set(['in', 'on', 'at', 'of']);

/**
 * "the troll under the bridge just wants to be invited to the picnic": where the hero is, said straight after it with no
 * "who", stands between the hero and its wanting, and the wish is read from after it, as for "the troll just wants to …".
 * Only a few words of where (the, a, his; describing words; nouns) and only when the hero's wanting ("wants", "has to",
 * "must"; after a "who", also a task it has), perhaps after words of how much, follows them; anything else is read as before.
 */
export function afterWhereHeroIs(words: readonly string[], from: number): number {
  if (!whereWords.has(words[from] ?? '')) return from;
  for (let end = from + 2; end <= from + 7 && end < words.length; end += 1) {
    const word = words[end - 1];
    const saysWhere = articles.has(word) || possessiveWords.has(word) || adjectiveLemmas(word).length > 0 || lemmasOf(word, 'noun').length > 0
      || (withinWords.has(word) && end - 1 > from + 1);
    if (!saysWhere || clauseOpeners.has(word) || wantingWords.has(word)) return from;
    let at = end;
    // "a postwoman in the Highlands who has one parcel to deliver": a "who" after where may open the wanting, or the task.
    const opened = ['who', 'that'].includes(words[at] ?? '');
    if (opened) at += 1;
    while (muchWords.has(words[at] ?? '')) at += 1;
    if (wantingVerbs.has(words[at] ?? '') || (words[at] === 'has' && (words[at + 1] === 'to' || opened)) || words[at] === 'must') return end;
  }
  return from;
}
