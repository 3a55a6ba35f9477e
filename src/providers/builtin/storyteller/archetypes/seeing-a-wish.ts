import type { Archetype } from '../archetype.ts';
import { chasingAWish } from './chasing-a-wish.ts';

/**
 * A wish to see, watch or hear something ("see the cherry blossoms", "watch the fireworks", "hear the whales sing"): the
 * wish told, looking and waiting with the friend where it may be, and the wish come true in the idea's own words ({goal}).
 * Seeing is not a skill: practising it and trying again, as a wish to do something is told, made no sense.
 */
export const seeingAWish: Archetype = {
  ...chasingAWish,
  problem: {
    time: 'story',
    slots: [
      ['More than anything, {Name} wanted to {goal}.', 'One {when}, {Name} told {friend} a secret wish: to {goal}.'],
      ['But {Name} had never had the chance, not once.', 'It was a big wish, and {Name} did not know where to look.'],
      ['"Let us go and look together," said {friend}.', '{friend} smiled. "We will find the way."'],
    ],
    brief: '{star} and {friend} outside a little house {nearHome}, talking about a big wish, {light}',
  },
  journey: [
    {
      time: 'story',
      slots: [
        ['First they looked at {stop}.', 'They went to {stop} to look.'],
        ['There was nothing to see there yet, so they walked on.', 'They waited a while, but it was not time yet.'],
        ['"We are getting closer," said {friend}.', '{friend} held {Name}\'s hand.'],
      ],
      brief: '{star} and {friend} looking around at {stop}, {light}',
    },
    {
      time: 'story',
      slots: [
        ['Next they went on to {stop}.', 'Then they looked once more at {stop}.'],
        ['{Name} kept watching, very still and very quiet.', '{Name} remembered what {friend} had said and kept going.'],
        ['{Name} did not give up.', '[[Even when it took a long time, ]]{Name} kept looking.'],
      ],
      brief: '{star} and {friend} watching quietly at {stop}, {light}',
    },
  ],
  resolution: {
    time: 'story',
    slots: [
      ['There, at {stop}, with {friend} close by, {Name} got to {goal} at last!', 'And there, at {stop}, {Name} was able to {goal} at last.'],
      ['{friend} gasped, and {Name} smiled the biggest smile.', 'It was even better than {Name} had dreamed.'],
    ],
    brief: '{star} and {friend} at {stop}, happy, the wish come true, {light}',
  },
};
