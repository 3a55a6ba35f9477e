/**
 * The subjects added to the first thirty: animals drawn with the critter and bird templates, and
 * simple things and small creatures (subjects/draw-simple-things.ts). Kept apart from
 * scene-description so the vocabulary, traits and drawings of each can be listed in one table
 * (extra-subjects.ts) without an import cycle.
 */
export const extraCritterKinds = [
  'wolf', 'raccoon', 'panda', 'koala', 'tiger', 'leopard', 'pig', 'cow', 'sheep', 'goat',
  'deer', 'monkey', 'hamster', 'kangaroo', 'llama', 'donkey', 'otter', 'beaver', 'badger', 'dinosaur',
] as const;

export const extraBirdKinds = ['duck', 'swan', 'eagle', 'flamingo'] as const;

export const simpleThingKinds = [
  'rainbow', 'heart', 'flower', 'mushroom', 'cactus', 'car', 'bus', 'train', 'bicycle', 'guitar',
  'drum', 'piano', 'umbrella', 'tent', 'lighthouse', 'windmill', 'crown', 'cake', 'ice-cream', 'apple',
  'snowman', 'kite', 'trumpet', 'ufo', 'airplane', 'helicopter', 'submarine', 'treasure-chest', 'book', 'teapot',
  'lantern', 'microphone', 'skateboard', 'gift', 'clock', 'tractor',
  'bee', 'ladybug', 'snail', 'crab', 'jellyfish', 'starfish', 'snake', 'shark', 'dolphin', 'ghost', 'stand-in',
] as const;

export const extraSubjectKinds = [...extraCritterKinds, ...extraBirdKinds, ...simpleThingKinds] as const;
