import type { Archetype } from '../archetype.ts';
import { journey } from './journey.ts';

/**
 * A hero far from home finds the way back ("a rabbit who has to get home before dark", "a lost puppy who
 * wants to find his way home"): far from home where the idea says (`{away}`), stops on the way back, home at last.
 * No place the idea did not name is visited: the stops are the storyteller's own, and the end is the hero's home.
 */
export const wayHome: Archetype = {
  id: 'way-home',
  titles: ['{Name} Finds the Way Home', 'The Long Way Home', '{Name} Comes Home'],
  defaultObjects: ['map'],
  // The journey's own stops, walked back by in the evening.
  stops: journey.stops,
  problem: {
    time: 'story',
    slots: [
      ['One {when}, {Name} was a long way from home, {away}.', 'One {when}, {Name} was {away}, far from home.'],
      ['The sky was growing dim, and {Name} wanted to be home before dark.', '{Name} missed {missedHome}.'],
      ['"I know the way," said {friend}. "Let us go home together."', '{friend} took {Name} by the hand. "Home is this way," {friend} said.'],
    ],
    brief: '{star} and {friend} far from home {awayBrief}, {light}',
  },
  journey: [
    {
      time: 'evening',
      slots: [
        ['First they passed {stop}.', 'The path led them back by {stop}.'],
        ['A friendly firefly lit the way.', 'The first stars came out[[, one by one, as if to show the way]].'],
        ['{friend} talked about {interest}, and the way felt shorter.', '{Name} counted the steps[[, all the way up to a hundred]].'],
      ],
      brief: '{star} and {friend} walking home past {stop}, {light}',
    },
    {
      time: 'evening',
      slots: [
        ['Next they came to {stop}.', 'Then they rested at {stop}.'],
        ['A kind old tortoise pointed the way home.', 'They looked up at the moon, and the moon seemed to smile.'],
        ['"Not far now," said {friend}.', '{Name}\'s feet were tired, but {Name}\'s heart was light.'],
      ],
      brief: '{star} and {friend} resting at {stop}, {light}',
    },
    {
      time: 'evening',
      slots: [
        ['After that they passed {stop}.', 'The lane went on past {stop}.'],
        ['{Name} felt braver with every step.', 'They sang a going-home song together.'],
      ],
      brief: '{star} and {friend} on the lane past {stop}, {light}',
    },
  ],
  resolution: {
    time: 'evening',
    slots: [
      ['At last they saw the little house, with its warm light in the window.', 'And there at last was the little house, just where {Name} had left it.'],
      ['{Name} ran the last few steps and was home again{homeIn}.', '{Name} was home{homeIn}, safe and sound.'],
      ['"We did it," said {friend}.', '{friend} smiled. "Welcome home."'],
    ],
    brief: '{star} and {friend} arriving at a cosy little house with a lit window{homeIn}, {light}',
  },
};
