import type { Archetype } from '../archetype.ts';
import { journey } from './journey.ts';

/**
 * A journey over the sea to an island or a reef, or a swimmer's or a boat's to the sea itself: the hero and the friend
 * set off across the waves instead of walking a country lane (a little fish used to cross the whispering meadow to the
 * coral reef). Every scene on the way says it is on the sea, so its picture is drawn there.
 */
export const seaJourney: Archetype = {
  id: 'journey',
  titles: ['{Name} Sees {Place}', '{Name}\'s Trip to {Place}', 'Across the Waves to {Place}'],
  defaultObjects: ['map'],
  stops: ['a family of dolphins', 'a big rolling wave', 'a lighthouse on the rocks', 'a bobbing red buoy', 'a sleepy seal on a rock', 'a little fishing boat'],
  problem: {
    time: 'story',
    slots: [
      ['More than anything, {Name} wished to see {place}.', 'Every day {Name} looked out over the water and dreamed of {place}.', '{Name} had never seen {place}, and wanted to very much.'],
      ['But {Name} felt a little {feeling}, and {place} {placeWas} far away.', 'But {place} {placeWas} a long way {fromHome}, over the sea.'],
      ['One {when}, {friend} said, "Let us go together," and off they set across the sea.', 'One {when}, {friend} looked at the calm water. "Today is the day," {friend} said.'],
    ],
    // The opening's words are at home, so its picture is too: the sea starts with the next scene.
    brief: '{star} and {friend} outside a little house {nearHome}, ready to set off, {light}',
    leavesFor: 'the sea',
  },
  journey: [
    {
      time: 'day',
      slots: [
        ['First they went out across the sea, past {stop}.', 'Out on the sea they went, past {stop}.'],
        ['The waves rocked them gently.', 'A friendly breeze pushed them along[[, as if it knew the way]].'],
        ['{friend} talked about {interest}, and the time went quickly.', '{Name} counted the waves[[, all the way up to a hundred]].'],
      ],
      brief: '{star} and {friend} out on the sea past {stop}, {light}',
    },
    {
      time: 'day',
      slots: [
        ['Next, far out on the sea, they came to {stop}.', 'Then, out on the sea, they rested by {stop}.'],
        ['A kind old turtle swam beside them and pointed the way.', 'A gull called hello from high above.'],
        ['"Not far now," said {friend}.', '{Name} felt the warm sun and smiled.'],
      ],
      brief: '{star} and {friend} far out on the sea by {stop}, {light}',
    },
    {
      time: 'day',
      slots: [
        ['After that they went on across the sea, past {stop}.', 'On they went over the sea, past {stop}.'],
        ['{Name} felt braver with every wave.', 'They sang a song of the sea together.'],
      ],
      brief: '{star} and {friend} on the sea past {stop}, {light}',
    },
  ],
  // Arriving is told as the walking journey tells it, with the place's own preposition.
  resolution: journey.resolution,
};
