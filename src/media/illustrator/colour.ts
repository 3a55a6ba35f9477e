// Colour arithmetic on `#rrggbb` strings: the illustrator grades every colour in code rather than with
// SVG filters, because filters cost resvg a full-picture pass each.

export interface Hsl {
  hue: number;
  saturation: number;
  lightness: number;
}

type Rgb = [number, number, number];

function toRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex([red, green, blue]: Rgb): string {
  const channel = (value: number) => Math.round(Math.min(255, Math.max(0, value))).toString(16).padStart(2, '0');
  return `#${channel(red)}${channel(green)}${channel(blue)}`;
}

/** Linear blend: amount 0 keeps `from`, 1 gives `to`. */
export function mixColours(from: string, to: string, amount: number): string {
  const start = toRgb(from);
  const end = toRgb(to);
  return toHex([0, 1, 2].map((channel) => start[channel] + (end[channel] - start[channel]) * amount) as Rgb);
}

export function toHsl(hex: string): Hsl {
  const [red, green, blue] = toRgb(hex).map((channel) => channel / 255);
  const highest = Math.max(red, green, blue);
  const lowest = Math.min(red, green, blue);
  const lightness = (highest + lowest) / 2;
  const spread = highest - lowest;
  if (spread === 0) return { hue: 0, saturation: 0, lightness };
  const saturation = spread / (1 - Math.abs(2 * lightness - 1));
  let hue: number;
  if (highest === red) hue = ((green - blue) / spread) % 6;
  else if (highest === green) hue = (blue - red) / spread + 2;
  else hue = (red - green) / spread + 4;
  return { hue: (hue * 60 + 360) % 360, saturation: Math.min(1, saturation), lightness };
}

export function fromHsl({ hue, saturation, lightness }: Hsl): string {
  const clampedSaturation = Math.min(1, Math.max(0, saturation));
  const clampedLightness = Math.min(1, Math.max(0, lightness));
  const chroma = (1 - Math.abs(2 * clampedLightness - 1)) * clampedSaturation;
  const sector = (((hue % 360) + 360) % 360) / 60;
  const second = chroma * (1 - Math.abs((sector % 2) - 1));
  const [red, green, blue] =
    sector < 1 ? [chroma, second, 0] : sector < 2 ? [second, chroma, 0] : sector < 3 ? [0, chroma, second] : sector < 4 ? [0, second, chroma] : sector < 5 ? [second, 0, chroma] : [chroma, 0, second];
  const offset = clampedLightness - chroma / 2;
  return toHex([(red + offset) * 255, (green + offset) * 255, (blue + offset) * 255]);
}

/** Positive amounts lighten, negative darken, keeping the hue. */
export function shade(hex: string, amount: number): string {
  return amount >= 0 ? mixColours(hex, '#ffffff', amount) : mixColours(hex, '#000000', -amount);
}
