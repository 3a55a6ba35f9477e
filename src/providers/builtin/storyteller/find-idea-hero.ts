import { checkIdeaPart } from '../../../safety/index.ts';
import { designatedHero } from './designated-hero.ts';
import { closedCompoundHead, commonNounSenses } from '../../../media/illustrator/common-noun-senses.ts';
import { subjectShapeFromWordNet } from '../../../media/illustrator/subject-shape-from-wordnet.ts';
import { warningCategoriesOf } from '../../../safety/warning-categories.ts';
import { isKindOf, lemmasOf, sensesOf, taggedSenseCount } from '../../../safety/wordnet-lexicon.ts';
import { nounLemma } from './prop-kind.ts';
import { heroFromWordNet } from './hero-from-wordnet.ts';
import { companionOnlyWords, feelingWords, heroTraits, heroWords, personWords, placeWords } from './idea-vocabulary.ts';

/** A creature of the idea: the word the idea used ("kitten") and the kind drawn ("cat"). */
export interface Being { word: string; kind: string; drawn: boolean }

/** The child an idea is about, named (read-child-name.ts): the name as the story writes it, where it stands in the idea's words, and who the story calls them. */
export interface ChildName { name: string; index: number; listener: 'girl' | 'boy' | 'child' }

/** Who an idea is about: its hero (absent when the listener is), up to two companions, and the word that named the listener. */
export interface IdeaCast {
  hero?: Being & { index: number };
  companions: Being[];
  /** "girl" in "a girl who plants a magic seed": how the idea named the listener, when the listener is the hero. */
  listener?: string;
  /** Where the listener was named, or -1; the goal is read after it. */
  listenerAt: number;
}

const safe = (word: string) => checkIdeaPart(word, 'child').safe;
/** After these, a word is the verb of a clause ("who teaches", "where dad burns"), never a hero (Teach the pirate, Burns the poet). */
const relativeWords = new Set(['who', 'whose', 'that', 'which', 'where']);
/** "a volcano who", "a seed that": words that make the noun before them someone the idea tells about ("a story where" does not). */
const personifyingWords = new Set(['who', 'whose', 'that', 'which']);
/** "an acorn dreaming about becoming an oak", "a teapot hoping to sing": a thing that dreams, hopes or wishes is someone too. */
const mindfulDoings = new Set(['dreaming', 'hoping', 'wishing', 'wanting', 'longing', 'wondering', 'dreams', 'hopes', 'wishes', 'wants', 'longs', 'wonders', 'feels']);
/**
 * "the moon gets lonely", "the moon is sad", "the old tractor is very lonely": a thing that gets, feels or is a feeling is
 * someone too, past a word of how much ("so", "very", "a bit").
 */
const getsAFeeling = (words: readonly string[], at: number) => {
  if (!['gets', 'feels', 'got', 'felt', 'is', 'was'].includes(words[at + 1] ?? '')) return false;
  const much = ['so', 'very', 'really', 'always', 'too'].includes(words[at + 2] ?? '') ? 1 : words[at + 2] === 'a' && words[at + 3] === 'bit' ? 2 : 0;
  return Object.hasOwn(feelingWords, words[at + 2 + much] ?? '');
};
/** The words that give a being its name: "a cupcake called Sprinkles", "a tractor named Tilly". */
export const namingWords = new Set(['named', 'called']);
/** Whether the words after `at` make the thing there someone the idea tells about. */
/** "saying", "whispering", "singing": a thing doing what only someone does with words (WordNet's verbs of communication). */
export const speaking = (word: string | undefined): boolean => word !== undefined && word.endsWith('ing') && lemmasOf(word, 'verb').some((lemma) => sensesOf(lemma, 'verb', 1)[0]?.lexicographerFile === 'verb.communication');
const madeSomeone = (words: readonly string[], at: number): boolean => personifyingWords.has(words[at + 1] ?? '') || mindfulDoings.has(words[at + 1] ?? '') || speaking(words[at + 1]) || getsAFeeling(words, at)
  // "a snowdrift worried about spring coming": a feeling said straight after a thing is had only by someone.
  || Object.hasOwn(feelingWords, words[at + 1] ?? '')
  // "a tulip opening", "a kite flying over the sea": a thing doing something said straight after it is the one the idea tells
  // about (a verb's -ing form, never the word itself: "a king", "a spring"; nor one naming a thing with the next word: "a
  // sleeping bag"; nor after a describing word: "little red riding hood"). Only where the idea first names it: "our dog Biscuit
  // … a story about Biscuit running" is the dog's, not a biscuit's.
  || (words[at + 1]?.endsWith('ing') === true && lemmasOf(words[at + 1], 'verb').some((lemma) => lemma !== words[at + 1])
    && lemmasOf(`${words[at + 1]} ${words[at + 2] ?? ''}`, 'noun').length === 0 && lemmasOf(words[at], 'adj').length === 0 && !words.slice(0, at).includes(words[at]))
  // "a cupcake called Sprinkles who": the name given between the thing and its "who".
  || (namingWords.has(words[at + 1] ?? '') && words[at + 2] !== undefined && madeSomeone(words, at + 2));
/** "can you write one about a spoon who …": the words before the thing, from after the request's "about" or "where". */
const openedFrom = (words: readonly string[], end: number, preamble = 0): readonly string[] => {
  const from = words.slice(0, end).findLastIndex((word) => requestEnds.has(word));
  return words.slice(Math.max(from + 1, end >= preamble ? preamble : 0), end);
};
const requestEnds = new Set(['about', 'where', 'featuring', 'starring']);
/** Words that say where something is: "a piano in an old house", "a snail on a leaf". */
/** What a story's hero is called as such: "the main character is a bumblebee". */
const storyRoleWords = new Set(['character', 'hero', 'heroine', 'protagonist']);
const placingWords = new Set(['in', 'on', 'at', 'under', 'inside', 'near', 'by', 'beside', 'behind']);
/** Words that end a noun phrase though WordNet also has them as nouns ("at" a currency, "in" an inch). */
const phraseEnders = new Set(['at', 'in', 'on', 'with', 'from', 'for', 'of', 'by', 'to', 'and', 'or', 'but', 'named', 'called', 'like', 'near', 'under', 'over', 'is', 'was', 's']);
/** "my grandma" is the listener's own family, never put into a story; "a grandma who knits" is anyone's. */
const possessives = new Set(['my', 'our', 'your', 'his', 'her', 'their']);
/** Words that may open an idea before its subject: "a story about a big grumpy volcano who …". */
const openingWords = new Set(['a', 'an', 'the', 'story', 'tale', 'bedtime', 'about', 'of', 'once', 'upon', 'time', 'there', 'was', 'is']);
/** Things a personified subject may be: a volcano, a snowman, a seed, a storm, a cloud (never an idea or a feeling). */
const concreteFiles = new Set(['noun.animal', 'noun.person', 'noun.artifact', 'noun.object', 'noun.plant', 'noun.food', 'noun.phenomenon', 'noun.substance']);

/** What a noun before the hero may be to name its kind: a creature, a person or a made thing ("a hot air balloon" is no "air balloon"). */
const modifierFiles = new Set(['noun.animal', 'noun.person', 'noun.artifact']);

/** Words for the story asked for. */
export const storyWords = new Set(['story', 'stories', 'tale', 'tales']);

/** "fairy tale", "ghost story", "folk tale": a noun WordNet lists with a story word after it names a kind of story. */
function namesKindOfStory(word: string, next: string | undefined): boolean {
  return next !== undefined && storyWords.has(next) && lemmasOf(`${word} ${next}`, 'noun').length > 0;
}

/** What a happening, a state or a telling is (WordNet's files): "danger", "adventure", "lesson", "party". */
const aboutFiles = new Set(['noun.act', 'noun.event', 'noun.state', 'noun.communication', 'noun.cognition']);

/**
 * "stranger danger", "a pirate adventure": a singular noun straight before a noun that is only ever a noun and whose
 * commonest meaning is a happening, a state or a telling names what that is about. A word that can be a verb after it
 * ("a fox fights", "the fox and the bear dance") may be what the being does, so it is left alone.
 */
function namesWhatItIsAbout(word: string, next: string | undefined): boolean {
  if (next === undefined || phraseEnders.has(next) || personifyingWords.has(next) || storyWords.has(next)) return false;
  if (!lemmasOf(word, 'noun').includes(word) || lemmasOf(next, 'verb').length > 0 || !lemmasOf(next, 'noun').includes(next)) return false;
  const sense = sensesOf(next, 'noun', 1)[0];
  return sense !== undefined && aboutFiles.has(sense.lexicographerFile);
}

/** The word and its singulars by the three English plural endings ("ponies" → pony, "foxes" → fox, "cats" → cat). */
export function nounForms(word: string): string[] {
  const found = [word];
  if (word.endsWith('ies')) found.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) found.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) found.push(word.slice(0, -1));
  return found;
}

const listed = (word: string, has: (candidate: string) => boolean) => nounForms(word).find(has);

/** A creature by its name, drawn as its kind ("a kitten" as a cat); "a toy soldier" is drawn as a soldier when no shape has the whole name. */
export function beingOf(word: string): Being {
  const head = word.split(' ').at(-1)!;
  const kind = heroWords[word] ?? heroWords[head];
  if (kind) return { word, kind, drawn: true };
  // The hero is a name whatever else its word can be ("a wizard who", "a gentle giant who").
  // By its commonest meanings first: "a man" is a person before he is a hominid (drawn as a monkey).
  const shape = subjectShapeFromWordNet(word, false, true) ?? subjectShapeFromWordNet(word, true, true) ?? subjectShapeFromWordNet(head, true, true);
  return { word, kind: shape?.kind ?? word, drawn: shape !== undefined };
}

/**
 * Finds the hero of an idea: the first creature, person, vehicle or toy it names (the storyteller's own
 * words, then any WordNet files so), or the subject the idea makes a character of ("a volcano who
 * sneezes glitter", "a tiny seed that grows"); a noun just before the hero names its kind ("a toy
 * soldier", "a detective hedgehog", "a lighthouse keeper"). "A girl" or "a boy" before any of these
 * makes the listener the hero. Every word passed the safety check alone, and a two-word name as a whole.
 */
export function findIdeaHero(words: readonly string[], preamble = 0, childName?: ChildName): IdeaCast {
  // "Kai who loves trains", "my daughter Zara": the child the idea names is the listener, named where the idea names them.
  const listenerHere = (at: number) => listenerWordAt(words, at) ?? (at === childName?.index ? childName.listener : undefined);
  const listedBeing = (at: number): Being | undefined => {
    const heroWord = listed(words[at], (candidate) => candidate in heroWords);
    if (heroWord && safe(heroWord)) return beingOf(heroWord);
    const friendWord = listed(words[at], (candidate) => companionOnlyWords.has(candidate));
    return friendWord && safe(friendWord) ? beingOf(friendWord) : undefined;
  };
  // The beings the storyteller knows named after `from` (the hero or the listener), never one said not to be there.
  const companionsAfter = (from: number): Being[] => words.flatMap((_, at) => (at > from && !saidAbsent(words, at) ? [listedBeing(at)].filter((being): being is Being => being !== undefined) : []));
  const personified = (at: number): string | undefined => {
    // "a music box who", "a watering can that": a two-word thing WordNet lists is someone the same way.
    const pair = `${words[at]} ${words[at + 1] ?? ''}`;
    // "a little owl who" is an owl that is little, though WordNet names a species so.
    if (personifyingWords.has(words[at + 2] ?? '') && !personifyingWords.has(words[at + 1] ?? '') && !mayComeFirst(words[at]) && concreteThing(pair, 3)) {
      return openedFrom(words, at, preamble).every(mayComeFirst) ? nounLemma(pair) : undefined;
    }
    // "a star who" (a noun far more than a describing word) is someone; "a romantic who" describes. "An asteroid who"
    // (one meaning of each, and the describing one, star-shaped, no tagged text used) names a thing.
    const describes = lemmasOf(words[at], 'adj').length > 0 && (sensesOf(words[at], 'adj').length > sensesOf(words[at], 'noun').length
      || (sensesOf(words[at], 'adj').length === sensesOf(words[at], 'noun').length && taggedSenseCount(words[at], 'adj') > 0));
    if (!(madeSomeone(words, at) || personifiedAfterPlace(at) || personifiedWithAnother(at)) || openingWords.has(words[at]) || describes) return undefined;
    // "a kitchen clock who", "a beach ball who": a thing's own noun may name its kind just before it (the place
    // word too: the "who" makes the thing someone, not the beach), so long as that noun is no hero of its own ("a unicorn kite" stays the unicorn's story, as before)
    // or is a hero only as a made thing ("a lego brick who": a toy's name says which brick).
    // "a bedside lamp who": where the thing belongs names its kind as well.
    const nounBefore = at > 0 && !mayComeFirst(words[at - 1]) && (concreteThing(words[at - 1], 2) || sensesOf(words[at - 1], 'noun', 1)[0]?.lexicographerFile === 'noun.location')
      && !listedBeing(at - 1) && (!heroFromWordNet(words[at - 1]) || madeThingOnly(words[at - 1]));
    // "an ice cream van who": a kind WordNet names in two words before the thing.
    const kindOfTwo = at > 1 && lemmasOf(`${words[at - 2]} ${words[at - 1]}`, 'noun').length > 0 && concreteThing(`${words[at - 2]} ${words[at - 1]}`, 2);
    if (!openedFrom(words, kindOfTwo ? at - 2 : nounBefore ? at - 1 : at, preamble).every(mayComeFirst)) return undefined;
    // "a sandcastle who": a closed compound WordNet does not list is the thing its last word names.
    if (!concreteThing(words[at], 3)) return undefined;
    return nounLemma(words[at]) ?? (closedCompoundHead(words[at]) ? words[at] : undefined);
  };
  // "a piano in an old house who hums": the "who" after where a thing is goes with the thing, not the place.
  // "a kite stuck in the top of an apple tree who …": a describing or past form before where it is goes with the thing,
  // and a part of the place ("the top of") and a noun naming its kind ("an apple tree") are passed over.
  const personifiedAfterPlace = (at: number): boolean => {
    const placeAt = placingWords.has(words[at + 1] ?? '') ? at + 1 : mayComeFirst(words[at + 1] ?? '') && !openingWords.has(words[at + 1] ?? '') && placingWords.has(words[at + 2] ?? '') ? at + 2 : -1;
    if (placeAt < 0) return false;
    // A noun here, never the "who" itself (WordNet's WHO, the health organisation).
    const isNoun = (word: string | undefined) => word !== undefined && !personifyingWords.has(word) && lemmasOf(word, 'noun').length > 0;
    let next = placeAt + 1;
    for (;;) {
      // "the", "a tiny", "an old": the opening and describing words before the place's noun ("forest" is no describing
      // word, though WordNet's rules read it as "fore" made superlative).
      while (next < words.length && (openingWords.has(words[next]) || (lemmasOf(words[next], 'adj').length > 0 && !isNoun(words[next])))) next += 1;
      if (words[next + 1] !== 'of' || !isNoun(words[next])) break;
      next += 2;
    }
    while (isNoun(words[next]) && isNoun(words[next + 1])) next += 1;
    // "a strawberry at the summer fair hoping to win": hoping or dreaming there makes it someone as a "who" does.
    return isNoun(words[next]) && (personifyingWords.has(words[next + 1] ?? '') || mindfulDoings.has(words[next + 1] ?? ''));
  };
  // "a snowman and a reindeer who go sledging", "the sun and the moon who want to meet": the "who" is both of theirs.
  const personifiedWithAnother = (at: number): boolean => {
    if (words[at + 1] !== 'and') return false;
    // The other one is named within four words ("a little red balloon"), with only describing words before it.
    for (let other = at + 2; other < Math.min(words.length - 1, at + 6); other += 1) {
      if ((personifyingWords.has(words[other + 1]) || speaking(words[other + 1])) && lemmasOf(words[other], 'noun').length > 0) return words.slice(at + 2, other).every(mayComeFirst);
    }
    return false;
  };
  const wordNetHero = (at: number): string | undefined => {
    // "a story where daddy and his daughter build": after "where" comes the clause's subject, who may be the hero.
    if (at > 0 && relativeWords.has(words[at - 1]) && words[at - 1] !== 'where') return undefined;
    // "my grandma who lives in Jamaica": one of the family the idea tells about with a "who" is its hero, as "a grandma who" is.
    const family = at === 0 || !possessives.has(words[at - 1]) || personifyingWords.has(words[at + 1] ?? '');
    // "a fire engine": a two-word name WordNet knows is read before its words alone.
    // "a little owl" is an owl that is little, not the species WordNet names so.
    // A describing word that is no look or feeling ("polar", "grizzly") names the kind with the next word: "a polar bear".
    const describes = lemmasOf(words[at], 'adj').length > 0 && (heroTraits.has(words[at]) || heroFromWordNet(words[at]) === undefined && !sensesOf(`${words[at]} ${words[at + 1] ?? ''}`, 'noun', 1).some((sense) => sense.lexicographerFile === 'noun.animal'));
    const pair = at + 1 < words.length && !describes ? heroFromWordNet(`${words[at]} ${words[at + 1]}`, { family }) : undefined;
    return pair ?? heroFromWordNet(words[at], { family, named: personifyingWords.has(words[at + 1] ?? '') || standsAlone(at) }) ?? personified(at);
  };
  // "a wizard with a wand", "a bully at school": a word that is more often a noun than a describing word, with no
  // noun after it to describe, names someone ("a giant storm cloud" describes the cloud; "a wild horse" the horse).
  const standsAlone = (at: number): boolean => {
    const next = words[at + 1];
    const followedByNoun = next !== undefined && !phraseEnders.has(next) && sensesOf(next, 'noun', 2).some((sense) => concreteFiles.has(sense.lexicographerFile));
    return !followedByNoun && sensesOf(words[at], 'noun').length > sensesOf(words[at], 'adj').length;
  };
  const heroAt = (at: number): Being | undefined => {
    // "no characters, just waves and stars", "(no actual monsters pls)", "a knight without a horse": who is said not to be there is no one in it.
    if (saidAbsent(words, at)) return undefined;
    // A place is no hero unless the idea makes it someone: "the moon who wants to come down and play", "the moon gets lonely".
    if (listenerHere(at) !== undefined || (words[at] in placeWords && !madeSomeone(words, at) && !personifiedAfterPlace(at) && !personifiedWithAnother(at))) return undefined;
    // "in granny's kitchen", "at her best friend's house": whose the place is, said after where, names its owner, no hero.
    if (ownsPlaceNamed(words, at)) return undefined;
    // "nobody sees her", "everyone laughs": WordNet's nobody is a person of no account, but here it names no one.
    if (indefinitePronouns.has(words[at])) return undefined;
    // "wants to be an astronaut": who someone wants to become is the wish, never a hero of its own.
    if ((words[at - 1] === 'a' || words[at - 1] === 'an') && (words[at - 2] === 'be' || words[at - 2] === 'become')) return undefined;
    // "longing to fly again": after "to", a word that can be a verb is one, never a fly.
    if (words[at - 1] === 'to' && lemmasOf(words[at], 'verb').includes(words[at])) return undefined;
    // "where she flies to the moon", "and misses us": after someone who does it, a word used more as a doing than a thing is
    // the doing (WordNet's tagged texts), never a fly or a miss.
    if ((subjectPronouns.has(words[at - 1] ?? '') || words[at - 1] === 'and') && doneMoreThanNamed(words[at])) return undefined;
    // "the main character is a bumblebee": the word for a story's hero names no one; the one it is said to be is the hero.
    if (storyRoleWords.has(words[at]) && words[at + 1] === 'is') return undefined;
    // "an Inuit boy", "a Roma girl": a people's name before a person says who they are; the person is the one told about.
    if (namesPeopleOf(words[at], words[at + 1])) return undefined;
    // "a fairy tale about a knight", "a ghost story for my son": a kind of story WordNet names asks for one, and tells of no fairy.
    if (namesKindOfStory(words[at], words[at + 1])) return undefined;
    // "a stranger-danger story", "a pirate adventure where …": a being that names what an idea or a happening is about is no one in it.
    if (namesWhatItIsAbout(words[at], words[at + 1])) return undefined;
    const being = listedBeing(at);
    if (being) return being;
    const word = wordNetHero(at);
    return word && safe(word) ? beingOf(word) : undefined;
  };
  // A hero after the parent's preamble ("my son loves diggers, so a crane who") before one in it.
  const afterPreamble = preamble > 0 ? words.findIndex((_, at) => at >= preamble && heroAt(at) !== undefined) : -1;
  let first = afterPreamble >= 0 ? afterPreamble : words.findIndex((_, at) => heroAt(at) !== undefined);
  // "cinderella but it's a mouse who …", "three little pigs but the wolf just wants …": a tale retold with another hero.
  const retold = retoldHero(words, first, heroAt);
  if (retold !== undefined) first = retold;
  // "a baby elephant and a mouse, the mouse is the hero": the one the idea says is the hero.
  const designated = designatedHero(words, heroAt);
  if (designated !== undefined && (first < 0 || heroAt(designated)!.word !== heroAt(first)?.word)) first = designated;
  // "my kid wants a story about a llama": the parent's own child is who listens, not the hero, when a hero is named after
  // as the story's subject (or after the parent's own sentence: "my son is obsessed with owls so one where an owl …"); "my son is learning to ride a bike" is the son's own story, the bike only what he rides.
  // "a very old tortoise": an article within three words before a being introduces it.
  const articleBefore = (at: number) => words.slice(Math.max(0, at - 3), at).some((word) => word === 'a' || word === 'an' || word === 'the');
  const introduced = first > 0 && articleBefore(first)
    && (personifyingWords.has(words[first + 1] ?? '') || afterPreamble >= 0 || words.slice(0, first).some((word) => openingWords.has(word) && word !== 'a' && word !== 'an' && word !== 'the' && word !== 'is' && word !== 'was'));
  // "my son Arlo (7) who is a wizard": the name after "my son" is the son's, and listens as "my son" does.
  const owned = (at: number) => possessives.has(words[at - 1] ?? '') || (heroTraits.has(words[at - 1] ?? '') && possessives.has(words[at - 2] ?? ''))
    || (at === childName?.index && listenerWordAt(words, at - 1) !== undefined);
  // "my son's teddy who goes on an adventure", "Noah's teddy bear wants to go to the beach": what the child owns is the hero.
  // "my daughter's old toy rabbit": describing words and a noun naming its kind may come between.
  let ownedAt = first - 1;
  while (ownedAt > first - 3 && ownedAt > 0 && words[ownedAt] !== 's' && (heroTraits.has(words[ownedAt]) || lemmasOf(words[ownedAt], 'adj').length > 0 || sensesOf(words[ownedAt], 'noun', 2).some((sense) => modifierFiles.has(sense.lexicographerFile)))) ownedAt -= 1;
  const ownedByListener = first > 1 && ownedAt > 0 && words[ownedAt] === 's' && listenerHere(ownedAt - 1) !== undefined;
  // "Theo, 5, loves trains. A steam train that is trying …", "a story for Ava about a fox who …", "for Noah (6) - a very old
  // tortoise who": the named child only listens when a hero is made someone later ("a … that", "the … who"), is named after
  // the parent's preamble, or is the child's own ("Noah's teddy bear").
  const personifiedLater = (at: number) => words.some((_, later) => later > at && madeSomeone(words, later) && heroAt(later) !== undefined
    && articleBefore(later));
  // "Sammy (5) has his tonsils out. something about a brave giraffe going to hospital": a hero asked "about" after the name.
  const askedAboutLater = (at: number) => words.some((_, later) => later > at && heroAt(later) !== undefined && words.slice(at + 1, later).includes('about')
    && articleBefore(later));
  // "… Her name is Isla. Could you make a story where Isla rides a pony": named again after the preamble as the story's
  // subject, the child is its hero, and what follows is what she rides or meets.
  const namedAgainAsSubject = (at: number) => afterPreamble >= 0 && words.some((word, later) => later >= preamble && later < first && word === words[at] && storySubjectWords.has(words[later - 1] ?? ''));
  const namedListens = (at: number) => at === childName?.index && first > at && !namedAgainAsSubject(at)
    && (afterPreamble >= 0 || personifiedLater(at) || askedAboutLater(at) || (ownedByListener && ownedAt - 1 === at));
  // "a story where my son rides a dragon", "one about my daughter meeting a unicorn": the parent's own child the story is said
  // to be about, straight after "where" or "about", is its subject; the creature named after is who they meet. Not one the
  // child plays ("a story where my son is a knight", "about my son Arlo who is a wizard"): that is the hero, as before.
  const toldAbout = (at: number) => storySubjectWords.has(words[at - 2] ?? '') && words.slice(0, at - 2).some((word) => storyWords.has(word) || word === 'one')
    && !words.slice(at + 1, first).some((word) => roleWords.has(word));
  const listenerAt = words.findIndex((word, at) => listenerHere(at) !== undefined && !(owned(at) && first > at && ((introduced && !toldAbout(at)) || ownedByListener)) && !namedListens(at));
  // "an astronaut cat", "a toy soldier": the last of two heroes in a row is the hero, the first says what kind.
  while (first >= 0 && first + 1 < words.length && heroAt(first + 1) !== undefined && !heroAt(first)!.word.includes(' ')) first += 1;
  const endOf = (at: number) => at + heroAt(at)!.word.split(' ').length;
  // "a polar bear cub": a creature named straight after a two-word kind is the hero too.
  if (first >= 0 && heroAt(first)!.word.includes(' ') && endOf(first) < words.length && heroAt(endOf(first)) !== undefined) first = endOf(first);
  // "a lighthouse keeper's cat": what belongs to someone is the hero, the owner only says whose.
  // "a puppy's first day at doggy school": only one owned straight after the owner, past describing words, and no
  // noun's kind ("doggy school").
  while (first >= 0 && words[endOf(first)] === 's') {
    const owned = words.findIndex((_, at) => at > endOf(first) && heroAt(at) !== undefined);
    const between = words.slice(endOf(first) + 1, owned);
    const next = words[owned + 1] ?? '';
    const namesKindOf = !phraseEnders.has(next) && !personifyingWords.has(next) && lemmasOf(next, 'noun').length > 0 && sensesOf(next, 'noun').length > sensesOf(next, 'verb').length;
    if (owned < 0 || !between.every((word) => heroTraits.has(word) || lemmasOf(word, 'adj').length > 0) || namesKindOf) break;
    first = owned;
  }
  // "two best friends, a mouse and an elephant, who …": the friends are named next; the first of them is the hero.
  if (first >= 0 && isKindOf(heroAt(first)!.word, [['friend', 1]], 1)) {
    const named = words.findIndex((word, at) => at > endOf(first) - 1 && at <= endOf(first) + 2 && (word === 'a' || word === 'an') && heroAt(at + 1) !== undefined);
    if (named >= 0) first = named + 1;
  }
  if (listenerAt >= 0 && (first < 0 || listenerAt < first)) {
    return { companions: unique(companionsAfter(listenerAt)).slice(0, 2), listener: listenerHere(listenerAt), listenerAt };
  }
  // "an old teapot in granny's kitchen": an idea that is only a thing and where it is tells of the thing.
  if (first < 0) first = thingNamedAlone(words);
  if (first < 0) return { companions: [], listenerAt: -1 };
  const head = heroAt(first) ?? beingOf(nounLemma(words[first])!);
  const before = words[first - 1];
  // The word before names the hero's kind when it is a thing or a creature itself ("a lighthouse keeper"), not a describing word.
  // "a garden gnome": a word more often a thing than a description names the kind, though it can describe ("garden variety").
  // A number ("two kids") only counts.
  const describesFirst = (word: string) => heroTraits.has(word) || (lemmasOf(word, 'adj').length > 0
    && (sensesOf(word, 'adj').length >= sensesOf(word, 'noun').length || sensesOf(word, 'noun', 1)[0]?.lexicographerFile === 'noun.quantity'));
  const modifier = before !== undefined && before.length > 2 && !head.word.includes(' ') && !openingWords.has(before) && !possessives.has(before) && !describesFirst(before)
    && sensesOf(before, 'noun', 2).some((sense) => modifierFiles.has(sense.lexicographerFile)) && safe(`${before} ${head.word}`) ? nounLemma(before) : undefined;
  // "an ice cream van": a kind WordNet names in two words ("ice cream") goes before the hero whole.
  const twoWordKind = modifier !== undefined && first > 1 ? `${words[first - 2]} ${modifier}` : undefined;
  const kind = twoWordKind && !openingWords.has(words[first - 2]) && lemmasOf(twoWordKind, 'noun').length > 0 && safe(`${twoWordKind} ${head.word}`) ? twoWordKind : modifier;
  // "a shepherd boy", "a pirate girl": a person's work or role before "boy" or "girl" says which boy; the story calls them so.
  const personAfter = words[first + head.word.split(' ').length];
  const roleOfChild = !kind && !head.word.includes(' ') && personAfter !== undefined && ['boy', 'girl'].includes(personAfter) && beingOf(head.word).kind === 'child';
  const named = roleOfChild ? beingOf(`${head.word} ${personAfter}`) : kind ? beingOf(`${kind} ${head.word}`) : head;
  const hero = { ...named, index: first + head.word.split(' ').length - (roleOfChild ? 0 : 1) };
  return { hero, companions: unique(companionsAfter(hero.index)).filter((being) => being.word !== head.word).slice(0, 2), listenerAt };
}

/** A made thing by each of its two commonest meanings, never a creature or a person ("lego"; not "kite", also a bird). */
function madeThingOnly(word: string): boolean {
  const senses = commonNounSenses(nounLemma(word) ?? word, 2);
  return senses.length > 0 && senses.every((sense) => sense.lexicographerFile === 'noun.artifact');
}

/**
 * Where the thing an idea names alone stands ("an old teapot in granny's kitchen", "a little boat"): the idea opens with
 * "a", "an" or "story" and describing words, then one concrete thing that is no place, and nothing but where it is comes after; else -1.
 */
function thingNamedAlone(words: readonly string[]): number {
  // "story about a croissant", typed with no article before it, asks as "a story about a croissant" does.
  if (!['a', 'an'].includes(words[0] ?? '') && !storyWords.has(words[0] ?? '')) return -1;
  let at = 1;
  while (at < words.length - 1 && mayComeFirst(words[at]) && !concreteThing(words[at], 1)) at += 1;
  const word = words[at];
  const rest = words.slice(at + 1);
  const onlyWhere = rest.length === 0 || (placingWords.has(rest[0]) && !rest.some((next) => personifyingWords.has(next) || relativeWords.has(next) || lemmasOf(next, 'verb').some((lemma) => lemma !== next)));
  // One thing, in the singular: "the candles on a birthday cake" is a scene, told to the listener.
  const thing = word !== undefined && !(word in placeWords) && concreteThing(word, 1) && nounLemma(word) === word && safe(word);
  return thing && onlyWhere ? at : -1;
}

/**
 * Whether the word at `at` is whose a place is, said after where ("in granny's kitchen", "at her best friend's house",
 * "under the old man's bridge"): its "'s", and before it only describing words, possessives or an article back to a
 * placing word.
 */
function ownsPlaceNamed(words: readonly string[], at: number): boolean {
  if (words[at + 1] !== 's') return false;
  let before = at - 1;
  while (before >= 0 && before >= at - 4 && (possessives.has(words[before]) || openingWords.has(words[before]) || heroTraits.has(words[before]) || lemmasOf(words[before], 'adj').length > 0) && !placingWords.has(words[before])) before -= 1;
  return before >= 0 && placingWords.has(words[before]);
}

/** Whether the word at `at` follows "no" or "without", past an article and describing words ("no scary monsters", "without a horse"). */
function saidAbsent(words: readonly string[], at: number): boolean {
  let before = at - 1;
  while (before >= 0 && before >= at - 3 && (words[before] === 'a' || words[before] === 'an' || (lemmasOf(words[before], 'adj').length > 0 && lemmasOf(words[before], 'noun').length === 0))) before -= 1;
  return words[before] === 'no' || words[before] === 'without';
}

/**
 * The hero of a tale retold ("cinderella but it's a mouse who wants to go to the ball", "cinderella but she's a mouse", "three little pigs but the wolf
 * just wants to borrow a cup of sugar", "… but this year it's the shy goldfish's turn"): after "but", a being said to be the
 * one ("it is a …"), or one who wants, wishes or is the hero; undefined when the idea retells nothing.
 */
function retoldHero(words: readonly string[], first: number, heroAt: (at: number) => Being | undefined): number | undefined {
  // "a fox who is scared of the dark but the owl wants to help": a hero the idea made someone keeps the story.
  const but = words.findIndex((word, at) => word === 'but' && at > first && first >= 0);
  if (but < 0 || madeSomeone(words, first)) return undefined;
  let at = but + 1;
  // "but this time", "but this year it's the shy goldfish's turn".
  if (words[at] === 'this' && ['time', 'year'].includes(words[at + 1] ?? '')) at += 2;
  // "cinderella but she's a mouse": straight after the tale's hero, "she" or "he" is the hero retold as well as "it" is.
  // "three bears but goldilocks is a robot": so is anyone of the tale named there, said to be someone else (never the
  // family: "but mum is a witch" tells who mum is).
  const retoldAs = words[at] === 'it' || (but === first + 1 && (['she', 'he'].includes(words[at])
    || (words[at + 1] === 'is' && ['a', 'an'].includes(words[at + 2] ?? '') && !isKindOf(words[at], [['relative', 1]], 2))));
  const saidToBe = retoldAs && words[at + 1] === 'is' && ['a', 'an', 'the'].includes(words[at + 2] ?? '');
  if (saidToBe) at += 3;
  else if (words[at] === 'the') at += 1;
  // "little red riding hood but grandma is the one going …": someone named with no article, said to be the one.
  else if (!(words[at + 1] === 'is' && words[at + 2] === 'the' && ['hero', 'one'].includes(words[at + 3] ?? ''))) return undefined;
  while (at < words.length && heroTraits.has(words[at])) at += 1;
  if (heroAt(at) === undefined) return undefined;
  const next = words.slice(at + 1, at + 4);
  const wantsOrIsTheOne = next.some((word) => ['wants', 'wishes', 'dreams', 'who', 'that'].includes(word)) || (next[0] === 'is' && next[1] === 'the' && ['hero', 'one'].includes(next[2] ?? ''));
  return saidToBe || wantsOrIsTheOne ? at : undefined;
}

/** Who does something, straight before the doing: "she flies", "they hop". */
const subjectPronouns = new Set(['she', 'he', 'they', 'we', 'i', 'you', 'it']);

/** A word WordNet's tagged texts use more as a verb than as a noun ("flies", "misses"; never "dogs"). */
function doneMoreThanNamed(word: string): boolean {
  const verb = lemmasOf(word, 'verb')[0];
  const noun = lemmasOf(word, 'noun')[0];
  return verb !== undefined && taggedSenseCount(verb, 'verb') > taggedSenseCount(noun ?? word, 'noun');
}

/** Words for anyone or no one, which WordNet also files as people ("a nobody", "a somebody"). */
const indefinitePronouns = new Set(['nobody', 'somebody', 'someone', 'anybody', 'anyone', 'everybody', 'everyone', 'noone']);

/** The words after a story asked for ("a story", "one", "a tale") that say who it is about. */
const storySubjectWords = new Set(['where', 'about', 'when', 'starring', 'featuring']);
/** Words that make the listener someone else in the story: "is a knight", "becomes a pirate", "plays a dragon", "as a fox". */
const roleWords = new Set(['is', 'be', 'becomes', 'became', 'plays', 'as', 'turns', 'turned', 'dressed']);

/** The parent's own child, as the story calls them: "my son" is a boy, "our kids" children; a son of someone else is no listener. */
const ownChildWords: Record<string, string> = { son: 'boy', sons: 'boy', daughter: 'girl', daughters: 'girl', kids: 'kid', children: 'child' };

/** "a girl who", "my son is learning to ride": the word naming the listener at `at`, as the story says it ("boy"). */
function listenerWordAt(words: readonly string[], at: number): string | undefined {
  if (personWords.has(words[at])) return words[at];
  return words[at - 1] === 'my' || words[at - 1] === 'our' ? ownChildWords[words[at]] : undefined;
}

/** Whether `word` is a people's name ("Inuit", "Roma") said of the person named next ("boy", "fisherman"). */
function namesPeopleOf(word: string, next: string | undefined): boolean {
  if (next === undefined || !warningCategoriesOf(word).has('people-group')) return false;
  return personWords.has(next) || commonNounSenses(lemmasOf(next, 'noun')[0] ?? next, 1)[0]?.lexicographerFile === 'noun.person';
}

/** Words that may come before a personified subject: "a", "the", "little", "big grumpy". */
function mayComeFirst(word: string): boolean {
  // "a chipped teapot", "a patched-up teddy": a verb's past form describes the thing as much as an adjective does.
  const pastForm = word.endsWith('ed') && !phraseEnders.has(word) && lemmasOf(word, 'verb').some((lemma) => lemma !== word);
  // "a halloween pumpkin who", "a christmas tree who": a time or a festival before the thing says which one.
  const when = sensesOf(word, 'noun', 1)[0]?.lexicographerFile === 'noun.time' && lemmasOf(word, 'noun').includes(word);
  return openingWords.has(word) || heroTraits.has(word) || lemmasOf(word, 'adj').length > 0 || pastForm || when;
}

/** Whether a noun (or a compound WordNet does not list) names a concrete thing among its commonest meanings: a volcano, a seed, a storm. */
function concreteThing(phrase: string, senses: number): boolean {
  return commonNounSenses(phrase, senses, { compound: true }).some((sense) => concreteFiles.has(sense.lexicographerFile));
}

function unique(beings: Being[]): Being[] {
  return beings.filter((being, index) => beings.findIndex((other) => other.word === being.word) === index);
}
