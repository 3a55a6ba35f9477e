/** The parts every plot shares: openings, wind-downs, names and looks. */
import type { Beat } from './archetype.ts';

/** Openings: where we are and who is there, the friend introduced before they act, the things the idea named, what the listener loves. */
export const settingBeat: Beat = {
  time: 'story',
  slots: [
    ['Once upon a time, in a {little|tucked-away} house {nearHome}, there lived {hero} called {Name}.', '{NotFarFromHome}, in a little house, there lived {hero} named {Name}.', 'In a cosy house with a round blue door, {nearHome}, lived {hero} called {Name}.'],
    ['{Name}\'s best friend was {friend}.', '{Name} spent nearly every day with {friend}.'],
    ['{props}'],
    ['{interests}'],
  ],
  brief: '{star} and {friend} outside a little house {nearHome}, {light}',
};

/** Endings: home again at night, slowing down, falling asleep. */
export const windDownBeat: Beat = {
  time: 'night',
  slots: [
    ['That night the moon climbed high and the house grew quiet.', 'That night, outside, the wind hushed and the stars came out.'],
    ['{goalMet}'],
    ['{Name} snuggled into bed[[, warm as toast]].', '{Name} yawned a long, slow yawn in bed.'],
    ['{friend} whispered, "Sweet dreams."', '"Goodnight," said {friend}, "see you in the morning."'],
    ['And soon {Name} was fast asleep, dreaming of {favourite}.', 'And {Name} slept, peaceful and happy, until morning.'],
  ],
  brief: '{star} fast asleep in bed at night, {friend} nearby, moonlight through the window',
};

/** Homes the opening may name when the idea gives no place to live near; none names a light ("a sunny hill" drew day in a night scene). */
export const homes = ['a big green wood', 'a quiet river', 'a little meadow', 'a grassy hill'];

export const heroNames = ['Pip', 'Bramble', 'Tilly', 'Juniper', 'Moss', 'Button', 'Clover', 'Pebble', 'Hazel', 'Biscuit', 'Maple', 'Sprout', 'Nutmeg', 'Willow', 'Tuppence', 'Fig'];

export const companionNames = ['Dot', 'Pudding', 'Socks', 'Bean', 'Mittens', 'Pickle', 'Marble', 'Poppy'];

/** Body colours the illustrator can draw; words that name no light or weather, so a look never changes a scene's sky. */
export const colours = ['green', 'blue', 'purple', 'golden', 'pink', 'grey', 'orange', 'brown', 'white', 'red'];

export const features = ['a round tummy', 'big curious eyes', 'floppy ears', 'a tiny crooked smile', 'a fluffy tail', 'little round cheeks'];

export const hair = ['curly brown hair', 'straight black hair', 'red hair in two bunches', 'short fair hair', 'dark braids'];

/** Clothes with their colour first, so the illustrator reads the colour of a child's clothes. */
export const clothes = ['a red scarf', 'a yellow raincoat', 'a green backpack', 'a blue jumper', 'a purple cardigan', 'orange wellington boots'];
