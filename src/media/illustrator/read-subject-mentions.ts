import { findTerms, termTable, type TermMatch } from './find-terms.ts';
import type { ColourName, Expression, SubjectKind, SubjectPose } from './scene-description.ts';
import { colourWords, countWords, expressionWords, poseWords, sizeWords, subjectWords } from './scene-vocabulary.ts';
import { isNounOfClass, lemmasOf, sensesOf } from '../../safety/wordnet-lexicon.ts';
import { subjectShapeFromWordNet } from './subject-shape-from-wordnet.ts';

/** A subject as the prompt names it; what it leaves unsaid is chosen later. */
export interface SubjectMention {
  kind: SubjectKind;
  noun: string;
  count: number;
  colour?: ColourName;
  size?: 'small' | 'large';
  pose?: SubjectPose;
  expression?: Expression;
}

const subjectTable = termTable(subjectWords);
const listedNouns = new Set(subjectTable.map(([phrase]) => phrase));
const colourTable = termTable(colourWords);
const sizeTable = termTable(sizeWords);
const poseTable = termTable(poseWords);
const expressionTable = termTable(expressionWords);
/** Adjectives bind to a subject this many words ahead at most ("a big friendly green dragon"). */
const reachBefore = 4;
/** Pose and mood words may also follow: "a dragon who is sleeping", "a dragon who lost his blanket". */
const reachAfter = 6;
/** What a subject wears may come after a longer description ("a child with curly brown hair, wearing a red scarf"). */
const reachClothes = 10;

/**
 * Finds the subjects a prompt names, with the adjectives around each. `skip` marks tokens another
 * reading has claimed (the "trees" of "a fox among the trees" make a forest, not a tree subject).
 */
export function readSubjectMentions(tokens: string[], skip: ReadonlySet<number>): SubjectMention[] {
  const masked = tokens.map((token, index) => (skip.has(index) ? '' : token));
  const mentions = withYoung(masked, withWordNetShapes(masked, findTerms(masked, subjectTable)));
  const read = mentions.map((mention, index) => {
    const previousEnd = index > 0 ? mentions[index - 1].end : 0;
    const nextStart = index + 1 < mentions.length ? mentions[index + 1].start : tokens.length;
    const before = tokens.slice(Math.max(previousEnd, mention.start - reachBefore), mention.start);
    const after = tokens.slice(mention.end, Math.min(nextStart, mention.end + reachAfter));
    const around = [...before, ...after];
    return {
      kind: mention.value,
      noun: mention.phrase,
      kindNoun: mention.kindNoun,
      count: readCount(mention, before),
      colour: colourBefore(before) ?? clothesColour(tokens.slice(mention.end, Math.min(nextStart, mention.end + reachClothes))),
      size: lastValue(findTerms(before, sizeTable)) ?? (mention.kindNoun ? 'small' : undefined),
      pose: lastValue(findTerms(around, poseTable)),
      expression: strongestExpression(findTerms(around, expressionTable).map((match) => match.value)),
      another: before.slice(-2).some((word) => word === 'another' || word === 'other' || word === 'second'),
    };
  });
  return mergeRepeats(read);
}

const describingWords = new Set(termTable({ ...colourWords, ...sizeWords }).map(([phrase]) => phrase));
/** Words about the picture or the story, not someone in it ("Characters: Pip, a small green dragon"). */
const storyWords = new Set(['character', 'characters', 'hero', 'heroine', 'protagonist', 'figure', 'figures', 'cast']);
const articles = new Set(['a', 'an', 'the']);
/** A colour is never a name, whatever else WordNet says it is ("a blue" is also a butterfly). */
const colourNames = new Set(termTable(colourWords).map(([phrase]) => phrase));
const shapes = new Map<string, ReturnType<typeof subjectShapeFromWordNet>>();

function shapeOf(phrase: string, describedBefore: boolean, named = false) {
  const key = `${phrase}|${describedBefore}|${named}`;
  if (!shapes.has(key)) shapes.set(key, subjectShapeFromWordNet(phrase, describedBefore, named));
  return shapes.get(key);
}

/**
 * Adds the creatures, people and vehicles no list names but WordNet does ("a walrus", "the farmer",
 * "a fire engine"), drawn by their class, so any hero a story names is in its picture.
 */
function withWordNetShapes(tokens: string[], listed: Array<TermMatch<SubjectKind>>): Array<TermMatch<SubjectKind>> {
  const covered = new Set(listed.flatMap((match) => Array.from({ length: match.end - match.start }, (_, offset) => match.start + offset)));
  const found: Array<TermMatch<SubjectKind>> = [];
  for (let position = 0; position < tokens.length; position += 1) {
    // After "a", "the" or a colour, and before no noun, a word that can also describe is a name: "the wizard and", "a gentle giant with".
    const next = tokens[position + 1];
    const describedBefore = position > 0 && describingWords.has(tokens[position - 1]);
    const named = (describedBefore || articles.has(tokens[position - 1])) && !colourNames.has(tokens[position])
      && (next === undefined || next === '' || (lemmasOf(next, 'noun').length === 0 && lemmasOf(next, 'adj').length === 0));
    // "Pip: a hero with curly hair": a hero the card makes someone is a person to draw; "the hero of the story" is a word about it.
    const namedHero = named && (tokens[position - 1] === 'a' || tokens[position - 1] === 'an') && (tokens[position] === 'hero' || tokens[position] === 'heroine');
    if (covered.has(position) || tokens[position] === '' || (describingWords.has(tokens[position]) && !named) || (storyWords.has(tokens[position]) && !namedHero)) continue;
    // What a character wears is no one else: "wearing a blue jumper" is clothes, not a person who jumps.
    // Nor is how a character's hair is done ("red hair in two bunches").
    if (tokens.slice(Math.max(0, position - 4), position).some((token) => token === 'wearing' || token === 'hair')) continue;
    const pair = position + 1 < tokens.length && !covered.has(position + 1) && tokens[position + 1] !== '' ? `${tokens[position]} ${tokens[position + 1]}` : undefined;
    // "an aye-aye": the prompt's words lost the hyphen WordNet writes between them.
    const pairShape = pair ? shapeOf(pair, describedBefore) ?? shapeOf(pair.replace(' ', '-'), describedBefore) : undefined;
    const shape = pairShape ?? shapeOf(tokens[position], describedBefore, named);
    if (!shape) continue;
    const end = position + (pairShape ? 2 : 1);
    found.push({ value: shape.kind, phrase: shape.noun, start: position, end, plural: tokens[end - 1] !== shape.noun.split(' ').at(-1) && tokens[end - 1].endsWith('s') });
    position = end - 1;
  }
  return [...listed, ...found].sort((first, second) => first.start - second.start);
}

/** WordNet's class of the young of animals: a cub, a calf, a foal, a chick, a hatchling. */
const youngClass = 'young';
const youngWords = new Map<string, boolean>();

/** Whether a noun names an animal's young ("cub"; never "baby", which WordNet files with people). */
function namesYoung(word: string): boolean {
  if (!youngWords.has(word)) {
    youngWords.set(word, sensesOf(word, 'noun').some((sense) => sense.lexicographerFile === 'noun.animal'
      && isNounOfClass(sense, youngClass)));
  }
  return youngWords.get(word)!;
}

/**
 * "a bear cub" is a bear drawn small and called a bear cub: a creature's word followed by the word
 * for its young joins it, so the alt text and the card keep "cub" and the picture keeps the bear.
 */
function withYoung(tokens: string[], mentions: Array<TermMatch<SubjectKind>>): Array<TermMatch<SubjectKind> & { kindNoun?: string }> {
  return mentions.map((mention) => {
    const next = tokens[mention.end];
    if (mention.plural || next === undefined || next === '' || !namesYoung(next)) return mention;
    const singular = lemmasOf(next, 'noun')[0] ?? next;
    return { ...mention, phrase: `${mention.phrase} ${singular}`, end: mention.end + 1, plural: singular !== next, kindNoun: mention.phrase };
  }).filter((mention, index, all) => index === 0 || mention.start >= all[index - 1].end);
}

/**
 * A story names its hero more than once ("Pip the dragon … Pip: a small green dragon"): a later
 * mention of a kind already named once is the same character, and adds what the first left unsaid.
 * "Another dragon" or a number keeps them apart.
 */
function mergeRepeats(mentions: Array<SubjectMention & { another: boolean; kindNoun?: string }>): SubjectMention[] {
  const merged: SubjectMention[] = [];
  const kindNouns = new Map<SubjectMention, string>();
  for (const { another, kindNoun, ...mention } of mentions) {
    // "the bear cub … Tuppence the bear": the same bear, named by its kind the second time.
    const kindNounOf = (known: SubjectMention) => kindNouns.get(known) ?? known.noun;
    const ownKindNoun = kindNoun ?? mention.noun;
    // A shape shared by class is not a repeat: "the knight" and "the child" are two people, a walrus is no otter.
    const sameOne = (known: SubjectMention) => kindNounOf(known) === ownKindNoun
      || (mention.kind !== 'child' && listedNouns.has(kindNounOf(known)) && listedNouns.has(ownKindNoun));
    // "the seal pup … the pup": the young's own word alone is the same one, whatever WordNet draws it as.
    const youngNamed = (known: SubjectMention) => kindNouns.has(known) && known.noun.split(' ').at(-1) === mention.noun;
    // The same word is the same one, whatever shape each mention's words gave it: "a small grey scooter" (WordNet's sea
    // duck, after a describing word) and "Moss the scooter" (the vehicle) are one hero, drawn as first read.
    const earlier = merged.find((known) => known.count === 1 && ((known.kind === mention.kind && sameOne(known)) || known.noun === mention.noun || youngNamed(known)));
    if (earlier && mention.count === 1 && !another) {
      if (kindNoun && !kindNouns.has(earlier)) {
        earlier.noun = mention.noun;
        kindNouns.set(earlier, kindNoun);
      }
      earlier.colour ??= mention.colour;
      earlier.size ??= mention.size;
      earlier.pose ??= mention.pose;
      earlier.expression ??= mention.expression;
    } else {
      merged.push(mention);
      if (kindNoun) kindNouns.set(mention, kindNoun);
    }
  }
  return merged;
}

/** Words that begin another noun's phrase: a colour before one of them is that noun's. */
const phraseOpeners = new Set([...articles, 'his', 'her', 'its', 'their', 'my', 'our', 'your', 'with', 'of', 'in', 'on', 'at', 'to', 'by', 'near', 'wearing', 'who', 'that']);

/**
 * The colour said just before a subject, in the subject's own phrase ("a green and gold dragon", "a blue sea turtle"):
 * in "wearing a purple cardigan. Willow the bus driver" the purple is the cardigan's, not the bus's.
 */
function colourBefore(before: string[]): ColourName | undefined {
  const colour = findTerms(before, colourTable).at(-1);
  if (colour === undefined) return undefined;
  const between = before.slice(colour.end);
  return between.length <= 2 && !between.some((word) => phraseOpeners.has(word)) ? colour.value : undefined;
}

/** "a child wearing a yellow raincoat" is drawn in yellow: the colour of what a subject wears, when no colour comes before it. */
function clothesColour(after: string[]): ColourName | undefined {
  // "wearing" first: in "red hair in two bunches, wearing a blue jumper" the clothes are blue.
  const wornAt = after.indexOf('wearing');
  const wearing = wornAt >= 0 ? wornAt : after.indexOf('in');
  return wearing < 0 ? undefined : findTerms(after.slice(wearing + 1, wearing + 4), colourTable)[0]?.value;
}

function lastValue<T>(matches: Array<TermMatch<T>>): T | undefined {
  return matches.at(-1)?.value;
}

/**
 * "two cats" is two, "cats" some (0 here: the caller draws two or three), "a cat" one. A word of number counts only
 * before a plural: "a twin sister" and "the family cat" are one (a character card's twin was drawn as two girls, the
 * second in another colour in every picture).
 */
function readCount(mention: TermMatch<SubjectKind>, before: string[]): number {
  for (const token of before.slice(-2)) {
    const digit = Number(token);
    if (Number.isInteger(digit) && digit >= 1) return Math.min(digit, 5);
    if (countWords[token] !== undefined && mention.plural) return countWords[token];
  }
  return mention.plural ? 0 : 1;
}

/** A sad word outweighs an excited one, which outweighs sleepy: the story turns on the strongest. */
function strongestExpression(found: Expression[]): Expression | undefined {
  return (['sad', 'excited', 'sleepy'] as const).find((expression) => found.includes(expression));
}
