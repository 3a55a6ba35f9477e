import type { Archetype } from '../archetype.ts';

/**
 * A happy day near home, for an idea whose hero the storyteller can read but not what it wants, where it goes or
 * what it fears ("a giraffe who wants to wear a scarf in winter"): the hero and the friend play near home and walk
 * back at sunset. No wish, trip or place the idea did not ask for is made up; the parent is told which words were
 * not understood (ideaUsage).
 */
export const happyDay: Archetype = {
  id: 'happy-day',
  titles: ['{Name}\'s Big Day', 'A Happy Day for {Name}'],
  defaultObjects: ['kite'],
  stops: ['the garden gate', 'the edge of the meadow', 'the big oak tree', 'the riverbank', 'the old bridge', 'the top of the hill'],
  problem: {
    time: 'morning',
    slots: [
      ['One morning, the sun peeped in, and {Name} jumped up, ready for the day.', 'One morning, {Name} woke up with a happy, fizzy feeling.'],
      ['"What shall we do today?" asked {friend}.', '{friend} was already waiting at the door.'],
      ['"Let us see what the day brings," said {Name}.', '"Something lovely," said {Name}, "I can tell."'],
    ],
    brief: '{star} and {friend} at the door of a little house {nearHome} in the morning sun, {light}',
  },
  journey: [
    {
      time: 'day',
      slots: [
        ['First they played at {stop}.', 'They started the day at {stop}.'],
        ['They played hide and seek[[ until their cheeks were pink]].', 'They looked for the shapes of animals in the clouds.'],
        ['{friend} talked about {interest}, and {Name} listened.', '{Name} laughed and laughed.'],
      ],
      brief: '{star} and {friend} playing at {stop}, {light}',
    },
    {
      time: 'day',
      slots: [
        ['Then they rested at {stop}.', 'Next they sat down at {stop}.'],
        ['A little bird came to say hello.', 'The wind sang softly in the grass.'],
        ['"This is the best day," said {Name}.', '{friend} told a funny story[[ about a very silly snail]].'],
      ],
      brief: '{star} and {friend} resting at {stop}, {light}',
    },
    {
      time: 'day',
      slots: [
        ['After that they went on to {stop}.', 'In the afternoon they wandered to {stop}.'],
        ['They made up a song together.', '{Name} counted the clouds, and {friend} counted too.'],
      ],
      brief: '{star} and {friend} at {stop} in the afternoon, {light}',
    },
  ],
  resolution: {
    time: 'day',
    slots: [
      ['Then they walked back past {stop}, side by side.', 'When they were tired, they strolled back past {stop}.'],
      ['"What a lovely day," said {Name}.', '{Name} smiled the biggest smile.'],
    ],
    brief: '{star} and {friend} walking back past {stop}, {light}',
  },
};
