import { z } from 'zod';
import { extraSubjectKinds } from './extra-subject-kinds.ts';

/** Where a scene takes place; each has its own backdrop drawing. */
export const sceneSettings = [
  'forest',
  'meadow',
  'beach',
  'ocean',
  'mountains',
  'desert',
  'snowy-village',
  'village',
  'castle',
  'garden',
  'city',
  'bedroom',
  'stage',
  'underwater',
  'sky',
  'space',
  'jungle',
  'cave',
  'volcano',
  'island',
  'lake',
  'river',
  'farm',
  'classroom',
  'kitchen',
  'library',
  'playground',
  'harbour',
  'train-station',
  'fairground',
  'swamp',
  'arctic',
  'canyon',
  'waterfall',
  'temple',
  'moon-surface',
] as const;
export type SceneSetting = (typeof sceneSettings)[number];

export const timesOfDay = ['dawn', 'day', 'sunset', 'dusk', 'night'] as const;
export type TimeOfDay = (typeof timesOfDay)[number];

export const weathers = ['clear', 'rain', 'snow', 'fog', 'stars', 'aurora'] as const;
export type Weather = (typeof weathers)[number];

/** Named colour sets; each grades every colour of the picture (see `palettes.ts`). */
export const paletteNames = ['warm', 'cool', 'pastel', 'neon', 'moody', 'earthy', 'vivid', 'dreamy'] as const;
export type PaletteName = (typeof paletteNames)[number];

/** What the illustrator can draw as a subject. */
export const subjectKinds = [
  'dragon',
  'cat',
  'dog',
  'bear',
  'rabbit',
  'fox',
  'mouse',
  'lion',
  'elephant',
  'owl',
  'bird',
  'penguin',
  'frog',
  'unicorn',
  'horse',
  'whale',
  'fish',
  'turtle',
  'octopus',
  'butterfly',
  'hedgehog',
  'squirrel',
  'child',
  'robot',
  'rocket',
  'boat',
  'balloon',
  'moon',
  'tree',
  'house',
  ...extraSubjectKinds,
] as const;
export type SubjectKind = (typeof subjectKinds)[number];
export type ExtraSubjectKind = (typeof extraSubjectKinds)[number];

/** Body colours a subject can have; the drawing keeps each kind's own markings (a fox's white tail tip). */
export const colourNames = ['red', 'orange', 'yellow', 'green', 'teal', 'blue', 'purple', 'pink', 'brown', 'grey', 'white', 'black', 'gold'] as const;
export type ColourName = (typeof colourNames)[number];

export const subjectSizes = ['small', 'medium', 'large'] as const;
export const subjectPoses = ['standing', 'sitting', 'sleeping', 'flying', 'swimming', 'playing'] as const;
export type SubjectPose = (typeof subjectPoses)[number];
export const expressions = ['happy', 'sleepy', 'excited', 'sad'] as const;
export type Expression = (typeof expressions)[number];

export const subjectSchema = z.object({
  /** What is drawn. */
  kind: z.enum(subjectKinds),
  /** The word the prompt used for it, singular ("kitten" for a cat); the alt text says this. */
  noun: z.string().min(1),
  /** Body colour. */
  colour: z.enum(colourNames),
  /** The size word of the alt text; the drawn height is `height`. */
  size: z.enum(subjectSizes),
  pose: z.enum(subjectPoses),
  expression: z.enum(expressions),
  /** Side-view subjects look this way; placement turns them towards the middle of the picture. */
  facing: z.enum(['left', 'right']),
  /** Horizontal centre as a fraction of the picture's width. */
  x: z.number().min(0).max(1),
  /** Baseline (where it stands, or the bottom of a flying subject) as a fraction of the picture's height. */
  y: z.number().min(0).max(1),
  /** Drawn height as a fraction of the picture's height. */
  height: z.number().min(0.02).max(1.2),
  /** The first subject is the main one: references go to it first, and the alt text leads with it. */
  role: z.enum(['main', 'companion']),
  /** Set when the user's character picture with this index stands here instead of a drawing. */
  picture: z.number().int().min(0).optional(),
});
export type SceneSubject = z.infer<typeof subjectSchema>;

export const compositionSchema = z.object({
  /** Where the main subject stands: on the left or right third line, or in the middle. */
  placement: z.enum(['left', 'centre', 'right']),
  /** How close the view is: a close-up makes the main subject big, a wide shot shows more backdrop. */
  framing: z.enum(['close-up', 'medium', 'wide']),
});
export type Composition = z.infer<typeof compositionSchema>;

/** Everything the renderer needs: the same description always draws the same picture. */
export const sceneDescriptionSchema = z.object({
  setting: z.enum(sceneSettings),
  timeOfDay: z.enum(timesOfDay),
  weather: z.enum(weathers),
  palette: z.enum(paletteNames),
  /** Mood as energy, 0 calm to 1 energetic: drives saturation, contrast, rays, beams and how sharp the lines are. */
  energy: z.number().min(0).max(1),
  composition: compositionSchema,
  /** Main subject first. */
  subjects: z.array(subjectSchema).min(1).max(6),
  /** Seeds the decorative randomness (hill shapes, star positions), so two scenes alike in words still differ. */
  variation: z.number().int().min(0),
});
export type SceneDescription = z.infer<typeof sceneDescriptionSchema>;

/** Where a kind of subject naturally is: on the ground, in the air, in water, or high in the sky. */
export type Habitat = 'ground' | 'air' | 'water' | 'sky';

export interface SubjectTraits {
  habitat: Habitat;
  /** Height relative to an ordinary subject at the same framing (a mouse is small, a tree tall). */
  scale: number;
  /** Width over height of the drawing, to keep subjects from piling on each other. */
  aspect: number;
  /** Likely body colours, most typical first. */
  colours: ColourName[];
  /** Settings to choose from when the prompt names none. */
  settings: SceneSetting[];
}
