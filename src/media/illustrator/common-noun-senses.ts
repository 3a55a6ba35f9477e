import { sensesOf, type Synset } from '../../safety/wordnet-lexicon.ts';

/**
 * A noun's meanings, commonest first, without the named individuals it is also the name of: "sweets"
 * is no Henry Sweet, "tell" no William Tell, "a crane" no Hart Crane, "phoenix" no city in Arizona.
 * A closed compound WordNet lists only as two words is read as those two ("zookeeper" as "zoo keeper").
 * A hero, a wish or a drawing is always a kind of thing.
 */
export function commonNounSenses(word: string, limit = Infinity): Synset[] {
  const kinds = (phrase: string) => sensesOf(phrase, 'noun').filter((sense) => !sense.instance);
  let senses = kinds(word);
  for (let cut = 3; senses.length === 0 && !word.includes(' ') && cut <= word.length - 3; cut += 1) senses = kinds(`${word.slice(0, cut)} ${word.slice(cut)}`);
  return senses.slice(0, limit);
}
