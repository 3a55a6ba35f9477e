import type { extraCritterKinds } from '../extra-subject-kinds.ts';
import type { SceneSubject, SubjectKind } from '../scene-description.ts';
import { circlesPath, decimal, precise } from '../svg-markup.ts';
import { face, motionLines, sleepyZs } from './face.ts';
import type { SubjectStyle } from './subject-style.ts';

// Front-facing four-legged friends sitting up, big head on a small round body: one template, told
// apart by ears, muzzle, tail and a few extras. Units: 100 = the subject's height, feet at (0, 0).

type Ears = 'pointy' | 'floppy' | 'round' | 'long' | 'big-round' | 'elephant' | 'horns';
type Tail = 'curl' | 'bushy' | 'pom' | 'stub' | 'thin' | 'tuft' | 'spade' | 'wag';

interface Features {
  ears: Ears;
  tail: Tail;
  muzzle?: 'light' | 'white';
  whiskers?: boolean;
  mane?: boolean;
  trunk?: boolean;
  wings?: boolean;
  /** A hedgehog's coat of spines, drawn behind the body and head. */
  spines?: boolean;
}

type CritterKind = Extract<SubjectKind, 'cat' | 'dog' | 'bear' | 'rabbit' | 'fox' | 'mouse' | 'lion' | 'elephant' | 'dragon' | 'hedgehog' | 'squirrel' | (typeof extraCritterKinds)[number]>;

const featuresByKind: Record<CritterKind, Features> = {
  cat: { ears: 'pointy', tail: 'curl', whiskers: true },
  dog: { ears: 'floppy', tail: 'wag', muzzle: 'light' },
  bear: { ears: 'round', tail: 'stub', muzzle: 'light' },
  rabbit: { ears: 'long', tail: 'pom', whiskers: true },
  fox: { ears: 'pointy', tail: 'bushy', muzzle: 'white' },
  mouse: { ears: 'big-round', tail: 'thin', whiskers: true },
  lion: { ears: 'round', tail: 'tuft', muzzle: 'light', mane: true },
  elephant: { ears: 'elephant', tail: 'thin', trunk: true },
  dragon: { ears: 'horns', tail: 'spade', muzzle: 'light', wings: true },
  hedgehog: { ears: 'round', tail: 'stub', muzzle: 'light', spines: true },
  squirrel: { ears: 'pointy', tail: 'bushy', muzzle: 'light' },
  wolf: { ears: 'pointy', tail: 'bushy', muzzle: 'white' },
  raccoon: { ears: 'pointy', tail: 'bushy', muzzle: 'white', whiskers: true },
  panda: { ears: 'round', tail: 'stub', muzzle: 'white' },
  koala: { ears: 'big-round', tail: 'stub', muzzle: 'light' },
  tiger: { ears: 'round', tail: 'thin', muzzle: 'white', whiskers: true },
  leopard: { ears: 'round', tail: 'curl', muzzle: 'light', whiskers: true },
  pig: { ears: 'floppy', tail: 'curl', muzzle: 'light' },
  cow: { ears: 'horns', tail: 'tuft', muzzle: 'white' },
  sheep: { ears: 'floppy', tail: 'pom', muzzle: 'white', mane: true },
  goat: { ears: 'horns', tail: 'stub', muzzle: 'light' },
  deer: { ears: 'long', tail: 'pom', muzzle: 'white' },
  monkey: { ears: 'big-round', tail: 'curl', muzzle: 'light' },
  hamster: { ears: 'round', tail: 'stub', muzzle: 'white', whiskers: true },
  kangaroo: { ears: 'long', tail: 'thin', muzzle: 'light' },
  llama: { ears: 'long', tail: 'pom', muzzle: 'light', mane: true },
  donkey: { ears: 'long', tail: 'tuft', muzzle: 'light' },
  otter: { ears: 'round', tail: 'thin', muzzle: 'light', whiskers: true },
  beaver: { ears: 'round', tail: 'spade', muzzle: 'light' },
  badger: { ears: 'round', tail: 'stub', muzzle: 'white' },
  dinosaur: { ears: 'horns', tail: 'spade', muzzle: 'light' },
};

export function drawCritter(subject: SceneSubject, style: SubjectStyle): string {
  const features = featuresByKind[subject.kind as CritterKind];
  const asleep = subject.pose === 'sleeping';
  // Awake the head sits on top of the body; asleep it rests on the body's side, a little smaller.
  const head = asleep ? { x: 22, y: -31, scale: 22 / 26 } : { x: 3, y: -64, scale: 1 };
  const belly = features.muzzle === 'white' ? style.white : style.light;
  let back = '';
  if (features.wings && !asleep) back += wings(style, false);
  if (features.spines) back += spines(style, asleep);
  // Asleep, the tail curls round the front of the body; awake, it shows behind.
  const tailMarkup = tail(features.tail, style, asleep);
  if (!asleep) back += tailMarkup;

  let body: string;
  if (asleep) {
    body = `<ellipse cx="-4" cy="-19" rx="40" ry="19" ${style.shape(style.body)}/><ellipse cx="-8" cy="-3" rx="12" ry="5" ${style.shape(style.body)}/>`;
    body += tailMarkup;
    if (features.wings) body += backSpikes(style) + wings(style, true);
  } else {
    const raised = subject.pose === 'playing' || subject.pose === 'flying' || subject.pose === 'swimming';
    const paws = raised
      ? `<ellipse cx="-26" cy="-44" rx="6.5" ry="9" transform="rotate(35 -26 -44)" ${style.shape(style.body)}/>` +
        `<ellipse cx="30" cy="-44" rx="6.5" ry="9" transform="rotate(-35 30 -44)" ${style.shape(style.body)}/>`
      : `<ellipse cx="-10" cy="-20" rx="6.5" ry="9" ${style.shape(style.body)}/><ellipse cx="14" cy="-20" rx="6.5" ry="9" ${style.shape(style.body)}/>`;
    body =
      `<ellipse cx="0" cy="-26" rx="27" ry="25" ${style.shape(style.body)}/>` +
      `<ellipse cx="2" cy="-22" rx="16" ry="16" fill="${belly}"/>` +
      (subject.kind === 'dragon' ? `<path d="M-12 -30h28M-13 -21h30M-10 -12h24" stroke="${style.dark}" stroke-width="1.6" stroke-linecap="round" opacity="0.6"/>` : '') +
      `<ellipse cx="-13" cy="-4" rx="10" ry="6" ${style.shape(style.body)}/><ellipse cx="15" cy="-4" rx="10" ry="6" ${style.shape(style.body)}/>` +
      paws;
  }

  const headMarkup = `<g transform="translate(${head.x} ${head.y}) scale(${precise(head.scale)})">${drawHead(subject, style, features)}</g>`;
  let extras = '';
  if (asleep) extras += sleepyZs(style, head.x + 14, head.y - 28, 7);
  if (subject.pose === 'playing') extras += motionLines(style, 34, -40);
  const tilt = subject.pose === 'flying' || subject.pose === 'swimming' ? ' transform="rotate(-8 0 -50)"' : '';
  return `<g${tilt}>${back}${body}${headMarkup}${extras}</g>`;
}

/** The head in its own units: centred on the origin, radius 26. */
function drawHead(subject: SceneSubject, style: SubjectStyle, features: Features): string {
  let markup = '';
  if (features.ears === 'elephant') markup += elephantEars(style);
  if (features.mane) markup += mane(style);
  markup += ears(features.ears, style, 'behind');
  markup += `<circle r="26" ${style.shape(style.body)}/>`;
  markup += ears(features.ears, style, 'front');
  if (features.muzzle === 'white') {
    markup += `<path d="M-24 2.6Q0 -3.9 24 2.6Q15.6 24.7 0 26Q-15.6 24.7 -24 2.6Z" fill="${style.white}"/>`;
  } else if (features.muzzle === 'light') {
    markup += `<ellipse cy="9" rx="11" ry="8" fill="${style.light}"/>`;
  }
  if (features.trunk) {
    const trunk = 'M-5 4Q-6 26 12 30';
    markup += `<path d="${trunk}" stroke="${style.outline}" stroke-width="${precise(11 + style.line * 2)}" stroke-linecap="round" fill="none"/>`;
    markup += `<path d="${trunk}" stroke="${style.body}" stroke-width="11" stroke-linecap="round" fill="none"/>`;
  } else {
    markup += `<path d="M-3.5 4h7l-3.5 4Z" fill="${style.ink}" stroke="${style.ink}" stroke-width="1.5" stroke-linejoin="round"/>`;
  }
  const { expression, pose } = subject;
  markup += face(style, { x: 0, y: features.trunk ? -6 : -2, gap: 20, size: 3.8, expression, pose, mouthDrop: features.trunk ? 0 : 12 });
  if (features.whiskers) {
    const whiskers = 'M-9 8l-16 -3M-9 8l-16 1.5M9 8l16 -3M9 8l16 1.5';
    markup += `<path d="${whiskers}" stroke="${style.outline}" stroke-width="1.1" stroke-linecap="round" opacity="0.7"/>`;
  }
  if (subject.kind === 'dragon') markup += `<circle cx="-4" cy="5" r="1.3" fill="${style.outline}"/><circle cx="4" cy="5" r="1.3" fill="${style.outline}"/>`;
  return markup;
}

function ears(kind: Ears, style: SubjectStyle, layer: 'behind' | 'front'): string {
  let markup = '';
  for (const side of [-1, 1]) {
    // Ears are drawn for the right side and mirrored for the left.
    const mirror = `transform="scale(${side} 1)"`;
    if (kind === 'pointy' && layer === 'behind') {
      markup += `<g ${mirror}><path d="M23 -8L20 -37L4 -22Z" ${style.shape(style.body)}/><path d="M19 -14L18 -30L9 -21Z" fill="${style.cheek}" opacity="0.8"/></g>`;
    } else if ((kind === 'round' || kind === 'big-round') && layer === 'behind') {
      const size = kind === 'round' ? 9 : 14;
      const inner = kind === 'round' ? style.light : style.cheek;
      markup += `<g ${mirror}><circle cx="19" cy="-19" r="${size}" ${style.shape(style.body)}/><circle cx="19" cy="-19" r="${precise(size * 0.55)}" fill="${inner}"/></g>`;
    } else if (kind === 'long' && layer === 'behind') {
      markup += `<g ${mirror}><g transform="rotate(10 10 -40)"><ellipse cx="10" cy="-40" rx="7.5" ry="22" ${style.shape(style.body)}/>`;
      markup += `<ellipse cx="10" cy="-38" rx="3.6" ry="16" fill="${style.cheek}" opacity="0.8"/></g></g>`;
    } else if (kind === 'floppy' && layer === 'front') {
      markup += `<g ${mirror}><ellipse cx="24" cy="-2" rx="8.5" ry="17" transform="rotate(-18 24 -2)" ${style.shape(style.dark)}/></g>`;
    } else if (kind === 'horns' && layer === 'behind') {
      const horn = `fill="${style.tone('#f3e2b3')}" stroke="${style.outline}" stroke-width="${precise(style.line)}" stroke-linejoin="round"`;
      markup += `<g ${mirror}><path d="M9 -22Q12 -34 22 -36Q19 -28 19 -17Z" ${horn}/><path d="M24 -2L36 -10L32 4Z" ${style.shape(style.dark)}/></g>`;
    }
  }
  if (kind === 'horns' && layer === 'behind') markup += `<path d="M-6 -23L0 -33L6 -23Z" ${style.shape(style.dark)}/>`;
  return markup;
}

/**
 * A hedgehog's spines: a spiky mound in the darker shade, behind the body and the head, so the face
 * and tummy stay light (as in picture books). Asleep, the mound covers the curled-up back.
 */
function spines(style: SubjectStyle, asleep: boolean): string {
  const centre = asleep ? { x: -4, y: -24, rx: 44, ry: 24 } : { x: 0, y: -50, rx: 38, ry: 46 };
  const count = 21;
  let path = '';
  for (let index = 0; index <= count; index += 1) {
    // Points round the upper half (and the sides) of an ellipse, alternating out and in.
    const angle = Math.PI * (1.08 + (index / count) * 0.84);
    const reach = index % 2 === 0 ? 1.3 : 0.98;
    const x = centre.x + Math.cos(angle) * centre.rx * reach;
    const y = centre.y + Math.sin(angle) * centre.ry * reach;
    path += `${index === 0 ? 'M' : 'L'}${decimal(x)} ${decimal(y)}`;
  }
  path += `L${decimal(centre.x + centre.rx * 0.9)} ${decimal(centre.y + centre.ry * 0.5)}L${decimal(centre.x - centre.rx * 0.9)} ${decimal(centre.y + centre.ry * 0.5)}Z`;
  return `<path d="${path}" ${style.shape(style.dark)}/>`;
}

/** Little rounded spikes along a sleeping dragon's back. */
function backSpikes(style: SubjectStyle): string {
  let spikes = '';
  for (let index = 0; index < 4; index += 1) {
    const x = -36 + index * 10;
    const top = -19 - 19 * Math.sqrt(Math.max(0, 1 - ((x + 4) / 40) ** 2));
    spikes += `<path d="M${decimal(x - 4)} ${decimal(top + 3)}L${decimal(x)} ${decimal(top - 7)}L${decimal(x + 4)} ${decimal(top + 3)}Z" ${style.shape(style.dark)}/>`;
  }
  return spikes;
}

function elephantEars(style: SubjectStyle): string {
  return [-1, 1]
    .map((side) => `<g transform="scale(${side} 1)"><ellipse cx="27" cy="2" rx="17" ry="22" ${style.shape(style.body)}/><ellipse cx="29" cy="3" rx="10" ry="15" fill="${style.cheek}" opacity="0.55"/></g>`)
    .join('');
}

function mane(style: SubjectStyle): string {
  const petals: Array<[number, number, number]> = [];
  for (let index = 0; index < 12; index += 1) {
    const angle = (index / 12) * Math.PI * 2;
    petals.push([Math.cos(angle) * 26.5, Math.sin(angle) * 26.5, 11]);
  }
  return `<path d="${circlesPath(petals)}" fill="${style.dark}" stroke="${style.outline}" stroke-width="${precise(style.line)}"/>`;
}

function wings(style: SubjectStyle, asleep: boolean): string {
  // Folded on its back while it sleeps.
  if (asleep) return `<path d="M-22 -30Q-18 -58 8 -56Q0 -50 2 -42Q-8 -46 -12 -36Q-16 -38 -22 -30Z" ${style.shape(style.dark)}/>`;
  return [-1, 1]
    .map((side) => {
      const at = (dx: number, dy: number) => `${decimal(side * dx)} ${decimal(dy)}`;
      return `<path d="M${at(14, -40)}Q${at(34, -72)} ${at(56, -70)}Q${at(50, -56)} ${at(52, -44)}Q${at(42, -48)} ${at(38, -38)}Q${at(30, -44)} ${at(24, -30)}Z" ${style.shape(style.dark)}/>`;
    })
    .join('');
}

function tail(kind: Tail, style: SubjectStyle, asleep: boolean): string {
  const strokeTwice = (path: string, width: number, colour: string) =>
    `<path d="${path}" stroke="${style.outline}" stroke-width="${decimal(width + style.line * 2)}" stroke-linecap="round" fill="none"/>` +
      `<path d="${path}" stroke="${colour}" stroke-width="${decimal(width)}" stroke-linecap="round" fill="none"/>`;
  if (asleep) {
    // Curled up: the tail wraps round the front of the body.
    if (kind === 'pom' || kind === 'stub') return `<circle cx="-42" cy="-16" r="7" ${style.shape(style.light)}/>`;
    if (kind === 'bushy') return `<path d="M-40 -14Q-30 4 8 -2Q24 -4 30 -10Q10 -14 -10 -10Q-28 -8 -40 -14Z" ${style.shape(style.body)}/>` +
      `<path d="M30 -10Q22 -4 12 -3Q20 -10 30 -10Z" fill="${style.white}"/>`;
    return strokeTwice('M-40 -16Q-40 2 -8 0Q14 -1 26 -6', kind === 'thin' ? 2.5 : 7, kind === 'thin' ? style.cheek : style.body);
  }
  switch (kind) {
    case 'curl':
      return strokeTwice('M-20 -12C-44 -10 -46 -38 -36 -50', 7, style.body);
    case 'wag':
      return strokeTwice('M-20 -20Q-36 -26 -34 -42', 7, style.body);
    case 'bushy':
      return `<path d="M-18 -12Q-52 -14 -54 -52Q-40 -48 -30 -36Q-22 -28 -14 -22Z" ${style.shape(style.body)}/>` +
        `<path d="M-54 -52Q-46 -50 -40 -44Q-50 -44 -54 -52Z" fill="${style.white}" stroke="${style.white}" stroke-width="3" ` +
          `stroke-linejoin="round"/>`;
    case 'pom':
      return `<circle cx="-26" cy="-10" r="8" ${style.shape(style.light)}/>`;
    case 'stub':
      return `<circle cx="-25" cy="-12" r="6" ${style.shape(style.body)}/>`;
    case 'thin':
      return strokeTwice('M-20 -8C-40 -4 -44 -24 -52 -20', 2.5, style.cheek);
    case 'tuft':
      return strokeTwice('M-20 -10C-38 -8 -42 -26 -46 -36', 3, style.body) + `<circle cx="-46" cy="-38" r="5.5" ${style.shape(style.dark)}/>`;
    case 'spade':
      return strokeTwice('M-18 -10C-40 -2 -52 -10 -52 -30', 9, style.body) + `<path d="M-52 -30L-60 -38L-52 -50L-44 -38Z" ${style.shape(style.dark)}/>`;
  }
}
