/**
 * The proposed shorts on the recording's timeline: each clip a block at its place, with why it was chosen,
 * chapter starts as ticks, and under it one row per clip to move its start and end, drop it, or
 * add a new one. Changes go to the parent; a clip the user moved loses its score (it no longer is
 * the span that was scored).
 */
import type { Chapter } from '../../../src/pipelines/vocabulary/shorts/shorts-contracts.ts';
import { InputField } from '../components/form-field.tsx';
import { describeClipScore } from './describe-clip-score.ts';
import { clock, type TimelineClip } from './shorts-api.ts';

const shortest = 15;
const longest = 60;
const mostClips = 5;

export interface ClipTimelineProps {
  seconds: number;
  clips: TimelineClip[];
  chapters: Chapter[];
  onChange(clips: TimelineClip[]): void;
}

/** Why a clip cannot be rendered as it is, or undefined when it can. */
export function clipProblem(clip: TimelineClip, all: TimelineClip[], seconds: number): string | undefined {
  const length = clip.end - clip.start;
  if (!(clip.start >= 0) || !(clip.end <= seconds + 0.5)) return 'is outside the recording';
  if (length < shortest || length > longest) return `lasts ${length.toFixed(1)} s; a short lasts ${shortest}–${longest} s`;
  if (all.some((other) => other !== clip && clip.start < other.end && other.start < clip.end)) return 'overlaps another clip';
  return undefined;
}

export function ClipTimeline({ seconds, clips, chapters, onChange }: ClipTimelineProps) {
  const percent = (time: number) => `${(Math.min(Math.max(time, 0), seconds) / seconds) * 100}%`;
  const update = (key: string, change: Partial<TimelineClip>) =>
    onChange(clips.map((clip) => (clip.key === key ? { ...clip, ...change, score: null } : clip)));
  const add = () => {
    const free = freeStart(clips, seconds);
    if (free === undefined) return;
    onChange([...clips, { key: `added-${Date.now()}`, start: free, end: Math.min(seconds, free + 30), score: null, title: 'Your clip' }].sort((a, b) => a.start - b.start));
  };
  return (
    <section className="shorts-timeline" aria-label="Clip timeline">
      <div className="shorts-timeline__track" data-testid="clip-track" role="img" aria-label={`Recording of ${clock(seconds)} with ${clips.length} clips`}>
        {chapters.map((chapter) => (
          <span key={chapter.start} className="shorts-timeline__chapter" style={{ left: percent(chapter.start) }} title={chapter.title} />
        ))}
        {clips.map((clip, index) => (
          <span key={clip.key} data-testid="timeline-clip" className="shorts-timeline__clip" style={{ left: percent(clip.start), width: `calc(${percent(clip.end)} - ${percent(clip.start)})` }}>
            {index + 1}
          </span>
        ))}
      </div>
      <ol className="shorts-timeline__rows">
        {clips.map((clip, index) => {
          const problem = clipProblem(clip, clips, seconds);
          return (
            <li key={clip.key} data-testid="clip-row" className="shorts-timeline__row">
              <p className="shorts-timeline__title"><strong>Clip {index + 1}</strong> {clip.title}</p>
              <p className="hint" data-testid="clip-score">{describeClipScore(clip.score)}</p>
              <div className="shorts-timeline__times">
                <InputField label="Start (s)" className="form-field--narrow" type="number" step="0.1" min={0} inputMode="decimal" value={clip.start}
                  onChange={(event) => update(clip.key, { start: Number(event.target.value) })} />
                <InputField label="End (s)" className="form-field--narrow" type="number" step="0.1" min={0} inputMode="decimal" value={clip.end}
                  onChange={(event) => update(clip.key, { end: Number(event.target.value) })} />
                <button type="button" className="button" onClick={() => onChange(clips.filter((other) => other.key !== clip.key))}>Drop clip {index + 1}</button>
              </div>
              {problem && <p role="alert" className="field-error">Clip {index + 1} {problem}.</p>}
            </li>
          );
        })}
      </ol>
      <button type="button" className="button" onClick={add} disabled={clips.length >= mostClips || freeStart(clips, seconds) === undefined}>Add a clip</button>
    </section>
  );
}

/** The start of the first stretch of at least 15 s that no clip covers. */
function freeStart(clips: TimelineClip[], seconds: number): number | undefined {
  let free = 0;
  for (const clip of [...clips].sort((a, b) => a.start - b.start)) {
    if (clip.start - free >= shortest) return Math.round(free * 10) / 10;
    free = Math.max(free, clip.end);
  }
  return seconds - free >= shortest ? Math.round(free * 10) / 10 : undefined;
}
