import type { DrawContext } from '../draw-context.ts';
import type { SceneSubject, SubjectKind } from '../scene-description.ts';
import { decimal, precise } from '../svg-markup.ts';
import { subjectTraits } from '../subject-traits.ts';
import { drawBalloon } from './draw-balloon.ts';
import { drawBird } from './draw-bird.ts';
import { drawBoat } from './draw-boat.ts';
import { drawButterfly } from './draw-butterfly.ts';
import { drawChild } from './draw-child.ts';
import { drawCritter } from './draw-critter.ts';
import { drawFish } from './draw-fish.ts';
import { drawFrog } from './draw-frog.ts';
import { drawHorse } from './draw-horse.ts';
import { drawHouse } from './draw-house.ts';
import { drawMoonFace } from './draw-moon-face.ts';
import { drawOctopus } from './draw-octopus.ts';
import { drawOwl } from './draw-owl.ts';
import { drawPenguin } from './draw-penguin.ts';
import { drawRobot } from './draw-robot.ts';
import { drawRocket } from './draw-rocket.ts';
import { drawTree } from './draw-tree.ts';
import { drawSimpleThing } from './draw-simple-things.ts';
import { drawTurtle } from './draw-turtle.ts';
import { extraBirdKinds, extraCritterKinds, simpleThingKinds } from '../extra-subject-kinds.ts';
import { drawWhale } from './draw-whale.ts';
import { subjectStyle, type SubjectStyle } from './subject-style.ts';

/** Draws one kind in its own units: 100 tall, feet (or bottom) at (0, 0), facing right. */
export type SubjectArtist = (subject: SceneSubject, style: SubjectStyle, context: DrawContext) => string;

const rainbow = ['#ff8fab', '#ffd166', '#8be0a4', '#8ecbff', '#c3a6ff'];
const drawHorseOrUnicorn: SubjectArtist = (subject, style) => drawHorse(subject, style, rainbow.map(style.tone));

const artists: Record<SubjectKind, SubjectArtist> = {
  cat: drawCritter,
  dog: drawCritter,
  bear: drawCritter,
  rabbit: drawCritter,
  fox: drawCritter,
  mouse: drawCritter,
  lion: drawCritter,
  elephant: drawCritter,
  dragon: drawCritter,
  owl: drawOwl,
  bird: drawBird,
  penguin: drawPenguin,
  frog: drawFrog,
  unicorn: drawHorseOrUnicorn,
  horse: drawHorseOrUnicorn,
  whale: drawWhale,
  fish: drawFish,
  turtle: drawTurtle,
  octopus: drawOctopus,
  butterfly: drawButterfly,
  hedgehog: drawCritter,
  squirrel: drawCritter,
  child: drawChild,
  robot: drawRobot,
  rocket: drawRocket,
  boat: drawBoat,
  balloon: drawBalloon,
  moon: drawMoonFace,
  tree: drawTree,
  house: drawHouse,
  ...artistFor(extraCritterKinds, drawCritter),
  ...artistFor(extraBirdKinds, drawBird),
  ...artistFor(simpleThingKinds, drawSimpleThing),
};

/** One artist for a list of kinds drawn by one template. */
function artistFor<Kind extends SubjectKind>(kinds: readonly Kind[], artist: SubjectArtist): Record<Kind, SubjectArtist> {
  return Object.fromEntries(kinds.map((kind) => [kind, artist])) as Record<Kind, SubjectArtist>;
}

/** Where a subject lands on the canvas, in units: its foot point and its scale from its own units. */
function subjectFrame(subject: SceneSubject, context: DrawContext): { x: number; y: number; scale: number } {
  return { x: subject.x * context.width, y: subject.y * context.height, scale: (subject.height * context.height) / 100 };
}

export function drawSubject(subject: SceneSubject, index: number, context: DrawContext): string {
  const style = subjectStyle(subject, context, index);
  const artist = artists[subject.kind];
  const { x, y, scale } = subjectFrame(subject, context);
  const mirror = subject.facing === 'left' ? -1 : 1;
  const grounded = subjectTraits[subject.kind].habitat !== 'sky' && (subject.pose === 'sitting' || subject.pose === 'standing' || subject.pose === 'sleeping' || subject.pose === 'playing');
  const onLand = grounded && context.scene.setting !== 'space' && context.scene.setting !== 'ocean' && context.scene.setting !== 'sky';
  const shadow = onLand ? `<ellipse cx="0" cy="0" rx="${decimal(subjectTraits[subject.kind].aspect * 42)}" ry="5" fill="#000000" opacity="0.18"/>` : '';
  return `<g transform="translate(${decimal(x)} ${decimal(y)}) scale(${precise(mirror * scale)} ${precise(scale)})">${shadow}${artist(subject, style, context)}</g>`;
}
