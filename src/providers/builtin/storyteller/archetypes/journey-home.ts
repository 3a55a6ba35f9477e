import type { Archetype } from '../archetype.ts';

export const journeyHome: Archetype = {
  id: 'journey-home',
  cues: ['home', 'way', 'back', 'journey', 'travel', 'trip', 'far', 'road', 'path', 'ride', 'sail', 'fly', 'train'],
  titles: ['The Long Way Home', '{Name} Finds the Way Home', '{Name}\'s Journey Home'],
  defaultObjects: ['map', 'lantern', 'compass', 'kite'],
  problem: {
    slots: [
      ['{Name} had been out all afternoon, and now the sky was turning pink.', 'After a long, happy day by the sea, it was time for {Name} to go home.', '{Name} had wandered a little too far while playing.'],
      ['"Home is over the hills," said {friend}, "but which way?"', 'The path split in three, and {Name} was not sure which one to take.', 'The {object} would help, if they read it carefully.'],
      ['{Name} took a deep breath. "Let us go step by step."', '"We will follow the evening star," said {friend}.'],
    ],
    brief: '{hero} and {friend} at a fork in a country path at sunset, holding a {object}, pink sky',
  },
  journey: [
    {
      slots: [
        ['Their first stop was {place}.', 'They crossed {place}.', 'Step by step they came to {place}.'],
        ['A friendly tortoise showed them a shortcut[[, slow but sure]].', 'The {object} pointed the way, straight and true.'],
        ['{friend} sang a song about {interest} to keep their feet moving.', 'They stopped to share an apple.'],
      ],
      brief: '{hero} and {friend} crossing {place} with a friendly tortoise, golden evening',
    },
    {
      slots: [
        ['Next came {place}.', 'Then they reached {place}.'],
        ['A ferry mouse rowed them across the water in a walnut-shell boat.', 'The moon rose, round and kind, and lit the road.'],
        ['"Not far now," said {friend}.', '{Name}\'s legs were tired, but {Name}\'s heart was light.'],
      ],
      brief: '{hero} and {friend} crossing water at {place} in a tiny boat with a mouse, moonrise',
    },
    {
      slots: [
        ['At {place} they saw a familiar light.', 'From {place} they could see a window glowing.'],
        ['It was the lamp in the window of home!', 'Someone had left the porch light on for them.'],
      ],
      brief: '{hero} at {place} seeing the glowing window of home in the distance, night',
    },
    {
      slots: [
        ['The last bit of the path ran past {place}.', 'They went quietly past {place}.'],
        ['Every step was a little {slower|slower and sleepier}.', 'The crickets sang them the rest of the way.'],
      ],
      brief: '{hero} and {friend} on the last stretch past {place}, crickets, stars',
    },
  ],
  resolution: {
    slots: [
      ['At last {Name} was home, and the door opened wide with a warm hello.', 'Home! The kettle was singing and the blankets were warm.', '{Name} stepped inside, and home wrapped around them like a hug.'],
      ['"The best part of any journey," said {friend}, "is coming home."', 'The {object} went back on its shelf, ready for another day.'],
    ],
    brief: '{hero} arriving at a cosy cottage door, warm light spilling out, {friend} waving',
  },
};
