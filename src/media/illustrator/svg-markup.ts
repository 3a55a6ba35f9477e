// Small helpers for writing SVG text: the illustrator builds strings because resvg parses them in
// microseconds and a DOM would cost more than the drawing.

export type Point = [number, number];

/** One decimal is below a pixel at every supported size, and keeps the SVG text short. */
export function decimal(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** More decimals, for opacities and scale factors where a tenth is too coarse. */
export function precise(value: number, digits = 3): string {
  const scale = 10 ** digits;
  return String(Math.round(value * scale) / scale);
}

/** Collects `<defs>` (gradients, masks, patterns) under ids that are unique within one picture. */
export class SvgDefs {
  private readonly entries: string[] = [];
  private counter = 0;

  /** Adds a definition built around a fresh id and returns `url(#id)`. */
  add(prefix: string, build: (id: string) => string): string {
    this.counter += 1;
    const id = `${prefix}${this.counter}`;
    this.entries.push(build(id));
    return `url(#${id})`;
  }

  /** A vertical (or, with `horizontal`, left-to-right) gradient over the shape it fills. */
  linear(stops: Array<[number, string, number?]>, horizontal = false): string {
    const [x2, y2] = horizontal ? ['1', '0'] : ['0', '1'];
    return this.add('linear', (id) => `<linearGradient id="${id}" x1="0" y1="0" x2="${x2}" y2="${y2}">${stopsMarkup(stops)}</linearGradient>`);
  }

  /** A radial gradient centred on the shape it fills. */
  radial(stops: Array<[number, string, number?]>, centre: Point = [0.5, 0.5], radius = 0.5): string {
    return this.add('radial', (id) => `<radialGradient id="${id}" cx="${centre[0]}" cy="${centre[1]}" ` +
      `r="${radius}">${stopsMarkup(stops)}</radialGradient>`);
  }

  markup(): string {
    return `<defs>${this.entries.join('')}</defs>`;
  }
}

function stopsMarkup(stops: Array<[number, string, number?]>): string {
  return stops
    .map(([offset, colour, opacity]) => `<stop offset="${decimal(offset * 100)}%" ` +
      `stop-color="${colour}"${opacity === undefined ? '' : ` stop-opacity="${precise(opacity)}"`}/>`)
    .join('');
}

/**
 * A path through the points. `smoothness` 1 rounds every corner (Catmull-Rom), 0 joins them with
 * straight lines: energetic scenes use lower values for sharper silhouettes.
 */
export function curveThrough(points: Point[], smoothness = 1): string {
  if (points.length < 2) return '';
  let path = `M${decimal(points[0][0])} ${decimal(points[0][1])}`;
  for (let index = 0; index < points.length - 1; index += 1) {
    const previous = points[Math.max(0, index - 1)];
    const from = points[index];
    const to = points[index + 1];
    const after = points[Math.min(points.length - 1, index + 2)];
    const pull = smoothness / 6;
    const control1: Point = [from[0] + (to[0] - previous[0]) * pull, from[1] + (to[1] - previous[1]) * pull];
    const control2: Point = [to[0] - (after[0] - from[0]) * pull, to[1] - (after[1] - from[1]) * pull];
    path += `C${decimal(control1[0])} ${decimal(control1[1])} ${decimal(control2[0])} ${decimal(control2[1])} ${decimal(to[0])} ${decimal(to[1])}`;
  }
  return path;
}

/** A closed blob of overlapping circles, e.g. a cloud or a tree's crown, as one path. */
export function circlesPath(circles: Array<[number, number, number]>): string {
  return circles
    .map(([x, y, radius]) => `M${decimal(x - radius)} ${decimal(y)}a${decimal(radius)} ${decimal(radius)} 0 1 0 ${decimal(radius * 2)} 0a${decimal(radius)} ${decimal(radius)} 0 1 0 ${decimal(-radius * 2)} 0Z`)
    .join('');
}
