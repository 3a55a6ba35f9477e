import { findTerms, termTable, tokenize } from '../../../media/illustrator/find-terms.ts';
import { settingWords } from '../../../media/illustrator/scene-vocabulary.ts';

/** The illustrator's words for its settings ("meadow", "in the sky", "rainforest"), each giving the setting it draws. */
export const drawnPlaceTable = termTable(Object.fromEntries(Object.entries(settingWords).map(([setting, words]) => [setting, [...words.strong, ...words.weak]])));

/** Whether the illustrator draws a place by its words ("the rainforest" is the jungle; "the Pacific" is nothing it knows). */
export function isDrawnPlace(phrase: string): boolean {
  return findTerms(tokenize(phrase), drawnPlaceTable).length > 0;
}
