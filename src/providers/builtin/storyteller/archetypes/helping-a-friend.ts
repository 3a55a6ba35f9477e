import type { Archetype } from '../archetype.ts';

/** A friend in trouble: who it is and what is wrong, a plan, the help, and the friend all right again. */
export const helpingAFriend: Archetype = {
  id: 'helping-a-friend',
  titles: ['{Name} Helps {Pal}', 'A Friend for {Pal}', '{Name} Lends a Hand'],
  defaultObjects: ['basket'],
  stops: ['the garden shed', 'the old oak tree', 'the mossy bridge', 'the meadow'],
  problem: {
    time: 'story',
    slots: [
      ['One {whenWhere}, {Name} heard a small voice. It was {pal}.', 'One {whenWhere}, {Name} went to visit {pal}.'],
      ['Poor {pal} {trouble}.', 'Oh dear: {pal} {trouble}.'],
      ['"We will help," said {Name} at once.', '{Name} and {friend} looked at each other and nodded.'],
    ],
    brief: '{star} and {friend} meeting {pal}, who needs help, {light}',
  },
  journey: [
    {
      time: 'story',
      slots: [
        ['{Name} thought of a plan[[, a good and gentle one]].', '{friend} had an idea, and {Name} had another.'],
        ['First they went to {stop} to fetch what they needed.', 'They hurried to {stop} for a basket and a soft blanket.'],
        ['"Every little thing helps," said {friend}.', '{Name} told {pal} not to worry.'],
      ],
      brief: '{star} and {friend} fetching a basket at {stop}, {light}',
    },
    {
      time: 'story',
      slots: [
        ['Then they came back to {palWhere}.', 'They carried everything back to {palWhere}.'],
        ['Step by step, gently and carefully, the plan worked.', 'It took patience, but they did not give up.'],
        ['{pal} began to smile.', '{friend} talked about {interest}, and {pal} giggled.'],
      ],
      brief: '{star} and {friend} gently helping {pal}, {light}',
    },
  ],
  resolution: {
    time: 'story',
    slots: [
      ['At last {pal} was all right again.', 'Soon {pal} was happy and safe.'],
      ['"Thank you," said {pal}. "You are a true friend."', '{pal} gave {Name} the biggest hug.'],
      ['Helping, {Name} thought, feels like a hug that lasts.', '{Name} felt warm and glowing inside.'],
    ],
    brief: '{star} hugging a happy {pal}, {friend} smiling, {light}',
  },
};
