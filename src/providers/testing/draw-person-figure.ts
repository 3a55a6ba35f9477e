import sharp from 'sharp';

/** A drawn head-and-shoulders figure on a room-like background, and where the figure truly is. */
export interface PersonFigure {
  /** The picture, PNG. */
  png: Uint8Array;
  /** 1 where the figure was drawn, 0 elsewhere, one byte per pixel. */
  truth: Uint8Array;
  width: number;
  height: number;
}

export interface PersonFigureOptions {
  width?: number;
  height?: number;
  /** Moves the figure sideways, in pixels, so consecutive frames differ. */
  shiftX?: number;
  /** Covers the wall in tiles of many colours, so no one colour holds the border (a photo, not a drawing on plain paper). */
  busyWall?: boolean;
}

/**
 * Draws what a webcam sees: a shaded face with hair, neck and shoulders in a shirt, in front of a
 * textured wall with a shelf and a window. The truth mask is the same outline drawn in white on black.
 */
export async function drawPersonFigure(options: PersonFigureOptions = {}): Promise<PersonFigure> {
  const width = options.width ?? 640;
  const height = options.height ?? 480;
  const x = width / 2 + (options.shiftX ?? 0);
  const scale = height / 480;
  const at = (dx: number, dy: number) => `${x + dx * scale},${dy * scale}`;
  const head = `<ellipse cx="${x}" cy="${190 * scale}" rx="${68 * scale}" ry="${88 * scale}"`;
  const hair = `<path d="M ${at(-72, 180)} Q ${at(-75, 85)} ${at(0, 92)} Q ${at(75, 85)} ${at(72, 180)} Q ${at(60, 120)} ${at(0, 125)} Q ${at(-60, 120)} ${at(-72, 180)} Z"`;
  const neck = `<rect x="${x - 30 * scale}" y="${260 * scale}" width="${60 * scale}" height="${60 * scale}"`;
  const body = `<path d="M ${at(-200, 480)} C ${at(-200, 360)} ${at(-150, 320)} ${at(-40, 305)} L ${at(40, 305)} C ${at(150, 320)} ${at(200, 360)} ${at(200, 480)} Z"`;
  const figure = (fill: (part: string) => string) =>
    `${body} fill="${fill('shirt')}"/>${neck} fill="${fill('skin')}"/>${head} fill="${fill('skin')}"/>${hair} fill="${fill('hair')}"/>`;
  const stripes = Array.from({ length: Math.ceil(width / 24) }, (_, index) =>
    `<rect x="${index * 24}" y="0" width="12" height="${height}" fill="#c9bfa8" opacity="0.5"/>`).join('');
  const books = Array.from({ length: 14 }, (_, index) =>
    `<rect x="${20 + index * 16}" y="${60 * scale}" width="13" height="${(50 + (index * 37) % 30) * scale}" fill="hsl(${(index * 67) % 360},45%,40%)"/>`).join('');
  const picture = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs>
      <radialGradient id="skin" cx="0.45" cy="0.4" r="0.7"><stop offset="0" stop-color="#f1c7a5"/><stop offset="1" stop-color="#b57d5c"/></radialGradient>
      <linearGradient id="shirt" x1="0" x2="1"><stop offset="0" stop-color="#2d4f7c"/><stop offset="0.5" stop-color="#3f6aa3"/><stop offset="1" stop-color="#243f63"/></linearGradient>
    </defs>
    <rect width="${width}" height="${height}" fill="#ddd3bd"/>${stripes}${options.busyWall ? tiles(width, height) : ''}
    <rect x="10" y="${110 * scale}" width="250" height="10" fill="#6b4a2b"/>${books}
    <rect x="${width - 190}" y="${40 * scale}" width="160" height="${170 * scale}" fill="#a9cbe8" stroke="#f4f4f4" stroke-width="10"/>
    ${figure((part) => (part === 'hair' ? '#3b2618' : `url(#${part})`))}
    <ellipse cx="${x - 25 * scale}" cy="${180 * scale}" rx="${9 * scale}" ry="${5 * scale}" fill="#2b1d14"/>
    <ellipse cx="${x + 25 * scale}" cy="${180 * scale}" rx="${9 * scale}" ry="${5 * scale}" fill="#2b1d14"/>
    <path d="M ${at(-22, 235)} Q ${at(0, 250)} ${at(22, 235)}" stroke="#8a3b32" stroke-width="${5 * scale}" fill="none"/>
  </svg>`;
  const outline = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="#000"/>${figure(() => '#fff')}</svg>`;
  const png = new Uint8Array(await sharp(Buffer.from(picture)).png().toBuffer());
  const grey = await sharp(Buffer.from(outline)).greyscale().raw().toBuffer();
  const truth = new Uint8Array(width * height);
  for (let index = 0; index < truth.length; index++) truth[index] = grey[index] > 127 ? 1 : 0;
  return { png, truth, width, height };
}

function tiles(width: number, height: number): string {
  const side = 40;
  const cells: string[] = [];
  for (let y = 0; y < height; y += side) {
    for (let x = 0; x < width; x += side) {
      cells.push(`<rect x="${x}" y="${y}" width="${side}" height="${side}" fill="hsl(${(x * 7 + y * 13) % 360},55%,${35 + ((x + y) / side) % 4 * 10}%)"/>`);
    }
  }
  return cells.join('');
}
