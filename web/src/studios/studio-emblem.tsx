/**
 * Each studio's small picture, drawn as SVG so it needs no icon font and looks the same whether or
 * not the device has Japanese fonts. Decorative: the studio's name always sits beside it.
 */
import type { ReactElement } from 'react';

const strokes = {
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.8,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

const drawings: Record<string, ReactElement> = {
  // A crescent moon and a star: bedtime.
  story: (
    <>
      <path {...strokes} d="M15.5 4.5a7.5 7.5 0 1 0 4 13.3A8 8 0 0 1 15.5 4.5z" />
      <path {...strokes} d="M18 3.5v3M16.5 5h3" />
    </>
  ),
  // Two beamed notes beside a film frame.
  'music-video': (
    <>
      <path {...strokes} d="M9 17V6l9-2v11" />
      <circle {...strokes} cx="6.5" cy="17" r="2.5" />
      <circle {...strokes} cx="15.5" cy="15" r="2.5" />
    </>
  ),
  // A flash card with a line of text and a marker: words to study.
  vocabulary: (
    <>
      <rect {...strokes} x="3.5" y="5" width="17" height="12.5" rx="2" />
      <path {...strokes} d="M7 9.5h6M7 13h10" />
      <path {...strokes} d="M15.5 17.5v3l2-1.2 2 1.2v-3" />
    </>
  ),
  // A camera with sparkles: the live picture, restyled.
  'live-style': (
    <>
      <rect {...strokes} x="3" y="7" width="13" height="10" rx="2" />
      <path {...strokes} d="M16 10.5l4.5-2.5v8l-4.5-2.5" />
      <path {...strokes} d="M8 3.5v2M7 4.5h2" />
    </>
  ),
};

export function StudioEmblem({ pipelineId, className }: { pipelineId: string; className: string }) {
  return (
    <span className={className} aria-hidden="true">
      <svg viewBox="0 0 24 24" width="24" height="24" focusable="false">
        {drawings[pipelineId]}
      </svg>
    </span>
  );
}
