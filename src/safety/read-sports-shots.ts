import { hypernymClosure, lemmasOf, senseOffset, sensesOf, type Synset } from './wordnet-lexicon.ts';

/** "shoot some hoops", "shoots baskets", "shot a goal": the shooting and what is shot, up to three words apart. */
const shotAt = /\b(?:shoot|shoots|shooting|shot)((?: [a-z']+){1,4})/g;
/** Words before the thing shot that only point at it or count it. */
const pointers = new Set(['a', 'an', 'the', 'some', 'few', 'more', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'two', 'three', 'ten', 'lots', 'of', 'hundred', 'winning', 'perfect', 'first', 'last', 'big', 'best']);

let kinds: { sports: number[]; harm: number[] } | undefined;

/**
 * Whether a thing shot is a game's: among its four commonest meanings, the first that is either a game's (a score such
 * as a basket or a goal, sports or game equipment such as a hoop or a ball) or a being's or a weapon's (a person, an
 * animal, a projectile) is the game's. "Shoot the ball" is football (a ball is game equipment first, a musket ball
 * second); "shoot the target" is not (a target is a victim before it is sports equipment), nor "shoot arrows".
 */
function isGameThing(noun: string): boolean {
  kinds ??= {
    sports: ([['score', 3], ['sports equipment', 1], ['game equipment', 1]] as const).flatMap(([word, sense]) => senseOffset(word, 'noun', sense) ?? []),
    harm: ['weapon', 'projectile'].flatMap((word) => senseOffset(word, 'noun', 1) ?? []),
  };
  const lemma = lemmasOf(noun, 'noun').at(-1);
  if (lemma === undefined) return false;
  const reading = (sense: Synset): 'game' | 'harm' | undefined => {
    if (sense.lexicographerFile === 'noun.person' || sense.lexicographerFile === 'noun.animal') return 'harm';
    const above = hypernymClosure('noun', sense);
    if (kinds!.harm.some((offset) => above.has(offset))) return 'harm';
    return kinds!.sports.some((offset) => above.has(offset)) ? 'game' : undefined;
  };
  return sensesOf(lemma, 'noun', 4).map(reading).find((kind) => kind !== undefined) === 'game';
}

const objectPronouns = new Set(['me', 'you', 'him', 'her', 'it', 'us', 'them', 'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody']);

/**
 * Whether the words after "at" name whom a shot is aimed at: a pronoun standing alone ("at her", never "at her match"),
 * or a first word past the pointers that is no place, event or thing in WordNet's first meaning (a being, or unknown).
 */
function aimsAt(words: readonly string[]): boolean {
  if (objectPronouns.has(words[0]) && (words[1] === undefined || lemmasOf(words[1], 'noun').length === 0)) return true;
  const at = words.findIndex((word) => !pointers.has(word) && !objectPronouns.has(word));
  if (at < 0) return true;
  const [sense] = sensesOf(lemmasOf(words[at], 'noun').at(-1) ?? words[at], 'noun', 1);
  return sense === undefined || sense.lexicographerFile === 'noun.person' || sense.lexicographerFile === 'noun.animal';
}

/**
 * Folded text (normalizeForMatching) with a game's shots blanked: "loves to shoot hoops with her dad", "shoots baskets
 * after school", "wants to shoot a goal in the big match" are basketball and football, though "shoot" beside "dad" reads
 * as violence to the rules. Read by WordNet's meaning of what is shot (isGameThing), not from a list of sports; a shot
 * at anyone or anything else ("shoots his brother", "shoot the target", "shoots the ball at the dog") stays as written.
 */
export function blankSportsShots(folded: string): string {
  return folded.replace(shotAt, (whole: string, after: string, offset: number) => {
    const words = after.trim().split(' ');
    const at = words.findIndex((word) => !pointers.has(word));
    if (at < 0) return whole;
    // A ball shot at someone is aimed at them: "shoots the ball at the dog" stays as written; "at her football match"
    // says where (a thing after "at", not a being).
    const followedBy = `${words.slice(at + 1).join(' ')}${folded.slice(offset + whole.length)}`.match(/^ *at ((?:[a-z']+ ?){1,4})/)?.[1];
    const aimed = followedBy !== undefined && aimsAt(followedBy.trim().split(' '));
    return !aimed && isGameThing(words[at]) ? ` ~ ${words.slice(at + 1).join(' ')}` : whole;
  });
}
