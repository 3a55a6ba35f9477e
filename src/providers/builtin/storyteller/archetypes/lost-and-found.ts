import type { Archetype } from '../archetype.ts';

/** Something lost: looking for it, clues, finding it, and keeping it close. */
export const lostAndFound: Archetype = {
  id: 'lost-and-found',
  titles: ['{Name} and the Missing {Object}', 'Where Is {Name}\'s {Object}?', 'The Search for the {Object}'],
  defaultObjects: ['blanket', 'teddy', 'scarf', 'lantern'],
  stops: ['the garden', 'the old oak tree', 'the meadow', 'the garden shed', 'the bramble hedge', 'the pond'],
  problem: {
    time: 'story',
    slots: [
      ['One {when}, {Name} could not find the {object}.', 'One {when}, {Name} reached for the {object}, and it was not there.'],
      ['It was not under the bed, and it was not [[tucked ]]in the basket.', '{Name} looked in every corner[[, twice over]].'],
      ['"Shall we look together?" asked {friend}.', '"Lost things can be found," said {friend}. "Let us look."'],
    ],
    // The lost thing is not in the pictures of its search: it appears when it is found.
    brief: '{star} searching high and low, {friend} beside them, {light}',
  },
  journey: [
    {
      time: 'story',
      slots: [
        ['First they looked near {stop}.', 'They went out to {stop}.'],
        ['A sleepy snail had seen something go by.', 'There was a little clue: a trail of tiny footprints.'],
        ['"This way," said {friend}.', '{Name} felt a little hope, warm as cocoa.'],
      ],
      brief: '{star} and {friend} looking for clues at {stop}, {light}',
    },
    {
      time: 'story',
      slots: [
        ['Next they searched {stop}.', 'The trail went on to {stop}.'],
        ['A kind bird said, "Try a little further."', 'The wind hummed, and it seemed to say, "Not far now."'],
        ['{friend} talked about {interest} as they looked.', 'They peeked behind every leaf.'],
      ],
      brief: '{star} and {friend} searching {stop}, {light}',
    },
  ],
  resolution: {
    time: 'story',
    slots: [
      ['And there, at {stop}, was the {object}!', 'Something peeked out at {stop}. It was the {object}!'],
      ['{Name} found the {object} and hugged it tight.', '{Name} picked up the {object}, safe and sound.'],
      ['"Thank you for helping me look," {Name} said to {friend}.', '"Next time I will keep it close," said {Name}.'],
    ],
    brief: '{star} finding the {object} at {stop}, joyful, {friend} smiling, {light}',
  },
};
