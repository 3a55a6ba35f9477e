import { drawClouds } from './backdrop/draw-clouds.ts';
import { drawReference } from './backdrop/draw-reference.ts';
import { drawFinish } from './backdrop/draw-finish.ts';
import { drawAurora, drawStars } from './backdrop/draw-stars.ts';
import { drawSky } from './backdrop/draw-sky.ts';
import { drawSunAndMoon } from './backdrop/draw-sun-and-moon.ts';
import { drawFogBand, drawPrecipitation } from './backdrop/draw-weather.ts';
import { createDrawContext } from './draw-context.ts';
import type { PreparedReference } from './prepare-reference-image.ts';
import type { ReferenceSlot } from './reference-slots.ts';
import type { SceneDescription } from './scene-description.ts';
import { settingArtists } from './settings/setting-artists.ts';
import { drawSubject } from './subjects/draw-subject.ts';
import { decimal } from './svg-markup.ts';

export interface PlacedReference {
  reference: PreparedReference;
  slot: ReferenceSlot;
}

export interface RenderSceneOptions {
  /** Picture size in pixels; the drawing adapts to its aspect ratio. */
  width: number;
  height: number;
  /** Character pictures drawn in place of the subjects their slots name. */
  references?: PlacedReference[];
}

/** The whole picture as SVG text: backdrop, subjects, weather, then the finishing coats. */
export function renderSceneSvg(scene: SceneDescription, options: RenderSceneOptions): string {
  const context = createDrawContext(scene, options.width / options.height);
  const artist = settingArtists[scene.setting];
  let body = '';
  if (artist.sky === 'open') body += drawSky(context) + drawAurora(context) + drawStars(context) + drawSunAndMoon(context) + drawClouds(context);
  const layers = artist.draw(context);
  body += layers.back;
  // Further back (higher on the canvas) first; among equals the main subject last, so in front.
  const references = options.references ?? [];
  // A place kept for a character picture that did not come (unreadable) stays empty rather than drawing a stand-in.
  const replaced = new Set([...references.map(({ slot }) => slot.subjectIndex), ...scene.subjects.flatMap((subject, index) => (subject.picture === undefined ? [] : [index]))]);
  const figures = [
    ...scene.subjects.flatMap((subject, index) => (replaced.has(index) ? [] : [{ y: subject.y, index, draw: () => drawSubject(subject, index, context) }])),
    ...references.map(({ reference, slot }, index) => ({ y: slot.y, index: slot.subjectIndex ?? scene.subjects.length + index, draw: () => drawReference(reference, slot, context) })),
  ];
  figures.sort((first, second) => first.y - second.y || second.index - first.index);
  for (const figure of figures) body += figure.draw();
  body += layers.front;
  body += drawPrecipitation(context);
  if (scene.weather === 'fog' && !['underwater', 'space', 'moon-surface'].includes(scene.setting)) body += drawFogBand(context, context.height * 0.97, context.height * 0.2, 0.25);
  body += drawFinish(context);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${options.width}" height="${options.height}" ` +
      `viewBox="0 0 ${decimal(context.width)} ${context.height}" preserveAspectRatio="none">` +
    context.defs.markup() +
    body +
    '</svg>'
  );
}
