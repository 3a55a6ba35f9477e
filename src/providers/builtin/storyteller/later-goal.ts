import { lemmasOf, sensesOf } from '../../../safety/wordnet-lexicon.ts';
import { eagerWords, wantingWords } from './wanting-words.ts';
import { learns } from './allowed-verb.ts';
import { readIdeaGoal } from './read-idea-goal.ts';
import { possessiveWords } from './noun-after.ts';

/** Words after which a new clause about the hero may begin: "lives under a bridge and wants to bake muffins". */
export const clauseOpeners = new Set(['and', 'but', 'who', 'that', 'so']);
/** "her wish is …", "his big dream is …". */
const dreamWords = new Set(['wish', 'dream', 'goal']);
/** The hero named again at a clause's start ("and she has to …"). */
export const heroAgain = new Set(['he', 'she', 'it', 'they']);
/** Words that say how much or how secretly before a wish: "really really wants", "just wants", "secretly wishes". */
export const muchWords = new Set(['really', 'just', 'so', 'always', 'still', 'secretly', 'only', 'very', 'truly']);

/**
 * A wish said in a later clause ("a troll who lives under a bridge and wants to learn to bake muffins"); a clause must say
 * it is wanted or has to be done, or open on a verb of the mind followed by "to" ("and learns to feed the chickens": WordNet's verb.cognition).
 */
export function laterGoal(words: readonly string[], from: number, seeking = false): string | undefined {
  for (let at = from + 1; at < words.length; at += 1) {
    // "a wizard whose spells only make bubbles wants to learn a spell": the hero's own verb comes after the clause about what is theirs.
    const afterWhose = wantingWords.has(words[at]) && words.slice(from, at).includes('whose');
    // "her wish is a medal of her own", "his big dream is a boat": the wish said as a noun is a thing wanted; "a bear whose
    // biggest wish is to see the sea" says whose it is by "whose".
    if (dreamWords.has(words[at]) && words[at + 1] === 'is' && words.slice(Math.max(from, at - 2), at).some((word) => possessiveWords.has(word) || word === 'whose')) {
      const dreamt = readIdeaGoal(['wants', ...words.slice(at + 2)], 0);
      if (dreamt) return dreamt;
    }
    // "has one job: win the prize", "her one wish: to fly": a wish or a job said before a plain verb (the colon dropped) is that doing.
    const plainVerbNext = words[at + 1] !== undefined && lemmasOf(words[at + 1], 'verb').includes(words[at + 1]) && sensesOf(words[at + 1], 'verb').length >= sensesOf(words[at + 1], 'noun').length;
    if ((dreamWords.has(words[at]) || words[at] === 'job') && (plainVerbNext || words[at + 1] === 'to') && words.slice(Math.max(from, at - 2), at).some((word) => possessiveWords.has(word) || word === 'one')) {
      const said = readIdeaGoal(words[at + 1] === 'to' ? words.slice(at + 1) : ['to', ...words.slice(at + 1)], 0);
      if (said) return said;
    }
    // "the one thing she really wants is to share them", "all she wants is to see the top": what is wanted, said after "is to".
    if (wantingWords.has(words[at]) && words[at + 1] === 'is' && words[at + 2] === 'to') {
      const wanted = readIdeaGoal(words, at + 2);
      if (wanted) return wanted;
    }
    // "sneaks out of his cage at night, determined to see the moon": how much the hero wants what follows, after a comma, says the wish.
    if (eagerWords.has(words[at]) && words[at + 1] === 'to' && !clauseOpeners.has(words[at - 1])) {
      const eagerGoal = readIdeaGoal(words, at, { seeking: true });
      if (eagerGoal) return eagerGoal;
    }
    // A later sentence may begin with the hero named again ("… a grumpy badger. He really wants a quiet nap."): the words carry no full stops.
    // "a strawberry at the summer fair hoping to win first prize": hoping, dreaming or trying to do something opens a clause of its own.
    const wantingClause = words[at].endsWith('ing') && wantingWords.has(words[at]) && (words[at + 1] === 'to' || words[at + 1] === 'of');
    if (!clauseOpeners.has(words[at - 1]) && !afterWhose && !heroAgain.has(words[at]) && !wantingClause) continue;
    const learned = words[at + 1] === 'to' && learns(words[at]) ? readIdeaGoal(['to', ...words.slice(at)], 0) : undefined;
    if (learned) return learned;
    // "who has to carry the presents": having to do it is wanting it done (see readIdeaGoal); "and she has to round up the cows" names the hero again first.
    let verbAt = heroAgain.has(words[at]) ? at + 1 : at;
    // "but really really wants to fly", "and just wants": words that only say how much come before the wanting.
    while (verbAt < words.length - 1 && muchWords.has(words[verbAt])) verbAt += 1;
    const obliged = (['has', 'have', 'had'].includes(words[verbAt]) && words[verbAt + 1] === 'to') || words[verbAt] === 'must';
    // "she is determined to learn to balance": how much the hero wants it, as readIdeaGoal reads it.
    const eager = words.slice(verbAt, verbAt + 3).some((word, index, near) => eagerWords.has(word) && near[index + 1] === 'to');
    if (!obliged && !eager && !words.slice(at, verbAt + 2).some((word) => wantingWords.has(word))) continue;
    // "can't fall asleep because they want to see the stars": what the hero wants, given as the reason, is sought as a wish is.
    const goal = readIdeaGoal(words, at, { seeking: seeking || words[at - 1] === 'because' || words[at - 2] === 'because' });
    if (goal) return goal;
  }
  return undefined;
}
