import type { Archetype } from '../archetype.ts';

/** A wish to see or go somewhere: setting off, stops on the way, arriving, and the wish met. */
export const journey: Archetype = {
  id: 'journey',
  titles: ['{Name} Sees {Place}', '{Name}\'s Trip to {Place}', 'The Long Way to {Place}'],
  defaultObjects: ['map'],
  stops: ['the mossy bridge', 'the whispering meadow', 'the old oak tree', 'the windmill', 'the apple orchard', 'the stepping stones', 'the quiet lane', 'the little station'],
  problem: {
    time: 'story',
    slots: [
      ['More than anything, {Name} wished to see {place}.', 'Every day {Name} dreamed of {place}.', '{Name} had never seen {place}, and wanted to very much.'],
      ['But {Name} felt a little {feeling}, and {place} {placeWas} far away.', 'But {place} {placeWas} a long way {fromHome}.'],
      ['One {when}, {friend} said, "Let us go together."', 'One {when}, {friend} packed two apples and a map. "Today is the day," {friend} said.'],
    ],
    brief: '{star} and {friend} setting off from a little house {nearHome} with a map, {light}',
    leavesFor: 'the meadow',
  },
  journey: [
    {
      time: 'day',
      slots: [
        ['First they walked past {stop}.', 'The path led them to {stop}.'],
        ['The sun was warm, and the birds sang.', 'A friendly breeze pushed them along[[, as if it knew the way]].'],
        ['{friend} talked about {interest}, and the walk felt short.', '{Name} counted the steps[[, all the way up to a hundred]].'],
      ],
      brief: '{star} and {friend} walking past {stop}, {light}',
    },
    {
      time: 'day',
      slots: [
        ['Next they came to {stop}.', 'Then they rested at {stop}.'],
        ['They shared the apples and looked at the map.', 'A kind old tortoise pointed the way.'],
        ['"Not far now," said {friend}.', '{Name}\'s feet were tired, but {Name}\'s heart was light.'],
      ],
      brief: '{star} and {friend} resting at {stop}, {light}',
    },
    {
      time: 'day',
      slots: [
        ['After that they passed {stop}.', 'The road went on past {stop}.'],
        ['{Name} felt braver with every step.', 'They sang a walking song together.'],
      ],
      brief: '{star} and {friend} on the road past {stop}, {light}',
    },
  ],
  resolution: {
    time: 'arrival',
    slots: [
      ['At last they were {atPlace}!', 'And there they were, {atPlace}, just as {Name} had dreamed.'],
      ['It was even more wonderful than {Name} had imagined.', '{Name} looked and looked, and smiled the biggest smile.'],
      ['{Name} did not feel {feeling} any more.', '"We did it," said {friend}.'],
    ],
    brief: '{star} and {friend} arriving {atPlace}, delighted, {light}',
  },
};
