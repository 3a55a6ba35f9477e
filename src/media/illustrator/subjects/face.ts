import type { Expression, SubjectPose } from '../scene-description.ts';
import { decimal } from '../svg-markup.ts';
import type { SubjectStyle } from './subject-style.ts';

export interface FaceOptions {
  /** Midpoint between the eyes. */
  x: number;
  y: number;
  /** Distance between the eyes' centres. */
  gap: number;
  /** Eye radius. */
  size: number;
  expression: Expression;
  pose: SubjectPose;
  /** Where the mouth sits below the eyes; 0 leaves it out (beaks, screens). */
  mouthDrop?: number;
  cheeks?: boolean;
}

/** A friendly face: shiny eyes (closed when asleep), rosy cheeks and a mouth that shows the mood. */
export function face(style: SubjectStyle, options: FaceOptions): string {
  const { x, y, gap, size, expression, pose } = options;
  const mouthDrop = options.mouthDrop ?? size * 2.4;
  let markup = '';
  for (const side of [-1, 1]) {
    const eyeX = x + (side * gap) / 2;
    if (pose === 'sleeping' || expression === 'sleepy') {
      markup += `<path d="M${decimal(eyeX - size)} ${decimal(y)}Q${decimal(eyeX)} ${decimal(y + size * 0.9)} ${decimal(eyeX + size)} ${decimal(y)}" ` +
        `stroke="${style.ink}" stroke-width="${decimal(size * 0.45)}" stroke-linecap="round" fill="none"/>`;
    } else {
      const radius = expression === 'excited' ? size * 1.15 : size;
      markup += `<ellipse cx="${decimal(eyeX)}" cy="${decimal(y)}" rx="${decimal(radius * 0.85)}" ry="${decimal(radius)}" fill="${style.ink}"/>`;
      markup += `<circle cx="${decimal(eyeX + radius * 0.3)}" cy="${decimal(y - radius * 0.35)}" r="${decimal(radius * 0.34)}" fill="${style.white}"/>`;
    }
    if (expression === 'sad') {
      // Brows rising towards the middle read as worried at any size.
      markup += `<path d="M${decimal(eyeX - side * size * 1.1)} ${decimal(y - size * 2.2)}L${decimal(eyeX + side * size * 0.9)} ${decimal(y - size * 1.6)}" ` +
        `stroke="${style.ink}" stroke-width="${decimal(size * 0.35)}" stroke-linecap="round"/>`;
    }
    if (options.cheeks !== false) markup += `<ellipse cx="${decimal(eyeX + side * size * 0.9)}" cy="${decimal(y + size * 1.7)}" ` +
      `rx="${decimal(size * 0.95)}" ry="${decimal(size * 0.6)}" fill="${style.cheek}" opacity="0.55"/>`;
  }
  if (mouthDrop > 0) markup += mouth(style, x, y + mouthDrop, size, expression, pose);
  return markup;
}

export function mouth(style: SubjectStyle, x: number, y: number, size: number, expression: Expression, pose: SubjectPose): string {
  const width = size * 1.3;
  const stroke = `stroke="${style.ink}" stroke-width="${decimal(size * 0.35)}" stroke-linecap="round" fill="none"`;
  if (expression === 'sad') return `<path d="M${decimal(x - width * 0.7)} ${decimal(y + size * 0.4)}Q${decimal(x)} ${decimal(y - size * 0.35)} ${decimal(x + width * 0.7)} ${decimal(y + size * 0.4)}" ${stroke}/>`;
  if (pose === 'sleeping' || expression === 'sleepy') return `<ellipse cx="${decimal(x)}" cy="${decimal(y)}" rx="${decimal(size * 0.32)}" ` +
    `ry="${decimal(size * 0.4)}" fill="${style.ink}" opacity="0.8"/>`;
  if (expression === 'excited') {
    return `<path d="M${decimal(x - width)} ${decimal(y - size * 0.2)}Q${decimal(x)} ${decimal(y - size * 0.5)} ${decimal(x + width)} ${decimal(y - size * 0.2)}Q${decimal(x)} ${decimal(y + size * 1.9)} ${decimal(x - width)} ${decimal(y - size * 0.2)}Z" ` +
      `fill="${style.ink}"/>` +
      `<ellipse cx="${decimal(x)}" cy="${decimal(y + size * 0.8)}" rx="${decimal(width * 0.45)}" ry="${decimal(size * 0.35)}" fill="${style.cheek}"/>`;
  }
  return `<path d="M${decimal(x - width)} ${decimal(y)}Q${decimal(x - width / 2)} ${decimal(y + size * 0.9)} ${decimal(x)} ${decimal(y)}Q${decimal(x + width / 2)} ${decimal(y + size * 0.9)} ${decimal(x + width)} ${decimal(y)}" ${stroke}/>`;
}

/** Three Zs drifting up and away from a sleeper's head. */
export function sleepyZs(style: SubjectStyle, x: number, y: number, size: number): string {
  let path = '';
  [1, 0.75, 0.55].forEach((scale, index) => {
    const letterX = x + index * size * 0.9;
    const letterY = y - index * size * 1.1;
    const letter = size * scale;
    path += `M${decimal(letterX)} ${decimal(letterY - letter)}h${decimal(letter)}l${decimal(-letter)} ${decimal(letter)}h${decimal(letter)}`;
  });
  return `<path d="${path}" stroke="${style.isDark ? style.white : style.outline}" stroke-width="${decimal(size * 0.22)}" ` +
    `stroke-linecap="round" stroke-linejoin="round" fill="none" opacity="0.9"/>`;
}

/** Little curved strokes either side of a lively subject. */
export function motionLines(style: SubjectStyle, halfWidth: number, y: number): string {
  let path = '';
  for (const side of [-1, 1]) {
    for (let index = 0; index < 3; index += 1) {
      const lineX = side * (halfWidth + 6 + index * 2);
      const lineY = y - 20 + index * 12;
      path += `M${decimal(lineX)} ${decimal(lineY)}q${decimal(side * 6)} 4 ${decimal(side * 2)} 9`;
    }
  }
  return `<path d="${path}" stroke="${style.isDark ? style.white : style.outline}" stroke-width="2.2" stroke-linecap="round" fill="none" ` +
    `opacity="0.85"/>`;
}
