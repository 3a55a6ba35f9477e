import type { SafetyTopic } from '../safety-topic.ts';

/** What a text is: a short `request` (one thought, judged whole) or generated `story` text. */
export type TextReach = 'request' | 'story';

/**
 * One meaning the prompt check refuses: every part of `all` must be found in the same stretch of text
 * (a sentence pair, or the whole of a short prompt). A part is a group name in braces (`{child}`) or a
 * phrase in the group syntax. A lone part is a phrase that is always refused.
 */
export interface TopicRule {
  topic: SafetyTopic;
  all: string[];
  /** The rule does not fire when any of these is found too. */
  unless?: string[];
  /** Only for this kind of text: a pairing that gives a short request away is everyday in a story. */
  reach?: TextReach;
}

/**
 * Co-occurrence keeps the fine ones fine: "naked" alone (the emperor, a pig in the mud) passes, a naked
 * child does not; "don't tell" passes for a surprise party, not with sweets from a stranger.
 */
export const topicRules: TopicRule[] = [
  { topic: 'sexual', all: ['{sexualAlways}'] },
  // A massage "with a happy ending" is the euphemism; a story's happy ending alone is every story's.
  { topic: 'sexual', all: ['massag*', 'happy ending'] },
  { topic: 'sexual', all: ['{child}', '{undress}'], reach: 'request' },
  // In a story the undressing must be the child's (next to the child's word), and getting into pyjamas is bedtime.
  { topic: 'sexual', all: ['{childUndressing}'], unless: ['{dressingRoutine}'], reach: 'story' },
  { topic: 'sexual', all: ['{childUndressing}', '{adult}'], reach: 'story' },
  { topic: 'sexual', all: ['{naked}', '{nakedContext}'] },
  { topic: 'sexual', all: ['{adult}', '{child}', '{intimateSetting}', '{secrecy}'] },
  { topic: 'grooming', all: ['{secrecy}', '{adult}'], unless: ['{surprise}'] },
  { topic: 'grooming', all: ['{secrecy}', '{lure}'], unless: ['{surprise}'] },
  { topic: 'grooming', all: ['{secrecy}', '{intimateSetting}'], unless: ['{surprise}'] },
  // Calling it a surprise lifts nothing when the secret is about the body and a grown-up keeps it.
  { topic: 'grooming', all: ['{secrecy}', '{adult}', '{bodySecret}'] },
  { topic: 'grooming', all: ['{meetAlone}'] },
  { topic: 'grooming', all: ['{meetAloneWeak}', '{adult}'] },
  { topic: 'grooming', all: ['{stranger}', '{lure}'] },
  // A child going off with a stranger is the abduction story, with or without sweets.
  // Learning never to go with one is the safety lesson.
  { topic: 'grooming', all: ['{stranger}', '{goesOff}'], unless: ['never ... go* with', 'not ... go* with', 'never ... follow*', 'not ... follow*', 'never ... get* in'], reach: 'request' },
  { topic: 'self-harm', all: ['{selfHarm}'] },
  { topic: 'self-harm', all: ['{notEating}', '{bodyImage}'] },
  { topic: 'suicide', all: ['{suicide}'] },
  // Wanting to sleep forever is the euphemism; a pet that "went to sleep forever" is a death told as past, a story of grief.
  { topic: 'suicide', all: ['sleep forever'], unless: ['went to sleep forever', 'gone to sleep forever'] },
  { topic: 'substances', all: ['{alcohol}'] },
  { topic: 'substances', all: ['{tobacco}'] },
  { topic: 'substances', all: ['{drugs}'] },
  { topic: 'substances', all: ['{smoking}', '{child}'] },
  { topic: 'weapons', all: ['{gun}'] },
  { topic: 'weapons', all: ['{blade}', '{bladeHarm}'], reach: 'request' },
  // Children and scissors share many a craft scene; in a story the blade must be used or hidden to harm.
  { topic: 'weapons', all: ['{blade}', '{bladeAct}'], reach: 'story' },
  { topic: 'violence', all: ['{killing}'] },
  { topic: 'violence', all: ['{harmVerb} ... {victim}'], unless: ['{behaviourLesson}'] },
  { topic: 'violence', all: ['{violentPhrase}'] },
  { topic: 'abuse', all: ['{abuseAct}'] },
  { topic: 'abuse', all: ['{hitting}', '{child}', '{abuser}'], reach: 'request' },
  // A story is full of balls kicked to dads and babies kicking their legs: the blow must land on a person.
  { topic: 'abuse', all: ['{hitting} {struck}', '{abuser}', '{child}'], reach: 'story' },
  { topic: 'threats', all: ['{threatAlways}'] },
  { topic: 'threats', all: ['{threatPhrase}', '{menace}'] },
  { topic: 'hate', all: ['{slur}'] },
  { topic: 'hate', all: ['{hateAlways}'] },
  { topic: 'hate', all: ['{group}', '{insult}'] },
  { topic: 'hate', all: ['{bullying}', '{bodyImage}'] },
  { topic: 'hate', all: ['{bullying}', '{insult}'] },
  { topic: 'dangerous-instructions', all: ['{bomb}'] },
  { topic: 'dangerous-instructions', all: ['{dangerousAlways}'] },
  { topic: 'frightening', all: ['{frighteningDeath}', '{frighteningAlone}'] },
];
