import { sceneSettings, type PaletteName, type SceneSetting, type SubjectKind, type SubjectPose, type TimeOfDay, type Weather } from './scene-description.ts';
import { roomSettings, shelteredSettings } from './scene-layout.ts';
import type { SeededRandom } from '../../engine/seeded-random.ts';
import { subjectTraits } from './subject-traits.ts';

// What the illustrator chooses when the prompt leaves something unsaid: likely choices for the rest
// of the scene, drawn from the seeded generator so each seed gives a different but fitting picture.

export function weightedPick<T>(random: SeededRandom, choices: Array<[T, number]>): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let remaining = random.next() * total;
  for (const [value, weight] of choices) {
    remaining -= weight;
    if (remaining < 0) return value;
  }
  return choices[choices.length - 1][0];
}

export function defaultTime(setting: SceneSetting, energy: number, random: SeededRandom): TimeOfDay {
  if (setting === 'space' || setting === 'moon-surface') return 'night';
  if (setting === 'stage' || setting === 'fairground') return weightedPick(random, [['night', 0.8], ['dusk', 0.2]]);
  if (setting === 'bedroom') return weightedPick(random, [['night', 0.6], ['dusk', 0.2], ['day', 0.2]]);
  // Lessons, cooking and reading happen in the daytime more often than not.
  if (roomSettings.has(setting) || setting === 'playground' || setting === 'farm') return weightedPick(random, [['day', 0.6], ['sunset', 0.15], ['dawn', 0.1], ['dusk', 0.15]]);
  if (setting === 'underwater') return weightedPick(random, [['day', 0.6], ['dusk', 0.2], ['sunset', 0.2]]);
  // Calm prompts are mostly bedtime stories and quiet verses.
  if (energy < 0.3) return weightedPick(random, [['night', 0.45], ['dusk', 0.2], ['sunset', 0.15], ['dawn', 0.2]]);
  return weightedPick(random, [['day', 0.4], ['sunset', 0.2], ['dawn', 0.15], ['dusk', 0.1], ['night', 0.15]]);
}

export function defaultWeather(setting: SceneSetting, time: TimeOfDay, random: SeededRandom): Weather {
  if (setting === 'space' || setting === 'moon-surface') return 'stars';
  if (shelteredSettings.has(setting)) return 'clear';
  if (time === 'night') {
    if (setting === 'snowy-village' || setting === 'arctic') return weightedPick(random, [['snow', 0.5], ['stars', 0.3], ['aurora', 0.2]]);
    if (setting === 'mountains') return weightedPick(random, [['stars', 0.6], ['aurora', 0.3], ['clear', 0.1]]);
    return weightedPick(random, [['stars', 0.75], ['clear', 0.2], ['fog', 0.05]]);
  }
  if (setting === 'snowy-village' || setting === 'arctic') return weightedPick(random, [['snow', 0.6], ['clear', 0.4]]);
  if (setting === 'desert' || setting === 'beach' || setting === 'island' || setting === 'canyon' || setting === 'volcano') return 'clear';
  if (setting === 'swamp' || setting === 'jungle' || setting === 'waterfall') return weightedPick(random, [['clear', 0.5], ['fog', 0.3], ['rain', 0.2]]);
  if (setting === 'city') return weightedPick(random, [['clear', 0.7], ['rain', 0.3]]);
  if (setting === 'forest') return weightedPick(random, [['clear', 0.65], ['fog', 0.2], ['rain', 0.15]]);
  return weightedPick(random, [['clear', 0.8], ['rain', 0.1], ['fog', 0.1]]);
}

export function defaultPalette(setting: SceneSetting, time: TimeOfDay, energy: number, random: SeededRandom): PaletteName {
  const isEvening = time === 'night' || time === 'dusk';
  if ((setting === 'city' || setting === 'stage' || setting === 'fairground') && isEvening && energy > 0.55) return 'neon';
  if (energy < 0.35) return random.pick(['pastel', 'dreamy', 'cool', 'warm'] as const);
  if (energy > 0.7) return random.pick(['vivid', 'warm', 'vivid', 'neon'] as const);
  return random.pick(['warm', 'vivid', 'pastel', 'dreamy', 'cool', 'earthy'] as const);
}

/** Settings that suit what the prompt did say: its subject, or its weather. */
export function defaultSetting(kind: SubjectKind | undefined, weather: Weather | undefined, random: SeededRandom): SceneSetting {
  if (weather === 'snow') return random.pick(['snowy-village', 'mountains', 'forest'] as const);
  if (weather === 'aurora') return random.pick(['snowy-village', 'mountains'] as const);
  if (kind) return random.pick(subjectTraits[kind].settings);
  return random.pick(sceneSettings);
}

const residents: Record<SceneSetting, SubjectKind[]> = {
  forest: ['fox', 'owl', 'bear', 'rabbit'],
  meadow: ['rabbit', 'horse', 'unicorn', 'dog'],
  beach: ['turtle', 'dog', 'child'],
  ocean: ['whale', 'boat'],
  mountains: ['bear', 'dragon', 'child'],
  desert: ['lion', 'fox', 'elephant'],
  'snowy-village': ['penguin', 'fox', 'child'],
  village: ['child', 'dog', 'cat'],
  castle: ['dragon', 'unicorn', 'child'],
  garden: ['rabbit', 'frog', 'cat', 'butterfly'],
  city: ['cat', 'robot', 'child'],
  bedroom: ['child', 'bear', 'cat'],
  stage: ['robot', 'child', 'cat'],
  underwater: ['fish', 'octopus', 'turtle', 'whale'],
  sky: ['balloon', 'bird', 'dragon'],
  space: ['rocket', 'robot', 'cat'],
  jungle: ['monkey', 'tiger', 'snake', 'bird'],
  cave: ['bear', 'dragon', 'child'],
  volcano: ['dragon', 'dinosaur'],
  island: ['turtle', 'crab', 'child'],
  lake: ['duck', 'swan', 'boat', 'frog'],
  river: ['otter', 'beaver', 'duck'],
  farm: ['cow', 'pig', 'sheep', 'horse', 'tractor'],
  classroom: ['child', 'robot'],
  kitchen: ['cat', 'child', 'mouse'],
  library: ['child', 'owl', 'cat'],
  playground: ['child', 'dog'],
  harbour: ['boat', 'cat', 'child'],
  'train-station': ['child', 'dog', 'robot'],
  fairground: ['child', 'balloon', 'unicorn'],
  swamp: ['frog', 'snail', 'duck'],
  arctic: ['penguin', 'bear', 'fox'],
  canyon: ['horse', 'eagle', 'snake'],
  waterfall: ['deer', 'otter', 'bird'],
  temple: ['monkey', 'tiger', 'child'],
  'moon-surface': ['robot', 'rocket', 'child'],
};

/** Who lives in a setting, for prompts that name nobody. */
export function defaultSubject(setting: SceneSetting, random: SeededRandom): SubjectKind {
  return random.pick(residents[setting]);
}

export function defaultPose(kind: SubjectKind, setting: SceneSetting, energy: number): SubjectPose {
  const habitat = subjectTraits[kind].habitat;
  if (habitat === 'air' || habitat === 'sky') return 'flying';
  if (kind === 'tree' || kind === 'house') return 'standing';
  if (kind === 'boat') return setting === 'ocean' || setting === 'beach' ? 'swimming' : 'standing';
  if (habitat === 'water' || setting === 'underwater' || setting === 'ocean') return 'swimming';
  if (setting === 'space') return 'flying';
  if (energy > 0.72) return 'playing';
  return kind === 'child' || kind === 'robot' || kind === 'unicorn' || kind === 'horse' || kind === 'elephant' ? 'standing' : 'sitting';
}
