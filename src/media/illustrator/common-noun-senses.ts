import { sensesOf, type Synset } from '../../safety/wordnet-lexicon.ts';

/**
 * A noun's meanings, commonest first, without the named individuals it is also the name of: "sweets"
 * is no Henry Sweet, "tell" no William Tell, "a crane" no Hart Crane, "phoenix" no city in Arizona.
 * A hero, a wish or a drawing is always a kind of thing.
 */
export function commonNounSenses(word: string, limit = Infinity): Synset[] {
  return sensesOf(word, 'noun').filter((sense) => !sense.instance).slice(0, limit);
}
