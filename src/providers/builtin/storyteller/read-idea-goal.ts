import { commonNounSenses } from '../../../media/illustrator/common-noun-senses.ts';
import { lemmasOf, sensesOf } from '../../../safety/wordnet-lexicon.ts';
import { clauseEnds, dangles, determiners, directionWords, prepositions } from './glue-words.ts';
import { fearingWords, modalWords, obligingWords, pronounObjects, questionWords } from './wanting-words.ts';
import { becomingVerbs, goingVerbs, lookingVerbs, notGoals, seekingVerbs } from './goal-verbs.ts';
import { adjectiveLemmas, isVerbSForm, nounLemmas, tellsWhatHeroDoes, verbLemma } from './word-lemmas.ts';
import { safe } from './safe-for-child.ts';
import { isKinWord } from './is-friend-word.ts';
import { learns } from './allowed-verb.ts';
import { forbiddenNoun, goesOnOuting, thingFiles } from './allowed-noun.ts';
import { goesNowhere } from './is-trip.ts';
import { someoneToDoWith, taskWithThing, wishTold } from './wish-told.ts';
import { skipWishLeadIns } from './wish-lead-ins.ts';
import { readWishVerb } from './read-wish-verb.ts';
import { readBeingWish } from './read-being-wish.ts';
import { readWishWords, type KeptWords, type WishSoFar } from './read-wish-words.ts';
import type { IdeaGoalOptions } from './idea-goal-options.ts';

/**
 * What the hero of an idea wants to do, in the idea's own words from its verb on ("a walrus who wants to
 * paint the moon silver" → "paint the moon silver", "a train that carries dreams to every house" →
 * "carry dreams to every house"): every word a dictionary word or a short linking word, each passing the
 * safety check alone and the phrase passing it whole, else no goal at all. Losing, fearing, helping and
 * going somewhere are read by the plot instead (see readIdeaParts). `seeking` reads seeing, visiting and climbing as
 * wishes too; `going` reads going somewhere as one (for an idea that names no place to reach: "fly over the ice");
 * `whole` answers no wish rather than one cut short.
 */
export function readIdeaGoal(words: readonly string[], from: number, options: IdeaGoalOptions = {}): string | undefined {
  const verbAt = wishVerbAt(words, from);
  if (verbAt === undefined) return undefined;
  // "just wants someone to play with": a friend to do it with, in the storyteller's words; never someone to touch.
  const companionship = someoneToDoWith(words, verbAt);
  if (companionship !== undefined) return companionship;
  const task = taskWithThing(words, verbAt);
  if (task !== undefined) return task;
  const found = readWishVerb(words, from, verbAt);
  if (found === undefined) return undefined;
  const { at, word, verb, wantsThing, wishedHaving, bringsThing, getsTo, outing, goesDoing } = found;
  const being = readBeingWish(words, at, verb);
  const { befriends, beingSo, goesMore, partOf } = being;
  // Seeing and reaching are a journey's; when the idea names no place to go, what the hero wants to see is the wish ("see the sun").
  // "climb up to the top": a seeking verb with its particle seeks all the same.
  const sought = (options.seeking && verb !== undefined && seekingVerbs.has(verb.split(' ')[0])) || wantsThing || wishedHaving || befriends || beingSo || outing || goesDoing || goesMore || partOf;
  if (!verb || ((notGoals.has(verb) || (notGoals.has(word) && !bringsThing && !getsTo)) && !sought)) return undefined;
  // "run away (from home)": going away is leaving, never a wish a bedtime story grants.
  if (goingVerbs.has(verb.split(' ')[0]) && (verb.endsWith(' away') || words[at + 1] === 'away')) return undefined;
  // "a penguin who wants to fly" wishes to fly; "wants to fly to the moon" is a trip. Going round something ("sail around
  // the world"), over it in a leap ("jump over the fence") or in a thing that carries ("ride in a hot air balloon") goes nowhere.
  if (!options.going && goingVerbs.has(verb) && at + 1 < words.length && directionWords.has(words[at + 1]) && !goesNowhere(verb, words.slice(at + 1))) return undefined;
  // "has to stand out in the cold garden all night whenever he wets the bed": what the hero must do every time something
  // happens is a rule someone keeps over them, a punishment or a chore, never a wish the story grants.
  const obliged = words.slice(from, at).some((skipped, index, all) => obligingWords.has(skipped) && all[index + 1] === 'to') || words.slice(from, at).includes('must');
  if (obliged && words.slice(at).some((later, index, after) => later === 'whenever' || ((later === 'every' || later === 'each') && after[index + 1] === 'time'))) return undefined;
  const wish: WishSoFar = { ...found, ...being, verb, words, from, options, readGoal: readIdeaGoal };
  const kept = readWishWords(wish);
  return 'goal' in kept ? kept.goal : tellWish(wish, kept);
}

/**
 * Where the wish's verb is, past the words that only lead to it ("wants to", "can't wait to"); undefined when what follows
 * is said not to be done, is no doing, only happens to the hero, or is feared.
 */
function wishVerbAt(words: readonly string[], from: number): number | undefined {
  const at = skipWishLeadIns(words, from);
  // "learns never to eat the berries", "never wants to sleep", "will not fly": a doing said not to be done is no wish.
  // "can not fly" is what the hero cannot do yet, and "has never seen the sea" what it has not done: those are wishes
  // ("is not allowed to go" is none).
  const negated = words.slice(from, at).some((skippedWord, index, all) => (skippedWord === 'never' || skippedWord === 'not') && all[index - 1] !== 'can');
  const notYetDone = words[at] !== undefined && verbLemma(words[at]) !== words[at] && ['has', 'have', 'had'].includes(words[at - 2] ?? '');
  if (negated && words[at] !== undefined && !notYetDone) return undefined;
  // The goal follows "who", "that" or a wish word: in "a bear cub who …" the cub is no verb; "a mouse learning to ride" needs none,
  // nor "a walrus learns to share": a verb's third-person form straight after the hero, a verb more than a noun.
  // "sets off in a boat", "runs away": a verb with a particle or a place after it is the journey's, not a wish.
  const infinitiveAfter = words[at + 1] === 'to' && !determiners.has(words[at + 2] ?? '') && lemmasOf(words[at + 2] ?? '', 'verb').length > 0;
  // "my son scores the winning goal": a verb's -s form with "the" or "a" straight after it acts on a thing, though its lemma is
  // more often a noun ("score"); a noun's plural is never followed so.
  const actsOnThingNamed = words[at] !== undefined && isVerbSForm(words[at]) && ['the', 'a', 'an'].includes(words[at + 1] ?? '');
  // "a bear goes on a picnic": going on an outing is the wish too, though "on" is a word that says where.
  const goesOnOutingNext = words[at] !== undefined && tellsWhatHeroDoes(words[at]) && verbLemma(words[at]) === 'go' && goesOnOuting(words, at + 1);
  const doesSomething = (tellsWhatHeroDoes(words[at]) || actsOnThingNamed) && (infinitiveAfter || goesOnOutingNext || (!prepositions.has(words[at + 1] ?? '') && !directionWords.has(words[at + 1] ?? '')));
  // "a mouse learning to ride": a verb's -ing form straight after the hero ("spring", "king" only end so). What merely happens
  // to the hero ("an ice cream cone melting in the sun": WordNet's verbs of change) is no wish.
  const ingForm = words[at]?.endsWith('ing') === true && lemmasOf(words[at], 'verb').some((lemma) => lemma !== words[at]);
  if (at === from && !ingForm && !doesSomething) return undefined;
  // Only with nothing it acts on next ("a snowplough clearing the roads" clears them), nor what it turns into ("a caterpillar
  // changing into a butterfly", "a seed growing into a tree" are becoming, a wish).
  const actsOnNothing = words[at + 1] !== 'into' && (words[at + 1] === undefined || prepositions.has(words[at + 1]) || clauseEnds.has(words[at + 1]) || directionWords.has(words[at + 1]));
  if (at === from && ingForm && !doesSomething && actsOnNothing && sensesOf(verbLemma(words[at]) ?? '', 'verb', 1)[0]?.lexicographerFile === 'verb.change') return undefined;
  // "scared of fire": what is feared is no wish, even when it can be a verb.
  if (words.slice(from, at).some((word, index, skippedWords) => fearingWords.has(word) && skippedWords[index + 1] === 'of')) return undefined;
  return at;
}

/**
 * The wish told from its verb and the words kept after it, with what it is for when that may be told; undefined when what
 * is left says nothing, asks, ends on family, or fails the safety check.
 */
function tellWish({ verb, partOf, options }: WishSoFar, { after, rest, cut }: KeptWords): string | undefined {
  // "stay up | all day": a lone particle WordNet lists with the verb is the verb's, never a loose word.
  const particle = rest.length === 1 && lemmasOf(`${verbLemma(verb) ?? verb} ${rest[0]}`, 'verb').length > 0;
  // "carry her shell all the way | to a new garden": cut before where, "all the way" says nothing.
  if (rest.length > 3 && rest.slice(-3).join(' ') === 'all the way') rest.splice(-3);
  // "tells all the other toys about | his day": a phrase cut before its thing leaves no loose "about" at the end.
  while (!particle && rest.length > 0 && (dangles(rest.at(-1)!) || rest.at(-1) === 'about')) rest.pop();
  // "swim upstream to see | where the river begins": a purpose cut before what it sees says nothing, and is left out.
  if (rest.length >= 2 && rest.at(-2) === 'to' && lookingVerbs.has(rest.at(-1)!)) rest.splice(-2);
  // "remember it", "find them": a pronoun says nothing of what is wanted (WordNet's "it" is information technology).
  if (rest.length === 1 && pronounObjects.has(rest[0])) return undefined;
  // "see what's at the top": a wish that ends on a word that asks ("see what") has lost what it asks about.
  if (rest.length > 0 && questionWords.has(rest.at(-1)!)) return undefined;
  // "teach his niece | to keep secrets": family is a wish's only with what is done for them; cut back to them, it is none.
  // Becoming "a big sister" is growing up, not a wish done to family.
  if (rest.length > 0 && isKinWord(rest.at(-1)!) && !(becomingVerbs.has(verb) && (rest[0] === 'a' || rest[0] === 'an'))) return undefined;
  // "is trying to learn | before the party": learning or remembering says nothing without what; nor does seeing ("to see |
  // where the river begins": what is asked about was cut).
  if (rest.length === 0 && !verb.includes(' ') && (learns(verb) || lookingVerbs.has(verb))) return undefined;
  // "be part of | the gang": belonging to what no wish may name is no wish, not a bare "be part".
  if (partOf && rest.length <= 2) return undefined;
  // "dream of meeting one day": meeting says nothing without whom ("wanted to meet" is no wish to tell).
  if ((cut && options.whole) || ((verb === 'be' || verb === 'meet') && rest.length === 0)) return undefined;
  const [toldVerb, ...toldRest] = wishTold(verb, rest);
  // "rain on the desert so the flowers can grow": what the wish is for, said after "so", goes with it when it may be told.
  const soAt = after.findIndex((next) => clauseEnds.has(next));
  const purpose = !cut && after[soAt] === 'so' ? readPurpose(after.slice(soAt + 1)) : undefined;
  const told = [toldVerb, ...toldRest, ...(purpose ?? [])];
  const goal = told.join(' ');
  return told.every(safe) && safe(goal) ? goal : undefined;
}

/** Who or what a purpose may be for: everyone, or things, plants and creatures (never a person the idea names). */
const purposeSubjects = new Set(['everyone', 'everybody']);

/**
 * "so the flowers can grow", "so that everyone can see the stars": a purpose told in the storyteller's words, "so" and
 * who or what it is for (everyone, or things, plants or creatures after "the", "his", …), "could" and a doing read as a
 * wish is read and checked (see readIdeaGoal), or nothing.
 */
function readPurpose(words: readonly string[]): string[] | undefined {
  let at = words[0] === 'that' ? 1 : 0;
  const subject: string[] = [];
  if (purposeSubjects.has(words[at] ?? '')) subject.push(words[at++]);
  else {
    if (!determiners.has(words[at] ?? '')) return undefined;
    subject.push(words[at++]);
    while (words[at] !== undefined && !modalWords.has(words[at]) && subject.length < 4) subject.push(words[at++]);
    const head = subject.at(-1)!;
    const [sense] = commonNounSenses(nounLemmas(head)[0] ?? head, 1);
    const thingOrCreature = sense !== undefined && (thingFiles.has(sense.lexicographerFile) || sense.lexicographerFile === 'noun.artifact');
    if (!thingOrCreature || forbiddenNoun(nounLemmas(head)[0] ?? head) || subject.slice(1, -1).some((word) => adjectiveLemmas(word).length === 0)) return undefined;
  }
  if (!['can', 'could', 'will', 'would'].includes(words[at] ?? '')) return undefined;
  const doing = readIdeaGoal(['to', ...words.slice(at + 1)], 0, { whole: true });
  return doing === undefined ? undefined : ['so', ...subject, 'could', ...doing.split(' ')];
}
