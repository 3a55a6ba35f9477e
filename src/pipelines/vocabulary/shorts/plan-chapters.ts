import type { TranscriptCue, VocabularyItem } from '../vocabulary-contracts.ts';
import { mainExpressions, titleFrom } from './main-expressions.ts';
import { shortestChapterSeconds, type Chapter } from './shorts-contracts.ts';

/** About one chapter per five minutes of stream, as YouTube viewers skim it; never fewer than 3. */
const secondsPerChapter = 300;
const mostChapters = 40;

/**
 * Splits the recording into chapters that follow YouTube's rules (first at 00:00, at least 3, each
 * at least 10 s). Each boundary is put at the longest pause between cues near its evenly spaced
 * place, so a chapter starts where the speaker starts a new thought, on a whole second because
 * that is what the `00:00 Title` list shows. Titles name the chapter's main expressions.
 */
export function planChapters(cues: TranscriptCue[], items: VocabularyItem[], recordingSeconds: number): Chapter[] {
  const length = Math.floor(recordingSeconds);
  const count = Math.max(3, Math.min(mostChapters, Math.floor(length / shortestChapterSeconds), Math.round(length / secondsPerChapter)));
  const part = length / count;
  const timed = cues.filter((cue): cue is { start: number; end: number; text: string } => cue.start !== null && cue.end !== null);
  const starts = [0];
  for (let index = 1; index < count; index += 1) {
    const target = index * part;
    let best: { time: number; gap: number } | undefined;
    timed.forEach((cue, cueIndex) => {
      if (Math.abs(cue.start - target) > part / 3) return;
      const gap = cueIndex === 0 ? cue.start : cue.start - timed[cueIndex - 1].end;
      if (!best || gap > best.gap + 0.05 || (Math.abs(gap - best.gap) <= 0.05 && Math.abs(cue.start - target) < Math.abs(best.time - target))) best = { time: cue.start, gap };
    });
    const earliest = starts[index - 1] + shortestChapterSeconds;
    const latest = length - shortestChapterSeconds * (count - index);
    starts.push(Math.min(latest, Math.max(earliest, Math.floor(best?.time ?? target))));
  }
  return starts.map((start, index) => {
    const end = starts[index + 1] ?? recordingSeconds;
    const firstLine = timed.find((cue) => cue.start >= start && cue.start < end)?.text.replace(/\s+/g, ' ').trim();
    const fallback = firstLine ? (firstLine.length > 24 ? `${firstLine.slice(0, 23)}…` : firstLine) : `Part ${index + 1}`;
    return { start, title: titleFrom(mainExpressions(items, start, end), fallback) };
  });
}

/** The chapter list as YouTube reads it from a description: `00:00 Title`, one a line, `h:mm:ss` past an hour. */
export function formatChapters(chapters: Chapter[]): string {
  const hours = chapters.some((chapter) => chapter.start >= 3600);
  return chapters.map((chapter) => `${timestamp(chapter.start, hours)} ${chapter.title.replace(/\s+/g, ' ')}`).join('\n') + '\n';
}

function timestamp(seconds: number, withHours: boolean): string {
  const whole = Math.floor(seconds);
  const two = (value: number) => String(value).padStart(2, '0');
  const minutes = Math.floor(whole / 60) % 60;
  return withHours ? `${Math.floor(whole / 3600)}:${two(minutes)}:${two(whole % 60)}` : `${two(Math.floor(whole / 60))}:${two(whole % 60)}`;
}
