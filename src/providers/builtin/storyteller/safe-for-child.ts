import { checkIdeaPart } from '../../../safety/index.ts';

/** Whether a word or phrase read from the idea may reach the story: the child-mode check of one part (check-idea-part.ts). */
export const safe = (text: string) => checkIdeaPart(text, 'child').safe;
