/**
 * The song laid out for editing: intensity, beats, bar lines, sections, and the shots with a handle
 * on every cut. Drawn at a fixed 40 px a second and scrolled sideways inside its own box, so a phone
 * shows the same readable timeline as a desktop, a part at a time. Each handle is a slider: drag it
 * (pointer events, captured so the finger may leave it), or focus it and use the arrow keys.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { AudioAnalysis } from './music-video-api.ts';
import { clock } from './intensity-chart.tsx';
import { seconds } from './music-video-edits.ts';

const pixelsPerSecond = 40;
const side = 24;
const lane = { handles: 48, plot: 110, shots: 30, axis: 22 };
const height = lane.handles + lane.plot + lane.shots + lane.axis;

export interface EditTimelineProps {
  analysis: AudioAnalysis;
  duration: number;
  /** The cuts where they are now, pending moves made. */
  cuts: number[];
  /** The cuts as the video listed them, to mark the moved ones. */
  listedCuts: number[];
  hardCuts: number[];
  /** The picture each shot shows, when the output lists it. */
  shotPictures?: number[];
  bars: number[];
  selected: number | undefined;
  /** The time "Set bar 1 here" takes, chosen by tapping the timeline. */
  here: number | undefined;
  /** Cuts cannot move while a new bar 1 is pending: it moves every cut. */
  locked: boolean;
  limitsOf(index: number): { min: number; max: number };
  onSelect(index: number): void;
  onMove(index: number, seconds: number): void;
  onHere(seconds: number): void;
}

export function EditTimeline(props: EditTimelineProps) {
  const { analysis, duration, cuts, listedCuts, hardCuts, shotPictures, bars, selected, here, locked } = props;
  const track = useRef<HTMLDivElement>(null);
  const width = Math.round(duration * pixelsPerSecond) + 2 * side;
  const x = (time: number) => side + Math.min(duration, Math.max(0, time)) * pixelsPerSecond;
  const timeAt = (clientX: number) => (clientX - (track.current?.getBoundingClientRect().left ?? 0) - side) / pixelsPerSecond;
  const top = lane.handles;
  const bottom = top + lane.plot;
  const y = (value: number) => top + 6 + (1 - value) * (lane.plot - 12);
  const curve = analysis.intensity_curve.map((value, second) => `${x(second + 0.5).toFixed(1)},${y(value).toFixed(1)}`);
  const area = curve.length > 0 ? `M${x(0.5)},${bottom}L${curve.join('L')}L${x(curve.length - 0.5)},${bottom}Z` : '';
  const shotStarts = [0, ...cuts];
  const hard = new Set(hardCuts);

  function drag(index: number, event: PointerEvent<HTMLDivElement>) {
    if (locked || !event.currentTarget.hasPointerCapture(event.pointerId)) return;
    props.onMove(index, timeAt(event.clientX));
  }

  function key(index: number, event: KeyboardEvent<HTMLDivElement>) {
    const step = event.shiftKey ? 1 : 0.1;
    const limits = props.limitsOf(index);
    const moves: Record<string, number> = {
      ArrowLeft: cuts[index] - step, ArrowDown: cuts[index] - step, ArrowRight: cuts[index] + step, ArrowUp: cuts[index] + step,
      Home: limits.min, End: limits.max,
    };
    if (locked || !(event.key in moves)) return;
    event.preventDefault();
    props.onMove(index, moves[event.key]);
  }

  return (
    <div className="edit-timeline" data-testid="edit-timeline">
      <div className="edit-timeline__track" ref={track} style={{ width }}>
        <svg width={width} height={height} aria-hidden="true" onClick={(event) => props.onHere(Math.min(duration, Math.max(0, timeAt(event.clientX))))}>
          {analysis.sections.map((section, index) => (
            <g key={`section-${section.start}`} className={`intensity-chart__section intensity-chart__section--${index % 2}`}>
              <rect x={x(section.start)} y={top} width={Math.max(0, x(section.end) - x(section.start))} height={lane.plot} />
              {section.label ? <text x={x(section.start) + 4} y={top + 14} className="edit-timeline__label">{section.label}</text> : null}
            </g>
          ))}
          <path d={area} className="intensity-chart__area" />
          {bars.map((bar) => <line key={`bar-${bar}`} className="edit-timeline__bar" x1={x(bar)} x2={x(bar)} y1={top} y2={bottom} />)}
          {analysis.beats.map((beat) => <line key={`beat-${beat}`} className="edit-timeline__beat" x1={x(beat)} x2={x(beat)} y1={bottom - 8} y2={bottom} />)}
          {shotStarts.map((start, index) => {
            const end = shotStarts[index + 1] ?? duration;
            const picture = shotPictures?.[index];
            return (
              <g key={`shot-${index}`} className={`edit-timeline__shot edit-timeline__shot--${index % 2}`}>
                <rect x={x(start)} y={bottom} width={Math.max(0, x(end) - x(start))} height={lane.shots} />
                {x(end) - x(start) > 34 ? (
                  <text x={x(start) + 4} y={bottom + 19} className="edit-timeline__label">
                    {index + 1}{picture === undefined || x(end) - x(start) < 90 ? '' : ` · picture ${picture + 1}`}
                  </text>
                ) : null}
              </g>
            );
          })}
          {cuts.map((cut, index) => (
            <line key={`cut-${index}`} x1={x(cut)} x2={x(cut)} y1={top - 4} y2={bottom + lane.shots}
              className={`edit-timeline__cut${cut !== listedCuts[index] ? ' edit-timeline__cut--moved' : ''}${hard.has(listedCuts[index]) ? ' edit-timeline__cut--hard' : ''}${index === selected ? ' edit-timeline__cut--selected' : ''}`} />
          ))}
          {here === undefined ? null : <line className="edit-timeline__here" x1={x(here)} x2={x(here)} y1={top} y2={bottom + lane.shots} />}
          {Array.from({ length: Math.floor(duration) + 1 }, (_, second) => (
            <g key={`tick-${second}`} className="edit-timeline__axis">
              <line x1={x(second)} x2={x(second)} y1={height - lane.axis} y2={height - lane.axis + (second % 5 === 0 ? 6 : 3)} />
              {second % 5 === 0 ? <text x={x(second)} y={height - 4} textAnchor="middle">{clock(second)}</text> : null}
            </g>
          ))}
        </svg>
        {cuts.map((cut, index) => {
          const limits = props.limitsOf(index);
          return (
            <div key={`handle-${index}`} role="slider" tabIndex={0} data-testid="cut-handle"
              className={`edit-timeline__handle${index === selected ? ' edit-timeline__handle--selected' : ''}${cut !== listedCuts[index] ? ' edit-timeline__handle--moved' : ''}`}
              style={{ left: x(cut) - 22 }}
              aria-label={`Cut ${index + 1}, between shots ${index + 1} and ${index + 2}`}
              aria-valuemin={limits.min} aria-valuemax={limits.max} aria-valuenow={cut} aria-valuetext={seconds(cut)}
              aria-disabled={locked || undefined}
              onFocus={() => props.onSelect(index)}
              onPointerDown={(event) => {
                props.onSelect(index);
                if (!locked) event.currentTarget.setPointerCapture(event.pointerId);
              }}
              onPointerMove={(event) => drag(index, event)}
              onKeyDown={(event) => key(index, event)}
            >
              {index + 1}
            </div>
          );
        })}
      </div>
    </div>
  );
}
