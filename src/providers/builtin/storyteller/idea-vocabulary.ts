/**
 * Every word of a parent's idea the storyteller may use. A word that is not listed here never reaches
 * a story: the storyteller writes its own sentences around these parts. Hero kinds are the kinds the
 * built-in illustrator can draw, so the hero of the idea is the hero of every picture.
 */

/** Word in the idea → the kind drawn (a kitten is drawn as a cat, but the story still says kitten). */
export const heroWords: Record<string, string> = {
  dragon: 'dragon', cat: 'cat', kitten: 'cat', kitty: 'cat', dog: 'dog', puppy: 'dog', pup: 'dog', bear: 'bear', cub: 'bear',
  rabbit: 'rabbit', bunny: 'rabbit', hare: 'rabbit', fox: 'fox', mouse: 'mouse', lion: 'lion', elephant: 'elephant',
  owl: 'owl', owlet: 'owl', bird: 'bird', chick: 'bird', duck: 'bird', duckling: 'bird', sparrow: 'bird', robin: 'bird',
  penguin: 'penguin', frog: 'frog', toad: 'frog', unicorn: 'unicorn', horse: 'horse', pony: 'horse', foal: 'horse',
  whale: 'whale', fish: 'fish', goldfish: 'fish', turtle: 'turtle', tortoise: 'turtle', octopus: 'octopus',
  butterfly: 'butterfly', robot: 'robot', hedgehog: 'hedgehog', squirrel: 'squirrel',
};

/**
 * People words: the listener is the hero of an idea about "a girl" or "a boy". A role ("a knight", "a
 * pirate") is a hero of its own, read from WordNet like any other person.
 */
export const personWords = new Set(['child', 'kid', 'girl', 'boy']);

/** Creatures that may be friends in a story but are not drawn (a bee, a lamb, a cloud). */
export const companionOnlyWords = new Set(['bee', 'lamb', 'cloud', 'snail', 'ladybird', 'sheep', 'goat', 'pig', 'hen', 'seal', 'crab', 'deer', 'badger', 'otter', 'panda', 'koala']);

/** Words describing the hero that may go into its look and its introduction. */
export const heroTraits = new Set([
  'little', 'tiny', 'small', 'big', 'brave', 'shy', 'curious', 'sleepy', 'grumpy', 'gentle', 'clever', 'kind', 'young', 'old',
  'happy', 'cheerful', 'fluffy', 'spotty', 'stripy', 'wise', 'silly', 'busy', 'quiet', 'red', 'orange', 'yellow', 'green',
  'blue', 'purple', 'pink', 'brown', 'grey', 'white', 'black', 'golden', 'silver',
]);

/** A place: how the story says it, and whether it shines at night (the moon, the stars). */
export interface PlaceWord {
  phrase: string;
  /** When the place is best seen: the arrival scene takes this light. */
  light: 'day' | 'evening' | 'night';
  /** How a sentence puts someone there ("in the forest", "on the farm"); "at" when absent ("at the beach", "at the zoo"). */
  preposition?: 'in' | 'on' | 'by' | 'among';
}

export const placeWords: Record<string, PlaceWord> = {
  sea: { phrase: 'the sea', light: 'day', preposition: 'by' }, ocean: { phrase: 'the ocean', light: 'day', preposition: 'by' }, beach: { phrase: 'the beach', light: 'day' },
  seaside: { phrase: 'the seaside', light: 'day' }, moon: { phrase: 'the moon', light: 'night', preposition: 'on' }, star: { phrase: 'the stars', light: 'night', preposition: 'among' },
  mountain: { phrase: 'the mountains', light: 'day', preposition: 'in' }, hill: { phrase: 'the top of the hill', light: 'day' }, forest: { phrase: 'the forest', light: 'day', preposition: 'in' },
  wood: { phrase: 'the woods', light: 'day', preposition: 'in' }, city: { phrase: 'the city', light: 'evening', preposition: 'in' }, town: { phrase: 'the town', light: 'day', preposition: 'in' },
  village: { phrase: 'the village', light: 'day', preposition: 'in' },
  snow: { phrase: 'the snow', light: 'day', preposition: 'in' }, island: { phrase: 'the island', light: 'day', preposition: 'on' }, lake: { phrase: 'the lake', light: 'day' },
  river: { phrase: 'the river', light: 'day', preposition: 'by' }, rainbow: { phrase: 'the end of the rainbow', light: 'day' }, sunset: { phrase: 'the sunset', light: 'evening' },
  sunrise: { phrase: 'the sunrise', light: 'day' }, meadow: { phrase: 'the meadow', light: 'day', preposition: 'in' }, field: { phrase: 'the field', light: 'day', preposition: 'in' },
  garden: { phrase: 'the garden', light: 'day', preposition: 'in' }, pond: { phrase: 'the pond', light: 'day' }, reef: { phrase: 'the reef', light: 'day' },
  farm: { phrase: 'the farm', light: 'day', preposition: 'on' }, park: { phrase: 'the park', light: 'day' }, desert: { phrase: 'the desert', light: 'day', preposition: 'in' },
  jungle: { phrase: 'the jungle', light: 'day', preposition: 'in' }, waterfall: { phrase: 'the waterfall', light: 'day' }, planet: { phrase: 'a faraway planet', light: 'night' },
  space: { phrase: 'outer space', light: 'night', preposition: 'in' }, castle: { phrase: 'the castle', light: 'day', preposition: 'in' }, 'northern lights': { phrase: 'the northern lights', light: 'night' },
  'city lights': { phrase: 'the city lights', light: 'night' }, sky: { phrase: 'the sky', light: 'day', preposition: 'in' }, cave: { phrase: 'the cave', light: 'day', preposition: 'in' },
};

/** Things that can be lost and found. */
export const keepsakeWords = new Set([
  'blanket', 'teddy', 'scarf', 'hat', 'ball', 'kite', 'lantern', 'key', 'book', 'crown', 'shell', 'balloon', 'sock', 'boot',
  'shoe', 'mitten', 'glove', 'glasses', 'bone', 'helmet', 'umbrella', 'map', 'compass', 'bell', 'button', 'necklace',
  'wand', 'toy', 'drum', 'pillow', 'acorn', 'feather', 'pebble', 'whistle', 'backpack', 'spoon', 'carrot', 'apple',
]);

/** Things that can be made, with the verb that makes each ("bake a cake", never "shine a whistle"). */
export const makeableWords: Record<string, { make: string; made: string }> = {
  cake: { make: 'bake', made: 'baked' }, cookie: { make: 'bake', made: 'baked' }, pie: { make: 'bake', made: 'baked' }, bread: { make: 'bake', made: 'baked' },
  kite: { make: 'make', made: 'made' }, boat: { make: 'build', made: 'built' }, raft: { make: 'build', made: 'built' }, castle: { make: 'build', made: 'built' },
  house: { make: 'build', made: 'built' }, nest: { make: 'build', made: 'built' }, snowman: { make: 'build', made: 'built' }, sandcastle: { make: 'build', made: 'built' },
  tower: { make: 'build', made: 'built' }, den: { make: 'build', made: 'built' }, picture: { make: 'paint', made: 'painted' }, painting: { make: 'paint', made: 'painted' },
  card: { make: 'make', made: 'made' }, crown: { make: 'make', made: 'made' }, necklace: { make: 'make', made: 'made' }, lantern: { make: 'make', made: 'made' },
  quilt: { make: 'sew', made: 'sewn' }, scarf: { make: 'knit', made: 'knitted' }, hat: { make: 'knit', made: 'knitted' }, present: { make: 'make', made: 'made' },
  rocket: { make: 'build', made: 'built' }, robot: { make: 'build', made: 'built' }, drum: { make: 'make', made: 'made' }, song: { make: 'write', made: 'written' },
};

/** What a hero may be afraid of, as the story says it. */
export const fearWords: Record<string, string> = {
  dark: 'the dark', thunder: 'thunderstorms', thunderstorm: 'thunderstorms', storm: 'storms', rain: 'the rain', fly: 'flying',
  flying: 'flying', water: 'the water', swim: 'swimming', swimming: 'swimming', school: 'the first day at school',
  sing: 'singing', singing: 'singing', baby: 'the new baby', wind: 'the wind', noise: 'loud noises', height: 'high places',
};

/** What may be wrong for a friend who needs help. */
export const troubleWords: Record<string, string> = {
  stuck: 'was stuck and could not get down', broken: 'had a hurt wing', hurt: 'was hurt', sad: 'was feeling sad',
  lost: 'was lost and far from home', cold: 'was cold', hungry: 'was hungry', lonely: 'was feeling lonely', mother: 'was lost and far from home',
};

/** Feelings the hero may start with. */
export const feelingWords: Record<string, string> = {
  shy: 'shy', afraid: 'scared', scared: 'scared', frightened: 'scared', nervous: 'worried', worried: 'worried', sad: 'sad',
  lonely: 'lonely', sleepy: 'sleepy', curious: 'curious', brave: 'brave', grumpy: 'grumpy', excited: 'excited', timid: 'shy',
};

export const timeWords: Record<string, 'morning' | 'day' | 'evening' | 'night'> = {
  morning: 'morning', sunrise: 'morning', dawn: 'morning', day: 'day', afternoon: 'day', sunny: 'day', evening: 'evening',
  sunset: 'evening', dusk: 'evening', night: 'night', bedtime: 'night', midnight: 'night', nighttime: 'night',
};
