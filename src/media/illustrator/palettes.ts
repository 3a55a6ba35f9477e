import type { PaletteName } from './scene-description.ts';

/** How a named palette grades every colour of a picture. */
export interface PaletteGrade {
  /** Multiplies saturation. */
  saturation: number;
  /** Added to lightness (HSL, 0..1). */
  lightness: number;
  /** Stretches lightness away from the middle; below 1 flattens. */
  contrast: number;
  /** Every colour leans towards this one by `tintAmount`. */
  tint: string;
  tintAmount: number;
  /** Colours for lights, flowers, balloons and spotlights: where a palette shows its character. */
  accents: string[];
  /** The words the alt text uses: "in soft pastel colours". */
  phrase: string;
}

export const palettes: Record<PaletteName, PaletteGrade> = {
  warm: { saturation: 1.05, lightness: 0.02, contrast: 1, tint: '#ff9a3c', tintAmount: 0.14, accents: ['#ffb347', '#ff6f61', '#ffd166', '#f78c6b'], phrase: 'warm golden colours' },
  cool: { saturation: 0.95, lightness: 0, contrast: 1, tint: '#3c8cff', tintAmount: 0.14, accents: ['#6ec6ff', '#8e9bff', '#7fe3d4', '#c2e7ff'], phrase: 'cool blue tones' },
  pastel: { saturation: 0.7, lightness: 0.12, contrast: 0.82, tint: '#fff0f5', tintAmount: 0.18, accents: ['#ffc8dd', '#bde0fe', '#cdb4db', '#fff1a8'], phrase: 'soft pastel colours' },
  neon: { saturation: 1.45, lightness: -0.02, contrast: 1.15, tint: '#c21dff', tintAmount: 0.1, accents: ['#ff2bd6', '#21f0ff', '#b14dff', '#fffb38'], phrase: 'glowing neon colours' },
  moody: { saturation: 0.6, lightness: -0.06, contrast: 1.05, tint: '#3b3a6b', tintAmount: 0.22, accents: ['#8d7cc3', '#5c7fa3', '#c38d9e', '#e0c3a0'], phrase: 'moody, muted colours' },
  earthy: { saturation: 0.8, lightness: 0, contrast: 0.95, tint: '#8a6a3a', tintAmount: 0.16, accents: ['#d9a05b', '#a7c957', '#bc6c25', '#f2e8cf'], phrase: 'earthy colours' },
  vivid: { saturation: 1.3, lightness: 0.01, contrast: 1.08, tint: '#ffffff', tintAmount: 0, accents: ['#ff595e', '#ffca3a', '#8ac926', '#1982c4', '#6a4c93'], phrase: 'bright, vivid colours' },
  dreamy: { saturation: 0.85, lightness: 0.06, contrast: 0.9, tint: '#b48cff', tintAmount: 0.16, accents: ['#c8b6ff', '#ffd6ff', '#b8e0ff', '#fff3b0'], phrase: 'dreamy colours' },
};
