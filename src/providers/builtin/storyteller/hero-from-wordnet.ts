import { commonNounSenses } from '../../../media/illustrator/common-noun-senses.ts';
import { isNounOfClass, lemmasOf, synsetAt } from '../../../safety/wordnet-lexicon.ts';
import { nounLemma } from './prop-kind.ts';

// WordNet files whose nouns can be the hero of a bedtime story: creatures, people (a knight, a witch) and things that move (a tractor).
const heroFiles = new Set(['noun.animal', 'noun.person']);
const vehicleWords = new Set(['vehicle', 'conveyance', 'craft', 'toy']);

/**
 * The dictionary form of a word when its commonest meaning in WordNet is a creature, a person or a
 * vehicle or toy ("walruses" → "walrus", "tractor", "firefighter"), so any such noun can be a hero
 * without a longer list. The built-in illustrator draws only the kinds it knows; others are drawn as
 * the listener's companion shape and reported by name (see undrawn-words). Family words are heroes only
 * with `family` (see findIdeaHero, which never passes it after "my" or "her").
 */
export function heroFromWordNet(word: string, options: { family?: boolean; named?: boolean } = {}): string | undefined {
  // A word that can describe ("romantic", "giant", "wild") is read as describing, never as the hero, unless the idea
  // goes on with "who" or "that" after it: "a gentle giant who", "a wizard who", "a yellow submarine that" name someone.
  // A comparative ("archer" of arch, "stranger" of strange) is no describing word on its own.
  if (word.length < 3 || (!options.named && lemmasOf(word, 'adj').includes(word))) return undefined;
  const senses = commonNounSenses(word, 2);
  if (senses.length === 0) return undefined;
  const lemma = nounLemma(word) ?? word;
  // An animal among the two commonest meanings is the creature ("an ostrich" is first a person who will not face facts).
  if (senses.some((sense) => sense.lexicographerFile === 'noun.animal')) return lemma;
  const [sense] = senses;
  // Family words ("my daughter", "grandma") name the listener's own people, who are never put into a story, unless the
  // caller read them as anyone's ("a grandma who knits", never "my grandma").
  if (!options.family && sense.lexicographerFile === 'noun.person' && isNounOfClass(sense, 'relative')) return undefined;
  if (heroFiles.has(sense.lexicographerFile)) return lemma;
  if (sense.lexicographerFile !== 'noun.artifact') return undefined;
  // A thing is a hero only when it is a vehicle or a toy ("a red tractor"), not a spoon.
  const above = [...sense.hypernyms];
  for (let depth = 0; depth < 8 && above.length > 0; depth += 1) {
    const next = above.splice(0).map((offset) => synsetAt('noun', offset));
    if (next.some((synset) => synset.words.some((name) => vehicleWords.has(name)))) return lemma;
    above.push(...next.flatMap((synset) => synset.hypernyms));
  }
  return undefined;
}
