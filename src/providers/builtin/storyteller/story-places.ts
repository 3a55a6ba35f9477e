import type { Archetype } from './archetype.ts';
import { placeWords, type PlaceWord } from './idea-vocabulary.ts';
import { commonNounSenses } from '../../../media/illustrator/common-noun-senses.ts';
import { subjectTraits, type SubjectTraits } from '../../../media/illustrator/subject-traits.ts';
import { classesOf } from './word-lemmas.ts';
import { goalNamesPlace } from './is-trip.ts';
import { isNamedPlanet, namedPlace, placeItself } from './named-place.ts';
import type { IdeaParts } from './idea-parts.ts';

/** Places one can live near; others ("the moon") are only ever visited. */
const homePlaces = new Set(['the sea', 'the ocean', 'the beach', 'the seaside', 'the forest', 'the woods', 'the meadow', 'the field', 'the river', 'the lake', 'the pond', 'the waterfall', 'the island', 'the farm', 'the garden', 'the mountains', 'the jungle', 'the desert', 'the reef', 'the city', 'the town', 'the village', 'the castle', 'the park']);

/**
 * How the story tells a place WordNet knows by its name (see namedPlace): a planet is seen at night and stood on ("on the
 * planet Mars"), a country, a continent or a town is somewhere one is in ("in Spain"). Undefined for any other place.
 */
function namedPlaceWord(phrase: string): PlaceWord | undefined {
  if (isNamedPlanet(phrase)) return { phrase, light: 'night', preposition: 'on' };
  return /^\p{Lu}/u.test(phrase) ? { phrase, light: 'day', preposition: 'in' } : undefined;
}

/** Places up above, reached through the sky at nightfall: the storyteller's own and any planet named ("the planet Mars"). */
const upAbove = new Set(['the moon', 'the stars', 'outer space', 'a faraway planet']);

/** Whether a journey to the place goes up through the sky. */
export const isUpAbove = (place: string) => upAbove.has(place) || isNamedPlanet(place);

/** A hero the illustrator draws in the water: a fish, a whale, a boat. */
const livesInWater = (hero: IdeaParts['hero']) => hero !== undefined && (subjectTraits as Record<string, SubjectTraits | undefined>)[hero.kind]?.habitat === 'water';

/** Places only reached over the sea, by WordNet's class of the place's noun (an island, an atoll, a coral reef). */
const overTheSeaClasses = new Set(['island', 'reef']);
/** Places a swimmer or a sailor goes to over the sea, where a walker would go by land. */
const seaPlaces = new Set(['the sea', 'the ocean']);
/** Doings that go over the water ("sail to the island", "swim to the reef"). */
const waterGoings = new Set(['sail', 'swim', 'row', 'paddle', 'float']);

/**
 * Whether a journey goes over the sea: to an island or a reef, or to the sea itself when the hero swims or sails there
 * (a fish, a whale, a boat, or "sail to …"); never to a lake or a pond, which the story would have to call the sea.
 */
export function goesBySea(parts: Pick<IdeaParts, 'destination' | 'hero' | 'trip'>): boolean {
  const { destination } = parts;
  if (destination === undefined) return false;
  const noun = destination.split(' ').at(-1)!;
  if (/^the /u.test(destination) && commonNounSenses(noun, 1).some((sense) => [...classesOf(sense)].some((name) => overTheSeaClasses.has(name)))) return true;
  return seaPlaces.has(destination) && (livesInWater(parts.hero) || waterGoings.has(parts.trip?.split(' ')[0] ?? ''));
}

/** "Spain", "the planet Mars": whether the story tells the place by its name. */
export const isNamedPlace = (phrase: string) => namedPlaceWord(phrase) !== undefined;

/** The storyteller's entry for a place as the story says it ("the forest"), if it is one of its own or one named ("Spain"). */
export const placeWordOf = (phrase: string): PlaceWord | undefined => Object.values(placeWords).find((entry) => entry.phrase === phrase) ?? namedPlaceWord(phrase);

/** "the kitchen", "the library": a room is inside a home, never a place near it. */
const isRoom = (phrase: string) => commonNounSenses(phrase.slice(4), 1).some((sense) => classesOf(sense).has('room'));

/**
 * A place the storyteller has no word for, that WordNet made a place (see wordNetPlace: a stream, a valley, a bridge, a
 * harbour, a museum), which one can live near as one can near its own; never a room ("a quiet kitchen" is inside a home).
 */
const livedNearByClass = (phrase: string) => !placeWordOf(phrase) && /^the \p{L}+$/u.test(phrase) && !isRoom(phrase);

/** Classes of the places WordNet names that a wish may end at: built, natural or a spot on a map. */
const placeClasses = new Set(['structure', 'building', 'facility', 'body of water', 'geological formation', 'land', 'location']);

/**
 * "deliver a letter to the lighthouse", "cross the wobbly bridge", "pull a giant ship into the harbour": the place a wish
 * ends at, when the wish carries it (the place is part of the wish then, not a trip of its own), told by its noun ("the
 * bridge"); the storyteller's own places and those WordNet files as somewhere, never a room.
 */
function placeEndingWish(goal: string): string | undefined {
  const noun = /\bthe (?:\p{L}+ ){0,2}(\p{L}+)$/u.exec(goal)?.[1];
  if (noun !== undefined) return placeNamed(noun);
  // "plant a flower on Mars", "go on holiday to France": a place named by its name.
  const name = /\b(?:on|in|to|at) (\p{Lu}\p{L}+)$/u.exec(goal)?.[1];
  return name === undefined ? undefined : namedPlace(name.toLowerCase());
}

/**
 * "the tower", "the library", "the forest": a noun as a place where a search or a wish ends, when it is one of the
 * storyteller's or WordNet files it as somewhere; a room too ("missing from the library": WordNet's library is first a
 * room), though a room is never a place lived near (livedNearByClass).
 */
function placeNamed(noun: string): string | undefined {
  const phrase = `the ${noun}`;
  if (placeWordOf(phrase)) return phrase;
  const [sense] = commonNounSenses(noun, 1);
  return sense !== undefined && [...classesOf(sense)].some((name) => placeClasses.has(name)) ? phrase : undefined;
}

/** "in the forest", "on the farm", "by the river", "at the beach": how a sentence puts someone at a place. */
export const atPlace = (place: string) => `${placeWordOf(place)?.preposition ?? 'at'} ${place}`;

/**
 * Places a story that lives near them stays in: the stock stops are the countryside's (an oak tree, a garden gate), which a
 * whale by the ocean, a robot in the city or a knight in the castle never passes; nor does a penguin in Antarctica (a
 * place known by its name has spots of its own too).
 */
const placesOfTheirOwn = new Set(['the sea', 'the ocean', 'the reef', 'the beach', 'the seaside', 'the desert', 'the snow', 'the island', 'the city', 'the town', 'the village', 'the castle', 'the jungle', 'the mountains', 'the cave']);

/** Where the story's scenes stop on the way: spots of the place it lives near when the countryside's would not be there. */
export function storyStops(archetype: Archetype, livesNear: string | undefined): string[] {
  // A journey's stops are on the road away from home, wherever home is.
  if (livesNear === undefined || !(placesOfTheirOwn.has(livesNear) || isNamedPlace(livesNear)) || archetype.id === 'journey' || archetype.id === 'way-home') return archetype.stops;
  return ['a quiet spot', 'a sheltered spot', 'a wide open spot'].map((spot) => `${spot} ${atPlace(livesNear)}`);
}

/**
 * The spot a search or a wish ends at, said after "at" ("There, at …, was the kite"): a place no one lives near ("the
 * shed", "the airport") is the stop itself, as a castle is; the wide ones end at their edge; a place known by its name, or
 * one a story is in (the sky, the snow, a cave), at a spot in it ("a quiet spot in France": never "at France", "at the sky").
 */
function endOf(place: string): string {
  // "a quiet spot in France", "a quiet spot in the sky": a place one is in, never a spot one is at ("at the sky").
  // "a quiet spot on the moon", "among the stars": never "at the moon", "at the stars".
  const preposition = placeWordOf(place)?.preposition;
  if (isNamedPlace(place) || ((preposition === 'in' || preposition === 'on' || preposition === 'among') && !homePlaces.has(place))) return `a quiet spot ${atPlace(place)}`;
  return place === 'the castle' || !homePlaces.has(place) ? place : `the edge of ${place}`;
}

/** Where the idea sets its story, as the plot tells it: each absent when the idea names no such place. */
export interface StoryPlaces {
  /** The idea's place lives near home (the opening's "a little house near the beach"). */
  livesNear?: string;
  /** Where a thing is made ("at the beach"), instead of at home. */
  madeAt?: string;
  /** Where the search ends or the wish comes true: the resolution's stop ("the edge of the meadow"). */
  lastStop?: string;
  /** Where a friend in need is met and helped ("at the park"). */
  helpedAt?: string;
}

/**
 * The story happens where the idea says, when it names a place out of doors that is no journey's goal: a thing is
 * made there ("a sandcastle at the beach"), never in the thing itself ("builds a tiny castle"); a search ends, or a
 * wish comes true, at its edge (also a place the wish itself names: "dance in the jungle"); a friend in need is met
 * and helped there; and the hero lives near it.
 */
export function storyPlaces(parts: IdeaParts, archetype: Archetype, object: string): StoryPlaces {
  const { setting, destination } = parts;
  // "a whale who wants to learn to sing": a creature the illustrator draws swimming lives by the sea when the idea says
  // nowhere, never near a grassy hill with stops at a garden gate (a boat may be on a canal).
  const swims = livesInWater(parts.hero) && commonNounSenses(parts.hero!.kind, 2).some((sense) => sense.lexicographerFile === 'noun.animal');
  const sea = swims && setting === undefined && destination === undefined && archetype.id !== 'way-home' ? 'the sea' : undefined;
  // A happy day has a place only where the idea puts its hero ("the troll under the bridge"): it lives near it, whatever it is.
  // "the lake in Mexico" is a lake: the named place it is in only says where.
  const settingKind = setting === undefined ? undefined : placeItself(setting);
  const outdoors = setting !== undefined && settingKind !== undefined && (homePlaces.has(settingKind) || livedNearByClass(settingKind) || isNamedPlace(setting) || archetype.id === 'happy-day') && setting !== destination ? setting : sea;
  const madeOut = archetype.id === 'making-something' && outdoors !== undefined && outdoors.split(' ').at(-1) !== object;
  const wishedAt = archetype.id === 'wish' && parts.goal ? (destination && goalNamesPlace(parts.goal, destination) ? destination : placeEndingWish(parts.goal)) : undefined;
  // "find a book that has gone missing from the library", "deliver a present to a princess in a tower": a place the idea
  // names only as a thing of the story is where the search ends or the wish comes true.
  // "takes her class to the museum and has to find a missing bone": where the idea takes the hero is where the search ends.
  const searchedAt = archetype.id === 'lost-and-found' ? destination : undefined;
  const placeThing = () => parts.props?.map((prop) => placeNamed(prop)).find((place) => place !== undefined);
  // "wants to swim past the reef and see the big ocean": the wish comes true where the idea sends it, past where it starts.
  const wishedOnTo = archetype.id === 'wish' && parts.goal && destination && !goalNamesPlace(parts.goal, destination) ? destination : undefined;
  const endPlace = archetype.id === 'lost-and-found' || archetype.id === 'wish' ? wishedOnTo ?? setting ?? wishedAt ?? searchedAt ?? placeThing() ?? sea : undefined;
  // A journey's setting is home only when it goes somewhere else; a thing made at home is made near whatever home the story picks.
  const journeysElsewhere = destination !== undefined && destination !== setting;
  // The place a hero is far from home at is never home's neighbourhood.
  // The way home leads back to the home the idea named ("get home to Antarctica"), which the opening says the hero lives in.
  const livesNear = archetype.id === 'way-home' ? parts.homeIn
    : outdoors !== undefined && (archetype.id !== 'journey' || journeysElsewhere) && !(archetype.id === 'making-something' && !madeOut) ? outdoors : undefined;
  return {
    ...(livesNear ? { livesNear } : {}),
    ...(madeOut ? { madeAt: atPlace(outdoors!) } : {}),
    ...(endPlace ? { lastStop: endOf(endPlace) } : {}),
    ...(archetype.id === 'helping-a-friend' && outdoors ? { helpedAt: atPlace(outdoors) } : {}),
  };
}
