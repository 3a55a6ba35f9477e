import { findTerms, termTable, tokenize } from '../../media/illustrator/find-terms.ts';
import type { SceneSetting } from '../../media/illustrator/scene-description.ts';
import { settingWords } from '../../media/illustrator/scene-vocabulary.ts';

const placeTable = termTable(Object.fromEntries(Object.entries(settingWords).map(([setting, words]) => [setting, words.strong])) as Record<SceneSetting, string[]>);
/** Words that put someone somewhere: "in the garden", "near a quiet river", "into bed". */
const locatives = new Set(['in', 'at', 'near', 'by', 'on', 'into', 'onto', 'across', 'through', 'under', 'beside', 'over', 'along', 'around', 'inside', 'reached']);

function placesIn(text: string, located: boolean): Array<{ setting: SceneSetting; phrase: string }> {
  // Sentence by sentence: "… pushed them along. Mia talked about space" puts nobody in space.
  if (/[.!?]/.test(text)) return text.split(/[.!?]+/).flatMap((sentence) => placesIn(sentence, located));
  const tokens = tokenize(text);
  return findTerms(tokens, placeTable)
    .filter((match) => !located || tokens.slice(Math.max(0, match.start - 4), match.start).some((token) => locatives.has(token)))
    .map((match) => ({ setting: match.value, phrase: match.phrase }));
}

/**
 * Where a scene's own words put its characters, for its picture: undefined when the picture's brief
 * already names a place the text puts them in, or the text puts them nowhere the illustrator draws.
 * A brief's "old oak tree" must not draw a forest for a scene the text sets by the river.
 */
export function scenePlace(brief: string, text: string): string | undefined {
  const located = placesIn(text, true);
  if (located.length === 0) return undefined;
  const briefSettings = new Set(placesIn(brief, false).map((place) => place.setting));
  return located.some((place) => briefSettings.has(place.setting)) ? undefined : located[0].phrase;
}
