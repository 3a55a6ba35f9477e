import { simpleThingKinds } from './extra-subject-kinds.ts';
import { extraSubjectTraits } from './extra-subjects.ts';
import type { SceneSetting, SubjectKind, SubjectTraits } from './scene-description.ts';

export type { Habitat, SubjectTraits } from './scene-description.ts';

const everywhere: SceneSetting[] = ['forest', 'meadow', 'garden', 'beach', 'mountains', 'snowy-village', 'castle', 'city', 'bedroom', 'sky', 'space', 'desert'];

export const subjectTraits: Record<SubjectKind, SubjectTraits> = {
  dragon: { habitat: 'ground', scale: 1.05, aspect: 1.2, colours: ['green', 'purple', 'red', 'teal', 'blue'], settings: ['castle', 'mountains', 'forest', 'sky', 'bedroom'] },
  cat: { habitat: 'ground', scale: 0.85, aspect: 0.95, colours: ['orange', 'grey', 'black', 'white', 'brown'], settings: ['garden', 'city', 'bedroom', 'meadow', 'space'] },
  dog: { habitat: 'ground', scale: 0.9, aspect: 1, colours: ['brown', 'gold', 'white', 'black', 'grey'], settings: ['meadow', 'garden', 'beach', 'city', 'bedroom'] },
  bear: { habitat: 'ground', scale: 1, aspect: 1, colours: ['brown', 'gold', 'white', 'black'], settings: ['forest', 'mountains', 'bedroom', 'snowy-village'] },
  rabbit: { habitat: 'ground', scale: 0.85, aspect: 0.8, colours: ['white', 'grey', 'brown', 'pink'], settings: ['meadow', 'garden', 'forest'] },
  fox: { habitat: 'ground', scale: 0.9, aspect: 1.1, colours: ['orange', 'red', 'white', 'grey'], settings: ['forest', 'snowy-village', 'meadow'] },
  mouse: { habitat: 'ground', scale: 0.6, aspect: 1, colours: ['grey', 'brown', 'white', 'pink'], settings: ['bedroom', 'garden', 'meadow', 'castle'] },
  lion: { habitat: 'ground', scale: 1, aspect: 1.1, colours: ['gold', 'orange', 'brown'], settings: ['desert', 'meadow', 'stage'] },
  elephant: { habitat: 'ground', scale: 1.15, aspect: 1.2, colours: ['grey', 'blue', 'pink', 'purple'], settings: ['desert', 'meadow', 'city'] },
  owl: { habitat: 'ground', scale: 0.8, aspect: 0.85, colours: ['brown', 'grey', 'white', 'gold'], settings: ['forest', 'snowy-village', 'castle'] },
  bird: { habitat: 'air', scale: 0.5, aspect: 1.2, colours: ['blue', 'red', 'yellow', 'teal', 'orange'], settings: ['sky', 'garden', 'meadow', 'forest', 'beach'] },
  penguin: { habitat: 'ground', scale: 0.85, aspect: 0.8, colours: ['black', 'blue', 'grey'], settings: ['snowy-village', 'ocean', 'mountains'] },
  frog: { habitat: 'ground', scale: 0.6, aspect: 1.3, colours: ['green', 'teal', 'yellow', 'blue'], settings: ['garden', 'meadow', 'forest'] },
  unicorn: { habitat: 'ground', scale: 1.1, aspect: 1.1, colours: ['white', 'pink', 'purple', 'blue'], settings: ['meadow', 'castle', 'sky', 'forest'] },
  horse: { habitat: 'ground', scale: 1.1, aspect: 1.1, colours: ['brown', 'white', 'black', 'grey', 'gold'], settings: ['meadow', 'beach', 'castle', 'desert'] },
  whale: { habitat: 'water', scale: 0.9, aspect: 1.9, colours: ['blue', 'teal', 'grey', 'purple'], settings: ['ocean', 'underwater'] },
  fish: { habitat: 'water', scale: 0.45, aspect: 1.5, colours: ['orange', 'yellow', 'teal', 'pink', 'blue', 'red'], settings: ['underwater', 'ocean'] },
  turtle: { habitat: 'ground', scale: 0.6, aspect: 1.6, colours: ['green', 'teal', 'brown'], settings: ['underwater', 'beach', 'ocean'] },
  octopus: { habitat: 'water', scale: 0.8, aspect: 1.1, colours: ['purple', 'pink', 'red', 'orange'], settings: ['underwater'] },
  butterfly: { habitat: 'air', scale: 0.4, aspect: 1.3, colours: ['purple', 'blue', 'yellow', 'orange', 'pink'], settings: ['garden', 'meadow', 'forest'] },
  hedgehog: { habitat: 'ground', scale: 0.6, aspect: 1.1, colours: ['brown', 'grey', 'gold'], settings: ['garden', 'forest', 'meadow'] },
  squirrel: { habitat: 'ground', scale: 0.65, aspect: 1, colours: ['orange', 'red', 'grey', 'brown'], settings: ['forest', 'garden', 'meadow'] },
  child: { habitat: 'ground', scale: 1, aspect: 0.7, colours: ['red', 'blue', 'yellow', 'green', 'purple', 'pink', 'orange'], settings: everywhere },
  robot: { habitat: 'ground', scale: 1, aspect: 0.85, colours: ['grey', 'blue', 'teal', 'red', 'white'], settings: ['city', 'space', 'stage', 'bedroom'] },
  rocket: { habitat: 'air', scale: 1.05, aspect: 0.6, colours: ['red', 'white', 'blue', 'orange'], settings: ['space', 'sky', 'city'] },
  boat: { habitat: 'water', scale: 0.95, aspect: 1.1, colours: ['red', 'blue', 'white', 'yellow', 'brown'], settings: ['ocean', 'beach'] },
  balloon: { habitat: 'air', scale: 1, aspect: 0.75, colours: ['red', 'yellow', 'purple', 'blue', 'orange'], settings: ['sky', 'meadow', 'mountains', 'desert'] },
  moon: { habitat: 'sky', scale: 1, aspect: 1, colours: ['yellow', 'white', 'gold'], settings: ['meadow', 'forest', 'ocean', 'snowy-village', 'space', 'castle'] },
  tree: { habitat: 'ground', scale: 1.45, aspect: 0.8, colours: ['green', 'teal', 'orange', 'pink'], settings: ['meadow', 'garden', 'forest'] },
  house: { habitat: 'ground', scale: 1.1, aspect: 1, colours: ['red', 'blue', 'yellow', 'white', 'brown'], settings: ['meadow', 'snowy-village', 'garden', 'forest', 'beach'] },
  ...extraSubjectTraits,
};

/** Subjects that are things, not creatures: they have no face and take no pose words. */
export const inanimateKinds: ReadonlySet<SubjectKind> = new Set<SubjectKind>([
  'rocket', 'boat', 'balloon', 'tree', 'house',
  ...simpleThingKinds.filter((kind) => !['bee', 'ladybug', 'snail', 'crab', 'jellyfish', 'starfish', 'snake', 'shark', 'dolphin', 'ghost', 'snowman', 'stand-in'].includes(kind)),
]);
