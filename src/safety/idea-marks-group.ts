import { groupsMarked } from './groups-marked.ts';
import { normalizeForMatching } from './normalize-for-matching.ts';

/** Whether an idea, as written, marks a group of people by who they are (see groupsMarked): read by group-neighbours.ts. */
export function ideaMarksGroup(idea: string): boolean {
  const folded = normalizeForMatching(idea).text;
  return groupsMarked(folded, folded.match(/[a-z]+(?:'[a-z]+)?/g) ?? []).length > 0;
}
