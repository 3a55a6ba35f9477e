import { lemmasOf, sensesOf, usedSensesOf } from '../../../safety/wordnet-lexicon.ts';
import { glueWords } from './glue-words.ts';
import { thingFiles } from './allowed-noun.ts';

/**
 * A word whose commonest meaning is a time ("night", "winter", "morning"), unless it is written as the plural
 * of a thing or as one of it ("presents" and "a present" are gifts, not the present time; "springs" are no season).
 */
export function isTimeWord(word: string, previous?: string): boolean {
  // "over the mountains": a linking word is never a time, though WordNet files a cricket over as one.
  if (glueWords.has(word) || sensesOf(word, 'noun', 1)[0]?.lexicographerFile !== 'noun.time') return false;
  // "learns to float": after "to", a verb is the verb, though WordNet files a float first as a time (a cheque's days in transit).
  if (previous === 'to' && lemmasOf(word, 'verb').includes(word)) return false;
  // "the carrot festival", "the harvest party": after a thing that says which one, an occasion (a time that is also a
  // celebration or an event done) is the occasion, no time of the wish.
  const saysWhich = previous !== undefined && !glueWords.has(previous) && sensesOf(previous, 'noun', 1).length > 0;
  if (saysWhich && sensesOf(word, 'noun', 2).some((sense) => sense.lexicographerFile === 'noun.act' || sense.lexicographerFile === 'noun.event')) return false;
  // "give mum a present": one of a thing, after "a", is the thing ("a morning" has no other meaning).
  // "a birthday present": after a time that says which one, too.
  const counted = !lemmasOf(word, 'noun').includes(word) || previous === 'a' || previous === 'an' || (previous !== undefined && sensesOf(previous, 'noun', 1)[0]?.lexicographerFile === 'noun.time');
  return !(counted && usedSensesOf(word, 'noun').some((sense) => thingFiles.has(sense.lexicographerFile) || sense.lexicographerFile === 'noun.artifact' || sense.lexicographerFile === 'noun.possession'));
}
