import type { Archetype } from '../archetype.ts';
import { journey } from './journey.ts';

/**
 * A journey up to the sky, the moon, the stars or a planet: the hero and the friend float up past clouds and stars
 * instead of walking a country lane (a rocket that wanted to fly to the moon used to cross the stepping stones).
 * Every scene on the way says it is in the sky, so its picture is drawn there; the light fades as they rise, to the
 * night the moon and the stars are seen in.
 */
export const skyJourney: Archetype = {
  id: 'journey',
  titles: ['{Name} Sees {Place}', '{Name}\'s Trip to {Place}', '{Name}\'s Flight to {Place}'],
  defaultObjects: ['map'],
  // Things of the sky by day or by night (the stops come in any order, the light fades as they go).
  stops: ['the fluffy clouds', 'a flock of wild geese', 'a drifting kite', 'the tops of the clouds', 'a hot-air balloon', 'a soaring eagle'],
  problem: {
    time: 'story',
    slots: [
      ['More than anything, {Name} wished to see {place}.', 'Every day {Name} looked up and dreamed of {place}.', '{Name} had never seen {place}, and wanted to very much.'],
      ['But {Name} felt a little {feeling}, and {place} {placeWas} far away.', 'But {place} {placeWas} high above, a long way {fromHome}.'],
      // However they go (a rocket, a balloon, a wish), the story says only that they rose: an idea's own rocket is never a balloon.
      ['One {when}, {friend} said, "Hold on tight," and up they floated.', 'One {when}, {friend} said, "Let us go together," and up they rose into the sky.'],
    ],
    // The opening's words are at home, so its picture is too: the sky starts with the next scene.
    brief: '{star} and {friend} outside a little house {nearHome}, looking up, ready to go, {light}',
    leavesFor: 'the sky',
  },
  journey: [
    {
      time: 'day',
      slots: [
        ['First they floated up into the sky, past {stop}.', 'Up and up into the sky they went, past {stop}.'],
        ['The wind was soft, and the birds below waved.', 'A friendly breeze carried them along[[, as if it knew the way]].'],
        ['{friend} talked about {interest}, and the time flew by.', '{Name} counted the clouds[[, all the way up to a hundred]].'],
      ],
      brief: '{star} and {friend} floating in the sky past {stop}, {light}',
    },
    {
      time: 'evening',
      slots: [
        ['Higher in the sky, they drifted by {stop}.', 'Next, high in the sky, they came to {stop}.'],
        ['{Name} looked down at the tiny houses far below.', 'A kind old owl flew beside them and pointed the way.'],
        ['"Not far now," said {friend}.', '{Name}\'s heart felt as light as a feather.'],
      ],
      brief: '{star} and {friend} high in the sky by {stop}, {light}',
    },
    {
      time: 'night',
      slots: [
        ['Higher still in the sky, they sailed past {stop}.', 'On they went through the sky, past {stop}.'],
        ['{Name} felt braver the higher they went.', 'They sang a floating song together.'],
      ],
      brief: '{star} and {friend} high in the sky past {stop}, {light}',
    },
  ],
  // Arriving is told as the walking journey tells it, with the place's own preposition.
  resolution: journey.resolution,
};
