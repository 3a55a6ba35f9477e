import { checkIdeaPart } from '../../../safety/index.ts';
import { lemmasOf } from '../../../safety/wordnet-lexicon.ts';
import { withArticle } from './fill-template.ts';
import { namingWords } from './made-someone.ts';
import { heritageWords } from './read-heritage.ts';
import type { IdeaParts } from './idea-parts.ts';

/** What a parent is told: the parts of the idea the story was built from, and the words it could not place. */
export interface IdeaUsage {
  /** "a sleepy dragon", "the moon", ... */
  used: string[];
  /** Words of the idea that no part took, in the idea's order (less those left out). */
  notUnderstood: string[];
  /** Words no part took because the child-mode check refuses them alone ("ghoul", "demon"): the parent is told they were left out, not misread. */
  leftOut: string[];
  /** Creatures the story tells of that the built-in illustrator has no shape for ("a cloud"): in the text, not in its pictures. */
  notDrawn: string[];
}

// Words that carry no part of their own: articles, pronouns, linking words and the cues readIdeaParts reads for the plot.
const glue = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'into', 'onto', 'over', 'under', 'up', 'down', 'who', 'which',
  'that', 'is', 'are', 'was', 'be', 'his', 'her', 'their', 'its', 'it', 'he', 'she', 'they', 'them', 'him', 'this', 'these', 'those', 'my', 'our', 'your', 'about', 'story', 'tale', 'bedtime', 'some', 'very',
  'want', 'wants', 'wish', 'wishes', 'go', 'goes', 'going', 'see', 'visit', 'find', 'finds', 'lost', 'loses', 'make', 'makes', 'help', 'helps', 'friend', 'friends', 'has', 'have',
]);

/**
 * Compares the idea's words with the parts read from it (readIdeaParts), so the story page, the CLI
 * and story.json can say "I used: a train, the moon" and "I did not understand: dreams, house".
 */
export function ideaUsage(idea: string, parts: IdeaParts): IdeaUsage {
  const used = [
    ...(parts.hero ? [`${withArticle([...parts.traits, ...heritageWords(parts.heritage), parts.hero.word].join(' '))}${parts.heroName ? ` called ${parts.heroName}` : ''}`] : parts.listener ? [`${withArticle([...heritageWords(parts.heritage), parts.listener].join(' '))}${parts.heroName ? ` called ${parts.heroName}` : ' (your child)'}`] : []),
    ...parts.companions.map((being) => withArticle(being.word)),
    ...[parts.goal, parts.trip, parts.destination, parts.setting, parts.homeIn, parts.thing, parts.fear, parts.time].filter((part): part is string => Boolean(part)),
    ...(parts.plot === 'way-home' || parts.returnsHome ? ['the way home'] : []),
    ...(parts.reunitedWith ? [parts.reunitedWith] : []),
    // "a storm", "marshmallows": a thing the idea named in the plural is said so.
    ...(parts.props ?? []).map((prop) => (lemmasOf(prop.split(' ').at(-1)!, 'noun').includes(prop.split(' ').at(-1)!) ? withArticle(prop) : prop)),
  ];
  // "a sleepy dragon" is sleepy already: a feeling the hero's traits name is not said twice.
  if (parts.feeling && !parts.traits.includes(parts.feeling)) used.push(parts.feeling);
  const placed = new Set(used.join(' ').toLowerCase().split(/[^\p{L}]+/u).filter(Boolean));
  // "a puppy named Biscuit" is told as "a puppy called Biscuit": the word that gave the name was used with it.
  if (parts.heroName) for (const word of namingWords) placed.add(word);
  // "my daughter Zara" is told as "a girl called Zara": the word for the parent's own child was used with the name.
  if (parts.heroName && parts.listener) for (const word of ['son', 'daughter', 'kid', 'child', 'grandson', 'granddaughter']) placed.add(word);
  // "carries" is placed by the goal's "carry".
  const isPlaced = (word: string) => placed.has(word) || placed.has(word.replace(/(?:es|s)$/, '')) || lemmasOf(word, 'verb').some((lemma) => placed.has(lemma)) || [...placed].some((part) => part.length > 3 && word.startsWith(part));
  const words = idea.toLowerCase().split(/[^\p{L}']+/u).filter((word) => word.length > 1);
  const unplaced = [...new Set(words.filter((word) => !glue.has(word) && !isPlaced(word)))];
  // Every part passes the child-mode check word by word (readIdeaParts), so a word it refuses was left out on purpose.
  const leftOut = unplaced.filter((word) => word.length > 2 && !checkIdeaPart(word, 'child').safe);
  const notUnderstood = unplaced.filter((word) => !leftOut.includes(word));
  const notDrawn = [...(parts.hero ? [parts.hero] : []), ...parts.companions].filter((being) => !being.drawn).map((being) => withArticle(being.word));
  return { used, notUnderstood, leftOut, notDrawn };
}
