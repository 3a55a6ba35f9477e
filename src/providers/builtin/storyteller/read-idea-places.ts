import { checkIdeaPart } from '../../../safety/index.ts';
import { irregularVerbLemmas, lemmasOf, sensesOf } from '../../../safety/wordnet-lexicon.ts';
import { nounLemma } from './prop-kind.ts';
import { nounForms } from './find-idea-hero.ts';
import { adjectiveLemmas, classesOf, isVerbSForm } from './word-lemmas.ts';
import { isFriendWord } from './is-friend-word.ts';
import { heroTraits, placeWords } from './idea-vocabulary.ts';
import { capitalised, drawnKindOfPlace, namedPlace, namedPlaceAfter, namedPlaceBefore, opensIn, placeWithin } from './named-place.ts';
import { familyOwners, isFamilyWord } from './read-way-home.ts';
import { isDrawnPlace } from './drawn-places.ts';

/** A place an idea names, as the story says it, where in the idea it was named, and whether WordNet (not the storyteller's list) made it a place. */
export interface IdeaPlace { phrase: string; index: number; fromWordNet?: boolean }

/** Words that say when, before a word that is also a place ("before sunset", "until dawn"). */
const timeBefore = new Set(['before', 'after', 'until', 'till']);
/** Words that say the hero goes somewhere: the place they lead to is where the hero wants to be. */
const journeyCues = new Set(['visit', 'visiting', 'visits', 'see', 'sees', 'seeing', 'go', 'goes', 'going', 'trip', 'travel', 'journey', 'reach', 'explore', 'find', 'finds', 'to']);
/** Words passed over between a journey word and its place: "to the very top of the big hill". */
const pointingWords = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'my', 'our', 'every', 'all', 'whole', 'very', 'in', 'into', 'on', 'onto', 'at', 'across', 'over', 'under', 'through', 'up', 'down', 'along', 'around', 'past', 'beyond', 'of',
  'behind', 'beside', 'below', 'above', 'near', 'inside', 'outside', 'no']);
const concreteFiles = new Set(['noun.artifact', 'noun.object', 'noun.animal', 'noun.plant', 'noun.food', 'noun.substance', 'noun.person']);
const determiners = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'every', 'whole']);
const articles = new Set(['a', 'an', 'the']);
/** Words for a part of somewhere: a place only with what they are a part of ("the top of the hill"). */
const partWords = new Set(['side', 'end', 'top', 'bottom', 'edge', 'middle', 'front', 'back', 'corner']);
/** "a", "the" or whose: the words before a thing that only point at it. */
export const pointers = new Set([...articles, 'his', 'her', 'its', 'their']);

/**
 * Classes (by WordNet hypernym) of nouns that are somewhere to go, beyond the storyteller's own places: a zoo, a puddle, a
 * bridge; and a forest of any kind ("the rainforest", "the woodland"), though WordNet files forests with groups of plants.
 */
const placeClasses = new Set(['body of water', 'land', 'geological formation', 'facility', 'building', 'structure', 'area', 'tract', 'forest']);
/** Places English names with no article after "to": a building or a facility ("school", "hospital"); towns are WordNet locations. */
const barePlaceClasses = new Set(['facility', 'building']);
/** Gatherings one goes to ("to the fair", "to the party"): a place only straight after "to". */
const occasionClasses = new Set(['gathering', 'show', 'social event']);

const safe = (word: string) => checkIdeaPart(word, 'child').safe;

/** A verb whose commonest meaning is a movement ("float", "sail", "climb", "cross"). */
export function movesSomewhere(word: string): boolean {
  return lemmasOf(word, 'verb').some((lemma) => sensesOf(lemma, 'verb', 1)[0]?.lexicographerFile === 'verb.motion');
}

/** The word that leads to the place at `index`, passing over pointing and describing words and "the top of": undefined when a thing comes between. */
function leadingWord(words: readonly string[], index: number): { word: string; at: number } | undefined {
  let at = index - 1;
  while (at >= 0) {
    const word = words[at];
    // "the end of the rainbow", "the top of the hill": the part of the place is passed over with its "of".
    if (words[at + 1] === 'of' && lemmasOf(word, 'noun').length > 0) { at -= 1; continue; }
    // "to his grandma's burrow": whose the place is only says which one.
    if (word === 's' && familyOwned(words, at + 1)) { at -= 2; continue; }
    const describes = heroTraits.has(word) || (adjectiveLemmas(word).length > 0 && !journeyCues.has(word) && !movesSomewhere(word));
    if (word !== 'to' && (pointingWords.has(word) || describes)) { at -= 1; continue; }
    // "the harvest fair", "the village fete": a thing straight before the place, after "the", only says which one ("his way home" is no home).
    const saysWhich = at === index - 1 && articles.has(words[at - 1] ?? '') && lemmasOf(word, 'noun').includes(word) && !journeyCues.has(word) && !movesSomewhere(word);
    if (saysWhich) { at -= 1; continue; }
    return { word, at };
  }
  return undefined;
}

/** "the garden wall", "a sea shell": a noun straight after a place word makes the place word say which one ("the sea today" does not). */
function namesAKind(next: string | undefined): boolean {
  // "the sky he can see": a pronoun starts a clause of its own (WordNet's "he" is helium).
  if (next === undefined || pointingWords.has(next) || ['he', 'she', 'it', 'they', 'we', 'you', 'i'].includes(next)) return false;
  // Only a thing says which place: "the garden wall", "the sea shell", never "the castle: no running" or "the sea today".
  const [sense] = sensesOf(next, 'noun', 1);
  if (sense === undefined) return false;
  // "the school show", "the beach party": a place before an occasion says where it is held, and the occasion is the point.
  if ([...classesOf(sense)].some((name) => occasionClasses.has(name) || name === 'contest' || name === 'performance')) return true;
  return concreteFiles.has(sense.lexicographerFile) && sensesOf(next, 'noun').length >= sensesOf(next, 'verb').length;
}

/** Words after a verb of movement that say where it leaves: "left behind at", "fell out of", "ran away from". */
const leavingWords = new Set(['behind', 'out', 'off', 'from', 'away']);
/** Words after a verb of movement that say where it is done, not where it leads: "dance in the forest", "swim at the beach". */
const whereDoneWords = new Set(['in', 'on', 'at', 'around', 'along', 'inside', 'under', 'near', 'beside', 'by', 'down', 'through', 'past']);

/** Seeing words: what is seen past a thing ("see over the fence", "the sky above the water") is not where the hero goes. */
const seeingWords = new Set(['see', 'sees', 'seeing']);
const beyondWords = new Set(['over', 'above', 'beyond', 'behind', 'across', 'through', 'past', 'under', 'below']);

/** "fell into a field", "landed in the garden": a movement already made, by its past form, which no "to" or wish comes before. */
function movedAlready(words: readonly string[], at: number): boolean {
  const word = words[at];
  if (['to', 'can', 'could', 'will', 'wants', 'want'].includes(words[at - 1] ?? '')) return false;
  return irregularVerbLemmas(word).some((lemma) => lemma !== word && movesSomewhere(lemma))
    || (word.endsWith('ed') && lemmasOf(word, 'verb').some((lemma) => lemma !== word && movesSomewhere(lemma)));
}

/**
 * Whether the hero goes to the place: it follows a journey word or a verb of movement ("wants to see the sea", "sails
 * across a big puddle"). A movement done in or at a place ("dance in the forest", "skate on the pond") goes nowhere, nor
 * does looking past a thing ("see over the fence"); one already made ("fell into a field") is marked, see readIdeaPlaces.
 */
function reached(words: readonly string[], index: number): { by: string; goes: boolean; already?: boolean; visited?: boolean } | undefined {
  const leading = leadingWord(words, index);
  if (!leading) return undefined;
  if (seeingWords.has(leading.word) && words.slice(leading.at + 1, index).some((word) => beyondWords.has(word))) return { by: leading.word, goes: false };
  if (journeyCues.has(leading.word)) return { by: leading.word, goes: true };
  // "visit his cousin at the north pole": the place after someone visited is where the visit goes (a friend visited is
  // the wish itself, and keeps its place as where it comes true).
  const visitor = visitedSomeone(words, leading.at);
  if (visitor && atPlaceWords.has(words[leading.at + 1] ?? '')) return { by: visitor, goes: true, visited: true };
  // "swim in the shallow end": where the movement is done is a place of the story, but nowhere the hero goes.
  // "left behind at the airport", "fell out of the sky": the place a movement leaves from is where the story starts, not where it goes.
  const after = words[leading.at + 1] ?? '';
  return movesSomewhere(leading.word) ? { by: leading.word, goes: !whereDoneWords.has(after) && !leavingWords.has(after), already: movedAlready(words, leading.at) } : undefined;
}

/** The visiting word ("visit", "see") before the person at `at`, with only pointing words between: "visits her grandma". */
function visitedSomeone(words: readonly string[], at: number): string | undefined {
  const [sense] = sensesOf(words[at], 'noun', 1);
  if (sense?.lexicographerFile !== 'noun.person' || isFriendWord(words[at])) return undefined;
  let before = at - 1;
  while (before >= 0 && pointers.has(words[before])) before -= 1;
  return /^(?:visit|see)/.test(words[before] ?? '') && journeyCues.has(words[before]) ? words[before] : undefined;
}

/** What WordNet files a town under, told by its name and never with "the". */
const townClasses = new Set(['city', 'town', 'port', 'municipality']);
/** A country, a capital or an island, told by its name when the idea names it with no article. */
const countryClasses = new Set(['country', 'national capital', 'island']);

/** A noun that is somewhere to go by its WordNet class ("the zoo", "a big puddle"), said after an article, as the story says it. */
function wordNetPlace(words: readonly string[], index: number, by: string, options: { length?: number; afterName?: boolean; heroAtIt?: boolean } = {}): string | undefined {
  const { length = 1, afterName = false, heroAtIt = false } = options;
  // "the north pole", "the big top", "the fire station": a name WordNet knows in two words is read whole.
  const word = words.slice(index, index + length).join(' ');
  // "to the hill" is a hill: WordNet's "the Hill" (Capitol Hill) is a name only a grown-up's news says with its article.
  if (length > 1 && ['the', 'a', 'an'].includes(words[index])) return undefined;
  // "walks to school", "get to school": English names a place it goes to every day with no article, straight after a going word and "to".
  const going = (verbWord: string) => journeyCues.has(verbWord) || movesSomewhere(verbWord) || lemmasOf(verbWord, 'verb').includes('get');
  // A word more often a doing than a thing is the verb of "to" ("a trip to see the stars"), never a place.
  // "visiting his grandpa in hospital", "sad at school": so are they straight after "in" or "at", and there a building only.
  // "at home" is the story's own little house, no place of its own.
  const bare = ((words[index - 1] === 'to' && index >= 2 && going(words[index - 2])) || (length === 1 && word !== 'home' && (words[index - 1] === 'in' || words[index - 1] === 'at')))
    && lemmasOf(word, 'noun').includes(word) && sensesOf(word, 'noun').length > sensesOf(word, 'verb').length;
  // After "the", or "the" and one word that describes the place or says which one, in its plain form ("the harvest fair",
  // never "the ducks | or").
  const saysWhich = determiners.has(words[index - 2] ?? '') && (adjectiveLemmas(words[index - 1] ?? '').length > 0 || (articles.has(words[index - 2]) && lemmasOf(words[index - 1], 'noun').includes(words[index - 1])));
  // Two letters are an abbreviation in WordNet ("or" is an operating room), never a place an idea names.
  if (word.length < 3) return undefined;
  // "Rotterdam harbour": a named place before the word says which one, as "the" would.
  if (!bare && !afterName && !determiners.has(words[index - 1] ?? '') && !saysWhich && !familyOwned(words, index)) return undefined;
  const senses = sensesOf(word, 'noun', 2);
  // "wants to go to the ball": straight after "go to the", a gathering among the word's four commonest meanings is where one
  // goes (WordNet's ball is a dance fourth, after the round things).
  // Never what the hero would rather not do ("build robots than go to the ball").
  const goneTo = words[index - 1] === 'the' && words[index - 2] === 'to' && lemmasOf(words[index - 3] ?? '', 'verb').includes('go') && words[index - 4] !== 'than';
  // With no article, only a town or a building one goes into ("to school", "to town"); "go to bed" is sleeping, not a trip to a flower bed.
  const classes = bare ? barePlaceClasses : placeClasses;
  const isPlace = senses.some((sense) => sense.lexicographerFile === 'noun.location' || [...classesOf(sense)].some((name) => classes.has(name)))
    // "a strawberry at the summer fair": a gathering the hero is at is where the story happens.
    || ((by === 'to' || heroAtIt) && !bare && sensesOf(word, 'noun', goneTo ? 4 : 2).some((sense) => [...classesOf(sense)].some((name) => occasionClasses.has(name))));
  // A person, a creature or a body part is never somewhere to go.
  if (!isPlace || sensesOf(word, 'noun', 1).some((sense) => ['noun.person', 'noun.animal', 'noun.body'].includes(sense.lexicographerFile))) return undefined;
  // "to the other side", "at the very end": a part of somewhere, with no "of" saying of what, is nowhere a story can be.
  if (partWords.has(word) && words[index + 1] !== 'of') return undefined;
  // "the old ruins": the word as written when only that form is a place the pictures know (WordNet's "ruin" is a downfall first).
  const base = nounLemma(word) ?? word;
  const lemma = base !== word && isDrawnPlace(word) && !isDrawnPlace(base) ? word : base;
  // "the Arctic", "the North Pole": a place that is one named somewhere keeps its capitals; a town is never said with
  // "the", so "the savannah" is the grassland, though WordNet knows only the port of that name.
  const [first] = sensesOf(lemma, 'noun', 1);
  const nameClasses = first?.instance === true ? [...classesOf(first)] : [];
  const named = first?.instance === true && !nameClasses.some((name) => townClasses.has(name));
  // "the parade in singapore": a town or a country the idea names with no article is told by its name, never "the singapore".
  const byName = bare && nameClasses.some((name) => townClasses.has(name) || countryClasses.has(name));
  if (byName) return safe(lemma) ? capitalised(lemma) : undefined;
  return safe(lemma) ? `the ${named ? capitalised(lemma) : lemma}` : undefined;
}

/** Whether the word before "to" at `toAt` sets off somewhere: a going verb ("fly to", "get to") or a journey or holiday ("a trip to", "on holiday to"). */
function setsOffBefore(words: readonly string[], toAt: number): boolean {
  // "get home to Antarctica", "fly home to Spain": the going word comes before "home".
  if (words[toAt - 1] === 'home') return setsOffBefore(words, toAt - 1);
  const before = words[toAt - 1] ?? '';
  return movesSomewhere(before) || (journeyCues.has(before) && before !== 'to') || lemmasOf(before, 'verb').includes('get')
    || sensesOf(before, 'noun', 2).some((sense) => classesOf(sense).has('travel') || classesOf(sense).has('vacation'));
}

/**
 * "a trip to Mars", "flies to Spain", "visits Earth": a place named with no article straight after a going word, or after
 * "to" that a going word or a journey leads to, or where the idea puts its hero. After "to" alone a name is someone's
 * ("a letter to Florence").
 */
function namedPlaceAt(words: readonly string[], index: number, goes: boolean, heroAt: number | undefined): string | undefined {
  const before = words[index - 1] ?? '';
  // "a kangaroo in Australia", "a penguin who lives in Antarctica": where the idea puts its hero, by the place's name.
  // "the sweetest bamboo in China", "noodles for the emperor in China": where something is done is a place of the story too.
  const heroThere = heroAt !== undefined && atPlaceWords.has(before) && (isAt(words, heroAt, index) || index > heroAt);
  // "a snail from Lyon": where the hero comes from is where its story starts.
  const heroFrom = heroAt !== undefined && before === 'from' && isAt(words, heroAt, index);
  const goesThere = goes && (before === 'to' ? setsOffBefore(words, index - 1) : journeyCues.has(before));
  return goesThere || heroThere || heroFrom || opensIn(words, index, heroAt) ? namedPlace(words[index]) : undefined;
}

/** The named place read just before the place at `start` ("Rotterdam" of "Rotterdam harbour"), taken out of the places: the place says it. */
function withoutNamedBefore<Place extends { index: number }>(places: Place[], start: number): Place | undefined {
  return places.at(-1)?.index === start - 1 ? places.pop() : undefined;
}

/** "his grandma's burrow", "grandma's garden": a place said as the family's, with the "'s" split off. */
function familyOwned(words: readonly string[], index: number): boolean {
  // "my daughter's house": the parent's own family is who the story is for, never put into it.
  return words[index - 1] === 's' && isFamilyWord(words[index - 2] ?? '') && !['my', 'our'].includes(words[index - 3] ?? '');
}

/** The family's place as the story says it: "his grandma's burrow", or "Grandma's garden" with no owner before. */
function ownedPhrase(words: readonly string[], index: number, phrase: string): string {
  const owner = familyOwners.has(words[index - 3] ?? '') ? words[index - 3] : undefined;
  const family = owner ? `${owner} ${words[index - 2]}` : capitalised(words[index - 2]);
  return `${family}'s ${phrase.replace(/^the /, '')}`;
}

/** "at the building site", "at the museum": a kind of place (no name: "the Pacific" is one) the pictures draw as what it is (plan-story.ts). */
const standsInFor = (phrase: string) => /^the \p{Ll}+(?: \p{Ll}+)?$/u.test(phrase) && drawnKindOfPlace(phrase) !== undefined;

/** "win the singing contest in the rainforest", "juggles at the underwater circus": a place said with "in", "at" or "on" after the hero. */
function saidWhere(words: readonly string[], index: number, heroAt: number | undefined): boolean {
  if (heroAt === undefined || index <= heroAt) return false;
  let at = index - 1;
  while (at > heroAt && (determiners.has(words[at]) || adjectiveLemmas(words[at]).length > 0) && !doneAtWords.has(words[at])) at -= 1;
  // Straight after "in" or "at" only a building English names with no article ("at school"; see wordNetPlace).
  return at > heroAt && (at < index - 1 || words[at] === 'in' || words[at] === 'at') && doneAtWords.has(words[at]);
}

/** "a piano in an old house": a home the hero is in is the story's own little house, no place near it. */
const isHome = (word: string) => sensesOf(word, 'noun', 1).some((sense) => classesOf(sense).has('dwelling'));

/** Words that put someone where they are ("in", "under", "lives on"), between the hero and a place. */
const beingAtWords = new Set(['in', 'on', 'under', 'at', 'by', 'near', 'inside', 'beside', 'who', 'that', 'lives', 'living', 'live', 'is', 'sits', 'stands']);
const atPlaceWords = new Set(['in', 'on', 'under', 'at', 'by', 'near', 'inside', 'beside']);
/** Words that say where something is done: "in the rainforest", "an adventure around the kitchen". */
const doneAtWords = new Set([...atPlaceWords, 'around', 'inside', 'across', 'along']);

/** Whether the idea puts the hero at the place straight after naming it: only pointing, describing and "lives in" words between. */
export function isAt(words: readonly string[], heroAt: number, placeAt: number | undefined): boolean {
  if (placeAt === undefined || placeAt <= heroAt) return false;
  // "a tugboat in Rotterdam harbour": the named place before the place only says which one.
  const between = words.slice(heroAt + 1, namedPlaceBefore(words, placeAt, heroAt) ? placeAt - 1 : placeAt);
  // "a snail from Lyon": where the hero comes from is where it is when the story starts.
  // "at the summer fair": a noun straight after the article only says which place.
  const saysWhich = (word: string, at: number) => at === between.length - 1 && articles.has(between[at - 1] ?? '') && lemmasOf(word, 'noun').includes(word);
  return between.some((word) => atPlaceWords.has(word) || word === 'from')
    && between.every((word, at) => beingAtWords.has(word) || word === 'from' || pointers.has(word) || adjectiveLemmas(word).length > 0 || saysWhich(word, at));
}

/**
 * The places an idea names (the storyteller's own, and any WordNet files as somewhere to go when the
 * hero goes there) and the one the hero wants to reach: a place a journey word or a verb of movement
 * leads to, what the hero goes to see before the way there ("climb the hill to see the sunset"). A
 * place word that names another thing's kind ("the garden wall") is no place; a place after the thing
 * sought ("the biggest strawberry in the garden") is where the story happens, not where it goes.
 */
export function readIdeaPlaces(words: readonly string[], heroAt?: number): { places: IdeaPlace[]; destination?: string } {
  const places: Array<IdeaPlace & { by?: string; already?: boolean; visited?: boolean }> = [];
  let readUpTo = -1;
  for (const [index, word] of words.entries()) {
    if (index <= readUpTo) continue;
    // "the world outside his bowl": a word that can point is no place before what it points at.
    if (index === heroAt || (pointingWords.has(word) && pointingWords.has(words[index + 1] ?? ''))) continue;
    // "Bolt the robot saves the day": a verb's "-s" form straight after the hero is what the hero does ("saves" is no safe).
    if (heroAt !== undefined && index === heroAt + 1 && isVerbSForm(word)) continue;
    // "get to the top of the tree before sunset": straight after a word of time, a place word says when.
    if (timeBefore.has(words[index - 1] ?? '')) continue;
    const pair = index + 1 < words.length ? `${word} ${words[index + 1]}` : '';
    const key = pair in placeWords ? pair : nounForms(word).find((candidate) => candidate in placeWords);
    // "the top of the hill": the part is no place of its own, the hill is.
    const modifies = (!key?.includes(' ') && namesAKind(words[index + 1])) || words[index + 1] === 'of';
    const reaching = reached(words, index);
    // Only a place the hero goes to is a destination (`by`); one a movement is done in is a setting.
    const by = reaching?.goes ? reaching.by : undefined;
    const already = reaching?.already;
    const visited = reaching?.visited;
    // "gets lost in the rainforest", "stuck on the bridge": where the hero is lost or stuck is a place of the story too.
    const strandedIn = words.slice(Math.max(0, index - 4), index).some((before, at, near) => (before === 'lost' || before === 'stuck') && atPlaceWords.has(near[at + 1] ?? ''));
    const named = key ? undefined : namedPlaceAt(words, index, reaching?.goes === true, heroAt);
    // "a tugboat in a busy harbour", "a crane at the harbor who …": where the idea puts its hero is a place of the story too.
    // "a tugboat in Rotterdam harbour": a place said with the named place it is in, where the idea puts its hero, is where the hero is.
    const namedBefore = key ? undefined : namedPlaceBefore(words, index, heroAt);
    const placedThere = reaching !== undefined || strandedIn || (heroAt !== undefined && isAt(words, heroAt, index) && !isHome(word));
    if (key && !modifies && safe(key)) {
      // "the zoo in Singapore", "a farm in Wales": a place of the storyteller's said with the named place it is in is told so.
      const keyEnd = index + (key.includes(' ') ? 1 : 0);
      const namedBefore = namedPlaceBefore(words, index, heroAt);
      const within = namedPlaceAfter(words, keyEnd) ?? namedBefore;
      const merged = namedBefore && !namedPlaceAfter(words, keyEnd) ? withoutNamedBefore(places, index) : undefined;
      places.push({ phrase: within ? placeWithin(placeWords[key].phrase, within) : placeWords[key].phrase, index, by: by ?? merged?.by, already, visited });
      if (within) readUpTo = keyEnd + 2;
    }
    else if (named) places.push({ phrase: named, index, by, already, visited, fromWordNet: true });
    else if (!key && (placedThere || (saidWhere(words, index, heroAt) && !isHome(word)))) {
      const leading = reaching?.by ?? 'in';
      // "at the building site": a name WordNet knows in two words is read whole.
      const whole = index + 1 < words.length && lemmasOf(pair, 'noun').length > 0 && !namesAKind(words[index + 2]) ? wordNetPlace(words, index, leading, { length: 2, afterName: namedBefore !== undefined }) : undefined;
      const heroAtIt = heroAt !== undefined && isAt(words, heroAt, index) && words.slice(heroAt + 1, index).includes('at');
      const alone = whole ?? (modifies ? undefined : wordNetPlace(words, index, leading, { afterName: namedBefore !== undefined, heroAtIt }));
      // "at the zoo in Singapore": here too a place said with the named place it is in is told so.
      const placeEnd = whole ? index + 1 : index;
      const inNamed = alone ? namedPlaceAfter(words, placeEnd) ?? (/^the \p{Ll}/u.test(alone) ? namedBefore : undefined) : undefined;
      const phrase = alone && inNamed ? placeWithin(alone, inNamed) : alone;
      if (phrase && inNamed && inNamed !== namedBefore) readUpTo = placeEnd + 2;
      // "wins the singing contest in the rainforest": where something is done, only a place the illustrator draws, so the
      // story's pictures stay in it ("in the Pacific" stays the sea the whale lives by).
      if (phrase && alone && (placedThere || isDrawnPlace(alone) || standsInFor(alone))) {
        const merged = inNamed && inNamed === namedBefore ? withoutNamedBefore(places, index) : undefined;
        places.push({ phrase, index: whole ? index + 1 : index, by: by ?? merged?.by, already, visited, fromWordNet: true });
      }
      if (whole && !inNamed) readUpTo = index + 1;
    }
  }
  // "to his grandma's burrow": a place of the family's is told as theirs.
  for (const place of places) if (familyOwned(words, place.index)) place.phrase = ownedPhrase(words, place.index, place.phrase);
  // "visits her granny at the cottage in the woods": a place named after the one visited says where that is, and the
  // trip goes there, as it did before the visit was read.
  const visitedAt = places.findIndex((place) => place.visited);
  if (visitedAt >= 0 && visitedAt < places.length - 1) {
    if (places[visitedAt].fromWordNet) places.splice(visitedAt, 1);
    else places[visitedAt] = { ...places[visitedAt], by: undefined };
  }
  // "fell into a field … wants to get back up to the sky": a place reached by a movement already made is where the story
  // starts when the idea names another to go to; alone, it is still the place the story goes to.
  const stillToGo = places.filter((place) => place.by !== undefined && !place.already);
  const goneTo = stillToGo.length > 0 ? stillToGo : places.filter((place) => place.by !== undefined);
  // "sails down the stream to find the ocean": what the hero sets out to see, visit or find is where it goes, past the way there.
  const seen = goneTo.filter((place) => /^(see|visit)/.test(place.by!) || (place.by === 'find' && words[place.index - 1] !== undefined && words.slice(Math.max(0, place.index - 4), place.index).includes('to')));
  const destination = (seen.at(-1) ?? goneTo[0])?.phrase;
  return { places: places.map(({ by, already, visited, ...place }) => place), destination };
}
