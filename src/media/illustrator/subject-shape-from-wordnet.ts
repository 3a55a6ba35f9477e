import { commonNounSenses, ofMyth } from './common-noun-senses.ts';
import { glossOf, lemmasOf, nounClassesOf, type Synset } from '../../safety/wordnet-lexicon.ts';
import type { SubjectKind } from './scene-description.ts';

/**
 * The drawn shape for each WordNet class, most specific first: a walrus (a pinniped) is drawn with the
 * otter's body, a zebra (an odd-toed ungulate) with the horse's, a knight (a person) as a person. The
 * alt text and the story still say "walrus"; only the outline is shared. Order matters: a whale is a
 * mammal too, and "cetacean" must win over "mammal".
 */
const animalShapes: Array<[className: string, kind: SubjectKind]> = [
  ['bird', 'bird'], ['cetacean', 'whale'], ['pinniped', 'otter'], ['shark', 'shark'], ['fish', 'fish'],
  ['butterfly', 'butterfly'], ['bee', 'bee'], ['insect', 'ladybug'], ['larva', 'ladybug'], ['arachnid', 'ladybug'], ['crustacean', 'crab'],
  ['cephalopod', 'octopus'], ['gastropod', 'snail'], ['mollusk', 'snail'], ['worm', 'snake'], ['snake', 'snake'],
  ['crocodilian reptile', 'dinosaur'], ['saurian', 'dinosaur'], ['dinosaur', 'dinosaur'], ['chelonian', 'turtle'], ['reptile', 'dinosaur'], ['amphibian', 'frog'],
  ['primate', 'monkey'], ['rodent', 'mouse'], ['lagomorph', 'rabbit'], ['big cat', 'lion'], ['feline', 'cat'], ['canine', 'dog'], ['bear', 'bear'],
  ['procyonid', 'raccoon'], ['musteline mammal', 'badger'], ['marsupial', 'kangaroo'], ['odd-toed ungulate', 'horse'], ['camel', 'llama'], ['llama', 'llama'],
  ['deer', 'deer'], ['giraffe', 'deer'], ['sheep', 'sheep'], ['goat', 'goat'], ['bovid', 'cow'], ['swine', 'pig'], ['even-toed ungulate', 'cow'],
  ['proboscidean', 'elephant'], ['insectivore', 'hedgehog'], ['bat', 'bird'], ['mammal', 'dog'], ['invertebrate', 'snail'], ['animal', 'dog'],
];
const vehicleShapes: Array<[className: string, kind: SubjectKind]> = [
  ['lighter-than-air craft', 'balloon'], ['spacecraft', 'rocket'], ['helicopter', 'helicopter'], ['aircraft', 'airplane'], ['submersible', 'submarine'],
  ['watercraft', 'boat'], ['boat', 'boat'], ['locomotive', 'train'], ['train', 'train'], ['bus', 'bus'], ['tractor', 'tractor'], ['truck', 'tractor'],
  ['bicycle', 'bicycle'], ['motor vehicle', 'car'], ['wheeled vehicle', 'car'], ['vehicle', 'car'],
];

/** Made things in a person's shape ("a scarecrow" is an effigy, "a puppet" a doll): drawn as a person. */
const figureShapes: Array<[className: string, kind: SubjectKind]> = [['effigy', 'child'], ['doll', 'child']];

/**
 * Things a story makes a character of ("a pumpkin who", "Sprout the lamp"), drawn by the nearest
 * shape the pictures have: fruit and vegetables as the round fruit, a lamp as the lantern, a clock,
 * a house, an instrument. Only for a thing the words make someone, never for every thing named.
 */
const thingShapes: Array<[className: string, kind: SubjectKind]> = [
  ['edible fruit', 'apple'], ['vegetable', 'apple'], ['fruit', 'apple'], ['flower', 'flower'], ['fungus', 'mushroom'], ['cactus', 'cactus'], ['tree', 'tree'],
  ['lamp', 'lantern'], ['timepiece', 'clock'], ['dwelling', 'house'], ['keyboard instrument', 'piano'], ['stringed instrument', 'guitar'],
  ['percussion instrument', 'drum'], ['wind instrument', 'trumpet'], ['teapot', 'teapot'], ['book', 'book'], ['tent', 'tent'], ['umbrella', 'umbrella'],
];

/** WordNet's files of what nature makes: a sun, a star, a mountain, a cloud, a rainbow. */
const natureFiles = new Set(['noun.object', 'noun.phenomenon']);


function shapeFor(sense: Synset, shapes: Array<[string, SubjectKind]>): SubjectKind | undefined {
  const classes = nounClassesOf(sense);
  // "a lamb", "a piglet", "a foal": WordNet files a young animal under "young mammal" and names its kind only in the gloss
  // ("young sheep", "a young pig", "young of domestic cattle"; a tadpole is "a larval frog"): it is drawn as that kind, not as any mammal.
  const kind = classes.has('young') || classes.has('larva') ? youngOf(sense) : undefined;
  return (kind && shapes.find(([className]) => nounClassesOf(kind).has(className))?.[1]) ?? shapes.find(([className]) => classes.has(className))?.[1];
}

/**
 * A creature of myth WordNet files among people ("pegasus: the immortal winged horse …", "griffin: winged monster with
 * the head of an eagle …") is drawn as the first animal its gloss names that the pictures have a shape for.
 */
function mythicalAnimalOf(sense: Synset): SubjectKind | undefined {
  if (!ofMyth(sense)) return undefined;
  for (const word of glossOf('noun', sense.offset).toLowerCase().match(/[a-z]+/g) ?? []) {
    const [meaning] = commonNounSenses(lemmasOf(word, 'noun').at(-1) ?? word, 1);
    const kind = meaning?.lexicographerFile === 'noun.animal' ? shapeFor(meaning, animalShapes.slice(0, -1)) : undefined;
    if (kind) return kind;
  }
  return undefined;
}

/** The animal a young animal's gloss names ("young sheep" → the sheep, "a larval frog" → the frog), by that word's commonest animal meaning. */
function youngOf(sense: Synset): Synset | undefined {
  const named = /^(?:an? )?(?:young|larval) (?:of )?(?:an? |the )?(?:domestic )?([a-z]+)/.exec(glossOf('noun', sense.offset))?.[1];
  const lemma = named && lemmasOf(named, 'noun').at(-1);
  return lemma ? commonNounSenses(lemma, 2).find((candidate) => candidate.lexicographerFile === 'noun.animal' && candidate.offset !== sense.offset) : undefined;
}

/** What a word that names no listed subject is drawn as, with the word the alt text keeps ("walrus"). */
export interface WordNetShape { kind: SubjectKind; noun: string }

/**
 * A creature, person or vehicle WordNet knows, drawn by its class: any animal among the word's two
 * commonest meanings (an "ostrich" is first a person who will not face facts), or any animal meaning
 * when a colour or size word comes before it ("a small red mole"); a person or vehicle only as its
 * commonest meaning. Words that can describe ("giant") are read as describing unless `named` says the
 * words around them make them a name ("a gentle giant with", "the wizard and"). Undefined otherwise.
 */
export function subjectShapeFromWordNet(phrase: string, describedBefore = false, named = false): WordNetShape | undefined {
  // Two letters are mostly not a creature ("it", "us", "ma"), but an ox is first of all one.
  const tooShort = phrase.length < 3 && commonNounSenses(phrase, 1)[0]?.lexicographerFile !== 'noun.animal';
  if (tooShort || (!named && lemmasOf(phrase, 'adj').length > 0)) return undefined;
  // A word WordNet does not list, after "a" or a colour ("an orange clownfish"), is drawn by its last word.
  const senses = commonNounSenses(phrase, Infinity, { compound: describedBefore || named });
  if (senses.length === 0) return undefined;
  const noun = lemmasOf(phrase, 'noun').at(-1) ?? phrase;
  // A word that is first of all a person stays one however it is described ("a small pink man", "a tiny kid"):
  // WordNet's rarer animal meanings (man the hominid, kid the young goat) are not what a story means by it.
  const firstAPerson = senses[0].lexicographerFile === 'noun.person';
  // So does a thing that is first of all a vehicle we can draw: "a small grey scooter" is no sea duck (WordNet's third scooter).
  const firstAVehicle = senses[0].lexicographerFile === 'noun.artifact' && shapeFor(senses[0], vehicleShapes) !== undefined;
  const animal = senses.slice(0, describedBefore && !firstAPerson && !firstAVehicle ? senses.length : 2).find((sense) => sense.lexicographerFile === 'noun.animal');
  // "a giant" is first just "an animal" (no class the pictures have a shape for), then a person: drawn as the person.
  const person = senses.slice(0, 2).find((sense) => sense.lexicographerFile === 'noun.person');
  const animalKind = animal && (shapeFor(animal, animalShapes.slice(0, -1)) ?? (person ? undefined : shapeFor(animal, animalShapes)));
  if (animalKind) return { kind: animalKind, noun };
  if (animal && !person) return undefined;
  const first = animal ? person : senses[0];
  if (first?.lexicographerFile === 'noun.person') return { kind: mythicalAnimalOf(first) ?? 'child', noun };
  if (first?.lexicographerFile === 'noun.artifact') {
    const kind = shapeFor(first, vehicleShapes) ?? shapeFor(first, figureShapes);
    if (kind) return { kind, noun };
  }
  // Named as someone ("Sprout: a small red builder with", "a tram that"), a word is drawn by any of its three commonest
  // meanings that has a shape: "builder" is first a detergent's additive, then a person; "tram" first a cable car, then a streetcar.
  // A word that is a creature in any meaning ("Maple the mole") is that creature or nothing, never a person by its rarer meaning (a spy).
  if (!named || senses.some((sense) => sense.lexicographerFile === 'noun.animal')) return undefined;
  // Nor is nature's own thing ("the sun who", "a star that") a person by a rarer meaning (someone's sunshine, a film star).
  if (natureFiles.has(senses[0].lexicographerFile)) return undefined;
  for (const sense of senses.slice(0, 3)) {
    if (sense.lexicographerFile === 'noun.person') return { kind: 'child', noun };
    const kind = shapeFor(sense, vehicleShapes) ?? shapeFor(sense, figureShapes) ?? shapeFor(sense, thingShapes);
    if (kind) return { kind, noun };
  }
  return undefined;
}
