/** The light a picture is drawn in, named in words every image backend understands. */
export const lightPhrases = {
  morning: 'morning light',
  day: 'bright daylight',
  evening: 'golden evening light',
  night: 'night-time, moonlight',
} as const;

export type SceneTime = keyof typeof lightPhrases;

const timeWords: Array<[RegExp, SceneTime]> = [
  [/\b(morning|sunrise|dawn|breakfast)\b/i, 'morning'],
  [/\b(daylight|daytime|afternoon|noon|midday|sunny|sunshine)\b/i, 'day'],
  [/\b(evening|sunset|dusk|twilight|sundown)\b/i, 'evening'],
  [/\b(night|night-time|moonlight|moonlit|bedtime|midnight|asleep|starlit)\b/i, 'night'],
];

function firstTime(text: string): SceneTime | undefined {
  let best: { at: number; time: SceneTime } | undefined;
  for (const [pattern, time] of timeWords) {
    const found = pattern.exec(text);
    if (found && (best === undefined || found.index < best.at)) best = { at: found.index, time };
  }
  return best?.time;
}

/**
 * The time of day a scene's own words give: the brief's first, then the scene's text (its first time
 * word sets the scene), else daylight. A picture is never night just because stories are read at bedtime.
 */
export function sceneTime(brief: string, text = ''): SceneTime {
  return firstTime(brief) ?? firstTime(text) ?? 'day';
}
