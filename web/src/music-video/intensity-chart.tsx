/**
 * The song at a glance: its intensity over time, the beats along the bottom, the sections as bands
 * and the key moments (one scene each) marked and named. Drawn as SVG from analysis.json, with a
 * title and description for screen readers and the same facts as tables below it.
 */
import { useId } from 'react';
import type { AudioAnalysis } from './music-video-api.ts';

const width = 800;
const height = 240;
const margin = { left: 34, right: 12, top: 34, bottom: 30 };
const plotWidth = width - margin.left - margin.right;
const plotHeight = height - margin.top - margin.bottom;

export function clock(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** Time-axis ticks: about six, on round seconds. */
function timeTicks(duration: number): number[] {
  const step = [5, 10, 15, 30, 60, 120, 300].find((candidate) => duration / candidate <= 8) ?? 600;
  return Array.from({ length: Math.floor(duration / step) + 1 }, (_, index) => index * step);
}

export function IntensityChart({ analysis }: { analysis: AudioAnalysis }) {
  const titleId = useId();
  const descriptionId = useId();
  const { duration, intensity_curve: curve, key_moments: moments, sections } = analysis;
  const x = (seconds: number) => margin.left + (Math.min(duration, Math.max(0, seconds)) / duration) * plotWidth;
  const y = (value: number) => margin.top + (1 - value) * plotHeight;
  const bottom = margin.top + plotHeight;

  const points = curve.map((value, second) => `${x(Math.min(duration, second + 0.5)).toFixed(1)},${y(value).toFixed(1)}`);
  const line = points.length > 0 ? `M${points.join('L')}` : '';
  const area = points.length > 0 ? `${line}L${x(Math.min(duration, curve.length - 0.5)).toFixed(1)},${bottom}L${x(0.5).toFixed(1)},${bottom}Z` : '';
  // Hundreds of beats in a long song would be a grey smear; then only the bars' first beats are drawn.
  const beatMarks = analysis.beats.length <= 600 ? analysis.beats : analysis.downbeats;
  const downbeats = new Set(analysis.downbeats);

  const description = `${clock(duration)} long at ${Math.round(analysis.tempo.bpm)} beats per minute, ${analysis.beats.length} beats. `
    + `${moments.length} key moments: ${moments.map((moment) => `${moment.description} at ${clock(moment.timestamp)} (intensity ${moment.intensity.toFixed(2)})`).join(', ')}. `
    + `${sections.length} sections.`;

  return (
    <figure className="intensity-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${titleId} ${descriptionId}`} data-testid="intensity-chart">
        <title id={titleId}>Intensity of the song over time, with beats, sections and key moments</title>
        <desc id={descriptionId}>{description}</desc>
        {sections.map((section, index) => (
          <g key={`section-${section.start}`} className={`intensity-chart__section intensity-chart__section--${index % 2}`}>
            <rect x={x(section.start)} y={margin.top} width={Math.max(0, x(section.end) - x(section.start))} height={plotHeight} />
            {section.label && x(section.end) - x(section.start) > 24 ? (
              <text x={x(section.start) + 4} y={bottom - 10} className="intensity-chart__section-label">{section.label}</text>
            ) : null}
          </g>
        ))}
        {[0, 0.5, 1].map((value) => (
          <g key={`level-${value}`} className="intensity-chart__grid">
            <line x1={margin.left} x2={width - margin.right} y1={y(value)} y2={y(value)} />
            <text x={margin.left - 6} y={y(value) + 4} textAnchor="end">{value}</text>
          </g>
        ))}
        <path d={area} className="intensity-chart__area" />
        <path d={line} className="intensity-chart__line" />
        <g className="intensity-chart__beats" data-testid="chart-beats">
          {beatMarks.map((beat) => (
            <line key={`beat-${beat}`} x1={x(beat)} x2={x(beat)} y1={bottom} y2={bottom - (downbeats.has(beat) ? 9 : 5)} />
          ))}
        </g>
        {moments.map((moment, index) => (
          <g key={`moment-${moment.timestamp}`} className="intensity-chart__moment" data-testid="chart-moment">
            <line x1={x(moment.timestamp)} x2={x(moment.timestamp)} y1={margin.top - 4} y2={bottom} />
            <circle cx={x(moment.timestamp)} cy={y(moment.intensity)} r={4.5} />
            <text x={x(moment.timestamp)} y={index % 2 === 0 ? 14 : 27} textAnchor={index === 0 ? 'start' : x(moment.timestamp) > width - 60 ? 'end' : 'middle'}>
              {index + 1}. {moment.description}
            </text>
          </g>
        ))}
        <g className="intensity-chart__axis">
          <line x1={margin.left} x2={width - margin.right} y1={bottom} y2={bottom} />
          {timeTicks(duration).map((tick) => (
            <text key={`tick-${tick}`} x={x(tick)} y={height - 8} textAnchor={tick === 0 ? 'start' : 'middle'}>{clock(tick)}</text>
          ))}
        </g>
      </svg>
      <figcaption className="hint">
        The line is the song’s loudness; ticks along the bottom are beats (taller on the first beat of a bar), the
        bands are sections, and each numbered mark is a key moment that gets its own picture.
      </figcaption>
      <ChartTables analysis={analysis} />
    </figure>
  );
}

/** The chart's facts as tables, for people who do not see the chart. */
function ChartTables({ analysis }: { analysis: AudioAnalysis }) {
  const everyTen = Array.from({ length: Math.ceil(analysis.intensity_curve.length / 10) }, (_, index) => {
    const slice = analysis.intensity_curve.slice(index * 10, index * 10 + 10);
    return { start: index * 10, mean: slice.reduce((sum, value) => sum + value, 0) / slice.length };
  });
  return (
    <details className="disclosure intensity-chart__tables">
      <summary>The chart as tables</summary>
      <table className="plain-table">
        <caption>Key moments</caption>
        <thead><tr><th scope="col">#</th><th scope="col">Time</th><th scope="col">Moment</th><th scope="col">Intensity</th></tr></thead>
        <tbody>
          {analysis.key_moments.map((moment, index) => (
            <tr key={moment.timestamp}><th scope="row">{index + 1}</th><td>{clock(moment.timestamp)}</td><td>{moment.description}</td><td>{moment.intensity.toFixed(2)}</td></tr>
          ))}
        </tbody>
      </table>
      <table className="plain-table">
        <caption>Sections</caption>
        <thead><tr><th scope="col">From</th><th scope="col">To</th><th scope="col">Label</th></tr></thead>
        <tbody>
          {analysis.sections.map((section) => (
            <tr key={section.start}><td>{clock(section.start)}</td><td>{clock(section.end)}</td><td>{section.label ?? '—'}</td></tr>
          ))}
        </tbody>
      </table>
      <table className="plain-table">
        <caption>Mean intensity per ten seconds ({analysis.beats.length} beats at {analysis.tempo.bpm.toFixed(1)} BPM)</caption>
        <thead><tr><th scope="col">From</th><th scope="col">Intensity</th></tr></thead>
        <tbody>
          {everyTen.map((row) => (
            <tr key={row.start}><td>{clock(row.start)}</td><td>{row.mean.toFixed(2)}</td></tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
