import { lemmasOf, sensesOf } from './wordnet-lexicon.ts';

/**
 * Whether a judgement on a group is someone's words that the idea then overturns: "a refugee boy who is told to go back
 * where he came from, but his new friends welcome him", "a girl who is told girls can't be engineers and builds a rocket
 * anyway". Both are needed: the words are said in the story (a verb of speaking, in WordNet's commonest meaning, in the
 * clause just before the judgement), and the story stands against them after it (proved wrong, not true, done anyway,
 * stood up to, welcomed). A teacher who says kids with dark skin are less clever, with nothing against it, is the idea's
 * own judgement; so is one a story teaches or explains, whatever follows.
 */
export function isRejectedJudgement(folded: string, judgement: string): boolean {
  const at = wordAt(folded, judgement);
  if (at < 0) return false;
  const clauseBefore = folded.slice(0, at).split(/[.;!?]/).at(-1) ?? '';
  const wordsBefore = clauseBefore.match(/[a-z]+/g)?.slice(-8) ?? [];
  if (!wordsBefore.some(isSpeaking)) return false;
  return standsAgainst.test(folded.slice(at + judgement.length));
}

/** Where the judgement's words stand in the idea as whole words, or -1. */
function wordAt(folded: string, judgement: string): number {
  const escaped = judgement.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b${escaped}\\b`).exec(folded)?.index ?? -1;
}

// Teaching or explaining a judgement is asking for it to be taught, and showing or proving it is telling it as true.
const teaching = new Set(['teach', 'explain', 'instruct', 'preach', 'lecture', 'show', 'prove', 'demonstrate', 'warn', 'remind', 'learn']);

/** A verb whose commonest meaning is speaking ("told", "says", "shouts", "whispers"), never teaching it. */
function isSpeaking(word: string): boolean {
  return lemmasOf(word, 'verb').some((verb) => !teaching.has(verb) && sensesOf(verb, 'verb', 1)[0]?.lexicographerFile === 'verb.communication');
}

// After the words: they are proved wrong or said to be untrue or wrong, done anyway, stood up to, or the judged are welcomed.
const standsAgainst = /\b(?:prove[sdn]?|proving) (?:(?:them|him|her|everyone|everybody|all|the [a-z]+|[a-z]+) )?(?:all )?wrong\b|\b(?:is|was|are|were|it'?s|that'?s) not (?:true|right|fair|kind)\b|\b(?:isn'?t|aren'?t|wasn'?t|weren'?t) (?:true|right|fair|kind)\b|\buntrue\b|\banyway\b|\b(?:stand|stands|stood|standing) up (?:for|to)\b|\bwelcom(?:e|es|ed|ing)\b|\b(?:is|was|are|were) (?:wrong|unfair|unkind|mean)\b/;
