import { lemmasOf, sensesOf } from '../../../safety/wordnet-lexicon.ts';
import { titleCase } from './fill-template.ts';
import { prepositions as goalPrepositions } from './glue-words.ts';
import { adjectiveLemmas } from './word-lemmas.ts';
import { cheers } from './allowed-goal-word.ts';

/** Words that open a phrase (where, how, compared with what): a title never ends on one ("Learns How", "Shines Brighter Than"). */
// Every preposition the goal reader knows ("between", "among", "beyond"), and "how", "as", "about" and "out".
const prepositions = new Set([...goalPrepositions, 'how', 'as', 'about', 'out']);
/** Words that go with a verb to say which way ("ski down", "help up"): never the thing a doing acts on. */
const particles = new Set(['up', 'down', 'off', 'back', 'away', 'along', 'about']);
const articles = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'my', 'our', 'every', 'some']);
/** Words that say whose the thing is: "catch her own tail" is told "Catches Her Tail", never "and the Own Tail". */
const possessives = new Set(['his', 'her', 'its', 'their', 'my', 'our']);
/** Verbs that take the place they reach as their object: "Climbs the Peak", not "Climbs to the Peak". */
const reachesOn = new Set(['climb', 'reach', 'cross']);
const isNoun = (word: string) => lemmasOf(word, 'noun').length > 0 && !articles.has(word) && !prepositions.has(word);
/** "the snowy Alps", "over Cappadocia": a place (or anything) written by its name, first a name to WordNet, which lists it in lower case. */
const placeByName = (word: string) => /^\p{Lu}/u.test(word) && sensesOf(word.toLowerCase(), 'noun', 1)[0]?.instance === true;
/** A word that names a thing far more often than it describes one ("home", "box"; not "red", "silver", "big"). */
const namesThing = (word: string) => sensesOf(word, 'noun').length > 2 * sensesOf(word, 'adj').length;

/**
 * A title from the hero's name and the idea's goal, never from a place the idea did not name: "Pip
 * Learns to Skip", "Hazel Carries Dreams", "Mia and the Magic Seed". At most three of the goal's words
 * in a row, so a title is told, not the idea pasted (see echoesIdea).
 */
export function goalTitle(name: string, goal: string): string {
  // "make the broom fly again" (see workingAgain) is told "Pip's Broom Flies Again", never "Pip Makes the Broom".
  const again = /^make the (\p{L}+) (\p{L}+)((?: \p{L}+)?) again$/u.exec(goal);
  if (again) return `${name}'s ${titleCase(`${again[1]} ${thirdPerson(again[2])}${again[3]}`)} Again`;
  // "make the broom fly straight" (see workingAgain) is told "Pip and the Broom", never "Pip Makes the Broom".
  const madeToDo = /^make the (\p{L}+) (\p{L}+)(?: \p{L}+)?$/u.exec(goal);
  const doesWhat = madeToDo && isNoun(madeToDo[1]) && lemmasOf(madeToDo[1], 'adj').length === 0 && lemmasOf(madeToDo[2], 'verb').includes(madeToDo[2]) && sensesOf(madeToDo[2], 'verb').length > sensesOf(madeToDo[2], 'noun').length;
  if (madeToDo && doesWhat) return `${name} and the ${titleCase(madeToDo[1])}`;
  // "be friends with the crows", "make friends with the moon", "be a friend to the lonely whale": the story is the two
  // of them ("Pip and the Crows"), never "Pip Is Friends"; a friendship with no one named is made ("Pip Makes Friends").
  const friendship = /^(?:be|make) (?:(?:best|good) )?(?:friends|a friend|a good friend|a best friend)(?: (?:with|to) (?:the|a|an|his|her|its|their) ([a-z' ]+))?$/.exec(goal);
  if (friendship) {
    // "the kids in the park": the friend is named before any phrase saying where.
    const named = friendship[1]?.split(' ') ?? [];
    const phraseAt = named.findIndex((word) => prepositions.has(word));
    const thing = (phraseAt > 0 ? named.slice(0, phraseAt) : named).findLast(isNoun);
    if (thing) return `${name} and the ${titleCase(thing)}`;
    if (goal.startsWith('be ')) return `${name} Makes Friends`;
  }
  // "be part of the big spaceship" is told "Pip and the Spaceship", never "Pip Is Part".
  const belongs = /^be part of (?:the|a|an|his|her|its|their) ([a-z' ]+)$/.exec(goal);
  const partOfThing = belongs?.[1].split(' ').find((word, index, named) => index === named.length - 1 || prepositions.has(named[index + 1]));
  if (partOfThing && isNoun(partOfThing)) return `${name} and the ${titleCase(partOfThing)}`;
  const [first, ...after] = goal.split(' ');
  // "help her be brave": a title never ends on "be"; the one helped is helped to be so ("Pip Helps Her Be Brave").
  if (first === 'help' && ['her', 'him', 'them', 'it'].includes(after[0] ?? '') && after[1] === 'be' && after.length === 3) return `${name} ${titleCase(['helps', ...after].join(' '))}`;
  // "help bring in the hay", "help fix the old clock": the doing helped with is the story's, told as the hero doing it
  // ("Pip Brings in the Hay"), never cut to its bare verb ("Pip Helps Bring").
  if (first === 'help' && after.length > 1 && !prepositions.has(after[0]) && !particles.has(after[0]) && lemmasOf(after[0], 'verb').includes(after[0]) && sensesOf(after[0], 'verb').length > sensesOf(after[0], 'noun').length) return goalTitle(name, after.join(' '));
  // "make the grumpy pelican laugh" is told "Pip Makes the Pelican Laugh", never "Pip and the Pelican Laugh".
  if (first === 'make' && after.length >= 2 && after.length <= 5 && cheers(after.at(-1))) {
    const who = after.slice(0, -1);
    const being = [...(articles.has(who[0]) && who.length > 1 ? [who[0]] : []), who.at(-1)!];
    return `${name} ${titleCase(['makes', ...being, after.at(-1)!].join(' '))}`;
  }
  // "learn to do a somersault": doing says nothing; the story is the thing done ("Pip and the Somersault").
  const doneThing = first === 'learn' && after[0] === 'to' && after[1] === 'do' ? after.slice(2).findLast((word) => lemmasOf(word, 'noun').length > 0 && !articles.has(word)) : undefined;
  if (doneThing) return `${name} and the ${titleCase(doneThing)}`;
  // "dig up a treasure chest": a verb WordNet lists with its particle is told with it ("Digs Up"), and the thing follows.
  // "join up with the big puddle": a particle that says which way is told with its verb though WordNet lists no such pair.
  // "finish cutting the wheat": the doing finished or started is told with its verb ("Finishes Cutting the Wheat").
  const doingAfter = ['finish', 'start', 'begin', 'stop', 'keep'].includes(first) && after.length > 1 && /ing$/.test(after[0]) && lemmasOf(after[0], 'verb').some((lemma) => lemma !== after[0]);
  // "be invited to the picnic", "be used at a real tea party": being so somewhere is told with where ("Is Used at a Party").
  const beingSoAt = first === 'be' && after.length > 2 && /(?:ed|en)$/.test(after[0]) && lemmasOf(after[0], 'verb').some((lemma) => lemma !== after[0]) && prepositions.has(after[1]);
  const particle = doingAfter || beingSoAt || (after.length > 1 && (lemmasOf(`${first} ${after[0]}`, 'verb').length > 0 || particles.has(after[0])) && !articles.has(after[0]));
  const told = particle ? `${thirdPerson(first)} ${after[0]}` : thirdPerson(first);
  const verb = first;
  const said = particle ? after.slice(1) : after;
  // "have one more adventure" is told "Has Another Adventure"; "learn one proper spell" as "a proper spell" is.
  if (said[0] === 'one' && (said[1] === 'more' || said[1] === 'last') && said[2] !== undefined && lemmasOf(said[2], 'noun').length > 0) {
    return `${name} ${titleCase([told, ...(said[1] === 'more' ? ['another'] : ['one', 'last']), said[2]].join(' '))}`;
  }
  // "feed all the ducks" is told as "the ducks" are ("Pip Feeds the Ducks"), never cut at its second pointing word ("all the way" is how far).
  const rest = said[0] === 'one' ? ['a', ...said.slice(1)] : said[0] === 'all' && articles.has(said[1] ?? '') && said[2] !== 'way' ? said.slice(1) : said;
  // "climb to the very top of the snowy peak" is told "Climbs the Peak"; "swim to the bottom of the sea" "Swims to the Sea".
  const partOf = /^(?:(?:up|down) )?(to )?the (?:very )?(?:top|bottom) of (?:the|a|an) ([a-z' ]+)$/.exec(after.join(' '));
  if (partOf && (partOf[1] || reachesOn.has(first))) {
    const named = partOf[2].split(' ');
    const ends = named.findIndex((word) => prepositions.has(word) || word === 'and');
    const phrase = ends >= 0 ? named.slice(0, ends) : named;
    const thing = phrase.at(-1)!;
    const compound = phrase.length > 1 && lemmasOf(`${phrase.at(-2)} ${thing}`, 'noun').length > 0 ? [phrase.at(-2)!] : [];
    if (isNoun(thing)) return `${name} ${titleCase([thirdPerson(first), ...(reachesOn.has(first) ? [] : ['to']), 'the', ...compound, thing].join(' '))}`;
  }
  // "slow down and smell the flowers": the title tells the first wish only.
  // "help the ships come home": after the one helped, a verb starts what is done, and is no part of the thing.
  // "go through the snowy Alps": a place written by its name is a thing, though WordNet lists it in lower case.
  const isThing = (word: string) => placeByName(word) || (lemmasOf(word, 'noun').length > 0 && lemmasOf(word, 'adj').length === 0 && !articles.has(word) && !prepositions.has(word));
  const startsDoing = (word: string, index: number) => verb === 'help' && index > 0 && isThing(rest[index - 1]) && sensesOf(word, 'verb').length > sensesOf(word, 'noun').length;
  // "give the giraffe a birthday party": a second article starts a second thing.
  const cut = rest.findIndex((word, index) => prepositions.has(word) || word === 'and' || startsDoing(word, index) || (index > 0 && articles.has(word) && rest.slice(0, index).some((earlier) => articles.has(earlier))));
  // "go on a picnic": a goal that goes on with a preposition keeps it, up to the thing ("Pip Goes on a Picnic").
  const thingAt = rest.slice(0, 3).findLastIndex((word, index) => index > 0 && (isThing(word) || (namesThing(word) && sensesOf(word, 'verb').length === 0 && !prepositions.has(word) && !articles.has(word))));
  // "set out to find | the end of the rainbow": after a verb with its particle, a verb after "to" that goes on to its own thing is no end for a title.
  const led = particle && rest[thingAt - 1] === 'to' && rest.length > thingAt + 1 && sensesOf(rest[thingAt], 'verb').length > 0 ? -1 : thingAt;
  // "dance in the ballet show": the thing is the last noun of the two, the one before only saying which ("Dances in the Show").
  const headAfter = led > 0 && rest[led + 1] !== undefined && isThing(rest[led + 1]) && (rest[led + 2] === undefined || prepositions.has(rest[led + 2]) || rest[led + 2] === 'and');
  // "learn to play the piano", "learn to say sorry": a doing learned that acts on a thing is told done ("Pip Plays the Piano",
  // "Pip Says Sorry"), never cut to its bare verb ("Learns to Play").
  const learnedDoing = first === 'learn' && !particle && rest[0] === 'to' && rest[1] !== undefined && rest[1] !== 'be' && lemmasOf(rest[1], 'verb').includes(rest[1]);
  if (learnedDoing && rest[2] !== undefined && !particles.has(rest[2]) && (articles.has(rest[2]) || isNoun(rest[2]) || (rest.length === 3 && lemmasOf(rest[2], 'adj').length > 0))) return goalTitle(name, rest.slice(1).join(' '));
  // "practise for the big ladder race": past the describing words to the thing ("Practises for the Race").
  if (cut === 0 && led <= 0 && articles.has(rest[1] ?? '')) {
    const end = rest.findIndex((word, index) => index > 1 && (prepositions.has(word) || word === 'and'));
    const span = rest.slice(2, end < 0 ? undefined : end);
    const thing = span.findLast(isThing);
    if (thing && span.length <= 4) return `${name} ${titleCase([told, rest[0], rest[1], thing].join(' '))}`;
  }
  // "learn to fly", "learn to sing a lullaby": a verb after "to" is told with it, though WordNet also has it as a describing
  // word ("fly") or no noun ("sing"), where the thing-finding above finds nothing.
  // "learn to be quiet": being so is told with how ("Learns to Be Quiet"; "be" is no thing, though WordNet's beryllium is).
  if (cut === 0 && (led <= 0 || rest[1] === 'be') && !particle && rest[0] === 'to' && rest[1] !== undefined && lemmasOf(rest[1], 'verb').includes(rest[1])) {
    // "learn to be a good big brother": the role is its last noun before a phrase ("Learns to Be a Brother").
    const roleWords = rest.slice(3, [...rest.keys()].find((index) => index > 3 && (prepositions.has(rest[index]) || rest[index] === 'and')));
    const roleNoun = roleWords.findLast((word) => lemmasOf(word, 'noun').length > 0);
    const role = (rest[2] === 'a' || rest[2] === 'an') && roleNoun !== undefined ? [/^[aeiou]/.test(roleNoun) ? 'an' : 'a', roleNoun] : [];
    const how = rest[1] !== 'be' ? [] : role.length > 0 ? role : rest[2] !== undefined && lemmasOf(rest[2], 'adj').length > 0 ? [rest[2]] : [];
    return `${name} ${titleCase([told, 'to', rest[1], ...how].join(' '))}`;
  }
  if (cut === 0 && rest[0] !== 'and' && led > 0) return `${name} ${titleCase([told, ...rest.slice(0, led), headAfter ? rest[led + 1] : rest[led]].join(' '))}`;
  // "fly as high as the eagles": a goal that goes straight on to a phrase and names no thing in it is told by its verb alone.
  const phrase = cut >= 0 ? rest.slice(0, cut) : rest;
  // "fix the broken music box", "win the carrot growing contest": the thing is the phrase's last noun, with the noun
  // before it when WordNet names the two together ("music box"); describing words and nouns saying which one are left out.
  // The phrase ends before a word more often a verb than a noun ("make a sick puppy | feel better"); an -ing word before a noun describes it ("the carrot growing contest").
  const describing = (word: string, index: number) => word.endsWith('ing') && phrase[index + 1] !== undefined && isThing(phrase[index + 1]);
  // Never the second word of a thing WordNet names in two ("a gum tree": "tree" is a verb more often than a noun).
  const doing = phrase.findIndex((word, index) => index > 1 && !describing(word, index) && sensesOf(word, 'verb').length > sensesOf(word, 'noun').length && lemmasOf(`${phrase[index - 1]} ${word}`, 'noun').length === 0);
  const named = doing > 0 ? phrase.slice(0, doing) : phrase;
  const head = named.length > 3 && articles.has(named[0]) ? named.findLastIndex((word, index) => index > 0 && isThing(word)) : -1;
  if (head > 2) {
    const compound = lemmasOf(`${phrase[head - 1]} ${phrase[head]}`, 'noun').length > 0 ? [phrase[head - 1]] : [];
    // "become a big oak tree" → "an Oak Tree": the article agrees with the word now after it.
    const thing = [...compound, phrase[head]];
    const article = phrase[0] === 'a' || phrase[0] === 'an' ? (/^[aeiou]/.test(thing[0]) ? 'an' : 'a') : phrase[0];
    return `${name} ${titleCase([told, article, ...thing].join(' '))}`;
  }
  if (phrase.length === 3 && possessives.has(phrase[0]) && adjectiveLemmas(phrase[1]).length > 0 && isThing(phrase[2])) {
    return `${name} ${titleCase([told, phrase[0], phrase[2]].join(' '))}`;
  }
  const object = phrase.slice(0, 3);
  const last = object.at(-1);
  // "a new home": after a describing word, the last word is the thing when it names one far more often than it describes ("home"; "red" describes).
  // "a birthday present": so is the last of two nouns WordNet names together.
  const thingLast = last !== undefined && (placeByName(last) || lemmasOf(last, 'noun').length > 0) && (placeByName(last) || lemmasOf(last, 'adj').length === 0 || (object.length === 3 && adjectiveLemmas(object[1]).length > 0 && namesThing(last))
    || (object.length === 3 && lemmasOf(`${object[1]} ${last}`, 'noun').length > 0));
  if (object.length === 3 && articles.has(object[0]) && thingLast) {
    return `${name} and the ${titleCase(object.slice(1).join(' '))}`;
  }
  const kept = object.slice(0, 2);
  // "hop all the way | to the festival": "all" only says how far.
  // Nor on "be" ("help him be less scared" is "Helps Him", never "Helps Him Be").
  while (kept.length > 0 && (articles.has(kept.at(-1)!) || prepositions.has(kept.at(-1)!) || kept.at(-1) === 'and' || kept.at(-1) === 'all' || kept.at(-1) === 'be')) kept.pop();
  // "open the big red box": a title never ends on a describing word; the thing it describes is named instead ("Fig Opens the Box").
  const thing = phrase.find((word, index) => index > 1 && namesThing(word));
  if (kept.length === 2 && articles.has(kept[0]) && !namesThing(kept[1]) && thing) kept[1] = thing;
  return `${name} ${titleCase([told, ...kept].join(' '))}`;
}

/** "paint" → "paints", "carry" → "carries", "brush" → "brushes": the title's verb. */
export function thirdPerson(verb: string): string {
  if (verb === 'be') return 'is';
  if (verb === 'have') return 'has';
  if (/(?:s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}
