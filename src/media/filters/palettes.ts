/** An RGB colour, 0–255 per channel. */
export type Color = readonly [number, number, number];

export interface Palette {
  name: string;
  /** Words in a prompt that pick this palette. */
  words: readonly string[];
  /** From darkest to lightest where the order matters (sketches map brightness onto it). */
  colors: readonly Color[];
}

function hex(value: string): Color {
  const number = Number.parseInt(value.replace('#', ''), 16);
  return [(number >> 16) & 255, (number >> 8) & 255, number & 255];
}

/** The named colour sets presets and prompts can ask for. */
export const palettes: readonly Palette[] = [
  { name: 'warm', words: ['warm', 'sunset', 'autumn', 'fire', 'golden', 'desert'], colors: ['#2b1a12', '#6b2d1f', '#b5472a', '#e07a3a', '#f2b25c', '#f8dfa0', '#fff4dc'].map(hex) },
  { name: 'cool', words: ['cool', 'cold', 'ocean', 'sea', 'ice', 'winter', 'blue', 'night'], colors: ['#0b1526', '#16324f', '#1f5f8b', '#3a8fb7', '#7cc3d9', '#c4e7ef', '#f2fbff'].map(hex) },
  { name: 'pastel', words: ['pastel', 'soft', 'candy', 'dreamy', 'spring'], colors: ['#5b5f7a', '#a7a3c9', '#f4a6b7', '#f9d5a7', '#b8e0d2', '#d6eadf', '#fdf6f0'].map(hex) },
  { name: 'sepia', words: ['sepia', 'vintage', 'old', 'antique', 'retro photo'], colors: ['#241a12', '#4a3624', '#75583a', '#a07e58', '#c9ab82', '#ecdcbc'].map(hex) },
  { name: 'noir', words: ['noir', 'monochrome', 'grayscale', 'greyscale', 'black and white'], colors: ['#0a0a0a', '#3a3a3a', '#777777', '#b4b4b4', '#f0f0f0'].map(hex) },
  { name: 'forest', words: ['forest', 'nature', 'jungle', 'moss', 'earth'], colors: ['#14211a', '#27412d', '#4a6b3a', '#7e9a4f', '#c2c07a', '#e9e2bd'].map(hex) },
  { name: 'pop', words: ['pop', 'comic', 'bold', 'vivid', 'bright'], colors: ['#111111', '#e63946', '#f4d35e', '#2a9df4', '#3bb273', '#ffffff', '#f7a1c4'].map(hex) },
  { name: 'neon', words: ['neon', 'cyberpunk', 'synthwave', 'vaporwave', 'tron'], colors: ['#ff2bd6', '#00f0ff', '#faff00', '#7b2cff', '#39ff14'].map(hex) },
  // The four greens of the original Game Boy screen.
  { name: 'handheld', words: ['gameboy', 'game boy', 'handheld'], colors: ['#0f380f', '#306230', '#8bac0f', '#9bbc0f'].map(hex) },
  // The PICO-8 fantasy console's sixteen colours.
  { name: 'fantasy-console', words: ['pico', 'pico-8', 'console', '16 colours', '16 colors'], colors: ['#000000', '#1d2b53', '#7e2553', '#008751', '#ab5236', '#5f574f', '#c2c3c7', '#fff1e8', '#ff004d', '#ffa300', '#ffec27', '#00e436', '#29adff', '#83769c', '#ff77a8', '#ffccaa'].map(hex) },
  { name: 'graphite', words: ['graphite', 'pencil grey', 'charcoal'], colors: ['#2e2e33', '#f4f1ea'].map(hex) },
  { name: 'ink-blue', words: ['ballpoint', 'blue ink', 'biro'], colors: ['#1b2a6b', '#f6f3ec'].map(hex) },
];

export const paletteNames: readonly string[] = palettes.map((palette) => palette.name);

export function findPalette(name: string): Palette | undefined {
  return palettes.find((palette) => palette.name === name);
}
