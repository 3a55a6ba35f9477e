/**
 * How gentle a parent asks the story to be: "realistic but not gory", "nothing too scary", "without the gory bits",
 * "no blood". The harsh word is what the story must leave out, so the rules do not read it as asked for. Only words that
 * say how a story is told (gory, scary, graphic, violent, bloody, gruesome, blood, gore, violence) after a "not", "no",
 * "nothing" or "without" are blanked; a harmful act ("not kill", "no mercy") is never a tone.
 */
const toneLimit = /\b(?:not|nothing|no|without|never|isn'?t|aren'?t|don'?t want(?: it)?|doesn'?t have to be)(?: (?:too|very|overly|so|at all|anything|any|the|that|really))* (?:gory|gore|bloody|blood|violent|violence|graphic|scary|frightening|gruesome|grisly|gross)\b(?: (?:bits|details|parts|stuff|scenes))?/g;

/** Folded text (normalizeForMatching) with the tone a parent limits blanked. */
export function blankToneLimits(folded: string): string {
  return folded.replace(toneLimit, ' ~ ');
}
