import { feelsAgainst, harshness, isBlight, isTrait, judgesPlural } from './harsh-words.ts';
import { isPeople, isPlural } from './people-words.ts';
import { valenceOf } from './warning-categories.ts';
import { sensesOf } from './wordnet-lexicon.ts';

// Words that open another clause: what follows says when or why, about whoever it names ("… is sad | because she lost her kite"),
// or speaks of something of theirs ("a Jewish boy | whose cat steals the cheese").
const relatives = new Set(['who', 'that', 'which']);
/** Verbs of bringing harm about. */
const bringingVerbs = new Set(['cause', 'causes', 'caused', 'causing', 'bring', 'brings', 'brought', 'bringing', 'spread', 'spreads', 'spreading', 'carry', 'carries', 'carried', 'carrying']);
/** Words between "are" and what a whole group is said to be like ("are all lazy", "are naturally"). */
const generalisingWords = new Set(['all', 'so', 'always', 'naturally', 'just', 'really']);
/** Verbs of how someone seems to the senses. */
const seemingVerbs = new Set(['smell', 'smells', 'smelled', 'smelt', 'stink', 'stinks', 'look', 'looks', 'looked', 'sound', 'sounds', 'sounded', 'seem', 'seems', 'seemed']);
/** Verbs of aiming at a deed: what follows "to" is what they are said to mean to do. */
const aimingVerbs = new Set(['plan', 'plans', 'planning', 'planned', 'plot', 'plots', 'plotting', 'plotted', 'scheme', 'schemes', 'scheming', 'try', 'tries', 'trying', 'tried', 'want', 'wants', 'wanted', 'mean', 'means', 'going']);
const clauseBreaks = new Set(['whose', 'because', 'when', 'while', 'before', 'after', 'until', 'if', 'but', 'so', 'although', 'though', 'since', 'whenever', '.', ';', '!', '?']);

/**
 * The harsh word said of the group, if any: in the clause that names the group, from the group on, or just before it
 * ("the dirty gypsies"); never a feeling ("an immigrant boy who is afraid", see isFeelingWord), nor a describing word
 * that describes the next thing named when that is not the group ("a Jewish family ... while a scary storm rages").
 */
export function harshWordOnGroup(folded: string, markedWords: ReadonlySet<string>, markingWords: ReadonlySet<string>): string | undefined {
  const tokens = folded.match(/[a-z]+(?:'[a-z]+)?|[.;!?]/g)?.map((token) => token.replace(/'s$/, '')) ?? [];
  // "the Mexican kids who …": the people a marking word names, in the plural, are the group too ("a Mexican boy who is
  // naughty" is one boy in a story, and what follows "who" is about him alone).
  const inGroup = (index: number) => markedWords.has(tokens[index]) || (markedWords.has(tokens[index - 1] ?? '') && isPeople(tokens[index]) && isPlural(tokens[index]));
  const groupAt = tokens.flatMap((_, index) => (inGroup(index) ? [index] : []));
  const before = (index: number) => groupAt.some((group) => index < group && group - index <= 2);
  // "… because they steal": a clause whose subject is "they" goes on saying it of them.
  // "a Black princess who has to defeat a wicked dragon | that stole the sun": a relative clause after someone else is about them.
  const relativeOfOther = (at: number) => relatives.has(tokens[at]) && !inGroup(at - 1) && sensesOf(tokens[at - 1] ?? '', 'noun', 1).length > 0;
  // "so bad", "so lazy": "so" before a describing word says how much, and opens nothing.
  const intensifies = (at: number) => tokens[at] === 'so' && sensesOf(tokens[at + 1] ?? '', 'adj', 1).length > 0;
  const opensClause = (at: number) => (clauseBreaks.has(tokens[at]) && tokens[at + 1] !== 'they' && !intensifies(at)) || relativeOfOther(at);
  const saidOf = (index: number) => before(index) || groupAt.some((group) => index > group && !tokens.slice(group + 1, index).some((_, offset) => opensClause(group + 1 + offset)));
  return tokens.find((word, index) => {
    if (feelsAgainst(word) && before(index)) return true;
    // "they always cause trouble", "bring their crime and diseases": harm they are said to bring, a feeling or a mishap though it is.
    // A disease or a pest counts too ("because they carry diseases"), though AFINN weighs "disease" mildly.
    // Not a describing word of the thing brought ("brings sad news").
    if ((valenceOf(word) <= -2 || isBlight(word)) && saidOf(index) && !before(index) && tokens.slice(Math.max(0, index - 3), index).some((earlier) => bringingVerbs.has(earlier)) && !describesOtherThing([word], tokens[index + 1], inGroup(index + 1))) return true;
    // "are secretly planning to hurt everyone": a harsh verb they are said to mean to do is a deed, never a feeling of theirs.
    if (valenceOf(word) <= -2 && tokens[index - 1] === 'to' && aimingVerbs.has(tokens[index - 2] ?? '') && saidOf(index) && !before(index)) return true;
    // The verb before the word, past "all", "so", "always" ("are all lazy", "smells so bad").
    const verbBefore = generalisingWords.has(tokens[index - 1] ?? '') ? tokens[index - 2] : tokens[index - 1];
    // "smells so bad", "looks ugly": after a verb of how someone seems, a harsh word describes them, never a feeling of theirs.
    if (harshness(word) <= -2 && seemingVerbs.has(verbBefore ?? '') && saidOf(index) && !before(index)) return true;
    // "who are all lazy", "are so noisy": a mildly bad trait said of the whole group with "are" is a judgement on them too.
    if (valenceOf(word) === -1 && isTrait(word) && (verbBefore === 'are' || verbBefore === 'were') && saidOf(index) && !before(index)) return true;
    // "is mocked by mean kids": what is done to them by someone, told passively, is how they are treated, not what they are;
    // and whoever does it ("is called names by bullies") is someone else. A describing word that marks the group ("the poor
    // children") is who they are, not a judgement on them; a slur is both.
    if (passiveBy(tokens, index) || byWhom(tokens, index) || markingWords.has(word)) return false;
    if (!judgesPlural(word) || !saidOf(index)) return false;
    const next = tokens[index + 1];
    return !describesOtherThing([word], next, markedWords.has(next ?? ''));
  });
}

/** A word among the three after "by" ("by bullies", "by the angry villagers"): the doer, not the people done to. */
function byWhom(tokens: readonly string[], index: number): boolean {
  return tokens.slice(Math.max(0, index - 3), index).includes('by');
}

const passiveWords = new Set(['is', 'are', 'was', 'were', 'being', 'been', 'gets', 'get', 'got']);
/** A harsh word between "is" and "by" ("is mocked by", "was teased by"): something done to them by someone else. */
function passiveBy(tokens: readonly string[], index: number): boolean {
  return passiveWords.has(tokens[index - 1] ?? '') && tokens[index + 1] === 'by';
}

/**
 * Whether a harsh word describes the next thing named rather than the people: it can describe, and the next word is a
 * noun that is not the group ("a scary storm", "le grand méchant loup").
 */
export function describesOtherThing(describing: readonly string[], next: string | undefined, nextIsGroup: boolean): boolean {
  return next !== undefined && !nextIsGroup && describing.some((word) => sensesOf(word, 'adj', 1).length > 0) && sensesOf(next, 'noun', 1).length > 0;
}
