/** The parts every plot shares: openings, wind-downs, places to pass, names and looks. */
import type { Beat } from './archetype.ts';

/** Openings: where we are and who is there, including what the listener loves. */
export const settingBeat: Beat = {
  slots: [
    ['Once upon a time, in a {little|tucked-away} village at the edge of a {big|great} green wood, there lived {hero} called {Name}.', 'Far away, where the hills roll down to a quiet sea, lived {hero} named {Name}.', 'In a cosy house with a round blue door lived {hero} called {Name}.', 'On a hill where the wind smelled of apples, there lived {hero} named {Name}.'],
    ['{Name}\'s best friend was {friend}.', '{Name} spent every day with {friend}.', 'Nearly every evening, {friend} came over to play.'],
    ['{interests}'],
  ],
  brief: '{hero} named {Name} and {friend} outside a cosy home at the edge of a green wood, golden afternoon light',
};

/** Endings: slowing down, getting cosy, falling asleep. */
export const windDownBeat: Beat = {
  slots: [
    ['The moon climbed high and the house grew quiet.', 'Outside, the wind hushed and the stars settled in.', 'The night was soft and still.'],
    ['{Name} snuggled under the covers[[, warm as toast]].', '{Name} yawned a long, slow yawn.', '{Name}\'s eyes grew heavy[[, heavier and heavier]].'],
    ['{friend} whispered, "Sweet dreams."', '"Goodnight," said {friend}, "see you in the morning."', 'Even {pal} curled up at the foot of the bed.'],
    ['And soon {Name} was fast asleep, dreaming of {favourite}.', 'Breathing slow and deep, {Name} drifted off to dream of {favourite}.', 'And {Name} slept, peaceful and happy, until morning.'],
  ],
  brief: '{hero} fast asleep under a quilt, {friend} nearby, moonlight through the window, very calm',
};

/** Places on the way; each story takes a few in its own order. */
export const places = [
  'the whispering meadow', 'the old oak tree', 'the pebble beach', 'the moonlit pond', 'the mossy bridge', 'the bakery on the hill',
  'the sleepy harbour', 'the lavender field', 'the little lighthouse', 'the garden wall', 'the willow by the stream', 'the cloud hill',
  'the apple orchard', 'the quiet library', 'the starlit valley', 'the windmill', 'the bramble hedge', 'the snowy pine wood',
];

export const heroNames = ['Pip', 'Bramble', 'Tilly', 'Juniper', 'Moss', 'Button', 'Clover', 'Pebble', 'Hazel', 'Biscuit', 'Maple', 'Sprout', 'Nutmeg', 'Willow', 'Tuppence', 'Fig'];

export const companionNames = ['Whisker', 'Dot', 'Pudding', 'Socks', 'Bean', 'Mittens', 'Pickle', 'Marble'];

export const colours = ['green', 'blue', 'lavender', 'golden', 'rosy pink', 'silver-grey', 'orange', 'mint', 'cream', 'sky-blue'];

export const features = [
  'a round tummy', 'big curious eyes', 'floppy ears', 'a tiny crooked smile', 'freckles on the nose', 'a fluffy tail', 'little round cheeks', 'a tuft of hair that sticks up',
];

export const childFeatures = [
  'curly brown hair', 'straight black hair in a bob', 'red hair in two bunches', 'short fair hair', 'freckles on the nose', 'big brown eyes', 'a gap-toothed smile', 'dark braids',
];

export const clothes = [
  'a striped scarf', 'star-print pyjamas', 'a knitted red hat', 'a yellow raincoat', 'a patchwork cardigan', 'blue wellington boots', 'a little green backpack', 'a spotty bow',
];
