import { designatedHero } from './designated-hero.ts';
import { isKindOf, lemmasOf, sensesOf } from '../../../safety/wordnet-lexicon.ts';
import { subjectShapeFromWordNet } from '../../../media/illustrator/subject-shape-from-wordnet.ts';
import { nounLemma } from './prop-kind.ts';
import { heroFromWordNet } from './hero-from-wordnet.ts';
import { concreteFiles, modifierFiles, openingWords, personifyingWords, phraseEnders, possessives, relativeWords } from './hero-phrase-words.ts';
import { ideaListenerAt, listenerWordAt } from './idea-listener-at.ts';
import { companionOnlyWords, heroTraits, heroWords, placeWords } from './idea-vocabulary.ts';
import { madeSomeone } from './made-someone.ts';
import { namesNoOne, saidAbsent } from './names-no-one.ts';
import { personifiedAfterPlace, personifiedThing, personifiedWithAnother } from './personified-thing.ts';
import { retoldHero } from './retold-hero.ts';
import { safe } from './safe-for-child.ts';
import { thingNamedAlone } from './thing-named-alone.ts';

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
  const heroAt = (at: number): Being | undefined => {
    // "no characters, just waves and stars", "(no actual monsters pls)", "a knight without a horse": who is said not to be there is no one in it.
    if (saidAbsent(words, at)) return undefined;
    // A place is no hero unless the idea makes it someone: "the moon who wants to come down and play", "the moon gets lonely".
    if (listenerHere(at) !== undefined || (words[at] in placeWords && !madeSomeone(words, at) && !personifiedAfterPlace(words, at) && !personifiedWithAnother(words, at))) return undefined;
    if (namesNoOne(words, at)) return undefined;
    const being = listedBeing(at);
    if (being) return being;
    const word = wordNetHero(words, at, preamble, listedBeing);
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
  const listenerAt = ideaListenerAt(words, { first, preamble, afterPreamble, childIndex: childName?.index, heroAt, listenerHere });
  first = heroPastKindsAndOwners(words, first, heroAt);
  // The listener after the parent's preamble comes before a hero inside it, as a hero after it does ("dodgeball at school,
  // a small kid who always gets hit first learns to catch" is the kid's story, the dodgeball only where it happens).
  const listenerAfterPreamble = preamble > 0 && first >= 0 && first < preamble && listenerAt >= preamble;
  // "my son is scared of the dark. a story about a brave little lamp": a thing the request names alone after the preamble
  // is what the story is about, before anyone the preamble tells of (a hero or listener after the preamble keeps it).
  const thingAfterPreamble = preamble > 0 && (first < 0 || first < preamble) && listenerAt < preamble ? thingNamedAlone(words.slice(preamble)) : -1;
  if (thingAfterPreamble >= 0) first = preamble + thingAfterPreamble;
  else if (listenerAt >= 0 && (first < 0 || listenerAt < first || listenerAfterPreamble)) {
    return { companions: unique(companionsAfter(listenerAt)).slice(0, 2), listener: listenerHere(listenerAt), listenerAt };
  }
  // "an old teapot in granny's kitchen": an idea that is only a thing and where it is tells of the thing.
  if (first < 0) first = thingNamedAlone(words);
  if (first < 0) return { companions: [], listenerAt: -1 };
  const head = heroAt(first) ?? beingOf(nounLemma(words[first])!);
  const hero = heroWithItsKind(words, first, head);
  return { hero, companions: unique(companionsAfter(hero.index)).filter((being) => being.word !== head.word).slice(0, 2), listenerAt };
}

/** The hero WordNet names at `at` (in two words, or one), or the thing the idea makes a character of there. */
function wordNetHero(words: readonly string[], at: number, preamble: number, listedBeing: (at: number) => Being | undefined): string | undefined {
  // "a story where daddy and his daughter build": after "where" comes the clause's subject, who may be the hero.
  if (at > 0 && relativeWords.has(words[at - 1]) && words[at - 1] !== 'where') return undefined;
  // "my grandma who lives in Jamaica": one of the family the idea tells about with a "who" is its hero, as "a grandma who" is.
  const family = at === 0 || !possessives.has(words[at - 1]) || personifyingWords.has(words[at + 1] ?? '');
  // "a fire engine": a two-word name WordNet knows is read before its words alone.
  // "a little owl" is an owl that is little, not the species WordNet names so.
  // A describing word that is no look or feeling ("polar", "grizzly") names the kind with the next word: "a polar bear".
  const describes = lemmasOf(words[at], 'adj').length > 0 && (heroTraits.has(words[at]) || heroFromWordNet(words[at]) === undefined && !sensesOf(`${words[at]} ${words[at + 1] ?? ''}`, 'noun', 1).some((sense) => sense.lexicographerFile === 'noun.animal'));
  const pair = at + 1 < words.length && !describes ? heroFromWordNet(`${words[at]} ${words[at + 1]}`, { family }) : undefined;
  return pair ?? heroFromWordNet(words[at], { family, named: personifyingWords.has(words[at + 1] ?? '') || standsAlone(words, at) }) ?? personifiedThing(words, at, preamble, listedBeing);
}

// "a wizard with a wand", "a bully at school": a word that is more often a noun than a describing word, with no
// noun after it to describe, names someone ("a giant storm cloud" describes the cloud; "a wild horse" the horse).
function standsAlone(words: readonly string[], at: number): boolean {
  const next = words[at + 1];
  const followedByNoun = next !== undefined && !phraseEnders.has(next) && sensesOf(next, 'noun', 2).some((sense) => concreteFiles.has(sense.lexicographerFile));
  return !followedByNoun && sensesOf(words[at], 'noun').length > sensesOf(words[at], 'adj').length;
}

/**
 * Where the hero stands once the words naming its kind or its owner before it are passed: "an astronaut cat",
 * "a polar bear cub", "a lighthouse keeper's cat", "two best friends, a mouse and an elephant".
 */
function heroPastKindsAndOwners(words: readonly string[], start: number, heroAt: (at: number) => Being | undefined): number {
  let first = start;
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
  return first;
}

/** The hero at `first` (`head`) with the word or two before it that name its kind ("a toy soldier"), and where its name ends. */
function heroWithItsKind(words: readonly string[], first: number, head: Being): Being & { index: number } {
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
  return { ...named, index: first + head.word.split(' ').length - (roleOfChild ? 0 : 1) };
}

function unique(beings: Being[]): Being[] {
  return beings.filter((being, index) => beings.findIndex((other) => other.word === being.word) === index);
}
