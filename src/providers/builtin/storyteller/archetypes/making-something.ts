import type { Archetype } from '../archetype.ts';

/** Making something: the idea, gathering what it needs, trying and trying again, and the thing made. */
export const makingSomething: Archetype = {
  id: 'making-something',
  titles: ['{Name} {Makes} {AObject}', 'The Best {Object} Ever', 'How {Name} Made the {Object}'],
  defaultObjects: ['cake', 'kite', 'boat', 'picture'],
  stops: ['the kitchen cupboard', 'the garden shed', 'the old toy box', 'the meadow'],
  problem: {
    time: 'story',
    slots: [
      ['One {when}, {Name} had a wonderful idea: to {make} {aObject}.', 'More than anything, {Name} wanted to {make} {aObject}.'],
      ['But {aObject} needs all sorts of things.', 'But {Name} had never made one before.'],
      ['"Let us find what we need," said {friend}.', '{friend} fetched a basket. "Off we go!"'],
    ],
    brief: '{star} and {friend} planning to {make} {aObject}, with an empty basket, {light}',
  },
  journey: [
    {
      time: 'story',
      slots: [
        ['First they looked in {stop}.', 'They started at {stop}.'],
        ['There they found {just the right|exactly the right} things.', 'They found a ribbon the colour of {favourite}.'],
        ['{friend} said the {object} could have a little bit of {interest} in it.', '{Name} counted everything twice.'],
      ],
      brief: '{star} and {friend} gathering things at {stop}, {light}',
    },
    {
      time: 'story',
      slots: [
        ['{workStart}, they began.', '{workTable}, they laid everything out.'],
        ['The first try went wobbly, so they tried again, more slowly.', 'Bit by bit, the {object} began to take shape.'],
        ['"Mistakes are just practice," said {friend}.', '{Name} hummed a happy tune while working.'],
      ],
      brief: '{star} and {friend} working on the {object} {workBrief}, {light}',
    },
  ],
  resolution: {
    time: 'story',
    slots: [
      ['At last the {object} was finished, and it was just right.', 'There it was: {aObject}, made with care.'],
      ['{Name} had {made} {aObject}, and felt very proud.', 'Everyone who saw the {object} smiled.'],
      ['"We did it together," said {friend}.', '"It is the best {object} ever," said {friend}.'],
    ],
    brief: '{star} and {friend} admiring the finished {object}, proud, {light}',
  },
};
