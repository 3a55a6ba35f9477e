import { valenceOf } from '../../../safety/warning-categories.ts';
import { closedCompoundHead, commonNounSenses } from '../../../media/illustrator/common-noun-senses.ts';
import { irregularVerbLemmas, isDictionaryWord, isVerbOfClass, lemmasOf, sensesOf, taggedSenseCount } from '../../../safety/wordnet-lexicon.ts';
import { isAdverb } from './is-adverb.ts';
import { placePrepositions } from './named-place.ts';
import { clauseEnds, dangles, determiners, directionWords, glueWords, prepositions, timeClauses } from './glue-words.ts';
import { adverbsOfTime, clauseSubjects, dreamingWords, eagerWords, fearingWords, forgettingWords, framingWords, leadingWords, lovingWords, missionWords, modalWords, obligingWords, pronounObjects, questionWords, timeMarkers, wantingWords, wishWords, wonderingWords } from './wanting-words.ts';
import { becomingVerbs, blockedVerbFiles, goingVerbs, linkingVerbs, lookingVerbs, notGoals, seekingVerbs } from './goal-verbs.ts';
import { adjectiveLemmas, isVerbSForm, nounLemmas, tellsWhatHeroDoes, verbLemma } from './word-lemmas.ts';
import { safe } from './safe-for-child.ts';
import { isDoerWord, isFriendWord, isKinWord, isRoyal } from './is-friend-word.ts';
import { allowedVerb, doneAlone, headNounOf, isFood, isWishableBodyDoing, learns, ownsKnownThing, touches } from './allowed-verb.ts';
import { forbiddenNoun, goesOnOuting, isOuting, thingFiles } from './allowed-noun.ts';
import { isTimeWord } from './is-time-word.ts';
import { allowedGoalWord, describesTheBody } from './allowed-goal-word.ts';
import { goesNowhere, setsOff } from './is-trip.ts';
import { someoneToDoWith, taskWithThing, wishTold } from './wish-told.ts';
import { getsThingSomewhere, referent } from './referent.ts';

/**
 * What the hero of an idea wants to do, in the idea's own words from its verb on ("a walrus who wants to
 * paint the moon silver" → "paint the moon silver", "a train that carries dreams to every house" →
 * "carry dreams to every house"): every word a dictionary word or a short linking word, each passing the
 * safety check alone and the phrase passing it whole, else no goal at all. Losing, fearing, helping and
 * going somewhere are read by the plot instead (see readIdeaParts). `seeking` reads seeing, visiting and climbing as
 * wishes too; `going` reads going somewhere as one (for an idea that names no place to reach: "fly over the ice");
 * `whole` answers no wish rather than one cut short.
 */
export function readIdeaGoal(words: readonly string[], from: number, options: { seeking?: boolean; whole?: boolean; going?: boolean } = {}): string | undefined {
  let at = from;
  // "too fuzzy to fly": what the hero is too something to do is what it wants to do.
  // "has to carry the presents": having to do it is wanting it done.
  // "can't wait to become a butterfly", "is determined to pull the ship home": only how much the hero wants what follows.
  const eager = (index: number) => words[index + 1] === 'to' && ((words[index] === 'wait' && ['cant', 'cannot', 'hardly'].includes(words[index - 1])) || eagerWords.has(words[index]));
  // "has always wanted to", "had never wanted": having wanted it is wanting it.
  const hasWanted = (index: number) => obligingWords.has(words[index]) && [words[index + 1], words[index + 2]].some((next, offset) => wantingWords.has(next ?? '') && (offset === 0 || adverbsOfTime.has(words[index + 1])));
  // "wonders if he can be brave", "can't wait until she can say hello": what the hero wonders about or waits for is the wish.
  const wondersIf = (index: number) => (wonderingWords.has(words[index]) && words[index + 1] === 'if') || (words[index] === 'if' && wonderingWords.has(words[index - 1] ?? ''))
    || (words[index] === 'wait' && ['cant', 'cannot'].includes(words[index - 1] ?? '') && words[index + 1] === 'until') || (words[index] === 'until' && words[index - 1] === 'wait')
    || (words[index] === 'finally' && leadingWords.has(words[index - 1] ?? ''));
  // "to ride", never "to the park": a plain verb straight after the "to" that follows `index`.
  // "has to get to school": a word tagged texts use more as a thing than a doing is where, not what.
  const plainVerbAfterTo = (index: number) => words[index + 1] === 'to' && !determiners.has(words[index + 2] ?? '') && lemmasOf(words[index + 2] ?? '', 'verb').includes(words[index + 2] ?? '')
    && taggedSenseCount(words[index + 2], 'verb') >= taggedSenseCount(words[index + 2], 'noun');
  // A word of "on a mission to" / "on a quest to", wherever in the phrase `index` is.
  const onAMission = (index: number) => [0, 1, 2].some((offset) => words[index - offset] === 'on' && words[index - offset + 1] === 'a' && missionWords.has(words[index - offset + 2] ?? '') && words[index - offset + 3] === 'to');
  // "keeps trying to", "is on a mission to", "needs help to": only how the hero goes about wanting what follows.
  const goingAbout = (index: number) => (['keeps', 'keep', 'kept'].includes(words[index]) && wantingWords.has(words[index + 1] ?? ''))
    || onAMission(index)
    || (words[index] === 'help' && wantingWords.has(words[index - 1] ?? '') && words[index + 1] === 'to')
    // "gets to ride on a whale": what the hero gets to do (never "gets to the park", a place reached).
    || (['gets', 'get', 'got'].includes(words[index]) && plainVerbAfterTo(index))
    // "is going to fly higher": what the hero is going to do, not a trip.
    || (words[index] === 'going' && plainVerbAfterTo(index));
  // "forgot how to chime": what the hero forgot how to do is what it wants to do again.
  const forgot = (index: number) => (forgettingWords.has(words[index]) && words[index + 1] === 'how' && words[index + 2] === 'to') || (words[index] === 'how' && forgettingWords.has(words[index - 1]));
  // "helps build a playground": helping to do it is doing it, when a plain verb follows straight after.
  const helpsDo = (index: number) => ['help', 'helps', 'helping'].includes(words[index]) && words[index + 1] !== undefined && !determiners.has(words[index + 1])
    && lemmasOf(words[index + 1], 'verb').includes(words[index + 1]) && sensesOf(words[index + 1], 'verb').length > sensesOf(words[index + 1], 'noun').length;
  // "dreams that one day she will be used", "hopes someday to fly": when is no part of the wish.
  const someDay = (index: number) => (words[index] === 'one' && words[index + 1] === 'day') || (words[index] === 'day' && words[index - 1] === 'one' && words[index - 2] !== 'for') || words[index] === 'someday';
  // "wishes that he could fly", "dreams that one day she will": a "that" before who does it, or when, opens what is wished.
  const opensClause = (index: number) => words[index] === 'that' && (clauseSubjects.has(words[index + 1] ?? '') || someDay(index + 1));
  // "wants it back", "needs them": a pronoun straight after a wish word is the thing wanted, not who goes on to do something
  // ("wants it to snow" wants the snow).
  const wantedPronoun = (index: number) => pronounObjects.has(words[index]) && wantingWords.has(words[index - 1] ?? '') && words[index + 1] !== 'to' && !opensClause(index);
  // "would rather plant flowers than fight": what the hero would rather do, before the "than", is the wish.
  const ratherThan = (index: number) => words[index] === 'rather' && words[index - 1] === 'would' && words.slice(index + 2).includes('than');
  // "wants to try pizza": trying a food is tasting it, the wish itself (never "tries to", "keeps trying").
  const triesFood = (index: number) => ['try', 'tries', 'trying'].includes(words[index]) && words[index + 1] !== 'to' && isFood(headNounOf(words.slice(index + 1)));
  // "has never seen the sun", "had never tasted snow": what the hero has never done is what it wishes to do (see notYetDone below).
  const neverDone = (index: number) => ['has', 'have', 'had'].includes(words[index]) && words[index + 1] === 'never' && words[index + 2] !== undefined && verbLemma(words[index + 2]) !== undefined && verbLemma(words[index + 2]) !== words[index + 2];
  const skipped = (index: number) => (leadingWords.has(words[index]) && !wantedPronoun(index)) || neverDone(index) || (someDay(index) && index > from && (wantingWords.has(words[index - 1]) || opensClause(index - 1) || words[index - 1] === 'one')) || ratherThan(index) || (wantingWords.has(words[index]) && !triesFood(index)) || (words[index - 1] === 'too' && adjectiveLemmas(words[index]).length > 0)
    || (obligingWords.has(words[index]) && words[index + 1] === 'to') || eager(index) || forgot(index) || helpsDo(index) || hasWanted(index) || goingAbout(index) || wondersIf(index);
  while (at < words.length && skipped(at)) at += 1;
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
  const doesSomething = (tellsWhatHeroDoes(words[at]) || actsOnThingNamed) && (infinitiveAfter || (!prepositions.has(words[at + 1] ?? '') && !directionWords.has(words[at + 1] ?? '')));
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
  // "just wants someone to play with": a friend to do it with, in the storyteller's words; never someone to touch.
  const companionship = someoneToDoWith(words, at);
  if (companionship !== undefined) return companionship;
  const task = taskWithThing(words, at);
  if (task !== undefined) return task;
  // "wants a new shell": to have it.
  // "my girl wants a story where…" is the parent asking, never a wish for a story.
  // "wants one more adventure": one more, or one last, counts as a determiner does.
  // "all he wants is one ripe strawberry": what the wish is, after "is", is wanted as a thing is, and one of it counts as "a".
  const wantedIs = words[at - 1] === 'is' && wishWords.has(words[at - 2] ?? '');
  const countsOne = words[at] === 'one' && (words[at + 1] === 'more' || words[at + 1] === 'last' || (wantedIs && !isTimeWord(words[at + 1] ?? '') && (adjectiveLemmas(words[at + 1] ?? '').length > 0 || nounLemmas(words[at + 1] ?? '').length > 0)));
  // "wants treats", "needs nuts": things named in the plural straight after a wish word are wanted as "a treat" is, never a
  // doing ("wants hugs" is no wish to hug, "wants seeds" none to seed).
  const pluralThings = (word: string) => /[^s]s$/.test(word) && verbLemma(word) !== word && nounLemmas(word).some((lemma) => lemma !== word);
  // "forgot her lunchbox and needs it back": a pronoun wanted is the thing named before it, when one is (see referent).
  const wantsNamedThing = wishWords.has(words[at - 1]) && (words[at] === 'it' || words[at] === 'them') && referent(words, at - 1, 'have', words[at] === 'them') !== undefined;
  // "would love a friend", "would like a new bike": what the hero would love is wanted, as "wants a friend" is.
  const wouldLove = lovingWords.has(words[at - 1] ?? '') && words[at - 2] === 'would';
  // "wants to get a new bike": getting a thing wanted is wanting it (never getting it somewhere, see getsThingSomewhere,
  // nor one to do something with: "get a kitten to play with").
  const getsWanted = words[at] === 'get' && words[at - 1] === 'to' && wishWords.has(words[at - 2] ?? '') && determiners.has(words[at + 1] ?? '') && !getsThingSomewhere(words, at)
    && !words.slice(at + 2, at + 6).includes('to');
  const wantsThing = getsWanted || (at > from && (wishWords.has(words[at - 1]) || wantedIs || wouldLove) && (determiners.has(words[at]) || countsOne || (wishWords.has(words[at - 1]) && pluralThings(words[at])) || wantsNamedThing)
    && !words.slice(at + 1, at + 3).some((word) => framingWords.has(word)));
  if (wantsThing && !getsWanted) at -= 1;
  // "wishes she could have a birthday of her own": having what is wished for is wanting it, as "wants a birthday".
  // "dreams of having her own ship": having it, dreamt of, is wanting it as well.
  const dreamtOf = words[at - 1] === 'of' || words[at - 1] === 'about';
  // "wants to have a friend", "would love to have a pet", "wishes he had a friend": having it is wanting it too.
  const wantedToHave = words[at - 1] === 'to' && words.slice(from, at).some((skippedWord, index, all) => wishWords.has(skippedWord) || (lovingWords.has(skippedWord) && all[index - 1] === 'would'));
  const wishedHad = words[at] === 'had' && ['he', 'she', 'they', 'it'].includes(words[at - 1] ?? '');
  const wishedHaving = at > from && (modalWords.has(words[at - 1]) || dreamtOf || wantedToHave || wishedHad) && words.slice(from, at).some((skippedWord) => wishWords.has(skippedWord) || dreamingWords.has(skippedWord) || lovingWords.has(skippedWord))
    && verbLemma(words[at] ?? '') === 'have' && determiners.has(words[at + 1] ?? '');
  const word = words[at];
  if (word === undefined || lemmasOf(word, 'verb').length === 0) return undefined;
  // "loves mud", "wants cake": straight after a wish word, a word tagged texts use as a thing and never as a doing is the
  // thing ("to mud" is no wish).
  if (!wantsThing && !wishedHaving && wantingWords.has(words[at - 1] ?? '') && !word.endsWith('ing') && taggedSenseCount(word, 'verb') === 0 && taggedSenseCount(word, 'noun') > 0) return undefined;
  // "loves trains", "likes boats": straight after a word of wanting a verb's "-s" form cannot be a doing; the things loved are no wish.
  if (!wantsThing && !wishedHaving && wantingWords.has(words[at - 1] ?? '') && pluralThings(word)) return undefined;
  // "loves space and wants to visit Mars": what the hero loves or likes, with no "to" before it, is a thing, never a doing.
  if (!wantsThing && !wishedHaving && lovingWords.has(words[at - 1] ?? '') && !word.endsWith('ing')) return undefined;
  // "a star that fell from the sky": an irregular past ("fell", "swam", WordNet's exception list) straight after "who" or
  // "that" tells what already happened, not a wish; after "to", "can" or a wish word it is no past ("wants to lay an egg").
  const infinitive = words.slice(from, at).some((skippedWord) => skippedWord === 'to' || wantingWords.has(skippedWord) || modalWords.has(skippedWord));
  // After "to" or a wish word the verb is as written when it is a verb of its own: "to lay an egg" is no "lie".
  const read = infinitive && lemmasOf(word, 'verb').includes(word) ? word : verbLemma(word);
  if (!infinitive && read !== undefined && read !== word && irregularVerbLemmas(word).includes(read) && !word.endsWith('ing')) return undefined;
  const bringsThing = read === 'get' && getsThingSomewhere(words, at);
  // "get to the top of the tree": getting to a part of a thing is reaching it (read as "reach the top of the tree" is);
  // getting to a place is the journey's ("get to the sea"), or what is hoped for ("hoping to get to the flower festival").
  const getsTo = !bringsThing && !wantsThing && read === 'get' && words[at + 1] === 'to' && words[at + 2] === 'the' && ['top', 'bottom', 'end', 'edge', 'middle'].includes(words[at + 3] ?? '') && words[at + 4] === 'of';
  if (getsTo) at += 1;
  // "slow down": a verb WordNet lists with its particle keeps it, so the particle is no loose word of the goal.
  const single = wantsThing ? 'have' : bringsThing ? 'bring' : getsTo ? 'reach' : read;
  // "go on a picnic": going on an outing is the wish itself, not a trip somewhere (nor "go on", to carry on).
  const outing = single === 'go' && goesOnOuting(words, at + 1);
  // "go fishing", "go skating on the pond": going to do something is doing it, when the doing may be a wish.
  const doing = single === 'go' && (words[at + 1] ?? '').endsWith('ing') ? verbLemma(words[at + 1]) : undefined;
  const goesDoing = doing !== undefined && allowedVerb(doing) && !notGoals.has(doing);
  const listed = single !== undefined && !outing && !goesDoing && words[at + 1] !== undefined && lemmasOf(`${single} ${words[at + 1]}`, 'verb').length > 0;
  const phrasal = listed && allowedVerb(`${single} ${words[at + 1]}`) ? `${single} ${words[at + 1]}` : undefined;
  const verb = phrasal ?? single;
  if (phrasal) at += 1;
  if (verb && !allowedVerb(verb, words.slice(at + 1))) return undefined;
  // "a yeti sipping hot chocolate", "a bear who eats ice cream": eating and wearing are wishes only when wanted ("wants to
  // eat pizza", "can't wait to wear her crown"); said of the hero, they tell what the hero does.
  const [verbSense] = verb ? sensesOf(verb, 'verb', 1) : [];
  const wanted = words.slice(from, at).some((skippedWord) => skippedWord === 'to' || wantingWords.has(skippedWord));
  if (!wanted && verbSense !== undefined && blockedVerbFiles.has(verbSense.lexicographerFile) && !isWishableBodyDoing(verbSense)) return undefined;
  // Seeing and reaching are a journey's; when the idea names no place to go, what the hero wants to see is the wish ("see the sun").
  // "be friends with the tortoise", "be his friend", "be a great dancer": being a friend or a doer is a wish; being anything else is read by the plot.
  // "be an oak tree", "be a good big brother": growing into a plant or a creature, and becoming a brother or a sister
  // (after "a", never "his": being someone's family is no wish to grow into; "the first dog on the moon" is a trip).
  const growsInto = (next: string) => ['noun.plant', 'noun.animal'].includes(commonNounSenses(nounLemmas(next)[0] ?? next, 1)[0]?.lexicographerFile ?? '');
  const oneOf = words[at + 1] === 'a' || words[at + 1] === 'an';
  const becomes = (next: string) => isFriendWord(next) || isDoerWord(next) || isRoyal(next) || (oneOf && (growsInto(next) || isKinWord(next)));
  const leading = words.slice(at + 1, at + 5);
  // "be a christmas tree": the word before may make one thing with it in WordNet.
  const named = leading.findIndex((next, index) => becomes(next) && leading.slice(0, index).every((before, beforeAt) => determiners.has(before) || adjectiveLemmas(before).length > 0
    || (beforeAt === index - 1 && lemmasOf(`${before} ${next}`, 'noun').length > 0)));
  // A doer is named after "a" or "the" ("be a pilot"); straight after "be" only friends are ("be friends"; "be fed" is no federal agent).
  const befriends = verb === 'be' && named >= 0 && (named > 0 || isFriendWord(leading[0]));
  // "be clean by bedtime", "be noticed": being so is a wish, when a describing word follows (checked with the rest).
  // "be the biggest at the fair", "be the fastest": the most so of all, never of the body ("the thinnest"; checked with the rest).
  const most = words[at + 1] === 'the' && words[at + 2] !== undefined && /est$/.test(words[at + 2]) && adjectiveLemmas(words[at + 2]).some((lemma) => lemma !== words[at + 2])
    && !describesTheBody(words[at + 2]);
  // "be noticed", "be chosen", "be used at the tea party": a describing word that is a verb's participle is judged as that
  // verb, which must be one a wish may name (or using) that touches or takes no one and is no harsh word ("be tied",
  // "be punished", "be taken away", "be eaten" are no wish).
  const participle = verb === 'be' && words[at + 1] !== undefined && /(?:ed|en)$/.test(words[at + 1]) ? verbLemma(words[at + 1]) : undefined;
  const [participleSense] = participle === undefined ? [] : sensesOf(participle, 'verb', 1);
  // "be invited to the picnic": WordNet's first "invite" is to invite trouble (a feeling); being asked over is its second, social meaning.
  const asked = participle !== undefined && sensesOf(participle, 'verb', 2).some((sense) => sense.lexicographerFile === 'verb.social');
  const wishableParticiple = participle === undefined || participle === words[at + 1] || (participleSense !== undefined && (allowedVerb(participle) || isVerbOfClass(participleSense, 'use') || asked) && !touches(participle)
    && !(participleSense.lexicographerFile === 'verb.possession' && isVerbOfClass(participleSense, 'take')) && valenceOf(participle) >= 0 && words[at + 2] !== 'away');
  const beingSo = verb === 'be' && words[at + 1] !== undefined && wishableParticiple && ((adjectiveLemmas(words[at + 1]).length > 0 && sensesOf(words[at + 1], 'noun').length <= sensesOf(words[at + 1], 'adj').length) || most
    || (asked && participle !== words[at + 1]));
  // "climb up to the top": a seeking verb with its particle seeks all the same.
  // "go faster than the bikes": going more so is the wish, as "run faster" is.
  const goesMore = verb === 'go' && /(?:er|more)$/.test(words[at + 1] ?? '') && adjectiveLemmas(words[at + 1]).some((lemma) => lemma !== words[at + 1]);
  // "be part of the big spaceship", "be part of the team": belonging to a thing or a group is joining it (checked as "join" is).
  const partOf = verb === 'be' && words[at + 1] === 'part' && words[at + 2] === 'of' && words[at + 3] !== undefined;
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
  const rest: string[] = [];
  // Whether the wish was cut short (too long, or cut back before a word no wish may name): see options.whole.
  let cut = false;
  // "see what summer looks like": what a thing looks like is the thing seen ("see summer").
  const looksLikeAt = lookingVerbs.has(verb) && words[at + 1] === 'what' ? words.findIndex((word, index) => index > at + 2 && (word === 'looks' || word === 'look') && words[index + 1] === 'like') : -1;
  // "see what's at the top", "see what is over the hill": what is somewhere is seen there ("see the top").
  const whatIsAt = lookingVerbs.has(verb) && words[at + 1] === 'what' && words[at + 2] === 'is' && placePrepositions.has(words[at + 3] ?? '') ? at + 4 : -1;
  const after = looksLikeAt > 0 ? [...words.slice(at + 2, looksLikeAt), ...words.slice(looksLikeAt + 2)] : whatIsAt > 0 ? words.slice(whatIsAt) : words.slice(at + 1);
  let joinedAt = -1;
  for (const [index, next] of after.entries()) {
    // "slow down and smell the flowers": a second wish joined by "and" goes on the goal, its verb in the plain form.
    // Only a word that is more often a verb than a noun, and goes on to its own object ("cats and dogs in the park" joins no verb).
    const joined = after[index + 1];
    const joinedVerb = next === 'and' && joined !== undefined ? verbLemma(joined) : undefined;
    const actsOn = after[index + 2] === undefined || glueWords.has(after[index + 2]);
    const endsOnThing = rest.length > 0 && !glueWords.has(rest.at(-1)!) && nounLemmas(rest.at(-1)!).length > 0;
    const verbFirst = () => !endsOnThing || sensesOf(joined, 'verb').length >= sensesOf(joined, 'noun').length;
    // "and sets off to see the sea": a verb WordNet lists with the particle after it starts a doing of its own, not a second wish.
    const phrasalNext = joinedVerb !== undefined && after[index + 2] !== undefined && lemmasOf(`${joinedVerb} ${after[index + 2]}`, 'verb').length > 0;
    if (joinedVerb !== undefined && actsOn && !phrasalNext && verbFirst() && allowedVerb(joinedVerb) && !notGoals.has(joinedVerb)) {
      rest.push('and', joinedVerb);
      joinedAt = index + 1;
      continue;
    }
    if (index === joinedAt) continue;
    // "learns never to eat the berries", "tries not to cry": a wish told without its "never" says the opposite, so there is none.
    if (next === 'never' || next === 'not') return undefined;
    // "counts the stars every night": when it happens is the story's time, not part of the wish.
    if (clauseEnds.has(next) || (next === 'than' && words.slice(from, at).includes('rather'))) break;
    // "the biggest turnip | anyone has ever seen", "the best cake | you have ever tasted": someone starting a clause of
    // their own after the thing says how the thing is, not more of the wish.
    // Only after a thing, never after a word that asks ("a bike without stabilisers, can | you make a story").
    if (clauseSubjects.has(next) && rest.length > 0 && nounLemmas(rest.at(-1)!).length > 0 && !modalWords.has(rest.at(-1)!) && verbLemma(after[index + 1] ?? '') !== undefined) break;
    // "sets off across the desert | to find the end of the rainbow": setting off is how the hero goes about the wish, and
    // the purpose after it is the wish when it may be one. When it may not (finding is the plot's), the going is no wish
    // seeking past the idea's place (see options.whole) but the trip there.
    // "rolls down the slide to bed": a word more a thing than a doing, with no thing after it, is where, not what for.
    const purposeVerb = next === 'to' ? after[index + 1] : undefined;
    const doingNext = purposeVerb !== undefined && verbLemma(purposeVerb) === purposeVerb && !determiners.has(purposeVerb)
      && (sensesOf(purposeVerb, 'verb').length >= sensesOf(purposeVerb, 'noun').length || determiners.has(after[index + 2] ?? ''));
    if (doingNext && setsOff(verb)) {
      const purpose = readIdeaGoal(after.slice(index), 0, { ...options, seeking: true });
      if (purpose) return purpose;
      if (options.whole && rest.some((kept) => !glueWords.has(kept))) return undefined;
    }
    // "finds a dragon egg and wants to hatch it": "it" straight after the verb is the thing named just before, when a wish may name it.
    const thing = (next === 'it' || next === 'them') && rest.length === 0 ? referent(words, from, verb, next === 'them') : undefined;
    if (thing) {
      rest.push('the', thing);
      continue;
    }
    // "can't change colour | joins the parade": a verb's third-person form after a thing, with its own thing after it, starts
    // what the hero does next ("plant the apple trees" is one thing, WordNet's "apple tree"; "the presents | over" no verb's).
    const endsOnNoun = rest.length > 0 && !glueWords.has(rest.at(-1)!) && nounLemmas(rest.at(-1)!).length > 0;
    if (endsOnNoun && tellsWhatHeroDoes(next) && determiners.has(after[index + 1] ?? '') && lemmasOf(`${rest.at(-1)} ${next}`, 'noun').length === 0) break;
    // "shine one last time", "fly for the very first time": how often is no part of the wish.
    // Never a thing WordNet names with "time" ("build a time machine", "bury a time capsule").
    const timesAt = after.slice(index, index + 5).findIndex((word, offset) => (word === 'time' || word === 'times') && lemmasOf(`time ${after[index + offset + 1] ?? ''}`, 'noun').length === 0);
    // It opens with "one", "for", "this" or an article, never a describing word alone ("sleep away from home | for the first time":
    // "home" is no "how often", though WordNet also lists it as describing).
    const opensHowOften = ['one', 'for', 'this'].includes(next) || determiners.has(next);
    if (timesAt > 0 && opensHowOften && after.slice(index, index + timesAt).every((word) => word === 'one' || word === 'for' || word === 'this' || determiners.has(word) || adjectiveLemmas(word).length > 0)) break;
    // A wish is told in a sentence: one longer than this ends here, cut short unless a new phrase begins ("| in the jungle").
    // A second wish joined by "and" is counted as a sentence of its own ("join up with the big puddle across the road |
    // and become a lake"), unless it goes somewhere: that trip is the places' ("and sail across the pond").
    const andAt = joinedAt >= 0 ? rest.lastIndexOf('and') : -1;
    const joinedStart = andAt >= 0 && !goingVerbs.has(rest[andAt + 1]) ? andAt + 2 : 0;
    // "carry her shell all the way | to a new garden": "all the way" only says how far, and is not counted.
    const howFar = rest.slice(joinedStart).some((kept, keptAt, all) => kept === 'all' && all[keptAt + 1] === 'the' && all[keptAt + 2] === 'way') ? 3 : 0;
    if (rest.length - joinedStart - howFar >= 8) {
      cut = !prepositions.has(next);
      // "build a boat out of a walnut shell | and sail | across the pond": a second wish whose words are cut off is left
      // out whole, never told as a bare "and sail".
      if (rest.at(-2) === 'and' && joinedAt === index - 1) rest.splice(-2);
      // "win the prize for biggest vegetable at the village | show": a phrase cut inside its noun is left out from its
      // preposition ("at the village" is not where the show is).
      const phraseAt = rest.findLastIndex((kept) => prepositions.has(kept));
      if (cut && nounLemmas(next).length > 0 && phraseAt > 0 && rest.slice(0, phraseAt).some((kept) => !glueWords.has(kept))) rest.splice(phraseAt);
      break;
    }
    // "fall asleep | until…", "be clean | by bedtime": the word WordNet lists with the verb, or how the hero wants to be,
    // is the verb's, never a loose word saying how (still checked as any word of a wish is).
    // "go | camping": the doing was checked as a verb (see goesDoing).
    if (index < 2 && partOf) {
      rest.push(next);
      continue;
    }
    if (index === 0 && goesDoing) {
      rest.push(next);
      continue;
    }
    // "be | invited": being asked over was checked as a verb (see asked).
    if (index === 0 && verb === 'be' && asked && beingSo) {
      rest.push(next);
      continue;
    }
    const complement = (listed && !phrasal) || (linkingVerbs.has(verb) && adjectiveLemmas(next).length > 0);
    if (index === 0 && complement) {
      // "stay thin": a wish to be what no wish may name is none, not a bare "stay".
      if (!allowedGoalWord(next, undefined, after.slice(1), verb)) return undefined;
      rest.push(next);
      continue;
    }
    // "count his sheep to fall asleep": a word WordNet lists with a later verb of the wish ("fall asleep") is that verb's.
    const laterVerb = rest.at(-2) === 'to' ? verbLemma(rest.at(-1)!) : undefined;
    if (laterVerb !== undefined && lemmasOf(`${laterVerb} ${next}`, 'verb').length > 0) {
      rest.push(next);
      continue;
    }
    // "walk forwards", "swim backwards", "scuttle sideways": the way a going verb goes (an adverb of WordNet's made with
    // -wards or -ways) is the wish's point, kept with it.
    if (index === 0 && goingVerbs.has(verb) && /(?:wards?|ways)$/.test(next) && isAdverb(next)) {
      rest.push(next);
      continue;
    }
    // "be a prince | lol", "see the sea | xx": a word no dictionary has, after the thing wished for, is the parent's aside.
    const thingKept = rest.length > 0 && !glueWords.has(rest.at(-1)!) && nounLemmas(rest.at(-1)!).length > 0 && verbLemma(rest.at(-1)!) === undefined;
    if (thingKept && !glueWords.has(next) && !isDictionaryWord(next) && !isAdverb(next) && !closedCompoundHead(next)) break;
    // "fly again", "come home safely": a word that only says how or when is left out, the rest of the wish kept.
    if (!glueWords.has(next) && !isDictionaryWord(next) && isAdverb(next)) continue;
    // "smile even when…", "fly just once": a word that can say how, before one that only says when or how, says how too.
    const then = after[index + 1];
    // Never a noun after "the" ("fly all the way | across the sea": "way" is the way).
    if (!glueWords.has(next) && !determiners.has(rest.at(-1) ?? '') && isAdverb(next) && then !== undefined && (timeClauses.has(then) || (!isDictionaryWord(then) && isAdverb(then)))) continue;
    // "go on a picnic": the outing is the wish, though WordNet files a picnic first as a time (a field day).
    // "wants a midnight picnic": so is having one, after a time that says when.
    // "be invited to the picnic": so is being asked to one.
    if ((outing || wantsThing || (asked && beingSo)) && rest.every((kept) => glueWords.has(kept) || adjectiveLemmas(kept).length > 0 || (wantsThing && isTimeWord(kept)) || (asked && kept === words[at + 1])) && isOuting(next)) {
      rest.push(next);
      continue;
    }
    // "remember his friend's birthday", "sing her grandma's song": after family or a friend, the apostrophe's "s" says the
    // next thing is theirs; it is wished for only as something known, told or made (a verb of knowing, telling or making),
    // never taken or touched ("take his sister's doll" is none). The thing after it is checked as any word of a wish is.
    if (next === 's' && rest.length > 0 && (isKinWord(rest.at(-1)!) || isFriendWord(rest.at(-1)!))) {
      if (!ownsKnownThing(verb)) return undefined;
      rest.push(next);
      continue;
    }
    // "his friend's birthday": an occasion that is someone's is the thing wished for, no time of the wish.
    if (rest.at(-1) === 's' && isTimeWord(next, rest.at(-1))) {
      rest.push(next);
      break;
    }
    // "a birthday cake": a time before a thing only says which thing.
    const nextNoun = after[index + 1] !== undefined && !glueWords.has(after[index + 1]) && !clauseEnds.has(after[index + 1]) && nounLemmas(after[index + 1]).length > 0;
    if (isTimeWord(next, rest.at(-1)) && nextNoun) {
      rest.push(next);
      continue;
    }
    // "wants a quiet nap", "wants a happy birthday": a time wanted is the thing itself (WordNet files a nap as a time).
    if (isTimeWord(next, rest.at(-1)) && wantsThing && rest.every((kept) => determiners.has(kept) || adjectiveLemmas(kept).length > 0)) {
      rest.push(next);
      continue;
    }
    if (isTimeWord(next, rest.at(-1))) {
      // "practises every single day to become a ballet dancer": what the doing is for is the wish.
      if (after[index + 1] === 'to' && verbLemma(after[index + 2] ?? '') !== undefined) {
        const purpose = readIdeaGoal(['to', ...after.slice(index + 2)], 0, options);
        if (purpose) return purpose;
      }
      // "see the summer", "stay awake to see the sunrise": a time straight after a verb is what the hero wants.
      const lastVerb = rest.findLastIndex((kept, keptAt) => rest[keptAt - 1] === 'to' && verbLemma(kept) !== undefined);
      if (rest.slice(lastVerb + 1).every((kept) => determiners.has(kept))) {
        rest.push(next);
        break;
      }
      // "on a windy morning", "every night": the words that led to the time go with it ("stay awake | at night" keeps "awake").
      const timeStart = rest.findLastIndex((kept) => glueWords.has(kept));
      if (timeStart >= 0 && rest.slice(timeStart + 1).every((kept) => lemmasOf(kept, 'noun').length === 0)) rest.splice(timeStart);
      // "practise every single day": the words that say which time go with it.
      else if (rest.length > 0 && timeMarkers.has(rest.at(-1)!)) while (rest.length > 0 && (determiners.has(rest.at(-1)!) || timeMarkers.has(rest.at(-1)!))) rest.pop();
      break;
    }
    // "learn to tie his shoelaces": a thing is checked with the verb that acts on it, the last one after "to".
    const actingVerb = [verb, ...rest].reduce((acting, kept, keptAt, all) => (all[keptAt - 1] === 'to' ? verbLemma(kept) ?? acting : acting), partOf ? 'join' : verb);
    // "build a treehouse | with his grandpa", "make a card | for her mum": family is a wish's only when the wish is done to them ("teach his little brother").
    // "roar | like his dad": "like" is a preposition here, though WordNet also lists it as a describing word.
    const kinAfterPreposition = isKinWord(next) && prepositions.has(rest.filter((kept) => !determiners.has(kept) && (prepositions.has(kept) || adjectiveLemmas(kept).length === 0)).at(-1) ?? '');
    if (!glueWords.has(next) && (kinAfterPreposition || !allowedGoalWord(next, rest.at(-1), after.slice(index + 1), actingVerb))) {
      // "balance a ball on her nose": the wish is kept up to the phrase that says where or with whom, when what is
      // left names a thing; the rest is reported as not understood (ideaUsage), never written.
      // "dance | with the ballerina": the verb alone when who it is done with comes straight after it ("wait | on the step" says nothing alone).
      // "make friends with the kid": a friendship with someone no wish may name is no wish at all, not "make friends".
      const namesFriend = [word, ...rest].some(isFriendWord);
      if (namesFriend && commonNounSenses(nounLemmas(next)[0] ?? next, 1)[0]?.lexicographerFile === 'noun.person') return undefined;
      const cutAt = rest.findLastIndex((kept) => prepositions.has(kept));
      if (cutAt < 0 || (cutAt === 0 && rest[0] !== 'with' && !doneAlone(verb)) || (cutAt > 0 && !rest.slice(0, cutAt).some((kept) => !glueWords.has(kept)))) return undefined;
      rest.splice(cutAt);
      cut = true;
      break;
    }
    rest.push(next);
  }
  // "stay up | all day": a lone particle WordNet lists with the verb is the verb's, never a loose word.
  const particle = rest.length === 1 && lemmasOf(`${verbLemma(verb) ?? verb} ${rest[0]}`, 'verb').length > 0;
  // "carry her shell all the way | to a new garden": cut before where, "all the way" says nothing.
  if (rest.length > 3 && rest.slice(-3).join(' ') === 'all the way') rest.splice(-3);
  // "tells all the other toys about | his day": a phrase cut before its thing leaves no loose "about" at the end.
  while (!particle && rest.length > 0 && (dangles(rest.at(-1)!) || rest.at(-1) === 'about')) rest.pop();
  // "remember it", "find them": a pronoun says nothing of what is wanted (WordNet's "it" is information technology).
  if (rest.length === 1 && pronounObjects.has(rest[0])) return undefined;
  // "see what's at the top": a wish that ends on a word that asks ("see what") has lost what it asks about.
  if (rest.length > 0 && questionWords.has(rest.at(-1)!)) return undefined;
  // "teach his niece | to keep secrets": family is a wish's only with what is done for them; cut back to them, it is none.
  // Becoming "a big sister" is growing up, not a wish done to family.
  if (rest.length > 0 && isKinWord(rest.at(-1)!) && !(becomingVerbs.has(verb) && (rest[0] === 'a' || rest[0] === 'an'))) return undefined;
  // "is trying to learn | before the party": learning or remembering says nothing without what.
  if (rest.length === 0 && !verb.includes(' ') && learns(verb)) return undefined;
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
