import type { MusicVideoMoment } from './music-video-input.ts';
import { withoutTimeWords, type SectionLook } from './section-looks.ts';

/**
 * What each kind of moment adds to the picture: its energy, a camera (framing) and a weather, then
 * a light (time of day) that tells the story when the song's sections give none. The style comes
 * first, so its own time, weather or palette wins.
 */
const momentWords: Record<string, [words: string, light: string]> = {
  opening: ['the opening scene, calm, wide landscape', 'early morning light'],
  'build-up': ['building up, rising energy, lively', 'afternoon'],
  drop: ['the drop, explosive, energetic, dancing, close up, rain', ''],
  breakdown: ['a breakdown, quiet, still, misty, far away', 'dusk'],
  climax: ['the climax, intense, wild, dancing, close up, starry', 'night'],
  outro: ['the outro, gentle, slow, panorama', 'sunset'],
};

/** Moments of the same kind still differ: the subject moves across the frame from one to the next. */
const placements = [['on the left', 1 / 3], ['on the right', 2 / 3], ['centre', 0.5]] as const;

/**
 * Where moment `index`'s main subject stands, as fractions of the picture: on the third line its
 * prompt names, about the middle of a standing figure. The video's close-ups aim there.
 */
export function momentFocus(index: number): { x: number; y: number } {
  return { x: placements[index % placements.length][1], y: 0.62 };
}

/** Colour by loudness: soft and cool when quiet, warm in the middle, vivid and then neon at the loudest. */
function colourWords(intensity: number): string {
  if (intensity < 0.3) return 'soft pastel colours';
  if (intensity < 0.55) return 'cool colours';
  if (intensity < 0.75) return 'warm colours';
  if (intensity < 0.9) return 'vivid colours';
  return 'neon glowing colours';
}

/**
 * The prompt for one key moment's picture: the style first, so a look, place or time the person
 * asked for wins over the moment's own words, then the moment, then its intensity as colour words
 * and as a number (which the built-in illustrator reads as the scene's energy). With its section's
 * look, the section's place and time lead instead, and the style's own time words are left out:
 * the section walks through the day the style named.
 */
export function momentPrompt(style: string, moment: MusicVideoMoment, index?: number, look?: SectionLook): string {
  const intensity = Math.min(1, Math.max(0, moment.intensity));
  const [words, light] = momentWords[moment.description] ?? [moment.description, ''];
  const parts = [
    look?.words ?? '',
    (look ? withoutTimeWords(style) : style).trim().replace(/[.\s]+$/, ''),
    look ? words : [words, light].filter((part) => part.length > 0).join(', '),
    index === undefined ? '' : placements[index % placements.length][0],
    colourWords(intensity),
    `intensity ${intensity.toFixed(2)}`,
  ];
  return parts.filter((part) => part.length > 0).join(', ');
}

/** A seed per moment, so a re-run draws the same pictures and neighbouring moments differ. */
export function momentSeed(index: number, moment: MusicVideoMoment): number {
  return (Math.imul(index + 1, 0x9e3779b1) ^ Math.round(moment.timestamp * 1000)) >>> 0;
}
