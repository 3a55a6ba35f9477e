import { momentFocus, momentPrompt, momentSeed } from './moment-prompt.ts';
import type { MusicVideoMoment } from './music-video-input.ts';
import { sectionLooks, styledSectionLook, type SectionLook } from './section-looks.ts';

/** One picture to draw: the moment it opens, what to ask the image model for, and where its subject stands. */
export interface PlannedPicture {
  moment: MusicVideoMoment;
  /** The song section it opens in, and that section's place and time. */
  sectionIndex?: number;
  look?: SectionLook;
  prompt: string;
  seed: number;
  focus: { x: number; y: number };
}

export interface SongSection {
  start: number;
  end: number;
  label?: string;
}

/** A person's changes to the pictures of a finished video (see musicVideoEditsSchema). */
export interface PictureChanges {
  /** Picture `moment` drawn again for the `draw`th time: a new seed, the same prompt. */
  regeneratePictures?: readonly { moment: number; draw: number }[];
  /** Section `section`'s pictures drawn from these style words instead of the video's. */
  sectionStyles?: readonly { section: number; style: string }[];
}

/** A key moment this close before a section starts is that section's opening (the bar found may lead the section's). */
const earlySeconds = 2;

/**
 * The pictures of a video: one per key moment, plus one at the start of every section that no key
 * moment opens (within its first quarter, at most 4 s), so the picture changes with each section.
 * Each takes its section's place and time (sectionLooks) and its own composition from its moment
 * and its place in the list. A section's added picture carries on the moment before it (its kind
 * and intensity) at the section's start. Without sections, one picture per key moment as before.
 */
export function planPictures(
  style: string, moments: readonly MusicVideoMoment[], sections: readonly SongSection[] = [], changes: PictureChanges = {},
): PlannedPicture[] {
  const opened = [...moments];
  for (const section of sections) {
    const within = Math.min(4, (section.end - section.start) / 4);
    if (opened.some((moment) => moment.timestamp >= section.start - earlySeconds && moment.timestamp <= section.start + within)) continue;
    const before = [...moments].reverse().find((moment) => moment.timestamp < section.start) ?? moments[0];
    opened.push({ ...before, timestamp: section.start });
  }
  opened.sort((first, second) => first.timestamp - second.timestamp);
  const looks = sections.length > 0 ? sectionLooks(style, sections) : [];
  return opened.map((moment, index) => {
    const sectionIndex = sections.length > 0 ? Math.max(0, sections.findLastIndex((section) => section.start <= moment.timestamp + earlySeconds)) : undefined;
    const ownStyle = changes.sectionStyles?.findLast((change) => change.section === sectionIndex)?.style;
    const sectionLook = sectionIndex === undefined ? undefined : looks[sectionIndex];
    const look = ownStyle !== undefined && sectionLook ? styledSectionLook(ownStyle, sectionLook.time) : sectionLook;
    const draw = changes.regeneratePictures?.findLast((change) => change.moment === index)?.draw ?? 0;
    return {
      moment, sectionIndex, look, prompt: momentPrompt(ownStyle ?? style, moment, index, look),
      seed: redrawSeed(momentSeed(index, moment), draw), focus: momentFocus(index),
    };
  });
}

/** The seed of a picture's `draw`th redrawing: the first drawing keeps its own seed, each redrawing mixes in its count. */
export function redrawSeed(seed: number, draw: number): number {
  return draw === 0 ? seed : (seed ^ Math.imul(draw, 0x85ebca6b) ^ Math.imul(draw + 1, 0xc2b2ae35)) >>> 0;
}
