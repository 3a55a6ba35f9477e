import { isNounOfClass, lemmasOf, sensesOf, type Synset } from '../../safety/wordnet-lexicon.ts';

/** Parts of a closed compound shorter than this are prefixes or endings ("re", "ish"), not words. */
const shortestPart = 3;

/**
 * The last word of a closed compound WordNet does not list ("clownfish" → "fish", "sandcastle" →
 * "castle"): the longest ending that is a noun after a start that is a word, or undefined for a word
 * WordNet lists or one that does not split so. English puts the kind last, so the ending names what it is.
 */
export function closedCompoundHead(word: string): string | undefined {
  if (word.includes(' ') || lemmasOf(word, 'noun').length > 0 || lemmasOf(word, 'verb').length > 0 || lemmasOf(word, 'adj').length > 0) return undefined;
  for (let cut = shortestPart; cut <= word.length - shortestPart; cut += 1) {
    const [start, head] = [word.slice(0, cut), word.slice(cut)];
    if (lemmasOf(head, 'noun').length > 0 && (lemmasOf(start, 'noun').length > 0 || lemmasOf(start, 'adj').length > 0 || lemmasOf(start, 'verb').length > 0)) return head;
  }
  return undefined;
}

/** "a pegasus", "a phoenix": a creature of myth is a kind in a story, though WordNet names it as one individual. */
export function ofMyth(sense: Synset): boolean {
  return isNounOfClass(sense, 'mythical being');
}

/**
 * A noun's meanings, commonest first, without the named individuals it is also the name of: "sweets"
 * is no Henry Sweet, "tell" no William Tell, "a crane" no Hart Crane, "phoenix" no city in Arizona.
 * A closed compound WordNet lists only as two words is read as those two ("zookeeper" as "zoo keeper"),
 * and, with `compound`, one it does not list at all as its last word ("clownfish" is a fish).
 * A hero, a wish or a drawing is always a kind of thing.
 */
export function commonNounSenses(word: string, limit = Infinity, options: { compound?: boolean } = {}): Synset[] {
  const kinds = (phrase: string) => sensesOf(phrase, 'noun').filter((sense) => !sense.instance || ofMyth(sense));
  let senses = kinds(word);
  for (let cut = shortestPart; senses.length === 0 && !word.includes(' ') && cut <= word.length - shortestPart; cut += 1) senses = kinds(`${word.slice(0, cut)} ${word.slice(cut)}`);
  // Only where the words around make it a noun ("a clownfish who", "a small orange clownfish"): WordNet here has no
  // adverbs, and "afterwards" would be someone's wards.
  const head = senses.length === 0 && options.compound ? closedCompoundHead(word) : undefined;
  if (head) senses = kinds(head);
  return senses.slice(0, limit);
}
