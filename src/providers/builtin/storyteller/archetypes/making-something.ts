import type { Archetype } from '../archetype.ts';

export const makingSomething: Archetype = {
  id: 'making-something',
  cues: ['make', 'makes', 'making', 'build', 'builds', 'building', 'bake', 'bakes', 'baking', 'paint', 'draw', 'knit', 'sew', 'invent', 'create', 'craft'],
  titles: ['{Name} Makes a {Object}', 'The Best {Object} Ever Made', 'How {Name} Made the {Object}'],
  defaultObjects: ['cake', 'kite', 'boat', 'quilt', 'castle'],
  problem: {
    slots: [
      ['{Name} had a wonderful idea: to make a {object}.', 'Tomorrow was a special day, and {Name} wanted to make a {object} for it.', 'More than anything, {Name} wanted to make a {object}[[ all by themselves, well, almost]].'],
      ['But a {object} needs all sorts of things.', 'There was nothing in the cupboard but a single button.'],
      ['"Let us find what we need," said {friend}.', '{friend} fetched a basket. "Off we go!"'],
    ],
    brief: '{hero} dreaming up a {object} with {friend}, an empty basket, cosy kitchen, evening',
  },
  journey: [
    {
      slots: [
        ['First they went to {place}.', 'They started at {place}.'],
        ['There they found {just the right|exactly the right} pieces.', 'A helpful squirrel shared some acorn caps.'],
        ['{friend} said the {object} could have a little bit of {interest} in it.', '{Name} counted everything twice.'],
      ],
      brief: '{hero} and {friend} collecting pieces at {place} with a helpful squirrel, warm light',
    },
    {
      slots: [
        ['Next they visited {place}.', 'Then they walked to {place}.'],
        ['The ducks gave them three soft feathers.', 'They found a ribbon the colour of {favourite}.'],
        ['The basket was getting full.', '{Name} could almost see the {object} already.'],
      ],
      brief: '{hero} at {place} with a basket of feathers and ribbons, friendly ducks, dusk',
    },
    {
      slots: [
        ['Back at {place}, they began.', 'At {place} they laid everything out.'],
        ['Snip, fold, stir and stick: the {object} began to take shape.', 'The first try went wobbly, so they tried again, more slowly.'],
        ['"Mistakes are just practice," said {friend}.', '{Name} hummed a happy tune while working.'],
      ],
      brief: '{hero} and {friend} making a {object} together at a table at {place}, bits and pieces, lamplight',
    },
    {
      slots: [
        ['They took it out to {place} to show the moon.', 'They carried it carefully to {place}.'],
        ['In the moonlight the {object} looked even better.', 'Everyone who saw it smiled.'],
      ],
      brief: '{hero} proudly showing a finished {object} under the moon at {place}',
    },
  ],
  resolution: {
    slots: [
      ['The {object} was finished, and it was just right.', 'There it was: a {object} made with care and a little bit of magic.', '{Name} looked at the {object} and felt very proud.'],
      ['"We made it together," said {friend}.', 'It would be ready for the morning.'],
    ],
    brief: '{hero} and {friend} admiring a finished {object}, warm proud glow, evening',
  },
};
