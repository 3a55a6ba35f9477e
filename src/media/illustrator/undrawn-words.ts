import { singularForms, tokenize } from './find-terms.ts';
import {
  colourWords, countWords, energyWords, expressionWords, framingWords, paletteWords, placementWords,
  poseWords, settingWords, sizeWords, subjectWords, timeWords, weatherWords,
} from './scene-vocabulary.ts';

/**
 * Words that carry no picture of their own: grammar, and looks the drawing already has in its own
 * way (a "beautiful", "cartoon" picture). They are never reported as missing.
 */
const fillerWords = new Set(`
  a an the and or but with without in on at of to from by for into onto over under above below near
  beside behind between among through across around along inside outside up down out off away
  is are was were be being been who which that this these those it its his her their our my your
  he she they we i you him them me us some any every each one very so too just also then there here
  while as like than when where what how not no all both either neither
  scene picture image video style look theme mood vibe feeling atmosphere shot view background
  beautiful pretty lovely nice cute cool awesome amazing fun funny happy friendly little big small
  cartoon illustrated illustration drawing painting painted art artistic cinematic dramatic realistic
  detailed simple minimal abstract stylised stylized flat light dark bright colour color colours colors
  intensity energy moment scene song music beat rhythm opening building rising lively early
  full lots lot kind sort way time day night
`.split(/\s+/).filter(Boolean));

const known = new Set<string>();
const addPhrases = (phrases: Iterable<string>) => {
  for (const phrase of phrases) for (const word of tokenize(phrase)) known.add(word);
};
for (const table of [colourWords, expressionWords, framingWords, paletteWords, placementWords, poseWords, sizeWords, subjectWords, timeWords, weatherWords, energyWords]) {
  addPhrases(Object.values(table as Record<string, string[]>).flat());
}
addPhrases(Object.values(settingWords).flatMap((words) => [...words.strong, ...words.weak]));
addPhrases(Object.keys(countWords));

/**
 * The words of a prompt the illustrator cannot draw and does not read as a look: "a dinosaur on a
 * skateboard" answers dinosaur and skateboard. Numbers and words of one or two letters are left out.
 */
export function undrawnWords(prompt: string): string[] {
  const missing: string[] = [];
  for (const token of tokenize(prompt)) {
    if (token.length <= 2 || /^\d/.test(token) || fillerWords.has(token)) continue;
    if (singularForms(token).some((form) => known.has(form) || fillerWords.has(form))) continue;
    if (/(ly|ing|ed)$/.test(token) && token.length > 5) continue; // adverbs and verb forms describe, they do not name
    if (!missing.includes(token)) missing.push(token);
  }
  return missing;
}
