import type { SceneSubject } from '../scene-description.ts';
import { face } from './face.ts';
import type { SubjectStyle } from './subject-style.ts';

// Simple but recognisable things and small creatures, each a handful of outlined shapes in the
// style of the other subjects. Units: 100 = the subject's height, bottom at (0, 0), facing right.

type Recipe = (style: SubjectStyle, subject: SceneSubject) => string;

const eyes = (style: SubjectStyle, subject: SceneSubject, x: number, y: number, size = 4) =>
  face(style, { x, y, gap: 0.3, size, expression: subject.expression, pose: subject.pose, mouthDrop: 0 });
const wheel = (style: SubjectStyle, x: number, radius: number) =>
  `<circle cx="${x}" cy="${-radius}" r="${radius}" ${style.shape(style.tone('#3d3b47'))}/><circle cx="${x}" cy="${-radius}" r="${radius * 0.4}" fill="${style.tone('#c9ced6')}"/>`;
const line = (style: SubjectStyle, d: string, width = 3, colour = style.outline) =>
  `<path d="${d}" stroke="${colour}" stroke-width="${width}" fill="none" stroke-linecap="round"/>`;

export const simpleThings = {
  rainbow: (s) => ['#e5484d', '#f28c38', '#f5c84c', '#5cb85c', '#4a8fe0', '#9b6bd6'].map((hex, band) => line(s, `M${-70 + band * 7} 0A${70 - band * 7} ${70 - band * 7} 0 0 1 ${70 - band * 7} 0`, 7, s.tone(hex))).join(''),
  heart: (s) => `<path d="M0 -8C-40 -40 -50 -70 -28 -88C-14 -98 -2 -88 0 -78C2 -88 14 -98 28 -88C50 -70 40 -40 0 -8Z" ${s.shape(s.body)}/>`,
  flower: (s) => line(s, 'M0 0V-55', 5, s.tone('#4f9a4a')) + `<path d="M0 -25q18 -14 26 -4q-12 12 -26 4Z" fill="${s.tone('#5cb85c')}"/>` +
    [0, 72, 144, 216, 288].map((angle) => `<ellipse cx="0" cy="-84" rx="10" ry="17" transform="rotate(${angle} 0 -70)" ${s.shape(s.body)}/>`).join('') + `<circle cx="0" cy="-70" r="10" fill="${s.tone('#f5c84c')}"/>`,
  mushroom: (s) => `<path d="M-14 0Q-18 -30 -12 -46H12Q18 -30 14 0Z" ${s.shape(s.white)}/><path d="M-48 -44Q-46 -96 0 -98Q46 -96 48 -44Z" ${s.shape(s.body)}/>` +
    `<circle cx="-22" cy="-70" r="7" fill="${s.white}"/><circle cx="12" cy="-82" r="6" fill="${s.white}"/><circle cx="26" cy="-58" r="5" fill="${s.white}"/>`,
  cactus: (s) => `<rect x="-14" y="-96" width="28" height="96" rx="14" ${s.shape(s.body)}/><path d="M-14 -44H-32V-72a8 8 0 0 1 16 0" ${s.shape(s.body)}/>` +
    `<path d="M14 -56H30V-80a8 8 0 0 0 -16 0" ${s.shape(s.body)}/>` + line(s, 'M0 -88v80', 1.5, s.dark),
  car: (s) => `<path d="M-50 -16V-38L-30 -42L-18 -62H22L36 -42L50 -38V-16Z" ${s.shape(s.body)}/><path d="M-14 -56H0V-42H-24ZM6 -56H18L28 -42H6Z" fill="${s.tone('#bfe3ff')}"/>` + wheel(s, -30, 13) + wheel(s, 30, 13),
  bus: (s) => `<rect x="-56" y="-80" width="112" height="66" rx="8" ${s.shape(s.body)}/>` + [-44, -20, 4, 28].map((x) => `<rect x="${x}" y="-70" width="18" height="18" rx="2" fill="${s.tone('#bfe3ff')}"/>`).join('') + wheel(s, -34, 12) + wheel(s, 34, 12),
  train: (s) => `<rect x="-54" y="-60" width="70" height="46" ${s.shape(s.body)}/><rect x="16" y="-88" width="36" height="74" rx="4" ${s.shape(s.dark)}/><rect x="24" y="-80" width="20" height="16" fill="${s.tone('#bfe3ff')}"/>` +
    `<rect x="-44" y="-82" width="12" height="22" ${s.shape(s.dark)}/><circle cx="-38" cy="-94" r="8" fill="${s.tone('#e5e7eb')}" opacity="0.8"/>` + wheel(s, -36, 12) + wheel(s, -6, 12) + wheel(s, 34, 12),
  bicycle: (s) => wheel(s, -30, 22) + wheel(s, 30, 22) + line(s, 'M-30 -22L-6 -22L14 -52M-30 -22L-10 -52H14M30 -22L16 -60H26M-10 -52L-14 -60H-4', 4, s.body),
  guitar: (s) => `<path d="M0 -2C-24 -2 -30 -22 -20 -34C-28 -48 -16 -62 0 -56C16 -62 28 -48 20 -34C30 -22 24 -2 0 -2Z" ${s.shape(s.body)}/><circle cx="0" cy="-30" r="7" fill="${s.tone('#3d3b47')}"/>` +
    `<rect x="-4" y="-96" width="8" height="56" ${s.shape(s.tone('#6b4a2f'))}/>` + line(s, 'M-2 -94V-14M2 -94V-14', 0.8, s.white),
  drum: (s) => `<rect x="-40" y="-62" width="80" height="52" ${s.shape(s.body)}/><ellipse cx="0" cy="-62" rx="40" ry="12" ${s.shape(s.white)}/>` +
    line(s, 'M-40 -58L-20 -12L0 -58L20 -12L40 -58', 2, s.tone('#f5c84c')) + line(s, 'M-30 -100L-8 -66M30 -100L8 -66', 3, s.tone('#a8714a')),
  piano: (s) => `<path d="M-56 -40V-96Q-20 -100 0 -80Q30 -66 56 -66V-40Z" ${s.shape(s.tone('#3d3b47'))}/><rect x="-56" y="-44" width="112" height="14" fill="${s.white}" stroke="${s.outline}"/>` +
    [-46, -30, -14, 2, 18, 34].map((x) => `<rect x="${x}" y="-44" width="6" height="8" fill="${s.tone('#1c1b22')}"/>`).join('') + line(s, 'M-48 -30V0M48 -30V0', 4, s.tone('#3d3b47')),
  umbrella: (s) => `<path d="M-52 -56Q0 -112 52 -56Q40 -64 26 -56Q13 -66 0 -56Q-13 -66 -26 -56Q-40 -64 -52 -56Z" ${s.shape(s.body)}/>` + line(s, 'M0 -58V-6a8 8 0 0 1 -14 0', 4, s.tone('#6b4a2f')),
  tent: (s) => `<path d="M-56 0L0 -84L56 0Z" ${s.shape(s.body)}/><path d="M0 -84L-16 0H16Z" fill="${s.dark}"/>` + line(s, 'M0 -84L0 -96', 3),
  lighthouse: (s) => `<path d="M-18 0L-12 -70H12L18 0Z" ${s.shape(s.white)}/><path d="M-16 -24H16L15 -40H-15ZM-13 -54H13" fill="${s.body}"/><rect x="-14" y="-86" width="28" height="16" fill="${s.tone('#ffe58a')}" stroke="${s.outline}"/><path d="M-18 -86L0 -100L18 -86Z" ${s.shape(s.body)}/>`,
  windmill: (s) => `<path d="M-20 0L-12 -64H12L20 0Z" ${s.shape(s.body)}/><rect x="-6" y="-18" width="12" height="18" fill="${s.dark}"/>` +
    [20, 110, 200, 290].map((angle) => `<rect x="-4" y="-106" width="8" height="36" transform="rotate(${angle} 0 -70)" ${s.shape(s.white)}/>`).join(''),
  crown: (s) => `<path d="M-44 -10L-50 -70L-22 -40L0 -80L22 -40L50 -70L44 -10Z" ${s.shape(s.tone('#e0a93b'))}/><circle cx="0" cy="-30" r="7" fill="${s.body}"/><circle cx="-26" cy="-26" r="5" fill="${s.accent}"/><circle cx="26" cy="-26" r="5" fill="${s.accent}"/>`,
  cake: (s) => `<rect x="-44" y="-46" width="88" height="44" rx="6" ${s.shape(s.body)}/><path d="M-44 -40q11 12 22 0q11 12 22 0q11 12 22 0q11 12 22 0V-46H-44Z" fill="${s.white}"/>` +
    `<rect x="-3" y="-70" width="6" height="24" fill="${s.accent}"/><path d="M0 -84q6 8 0 12q-6 -4 0 -12Z" fill="${s.orange}"/>`,
  'ice-cream': (s) => `<path d="M-20 -56L0 0L20 -56Z" ${s.shape(s.tone('#d9a066'))}/><circle cx="0" cy="-68" r="22" ${s.shape(s.body)}/><circle cx="-8" cy="-88" r="14" ${s.shape(s.light)}/>`,
  apple: (s) => `<path d="M0 -70C-30 -86 -50 -56 -40 -30C-32 -8 -12 0 0 -6C12 0 32 -8 40 -30C50 -56 30 -86 0 -70Z" ${s.shape(s.body)}/>` + line(s, 'M0 -70Q2 -86 8 -92', 4, s.tone('#6b4a2f')) + `<path d="M4 -80q16 -14 24 -4q-12 12 -24 4Z" fill="${s.tone('#5cb85c')}"/>`,
  snowman: (s, subject) => `<circle cx="0" cy="-24" r="24" ${s.shape(s.white)}/><circle cx="0" cy="-62" r="18" ${s.shape(s.white)}/><circle cx="0" cy="-88" r="13" ${s.shape(s.white)}/>` +
    `<path d="M-12 -76h24" stroke="${s.body}" stroke-width="6"/>` + eyes(s, subject, 0, -90, 3) + `<path d="M2 -87l12 3l-12 2Z" fill="${s.orange}"/>`,
  kite: (s) => `<path d="M0 -100L30 -70L0 -30L-30 -70Z" ${s.shape(s.body)}/><path d="M0 -100V-30M-30 -70H30" stroke="${s.dark}" stroke-width="2"/>` + line(s, 'M0 -30Q10 -18 0 -10Q-10 -2 0 0', 2, s.accent),
  trumpet: (s) => `<path d="M-50 -50h60l30 -18v40l-30 -18h-60Z" ${s.shape(s.tone('#e0a93b'))}/>` + line(s, 'M-30 -50v-12M-18 -50v-12M-6 -50v-12', 4, s.tone('#c48a2a')),
  ufo: (s) => `<path d="M-22 -56Q0 -92 22 -56Z" fill="${s.tone('#bfe3ff')}" stroke="${s.outline}"/><ellipse cx="0" cy="-50" rx="54" ry="14" ${s.shape(s.body)}/>` +
    [-34, -12, 12, 34].map((x) => `<circle cx="${x}" cy="-48" r="4" fill="${s.tone('#ffe58a')}"/>`).join('') + `<path d="M-20 -38L-36 0H36L20 -38Z" fill="${s.tone('#ffe58a')}" opacity="0.35"/>`,
  airplane: (s) => `<path d="M-56 -50Q-56 -60 -40 -60H40Q56 -56 60 -50Q56 -44 40 -42H-40Q-56 -42 -56 -50Z" ${s.shape(s.body)}/><path d="M-4 -50L-24 -20H-10L14 -50Z" ${s.shape(s.dark)}/><path d="M-50 -58L-58 -80H-46L-34 -58Z" ${s.shape(s.dark)}/>` +
    [0, 14, 28].map((x) => `<circle cx="${x}" cy="-52" r="3" fill="${s.tone('#bfe3ff')}"/>`).join(''),
  helicopter: (s) => `<ellipse cx="6" cy="-40" rx="30" ry="22" ${s.shape(s.body)}/><path d="M14 -56a16 16 0 0 1 16 16H14Z" fill="${s.tone('#bfe3ff')}"/><rect x="-60" y="-44" width="40" height="8" ${s.shape(s.body)}/>` +
    line(s, 'M-44 -70H56M6 -62V-70M-20 -8H30M-6 -18V-8M18 -18V-8', 4, s.dark),
  submarine: (s) => `<rect x="-56" y="-50" width="112" height="40" rx="20" ${s.shape(s.body)}/><rect x="-10" y="-70" width="30" height="22" rx="4" ${s.shape(s.body)}/>` +
    [-30, 0, 30].map((x) => `<circle cx="${x}" cy="-30" r="7" fill="${s.tone('#bfe3ff')}" stroke="${s.outline}"/>`).join('') + line(s, 'M10 -70V-86h10', 3),
  'treasure-chest': (s) => `<rect x="-44" y="-44" width="88" height="42" ${s.shape(s.tone('#a8714a'))}/><path d="M-44 -44Q-44 -76 0 -76Q44 -76 44 -44Z" ${s.shape(s.tone('#8a5a30'))}/>` +
    `<rect x="-8" y="-52" width="16" height="18" fill="${s.tone('#e0a93b')}" stroke="${s.outline}"/><path d="M-44 -44H44" stroke="${s.tone('#e0a93b')}" stroke-width="4"/>`,
  book: (s) => `<path d="M0 -20Q-30 -34 -56 -24V-84Q-30 -94 0 -80Z" ${s.shape(s.white)}/><path d="M0 -20Q30 -34 56 -24V-84Q30 -94 0 -80Z" ${s.shape(s.white)}/>` +
    `<path d="M-56 -24V-18Q-30 -28 0 -14Q30 -28 56 -18V-24" ${s.shape(s.body)}/>` + line(s, 'M-44 -70q18 -6 34 2M-44 -58q18 -6 34 2M10 -70q18 -6 34 -2', 1.5, s.dark),
  teapot: (s) => `<ellipse cx="0" cy="-34" rx="36" ry="32" ${s.shape(s.body)}/><path d="M34 -40Q54 -46 56 -66" stroke="${s.body}" stroke-width="9" fill="none"/><path d="M-34 -50Q-56 -50 -50 -24Q-44 -18 -34 -24" stroke="${s.outline}" stroke-width="5" fill="none"/>` +
    `<ellipse cx="0" cy="-66" rx="16" ry="5" ${s.shape(s.dark)}/><circle cx="0" cy="-74" r="5" fill="${s.dark}"/>`,
  lantern: (s) => `<rect x="-24" y="-78" width="48" height="64" rx="10" ${s.shape(s.body)}/><rect x="-14" y="-68" width="28" height="44" rx="6" fill="${s.tone('#ffe58a')}"/><rect x="-18" y="-14" width="36" height="10" fill="${s.dark}"/>` + line(s, 'M-10 -78Q0 -100 10 -78', 3),
  microphone: (s) => `<rect x="-12" y="-98" width="24" height="36" rx="12" ${s.shape(s.tone('#9aa3ad'))}/><path d="M-5 -62L-3 -20H3L5 -62Z" ${s.shape(s.body)}/>` + line(s, 'M0 -20V-4M-20 -2H20', 4),
  skateboard: (s) => `<path d="M-56 -22Q-60 -34 -48 -32H48Q60 -34 56 -22Z" ${s.shape(s.body)}/>` + wheel(s, -34, 8) + wheel(s, 34, 8) + line(s, 'M-30 -30l10 -2M10 -30l10 -2', 2, s.accent),
  gift: (s) => `<rect x="-38" y="-62" width="76" height="60" ${s.shape(s.body)}/><rect x="-44" y="-74" width="88" height="14" ${s.shape(s.body)}/>` +
    `<path d="M-6 -74h12v72h-12Z" fill="${s.accent}"/><path d="M0 -74C-20 -100 -34 -80 0 -74C34 -80 20 -100 0 -74Z" ${s.shape(s.accent)}/>`,
  clock: (s) => `<circle cx="0" cy="-50" r="44" ${s.shape(s.body)}/><circle cx="0" cy="-50" r="36" fill="${s.white}"/>` + line(s, 'M0 -50V-76M0 -50L18 -40', 4, s.tone('#3d3b47')) + `<circle cx="0" cy="-50" r="4" fill="${s.tone('#3d3b47')}"/>`,
  tractor: (s) => `<rect x="-44" y="-50" width="56" height="26" rx="4" ${s.shape(s.body)}/><path d="M-2 -50V-88H34V-30" ${s.shape(s.body)}/><rect x="6" y="-82" width="20" height="20" fill="${s.tone('#bfe3ff')}"/>` + wheel(s, 22, 26) + wheel(s, -34, 14),
  bee: (s, subject) => `<ellipse cx="-6" cy="-70" rx="14" ry="20" fill="${s.white}" opacity="0.8" stroke="${s.outline}"/><ellipse cx="0" cy="-44" rx="34" ry="24" ${s.shape(s.tone('#f5c84c'))}/>` +
    line(s, 'M-12 -64v40M4 -66v44', 7, s.tone('#3d3b47')) + eyes(s, subject, 22, -48, 3.5) + line(s, 'M-34 -44h-10', 3),
  ladybug: (s, subject) => `<path d="M-44 -10A44 40 0 0 1 32 -26V-10Z" ${s.shape(s.tone('#e5484d'))}/><circle cx="36" cy="-18" r="14" ${s.shape(s.tone('#3d3b47'))}/>` +
    line(s, 'M-6 -50V-10', 2, s.tone('#3d3b47')) + [[-26, -30], [-20, -18], [10, -36], [14, -20]].map(([x, y]) => `<circle cx="${x}" cy="${y}" r="5" fill="${s.tone('#3d3b47')}"/>`).join('') + eyes(s, subject, 40, -20, 2.6),
  snail: (s, subject) => `<path d="M-56 0H40Q54 -2 50 -16L44 -40" ${s.shape(s.light)}/><circle cx="-8" cy="-40" r="32" ${s.shape(s.body)}/>` +
    line(s, 'M-8 -40m0 -20a20 20 0 1 1 -16 30a12 12 0 1 1 14 -16', 3, s.dark) + line(s, 'M44 -40l-4 -20M48 -40l8 -16', 2) + eyes(s, subject, 48, -30, 2.6),
  crab: (s, subject) => `<ellipse cx="0" cy="-36" rx="40" ry="24" ${s.shape(s.body)}/>` + line(s, 'M-30 -22l-16 20M-18 -16l-8 16M30 -22l16 20M18 -16l8 16', 4, s.body) +
    `<path d="M-40 -50q-24 -6 -20 -30q14 2 12 14q10 -10 18 -2Z" ${s.shape(s.body)}/><path d="M40 -50q24 -6 20 -30q-14 2 -12 14q-10 -10 -18 -2Z" ${s.shape(s.body)}/>` + eyes(s, subject, 0, -42, 3.4),
  jellyfish: (s, subject) => `<path d="M-40 -50Q-40 -96 0 -96Q40 -96 40 -50Q30 -44 20 -50Q10 -44 0 -50Q-10 -44 -20 -50Q-30 -44 -40 -50Z" ${s.shape(s.body)}/>` +
    [-28, -10, 8, 26].map((x) => line(s, `M${x} -48q8 12 0 24q-8 12 0 24`, 3, s.light)).join('') + eyes(s, subject, 0, -72, 3.4),
  starfish: (s, subject) => `<path d="M0 -98L13 -62L50 -62L20 -40L32 -4L0 -26L-32 -4L-20 -40L-50 -62L-13 -62Z" ${s.shape(s.body)}/>` + eyes(s, subject, 0, -50, 3.2),
  snake: (s, subject) => line(s, 'M-56 -10Q-40 -30 -20 -12Q0 6 20 -14Q34 -28 30 -50', 16, s.outline) + line(s, 'M-56 -10Q-40 -30 -20 -12Q0 6 20 -14Q34 -28 30 -50', 12, s.body) +
    `<ellipse cx="36" cy="-58" rx="16" ry="12" ${s.shape(s.body)}/>` + eyes(s, subject, 40, -62, 2.8) + line(s, 'M52 -56l8 2l4 -3M60 -54l4 3', 1.5, s.tone('#e5484d')),
  shark: (s, subject) => `<path d="M-60 -40L-78 -66L-72 -38L-80 -14L-58 -34Q-20 -14 40 -24Q62 -30 64 -40Q40 -58 -8 -56L-2 -84L-24 -56Q-44 -52 -60 -40Z" ${s.shape(s.body)}/>` +
    `<path d="M-50 -30Q0 -20 56 -34" stroke="${s.light}" stroke-width="6" fill="none"/>` + eyes(s, subject, 40, -42, 3) + line(s, 'M50 -32l-6 4l-6 -4l-6 4', 1.5, s.white),
  dolphin: (s, subject) => `<path d="M-58 -30Q-40 -70 10 -66Q40 -64 58 -44L70 -42L58 -36Q30 -30 -20 -26L-40 -10L-38 -28Z" ${s.shape(s.body)}/><path d="M-6 -66L4 -84L18 -64Z" ${s.shape(s.body)}/>` +
    `<path d="M-30 -30Q10 -26 56 -38" stroke="${s.light}" stroke-width="5" fill="none"/>` + eyes(s, subject, 42, -52, 3),
  ghost: (s, subject) => `<path d="M-36 0V-56Q-36 -98 0 -98Q36 -98 36 -56V0L24 -10L12 0L0 -10L-12 0L-24 -10Z" ${s.shape(s.white)}/>` + eyes(s, subject, 0, -62, 4.5),
  'stand-in': (s, subject) => `<path d="M-34 0Q-46 -52 -24 -86Q0 -104 24 -86Q46 -52 34 0Z" ${s.shape(s.body)}/>` + eyes(s, subject, 0, -64, 4.2),
} satisfies Record<string, Recipe>;

export type SimpleThingKind = keyof typeof simpleThings;

/** Draws a simple thing by its kind's recipe. */
export function drawSimpleThing(subject: SceneSubject, style: SubjectStyle): string {
  return simpleThings[subject.kind as SimpleThingKind](style, subject);
}
