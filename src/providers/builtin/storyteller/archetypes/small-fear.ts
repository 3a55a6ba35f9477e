import type { Archetype } from '../archetype.ts';

/** A small fear: naming it, trying one small step at a time with a friend, and being brave. */
export const smallFear: Archetype = {
  id: 'small-fear',
  titles: ['{Name} Faces {Fear}', '{Name} Is Brave', 'A Little Bit Brave'],
  defaultObjects: ['lantern'],
  stops: ['the window seat', 'the garden gate', 'the front step', 'the big armchair'],
  problem: {
    time: 'story',
    slots: [
      ['{Name} was a little scared of {fear}.', 'That {when}, {Name} felt wobbly inside about {fear}.'],
      ['"What if it is too much?" {Name} asked quietly.', '{Name} wished {fear} did not feel so big.'],
      ['"Being brave means trying anyway," said {friend}, "one small step at a time."', '{friend} held out a hand. "We can do it together," {friend} said.'],
    ],
    brief: '{star} looking a little unsure, {friend} beside them, {light}',
  },
  journey: [
    {
      time: 'story',
      slots: [
        ['First they sat together at {stop}.', 'They began at {stop}.'],
        ['{Name} just thought about {fear} and took three slow breaths.', '{friend} told {Name} how {friend} had once been scared too.'],
        ['It did not seem quite so big any more.', '{Name} let out a little laugh.'],
      ],
      brief: '{star} and {friend} sitting at {stop}, breathing slowly, {light}',
    },
    {
      time: 'story',
      slots: [
        ['Next, at {stop}, {Name} tried a tiny bit.', 'Then {Name} took one brave step at {stop}.'],
        ['{friend} stayed close by the whole time.', '{friend} talked about {interest}, and the wobbly feeling got smaller.'],
      ],
      brief: '{star} trying bravely at {stop}, {friend} close by, {light}',
    },
  ],
  resolution: {
    time: 'story',
    slots: [
      ['{Name} was not scared of {fear} any more.', 'The wobbly feeling about {fear} had melted away.'],
      ['"I was brave," said {Name}, and it was true.', '{Name} stood up tall and smiled.'],
      ['"I knew you could," said {friend}.', '"Brave hearts sleep well," said {friend}.'],
    ],
    brief: '{star} standing tall and smiling, {friend} proud, {light}',
  },
};
