import { momentFocus, momentPrompt, momentSeed } from './moment-prompt.ts';
import type { MusicVideoMoment } from './music-video-input.ts';
import { sectionLooks, type SectionLook } from './section-looks.ts';

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

/** A key moment this close before a section starts is that section's opening (the bar found may lead the section's). */
const earlySeconds = 2;

/**
 * The pictures of a video: one per key moment, plus one at the start of every section that no key
 * moment opens (within its first quarter, at most 4 s), so the picture changes with each section.
 * Each takes its section's place and time (sectionLooks) and its own composition from its moment
 * and its place in the list. A section's added picture carries on the moment before it (its kind
 * and intensity) at the section's start. Without sections, one picture per key moment as before.
 */
export function planPictures(style: string, moments: readonly MusicVideoMoment[], sections: readonly SongSection[] = []): PlannedPicture[] {
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
    const look = sectionIndex === undefined ? undefined : looks[sectionIndex];
    return { moment, sectionIndex, look, prompt: momentPrompt(style, moment, index, look), seed: momentSeed(index, moment), focus: momentFocus(index) };
  });
}
