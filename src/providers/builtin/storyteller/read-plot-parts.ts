import { lemmasOf, sensesOf } from '../../../safety/wordnet-lexicon.ts';
import { goalWithinSentence } from './goal-within-sentence.ts';
import { findIdeaHero, nounForms, type Being, type ChildName } from './find-idea-hero.ts';
import { namingWords, speaking } from './made-someone.ts';
import { glueWords, prepositions } from './glue-words.ts';
import { wantingWords } from './wanting-words.ts';
import { seekingVerbs } from './goal-verbs.ts';
import { adjectiveLemmas, nounLemmas } from './word-lemmas.ts';
import { isFriendWord } from './is-friend-word.ts';
import { allowedNoun } from './allowed-noun.ts';
import { goalNamesPlace, isTrip } from './is-trip.ts';
import { workingAgain } from './working-again.ts';
import { readIdeaGoal } from './read-idea-goal.ts';
import { isKnownNamedPlace, opensIn } from './named-place.ts';
import { isAt, movesSomewhere, readIdeaPlaces } from './read-idea-places.ts';
import { familySought, familyVisited, goalGoesHome, goesHome, strandedWords } from './read-way-home.ts';
import { heritageBefore } from './read-heritage.ts';
import { readFearOwner } from './read-fear-owner.ts';
import {
  fearWords, feelingWords, heroTraits, keepsakeWords, makeableWords, timeWords, troubleWords,
} from './idea-vocabulary.ts';
import type { IdeaParts } from './idea-parts.ts';
import { articles, nounAfter, possessiveWords } from './noun-after.ts';
import { safe } from './safe-for-child.ts';
import { forgottenPlaceAt, forgottenThingAt } from './forgotten-thing-at.ts';
import { missingBefore } from './missing-before.ts';
import { laterGoal } from './later-goal.ts';
import { purposeGoal } from './purpose-goal.ts';
import { goingOver } from './going-over.ts';
import { weatherWish } from './weather-wish.ts';
import { helpedGoal } from './helped-goal.ts';
import { wishInPlainWords } from './wish-in-plain-words.ts';
import { afterWhereHeroIs } from './after-where-hero-is.ts';
import { afterCompanion } from './after-companion.ts';
import { goalWithinClause } from './goal-within-clause.ts';

const strongLostCues = new Set(['lost', 'lose', 'loses', 'losing', 'missing']);
/** "gets lost in the fog", "is lost": the hero is lost, and finds the way, which is a journey and no search for a thing. */
const heroIsLost = (words: readonly string[], at: number) => words[at] === 'lost' && words[at + 1] !== undefined && !['his', 'her', 'its', 'their', 'a', 'an', 'the'].includes(words[at + 1])
  && ['get', 'gets', 'got', 'getting', 'is', 'was', 'became', 'becomes'].includes(words[at - 1] ?? '');

/**
 * "find the lost island", "a missing star": after "a" or "the", "lost" only describes the thing; nobody in the story lost it.
 * A lost friend ("helps a lost ladybird") is still someone lost.
 */
const describesOnly = (words: readonly string[], at: number, companions: readonly Being[]) =>
  ['a', 'an', 'the'].includes(words[at - 1] ?? '') && !companions.some((being) => nounForms(words[at + 1] ?? '').includes(being.word));
const lostCues = new Set(['find', 'finds', 'search', 'searching']);
/** Words of looking that lead, with "for", to what is sought ("is looking for", "searches for"). */
const lookingWords = new Set(['look', 'looks', 'looking', 'search', 'searches', 'searching', 'hunt', 'hunts', 'hunting']);
const helpCues = new Set(['help', 'helps', 'helping', 'rescue', 'rescues', 'stuck', 'broken', 'hurt']);
const makeCues = new Set(['make', 'makes', 'making', 'build', 'builds', 'building', 'bake', 'bakes', 'baking', 'paint', 'paints', 'knit', 'knits', 'sew', 'sews', 'create', 'creates']);
const fearCues = new Set(['afraid', 'scared', 'frightened', 'nervous', 'worried', 'fear', 'timid']);
/** Who a fear may be of when it is the hero: "scared of him". */
const objectPronouns = new Set(['him', 'her']);

/** The listed form of a word (singular when listed singular), or undefined when no list has it. */
function listed(word: string, has: (candidate: string) => boolean): string | undefined {
  return nounForms(word).find(has);
}

/** A verb's particles that are no prepositions, which WordNet also lists as nouns ("an out" in baseball): "sneak out" names no thing. */
const particles = new Set(['out', 'off', 'up', 'down', 'away', 'back', 'home']);

/** Words before "lost" that make the hero the one lost ("gets lost", "was lost"). */
const gettingWords = new Set(['gets', 'got', 'get', 'getting', 'is', 'was', 'becomes', 'became', 'goes', 'went']);

/**
 * The parts of an idea that choose the plot and fill it (hero, companions, goal, lost thing, fear, trouble, places,
 * time of day), read from its words after the parent's preamble; readIdeaParts then places them where the story happens.
 */
export function readPlotParts(words: readonly string[], preamble: number, childName: ChildName | undefined, idea: string): IdeaParts {
  const { hero, companions, listener, listenerAt } = findIdeaHero(words, preamble, childName);
  // "for my 4 year old: a sheep who …": what the parent says of their child before the idea describes no hero.
  const traits = hero ? words.slice(Math.max(hero.index >= preamble ? preamble : 0, hero.index - 3), hero.index).filter((word) => heroTraits.has(word) && safe(word)) : [];
  // A people or faith only of a person: "a Jewish fox" is how a fable casts a people, never a hero's kind.
  // The listener may be named twice ("my daughter is afraid of the dark. A story about a little Nigerian girl …").
  const personAt = hero ? (hero.kind === 'child' ? [hero.index] : []) : listener ? [listenerAt, ...words.flatMap((word, at) => (word === listener ? [at] : []))] : [];
  const heritage = personAt.map((at) => heritageBefore(words, at)).find(Boolean);

  // The moon that is the hero is nowhere the hero goes.
  // "mid autumn festival in taipei, a boy called kai …": where the listener is the hero, places are read around the listener.
  const read = readIdeaPlaces(words, hero?.index ?? (listenerAt >= 0 ? listenerAt : undefined));
  // "a tractor named Tilly wants to …": the hero's name is passed over to what it does.
  const afterHero = hero ? hero.index + 1 : listenerAt + 1;
  const named = namingWords.has(words[afterHero] ?? '') && words[afterHero + 1] !== undefined ? afterHero + 2 : afterHero;
  const afterName = afterWhereHeroIs(words, named);
  const { goalWords: saidWords, goalFrom } = afterCompanion(words, afterName, companions);
  // "has a parcel to deliver", "has never landed on gimel and wants to": the wish put the way it is read.
  const goalWords = wishInPlainWords(saidWords, goalFrom);
  // "visits her grandmother at the farm and learns to feed the chickens": a wish said later is the wish, before what the hero only sees or visits.
  // "wants to see the sea" is the journey to the sea; "wants to climb to the very top of the tallest tree in the jungle"
  // seeks more than the jungle, when the wish is read whole ("see the top | of the garden wall" is the trip to the wall).
  const seeking = readIdeaGoal(goalWords, goalFrom, { seeking: true, whole: read.destination !== undefined });
  const beyond = seeking && read.destination && !goalNamesPlace(seeking, read.destination) ? seeking : undefined;
  // "keeps changing colour and just wants to be noticed": what the hero does is the wish only when no later clause says what it wants.
  const first = readIdeaGoal(goalWords, goalFrom);
  // The first few words after the hero say how its wish is put: wanted ("who wants to"), or guessed ("who is too small to").
  const opening = goalWords.slice(goalFrom, goalFrom + 4);
  const firstWanted = opening.some((word) => wantingWords.has(word));
  // "too fuzzy to fly very far and wants to reach the flower": what the hero is too something to do is only a guessed wish, so
  // a later clause that says what it wants is read as seeking too (reaching, seeing, visiting).
  const later = firstWanted ? undefined : laterGoal(goalWords, goalFrom, opening.includes('too'));
  const purpose = first && !firstWanted && !later ? purposeGoal(goalWords, goalFrom, first) : undefined;
  // "rolls out of the fruit bowl and sets off to see the sea": a purpose of seeing the idea's place is the journey there.
  const purposeIsTrip = purpose !== undefined && read.destination !== undefined && seekingVerbs.has(purpose.split(' ')[0]) && goalNamesPlace(purpose, read.destination);
  const said = firstWanted ? first ?? laterGoal(goalWords, goalFrom) : later ?? purpose ?? first;
  // "is afraid of melting and wants to see the spring": with no place to go, what a later clause wants to see is the wish.
  const wantedAsRead = purposeIsTrip ? undefined : weatherWish(goalWords, goalFrom) ?? said ?? (read.destination ? beyond : seeking ?? laterGoal(goalWords, goalFrom, true)) ?? helpedGoal(goalWords, goalFrom) ?? (read.destination === undefined ? goingOver(goalWords, goalFrom) : undefined) ?? workingAgain(goalWords)
    ?? goalWithinClause(idea, afterName, companions);
  // The wish as far as the sentence it starts in goes (the words carry no full stops, see goalWithinSentence).
  const wanted = wantedAsRead === undefined ? undefined : goalWithinSentence(idea, wantedAsRead);
  // "carries apples to every house": a place WordNet found inside the wish is part of the wish, not somewhere else to go.
  // "the moon and the stars saying goodnight": the stars, made someone beside the hero, are nowhere to be.
  const coHero = goalFrom > afterName && speaking(goalWords[goalFrom]) ? goalFrom - 1 : -1;
  const places = read.places.filter((place) => !(place.fromWordNet && wanted?.split(' ').includes(place.phrase.split(' ').at(-1)!)) && place.index !== coHero);
  const destination = places.some((place) => place.phrase === read.destination) ? read.destination : undefined;
  const find = (has: (candidate: string) => boolean) => words.map((word) => listed(word, has)).find((word) => word !== undefined && safe(word));
  // "forgets where she hid the present": what was hidden, put or left where the hero forgot is lost, and its verb the cue.
  const hidAt = forgottenPlaceAt(words);
  const forgotAt = forgottenThingAt(words);
  // "find out why", "find her way back": a verb of finding that WordNet lists with its particle, or that finds the way, seeks no lost thing.
  const findsNoThing = (at: number) => words.slice(at + 1, at + 3).includes('way') || lemmasOf(`${lemmasOf(words[at], 'verb')[0] ?? words[at]} ${words[at + 1] ?? ''}`, 'verb').length > 0;
  const cue = (cues: Set<string>) => words.findIndex((word, at) => (cues.has(word) && !(cues === strongLostCues && (describesOnly(words, at, companions) || heroIsLost(words, at))))
    || (cues === strongLostCues && (at === hidAt || at === forgotAt)));
  const feeling = find((candidate) => candidate in feelingWords);
  const parts: IdeaParts = {
    hero: hero && { word: hero.word, kind: hero.kind, drawn: hero.drawn },
    ...(listener ? { listener } : {}),
    traits: [...new Set(traits)],
    ...(heritage ? { heritage } : {}),
    companions,
    destination,
    // "a long day at the beach … a puffin in Shetland who …": where the idea puts its hero before any other place.
    setting: (places.find((place) => place.phrase !== destination && hero !== undefined && isAt(words, hero.index, place.index)) ?? places.find((place) => place.phrase !== destination))?.phrase,
    feeling: feeling && feelingWords[feeling],
    time: (() => { const word = find((candidate) => candidate in timeWords); return word ? timeWords[word] : undefined; })(),
    plot: 'journey',
  };
  // "float all the way down the river to the sea": a wish to go somewhere is the journey there (see isTrip).
  const isTripWish = wanted !== undefined && destination !== undefined && wanted !== beyond && isTrip(wanted, movesSomewhere);
  // A trip told only when its words name something past the going ("go looking", "sneak out" name nothing; "cross the ocean" the ocean).
  // "wants to sail across the lake in a teacup": a going the goal reader leaves to the journey is read for the trip's words.
  const went = wanted === undefined && destination !== undefined ? readIdeaGoal(goalWords, goalFrom, { going: true }) : undefined;
  const tripSaid = isTripWish ? wanted : went !== undefined && isTrip(went, movesSomewhere) ? went : undefined;
  const namesThing = (word: string) => !word.endsWith('ing') && !prepositions.has(word) && !particles.has(word) && lemmasOf(word, 'noun').length > 0;
  const trip = tripSaid?.split(' ').slice(1).some(namesThing) ? tripSaid : undefined;
  // "flying to japan to see the cherry blossoms": what the trip goes to see there, beyond the place, is the wish, met there.
  const seenThere = went !== undefined && seekingVerbs.has(went.split(' ')[0]) && !goalNamesPlace(went, destination!) && went.split(' ').slice(1).some((word) => lemmasOf(word, 'noun').length > 0) ? went : undefined;
  const goal = isTripWish ? undefined : wanted ?? seenThere;
  // "the queen's tea party": the owner's "s", split off with the apostrophe, is written back on.
  if (goal) parts.goal = goal.replace(/(\p{L}) s(?= |$)/gu, "$1's");
  // The idea's own -ing form of the goal's verb, found by WordNet's lemma (never a word the goal does not hold).
  const [goalVerb, ...goalRest] = goal?.split(' ') ?? [];
  // Only a doing wished for ("dreams of flying", "loves dancing"), never one under way ("is looking for").
  const doing = goalVerb && words.find((word, at) => word.endsWith('ing') && word !== goalVerb && lemmasOf(word, 'verb').includes(goalVerb)
    && (wantingWords.has(words[at - 1] ?? '') || words[at - 1] === 'of' || words[at - 1] === 'about'));
  if (goal && doing) parts.goalDoing = [doing, ...goalRest].join(' ');
  if ((cue(helpCues) >= 0 && (companions.length > 0 || !goal)) || (companions.length > 0 && find((candidate) => candidate in troubleWords))) {
    const trouble = find((candidate) => candidate in troubleWords);
    // "helps a dragon find its lost egg": the friend's trouble is the thing it lost, which the last scene gives back.
    // "return a lost mitten to a polar bear": a thing said to be lost, neither the hero nor the friend, is the friend's lost thing.
    // A creature said to be lost ("a lost little fish") is a friend far from home, never a thing.
    const isThing = (noun: string | undefined) => noun !== undefined && !['noun.animal', 'noun.person'].includes(sensesOf(noun, 'noun', 1)[0]?.lexicographerFile ?? '');
    const lostThingAt = words.findIndex((word, at) => word === 'lost' && describesOnly(words, at, companions) && !(hero && nounForms(words[at + 1] ?? '').includes(hero.word)) && isThing(nounAfter(words, at)));
    const lostAt = cue(strongLostCues) >= 0 ? cue(strongLostCues) : lostThingAt >= 0 ? lostThingAt : cue(lostCues);
    // Never a person ("its mother" is a friend lost far from home) nor a body part.
    // "a lost turtle" is the friend who is lost, not a thing it lost.
    const lostFriend = companions.some((being) => nounForms(words[lostAt + 1] ?? '').includes(being.word));
    // "helps a kitten find her way home": a friend who must find the way is lost far from home, and "home" no lost thing.
    const findsWay = lostAt >= 0 && words.slice(lostAt + 1, lostAt + 3).includes('way');
    const lost = companions.length > 0 && lostAt >= 0 && !lostFriend && !findsWay ? [nounAfter(words, lostAt)].find((thing) => thing !== undefined && allowedNoun(thing, 'find')) : undefined;
    const troubleSaid = findsWay && companions.length > 0 ? troubleWords.lost : trouble ? troubleWords[trouble] : undefined;
    return { ...parts, plot: 'helping-a-friend', trouble: lost ? `could not find its ${lost}` : troubleSaid };
  }
  // "has to get home before dark", "wants to find his way home": the hero's own way home, from where the idea leaves it
  // ("left behind at the airport"); never a trip to a place the idea did not name, nor "home" found like a lost sock.
  // "a polar bear who gets lost in the city": where the hero gets lost is where the way home starts, never a trip there.
  const lostIn = words.findIndex((word, at) => word === 'lost' && gettingWords.has(words[at - 1] ?? ''));
  const lostPlace = lostIn >= 0 ? places.find((place) => place.index > lostIn && place.index <= lostIn + 4) : undefined;
  // "a calf looking for her mum in the big field", "separated from her mum on the ice": the way home ends back with them,
  // from where the idea leaves the hero; never when the idea wants something else ("finds her mum's lost ring" is a search).
  const family = familySought(words, goalFrom);
  if (family && (!goal || goalGoesHome(goal) || goal.split(' ').includes(family.split(' ')[1])) && !destination) {
    const { goal: _goal, goalDoing: _doing, ...rest } = parts;
    return { ...rest, plot: 'way-home', destination: undefined, setting: lostPlace?.phrase ?? parts.setting, reunitedWith: family };
  }
  if (lostPlace && (!destination || destination === lostPlace.phrase) && !goal) {
    const { goal: _goal, goalDoing: _doing, ...rest } = parts;
    return { ...rest, plot: 'way-home', destination: undefined, setting: lostPlace.phrase };
  }
  const leftAt = () => places.find((place) => place.phrase === destination && words.slice(Math.max(0, place.index - 4), place.index).some((word) => strandedWords.has(word)));
  // "get home to Antarctica": a place known by its name, straight after "home to", is the home the way leads back to.
  const homeIn = places.find((place) => place.phrase === destination && isKnownNamedPlace(place.phrase) && words[place.index - 1] === 'to' && words[place.index - 2] === 'home');
  if (goesHome(words, goalFrom) && homeIn && (!goal || goalGoesHome(goal))) {
    const { goal: _goal, goalDoing: _doing, ...rest } = parts;
    return { ...rest, plot: 'way-home', destination: undefined, homeIn: homeIn.phrase };
  }
  if (goesHome(words, goalFrom) && (!destination || leftAt()) && (!goal || goalGoesHome(goal))) {
    // "fell out of the sky and wants to get back home": the place left is home itself, the journey back there's.
    const leftFrom = places.some((place) => place.phrase === parts.setting && words.slice(Math.max(0, place.index - 4), place.index).some((word) => word === 'out' || word === 'from' || word === 'off'));
    const { goal: _goal, goalDoing: _doing, ...rest } = parts;
    if (leftFrom) return { ...rest, plot: 'journey', destination: parts.setting, setting: undefined, returnsHome: true };
    return { ...rest, plot: 'way-home', destination: undefined, setting: leftAt()?.phrase ?? parts.setting };
  }
  // "lost her scarf" is a search; "wants to find the end of the rainbow" is a journey.
  // "a teddy bear who lost his button eye": the hero is not the thing it lost.
  const heroNames = new Set(hero?.word.split(' ') ?? []);
  const keepsake = words.filter((word) => !heroNames.has(word)).map((word) => listed(word, (candidate) => keepsakeWords.has(candidate))).find((word) => word !== undefined && safe(word));
  // "looking for a friend", "searches for her kitten": the "for" after a word of looking leads to what is sought.
  const lookingFor = words.findIndex((word, at) => word === 'for' && lookingWords.has(words[at - 1] ?? ''));
  // "wants to find a friend", "is looking for a friend": a friend is met, never found again like a lost sock.
  const friendSought = [cue(lostCues), lookingFor].filter((at) => at >= 0).map((at) => nounAfter(words, at)).find((thing) => thing !== undefined && isFriendWord(thing));
  // A new friend: the story opens with the hero's best friend beside them, who helps.
  if (friendSought && cue(strongLostCues) < 0 && !goal) return { ...parts, plot: 'wish', goal: `find a new ${friendSought}` };
  const findAt = cue(lostCues);
  const seekAt = findAt >= 0 && !findsNoThing(findAt) ? findAt : -1;
  const lostAt = cue(strongLostCues) >= 0 ? cue(strongLostCues) : seekAt >= 0 ? seekAt : lookingFor;
  // "searching for the perfect leaf": what is sought comes after the "for".
  // "find the treasure island on his old map": only a lost keepsake may be named anywhere; one only sought is the thing the search names.
  const sought = lostAt >= 0 && (cue(strongLostCues) >= 0 || words.slice(lostAt, lostAt + 5).some((word) => listed(word, (candidate) => candidate === keepsake)));
  // "visits the zoo to find the best sandwich": a thing sought once the hero is at the idea's place is searched for there.
  const soughtThere = lostAt > (places.find((place) => place.phrase === destination)?.index ?? words.length);
  const lostThing = (sought ? keepsake : undefined) ?? (lostAt >= 0 && (!destination || soughtThere) ? nounAfter(words, words[lostAt + 1] === 'for' ? lostAt + 1 : lostAt) ?? missingBefore(words, lostAt) : undefined);
  // "find the treasure island": a place sought is a place to reach, never a thing put back beside the bed.
  const placeSought = cue(strongLostCues) < 0 ? places.find((place) => place.phrase.split(' ').at(-1) === lostThing) : undefined;
  if (placeSought) return { ...parts, destination: placeSought.phrase, setting: parts.setting === placeSought.phrase ? undefined : parts.setting };
  // "one sheep keeps going missing": the creature lost is no friend beside the hero in the search.
  const searchers = lostThing ? parts.companions.filter((being) => being.word !== lostThing) : parts.companions;
  // "finds a dragon egg and wants to hatch it": a thing found, then wished for something done with it, is that wish.
  const wishAfterFinding = goal !== undefined && !goal.split(' ').some((word) => lostCues.has(word) || word === 'find') && cue(strongLostCues) < 0;
  if (!wishAfterFinding && (cue(strongLostCues) >= 0 || (seekAt >= 0 && lostThing))) return { ...parts, companions: searchers, plot: 'lost-and-found', thing: lostThing };
  // "climbs the tallest building": an -ing form after an article or a describing word names a thing, not a making.
  const making = words.findIndex((word, at) => makeCues.has(word) && !(word.endsWith('ing') && (articles.has(words[at - 1] ?? '') || adjectiveLemmas(words[at - 1] ?? '').length > 0)));
  const madeThing = making >= 0 ? words.slice(making).map((word) => listed(word, (candidate) => candidate in makeableWords)).find((word) => word && safe(word)) : undefined;
  // "builds a fort out of cushions": a thing the storyteller cannot make by its own words is still the wish, when a wish may name it.
  const built = making >= 0 && !madeThing && !goal && !/^mak/.test(words[making]) ? readIdeaGoal(['to', ...words.slice(making)], 0) : undefined;
  if (built) return { ...parts, goal: built, plot: 'wish' };
  // "make the children laugh", "make friends" make nothing: only a thing to make, or a verb that always makes one ("builds"), is this plot.
  if (making >= 0 && (madeThing || (!goal && !/^mak/.test(words[making])))) return { ...parts, plot: 'making-something', thing: madeThing };
  // "would love to visit her cousin who lives in the big city", "wants to visit grandma": the trip is the visit, to where the
  // family lives when the idea says, else to their house.
  // "sets off through the forest to find her cousin": a journey whose point is finding family is the visit too.
  const setsOut = goal !== undefined && /^(?:set off|set out|go|head off)\b/.test(goal);
  const visited = goal && !setsOut ? undefined : familyVisited(words, goalFrom, { finding: setsOut });
  if (visited) {
    const { goal: _goal, goalDoing: _doing, ...rest } = parts;
    const visitedAt = destination ?? parts.setting ?? `${visited.family}'s house`;
    return { ...rest, plot: 'journey', destination: visitedAt, setting: parts.setting === visitedAt ? undefined : parts.setting, trip: `${visited.verb} ${visited.family}` };
  }
  // "wants to paint the moon silver" names the moon but is no trip there.
  // "gets to ride on a whale to the other side of the ocean", "wants to cross the ocean": the trip keeps the idea's words for its end.
  if (destination && !goal) return trip ? { ...parts, trip } : parts;
  const fearWord = find((candidate) => candidate in fearWords);
  const fearAt = cue(fearCues);
  // "a shark who just wants friends, but all the fish are scared of him": the others' fear of the hero is what stands in the
  // way of the wish, not a fear of the hero's own to overcome.
  // Only others named before their "are" or "is" ("the fish are", "everyone is"); "but is scared of it" is the hero's own.
  const fearedBy = words[fearAt - 2] ?? '';
  const othersAfraid = ['are', 'is', 'were', 'was'].includes(words[fearAt - 1] ?? '') && (fearedBy === 'everyone' || fearedBy === 'everybody' || (nounLemmas(fearedBy).length > 0 && !glueWords.has(fearedBy)));
  const othersFearHero = goal !== undefined && fearAt >= 0 && othersAfraid && words[fearAt + 1] === 'of' && objectPronouns.has(words[fearAt + 2] ?? '');
  if (!othersFearHero && (fearAt >= 0 || (feeling === 'shy' && fearWord))) {
    // "scared of the daylight" fears the daylight, not the dark the plot would assume.
    const feared = fearWord ? fearWords[fearWord] : words[fearAt + 1] === 'of' ? nounAfter(words, fearAt + 1) : undefined;
    const fear = feared && !fearWord ? `the ${feared}` : feared;
    // "brings a lantern to a knight who is afraid of the dark": the story is the knight's, the dragon beside them, and
    // what the dragon set out to do is how it helps, no wish of the knight's.
    const fearful = fearAt >= 0 ? readFearOwner(words, fearAt, hero?.word) : undefined;
    if (fearful) {
      const { goal: _goal, goalDoing: _doing, heroName: _name, ...rest } = parts;
      const helpers = [...(parts.hero ? [parts.hero] : []), ...parts.companions].filter((being) => being.word !== fearful.word).slice(0, 2);
      return { ...rest, hero: { word: fearful.word, kind: fearful.kind, drawn: fearful.drawn }, traits: [], companions: helpers, plot: 'small-fear', fear };
    }
    return { ...parts, plot: 'small-fear', fear };
  }
  if (goal) return { ...parts, plot: 'wish' };
  // Nothing wanted, lost, made or feared that the storyteller can tell: the place the idea names is the trip, and with
  // none, a happy day near home rather than a trip to a place the idea never named. A place the hero is at already
  // ("a cactus in the desert", "the troll under the bridge", "lives in a lake") is where that day happens, never a trip there.
  // "sipping hot chocolate in his cave": a place that is the hero's own is where the hero already is.
  const settingAt = places.find((place) => place.phrase === parts.setting)?.index;
  const ownPlace = settingAt !== undefined && possessiveWords.has(words[settingAt - 1] ?? '');
  // "Christmas in Australia, a seagull …": where the idea opens is where the hero is.
  const heroIsThere = hero && settingAt !== undefined && (isAt(words, hero.index, settingAt) || opensIn(words, settingAt, hero.index));
  if (parts.setting === undefined || ownPlace || heroIsThere) return { ...parts, plot: 'happy-day' };
  return { ...parts, destination: parts.setting, setting: undefined };
}
