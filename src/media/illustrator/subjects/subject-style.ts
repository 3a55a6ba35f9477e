import { shade } from '../colour.ts';
import type { DrawContext } from '../draw-context.ts';
import type { ColourName, SceneSubject } from '../scene-description.ts';
import { decimal } from '../svg-markup.ts';

export const colourHex: Record<ColourName, string> = {
  red: '#e5484d',
  orange: '#f28c38',
  yellow: '#f5c84c',
  green: '#5cb85c',
  teal: '#2bb5a5',
  blue: '#4a8fe0',
  purple: '#9b6bd6',
  pink: '#f08cb8',
  brown: '#a8714a',
  grey: '#9aa3ad',
  white: '#f4f1ea',
  black: '#3d3b47',
  gold: '#e0a93b',
};

/** The colours and line of one subject, lit at half strength so characters stay readable at night. */
export interface SubjectStyle {
  body: string;
  /** Ears' insides, wings, markings. */
  dark: string;
  /** Bellies, muzzles, highlights. */
  light: string;
  outline: string;
  /** Pupils and closed-eye lines. */
  ink: string;
  white: string;
  cheek: string;
  /** Beaks, feet, flames. */
  orange: string;
  /** A palette accent: scarves, flags, lights. */
  accent: string;
  /** Outline width in the subject's own units (100 = its height). */
  line: number;
  /** `fill`, `stroke` and line attributes for an outlined shape in `fill`. */
  shape(fill: string): string;
  /** The scene is dark: marks drawn beside the subject (Zs, motion lines) are light rather than dark. */
  isDark: boolean;
  /** Lights `hex` as this subject is lit. */
  tone(hex: string): string;
}

const subjectExposure = 0.5;

export function subjectStyle(subject: SceneSubject, context: DrawContext, index: number): SubjectStyle {
  const { paint, scene } = context;
  const base = colourHex[subject.colour];
  const tone = (hex: string) => paint.colour(hex, subjectExposure);
  // Black and white bodies need their light and dark turned round to keep markings visible.
  const light = subject.colour === 'white' ? '#ffffff' : subject.colour === 'black' ? '#8b8798' : shade(base, 0.5);
  const dark = subject.colour === 'white' ? '#d9cfc0' : shade(base, -0.28);
  const outline = tone(subject.colour === 'black' ? '#1c1b22' : shade(base, -0.55));
  const line = 1.3 + scene.energy * 0.9;
  return {
    body: tone(base),
    dark: tone(dark),
    light: tone(light),
    outline,
    ink: tone('#2b2233'),
    white: tone('#ffffff'),
    cheek: tone('#ff8fa3'),
    orange: tone('#f59e3b'),
    accent: tone(paint.accents[index % paint.accents.length]),
    line,
    shape: (fill) => `fill="${fill}" stroke="${outline}" stroke-width="${decimal(line)}" stroke-linejoin="round"`,
    isDark: paint.isDark || scene.setting === 'stage' || scene.setting === 'underwater',
    tone,
  };
}
