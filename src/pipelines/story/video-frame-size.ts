import { z } from 'zod';

/** `landscape` keeps the pictures' own aspect ratio; `portrait` is 9:16, for phones. */
export const videoShapeSchema = z.enum(['landscape', 'portrait']);
export type VideoShape = z.output<typeof videoShapeSchema>;

/** Every story video is this tall (portrait: this wide), whatever size the pictures came in. */
export const videoShortSide = 576;

const even = (value: number) => 2 * Math.round(value / 2);

/**
 * The story video's frame for pictures of this size: a landscape video has the pictures' own aspect
 * ratio, so a 16:9 picture is shown whole rather than cut to 4:3 (which cut characters at the
 * knees); a portrait video is 9:16 and pans across each picture. Sides are even, as H.264 needs.
 */
export function videoFrameSize(picture: { width: number; height: number }, shape: VideoShape): { width: number; height: number } {
  if (shape === 'portrait') return { width: videoShortSide, height: even((videoShortSide * 16) / 9) };
  // A picture taller than wide still makes a landscape frame no narrower than square.
  const ratio = Math.max(1, picture.width / picture.height);
  return { width: even(videoShortSide * ratio), height: videoShortSide };
}
