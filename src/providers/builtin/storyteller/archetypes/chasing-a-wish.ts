import type { Archetype } from '../archetype.ts';

/**
 * A wish to do something ("paint the moon silver", "learn to skip"): the wish told, trying and trying
 * again with the friend, and the wish done in the idea's own words ({goal}). Chosen when the idea's
 * goal is not a place to reach, a thing to find or make, or a fear, so the plot is the idea's, not a stock trip.
 */
export const chasingAWish: Archetype = {
  id: 'wish',
  titles: ['{GoalTitle}'],
  defaultObjects: ['wish'],
  stops: ['the garden gate', 'the top of the hill', 'the edge of the meadow', 'the old bridge', 'the riverbank', 'the big oak tree'],
  problem: {
    time: 'story',
    slots: [
      ['More than anything, {Name} wanted to {goal}.', 'One {when}, {Name} told {friend} a secret wish: to {goal}.'],
      ['But {Name} did not know how, not yet.', 'It was a big wish, and {Name} had never tried before.'],
      ['"We can try together," said {friend}.', '{friend} smiled. "Let us find a way."'],
    ],
    brief: '{star} and {friend} outside a little house {nearHome}, talking about a big wish, {light}',
  },
  journey: [
    {
      time: 'story',
      slots: [
        ['First they tried at {stop}.', 'They went to {stop} to practise.'],
        ['It did not work the first time, so {Name} tried again.', 'The first try went wobbly, and {Name} giggled and tried again.'],
        ['"Every try is practice," said {friend}.', '{friend} cheered for every try.'],
      ],
      brief: '{star} and {friend} trying hard at {stop}, {light}',
    },
    {
      time: 'story',
      slots: [
        ['Next they went on to {stop}.', 'Then they tried once more at {stop}.'],
        ['This time {Name} got a little closer.', '{Name} remembered what {friend} had said and kept going.'],
        ['{Name} did not give up.', '[[Even when it was hard, ]]{Name} kept trying.'],
      ],
      brief: '{star} and {friend} trying again at {stop}, {light}',
    },
  ],
  resolution: {
    time: 'story',
    slots: [
      ['There, at {stop}, with {friend} close by, {Name} managed to {goal}!', 'And there, at {stop}, {Name} was able to {goal} at last.'],
      ['{friend} cheered, and {Name} laughed out loud.', 'It was even better than {Name} had dreamed.'],
    ],
    brief: '{star} and {friend} at {stop}, happy, the wish come true, {light}',
  },
};
