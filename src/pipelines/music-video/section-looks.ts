import { findTerms, termTable, tokenize } from '../../media/illustrator/find-terms.ts';
import { deriveScene } from '../../media/illustrator/derive-scene.ts';
import { timesOfDay, type SceneSetting, type SubjectKind, type TimeOfDay } from '../../media/illustrator/scene-description.ts';
import { settingWords, subjectWords, timeWords } from '../../media/illustrator/scene-vocabulary.ts';
import { subjectTraits } from '../../media/illustrator/subject-traits.ts';

/** Where and when one section of the song takes place, in the illustrator's own words. */
export interface SectionLook {
  place: SceneSetting;
  time: TimeOfDay;
  /** The words a prompt says it with, e.g. "forest at dusk". */
  words: string;
}

const placeTable = Object.entries(settingWords).flatMap(([setting, words]) => words.strong.map((phrase): [string, SceneSetting] => [phrase, setting as SceneSetting]));
const timeTable = termTable(timeWords);
const subjectTable = termTable(subjectWords);

/**
 * Gives each section of the song its own place and time of day, drawn from the style's words: the
 * places the style names, in turn; when it names none, the place the illustrator would choose for
 * it, then the places the illustrator knows its subjects live in (a fox's forest, a robot's city
 * and space). A chorus that comes back returns to its place (sections alike share a label, and a
 * label keeps its place). The times walk through the song: with a time
 * named, the song opens just before it and ends just after (dusk, night… night, dawn); with none,
 * it walks through a whole day from dawn to night.
 */
export function sectionLooks(style: string, sections: readonly { label?: string }[]): SectionLook[] {
  const tokens = tokenize(style);
  const named = uniqueList(findTerms(tokens, placeTable).map((match) => match.value));
  const places = named.length > 0 ? named : uniqueList([
    deriveScene(style).setting,
    ...findTerms(tokens, subjectTable).flatMap((match) => subjectTraits[match.value as SubjectKind].settings),
  ]);
  const namedTime = findTerms(tokens, timeTable)[0]?.value;
  const labels: string[] = [];
  const looks: SectionLook[] = [];
  for (const [index, section] of sections.entries()) {
    const label = section.label ?? `section ${index}`;
    if (!labels.includes(label)) labels.push(label);
    const time = timeAt(index, sections.length, namedTime);
    let place = places[labels.indexOf(label) % places.length];
    // Two alike sections in a row would show the same scene twice: the second moves on to the next place.
    const previous = looks.at(-1);
    if (previous && previous.place === place && previous.time === time) place = places[(labels.indexOf(label) + 1) % places.length];
    looks.push({ place, time, words: `${settingWords[place].strong[0]} ${timePhrases[time]}` });
  }
  return looks;
}

/**
 * The look of one section given its own style words (the editor's "Change style"): the place those
 * words name (or the one the illustrator would choose for them), at the time they name, else at the
 * time the section had, so the song still walks through its day.
 */
export function styledSectionLook(style: string, time: TimeOfDay): SectionLook {
  const tokens = tokenize(style);
  const place: SceneSetting = findTerms(tokens, placeTable)[0]?.value ?? deriveScene(style).setting;
  const ownTime = (findTerms(tokens, timeTable)[0]?.value as TimeOfDay | undefined) ?? time;
  return { place, time: ownTime, words: `${settingWords[place].strong[0]} ${timePhrases[ownTime]}` };
}

const timePhrases: Record<TimeOfDay, string> = { dawn: 'at dawn', day: 'by day', sunset: 'at sunset', dusk: 'at dusk', night: 'at night' };

function timeAt(index: number, count: number, named: TimeOfDay | undefined): TimeOfDay {
  if (named === undefined) return timesOfDay[Math.min(timesOfDay.length - 1, Math.floor((index * timesOfDay.length) / Math.max(1, count)))];
  const at = timesOfDay.indexOf(named);
  const step = count >= 3 && index === 0 ? -1 : count >= 3 && index === count - 1 ? 1 : 0;
  return timesOfDay[(at + step + timesOfDay.length) % timesOfDay.length];
}

function uniqueList<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/**
 * The text with its time-of-day words taken out ("a neon city at night" → "a neon city"), so a
 * section's own time is the only one an image model reads.
 */
export function withoutTimeWords(text: string): string {
  const phrases = findTerms(tokenize(text), timeTable).map((match) => match.phrase);
  let result = text;
  for (const phrase of phrases) {
    const words = phrase.split(' ').map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\p{L}\\p{N}]+');
    result = result.replace(new RegExp(`(?:\\b(?:at|in the|by|during the|during|this)\\s+)?\\b${words}s?\\b`, 'giu'), ' ');
  }
  return result.replace(/\s+([,.;])/g, '$1').replace(/,(\s*,)+/g, ',').replace(/\s{2,}/g, ' ').replace(/^[\s,]+|[\s,]+$/g, '');
}
