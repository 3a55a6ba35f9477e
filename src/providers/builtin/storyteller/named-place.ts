import { checkIdeaPart } from '../../../safety/index.ts';
import { lemmasOf, nounClassesOf, sensesOf } from '../../../safety/wordnet-lexicon.ts';

/** How the story says a planet by its name ("the planet Mars"): the words before the name. */
const planetPrefix = 'the planet ';

/** Whether the place is a planet named ("the planet Mars"). */
export const isNamedPlanet = (place: string) => place.startsWith(planetPrefix) && /^\p{Lu}/u.test(place.slice(planetPrefix.length));

/** The place's own name, as a title says it: "Mars" for "the planet Mars", any other place as it is. */
export const placeName = (place: string) => (isNamedPlanet(place) ? place.slice(planetPrefix.length) : place);

/** Words that say where, before a place known by its name ("to Mars", "in Spain"). */
export const placePrepositions = new Set(['to', 'on', 'in', 'at', 'around', 'across', 'from']);

/** A name written as names are ("mars" → "Mars", "new jersey" → "New Jersey"). */
export const capitalised = (name: string) => name.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());

/**
 * "Mars", "Antarctica", "Spain", "Paris": a place WordNet knows by its name, as the story says it: a planet it names
 * ("the planet Mars", which the illustrator draws as space), or the continent, polar region, country or town that is the
 * word's commonest meaning; undefined for a word whose commonest meaning is a kind of thing ("turkey" is the bird first;
 * "china" is the country before the plates, so it is a place).
 */
export function namedPlace(word: string): string | undefined {
  // "came to us", "goes to me": two letters are an abbreviation to WordNet (the US, Maine, Ohio), never a place an idea names.
  if (word.length < 3) return undefined;
  const senses = sensesOf(word, 'noun');
  // Only a word that is first a name: "mercury" is first the metal, never a place to go.
  if (senses[0]?.instance !== true || !checkIdeaPart(word, 'child').safe) return undefined;
  // "fly to Neptune": a planet's name is the planet where a going word leads, though it names a god first.
  if (senses.some((sense) => sense.instance === true && nounClassesOf(sense).has('planet'))) return `${planetPrefix}${capitalised(word)}`;
  const [first] = senses;
  return first.lexicographerFile === 'noun.location' || nounClassesOf(first).has('continent') ? capitalised(word) : undefined;
}

/** The named place a place of the story is said to be in, straight after the place's last word: "the zoo | in Singapore". */
export function namedPlaceAfter(words: readonly string[], placeEnd: number): string | undefined {
  if (words[placeEnd + 1] !== 'in') return undefined;
  const word = words[placeEnd + 2] ?? '';
  // "a farm in iowa", "a farm in turkey": after a place and "in", a word whose second meaning is somewhere named is that
  // place, though its first is a people or a bird.
  const [, second] = sensesOf(word, 'noun', 2);
  const secondNamesPlace = word.length >= 3 && second?.instance === true && second.lexicographerFile === 'noun.location' && checkIdeaPart(word, 'child').safe;
  return namedPlace(word) ?? (secondNamesPlace ? capitalised(word) : undefined);
}

/** "the zoo in Singapore": a place told with the named place it is in. */
export function placeWithin(place: string, named: string): string {
  return `${place} in ${named}`;
}

/** The place itself of a phrase placeWithin wrote ("the lake in Mexico" is the lake); any other phrase as it is. */
export function placeItself(phrase: string): string {
  return phrase.replace(/ in \p{Lu}[\p{L} ]*$/u, '');
}

/** Whether the phrase is a place known by its name as namedPlace writes it ("Antarctica", "the planet Mars"), never any capitalised word. */
export function isKnownNamedPlace(phrase: string): boolean {
  const name = placeName(phrase).toLowerCase();
  return /^\p{L}+$/u.test(name) && namedPlace(name) === phrase;
}

/** A word that says where and the word after it, written in lower case. */
const afterPlacePreposition = new RegExp(`\\b(${[...placePrepositions].join('|')}) (\\p{Ll}+)`, 'gu');

/** "fly to mars" → "fly to Mars": each place known by its name after a word that says where, written with its capitals. */
export function withPlaceNamesWritten(phrase: string): string {
  return phrase.replace(afterPlacePreposition, (whole, before: string, word: string) => (namedPlace(word) ? `${before} ${capitalised(word)}` : whole));
}

/** What a place is, by WordNet's classes, as a place the illustrator draws (the first class found wins). */
const drawnKinds: Array<[string, string]> = [
  ['island', 'the island'], ['mountain range', 'the mountains'], ['mountain', 'the mountains'], ['river', 'the river'], ['desert', 'the desert'],
  ['ocean', 'the sea'], ['sea', 'the sea'], ['lake', 'the lake'], ['forest', 'the forest'], ['city', 'the city'], ['town', 'the town'], ['municipality', 'the town'],
  // A building or a place made for something stands in a town ("the museum", "the hospital").
  ['building', 'the town'], ['facility', 'the town'], ['structure', 'the town'],
  // A country, a state, a region or a stretch of land has every kind of land: its countryside is drawn.
  ['country', 'the meadow'], ['state', 'the meadow'], ['continent', 'the meadow'], ['region', 'the meadow'], ['body of water', 'the lake'],
  ['geological formation', 'the mountains'], ['land', 'the meadow'], ['tract', 'the meadow'], ['area', 'the meadow'],
];

/**
 * "a quiet spot in China", "at the museum": a place the illustrator has no picture of is drawn as what WordNet says it is
 * (a city, an island, a range of mountains, a building in a town, a country's meadows), the same in every scene; undefined
 * for a place WordNet does not file so (a planet is space, which the illustrator draws itself).
 */
export function drawnKindOfPlace(place: string): string | undefined {
  if (isNamedPlanet(place)) return undefined;
  // "his grandma's burrow" is a burrow.
  const word = place.replace(/^the /, '').replace(/^.*'s /, '').toLowerCase();
  const [first] = sensesOf(word, 'noun');
  if (first === undefined) return undefined;
  const classes = nounClassesOf(first);
  return drawnKinds.find(([name]) => classes.has(name))?.[1];
}

/** Words before "in" that are no festival or time the idea opens with: a person ("we live in"), a verb ("set in"). */
const openingPeople = new Set(['we', 'i', 'you', 'they', 'he', 'she', 'it', 'my', 'our', 'story', 'stories', 'tale', 'one']);

/**
 * "Christmas in Australia, a seagull who …", "mid autumn festival in Taipei": a named place after "in" in the idea's first few words,
 * before its hero, with only the name of a day or a festival before it, is where the story happens.
 */
export function opensIn(words: readonly string[], index: number, heroAt: number | undefined): boolean {
  // "chinese new year in singapore, the smallest lion …": a festival's name may take three words.
  if (heroAt === undefined || index >= heroAt || words[index - 1] !== 'in' || index < 2 || index > 4) return false;
  return words.slice(0, index - 1).every((word) => !openingPeople.has(word) && lemmasOf(word, 'verb').length === 0);
}

/**
 * "Rotterdam harbour", "the Congo rainforest": a town, country or region named straight before a place (not the hero)
 * says where that place is. Only a word that is first of all a name: "a china shop" is made of china.
 */
export function namedPlaceBefore(words: readonly string[], start: number, heroAt: number | undefined): string | undefined {
  const word = words[start - 1];
  // Its three commonest meanings names: "China" is porcelain third, while "Congo" is a tea only fourth.
  if (word === undefined || start - 1 === heroAt || sensesOf(word, 'noun').slice(0, 3).some((sense) => sense.instance !== true)) return undefined;
  const named = namedPlace(word);
  return named && !isNamedPlanet(named) ? named : undefined;
}
