import type { Archetype } from '../archetype.ts';

export const nightSkyWonder: Archetype = {
  id: 'night-sky-wonder',
  cues: ['star', 'stars', 'moon', 'sky', 'night', 'comet', 'planet', 'planets', 'space', 'galaxy', 'rocket', 'constellation', 'shooting', 'astronaut'],
  titles: ['{Name} and the Sky Full of Stars', 'A Wish upon the Moon', '{Name} Visits the Night Sky'],
  defaultObjects: ['star', 'lantern', 'telescope', 'kite'],
  problem: {
    slots: [
      ['That night, {Name} wished to see the stars up close.', 'One clear night, {Name} saw a tiny star that was not twinkling.', '{Name} looked out of the window and wondered what the moon did all night.'],
      ['"Could we visit, just for a while?" {Name} whispered.', 'It seemed the little star had lost its sparkle[[, and needed a friend]].', 'A silver ladder of moonbeams stretched down to the garden.'],
      ['{friend} smiled. "Hold on tight."', '"Let us go and see," said {friend}.'],
    ],
    brief: '{hero} at a bedroom window gazing at a starry sky and the moon, {friend} beside, deep blue night',
  },
  journey: [
    {
      slots: [
        ['Up they floated, past {place}.', 'They climbed the moonbeam ladder to {place}.'],
        ['The clouds were as soft as pillows[[ and smelled faintly of rain]].', 'Below them the town was a quilt of tiny lights.'],
        ['{friend} pointed out the shapes of {interest} in the stars.', '{Name} giggled as a cloud tickled their toes.'],
      ],
      brief: '{hero} and {friend} floating up among soft clouds above a sleeping town, moonbeams',
    },
    {
      slots: [
        ['They drifted on to {place}.', 'Next they reached {place}.'],
        ['The stars there hummed a quiet tune.', 'A comet with a long silver tail waved hello.'],
        ['"Every star has its own song," said the moon.', 'They played hide and seek behind the planets.'],
      ],
      brief: '{hero} and {friend} among humming stars at {place}, a friendly comet, sparkle',
    },
    {
      slots: [
        ['At {place} they found the little star.', 'At {place} they met the moon herself.'],
        ['{Name} polished the {object} until it glowed again.', 'The moon showed them how she lights the way for sleepy travellers.'],
      ],
      brief: '{hero} polishing a little star until it glows, the smiling moon nearby, silver light',
    },
    {
      slots: [
        ['They waved goodbye to {place}.', 'They passed {place} on the way down.'],
        ['The stars twinkled a little brighter as they went.', 'A shooting star gave them a ride back down.'],
      ],
      brief: '{hero} riding a shooting star back down to earth past {place}, twinkling sky',
    },
  ],
  resolution: {
    slots: [
      ['Back in bed, {Name} could see the little star shining right outside the window.', 'When {Name} got home, the whole sky seemed to be smiling.', '{Name} landed softly on the pillow, full of starlight.'],
      ['"Goodnight, stars," {Name} whispered. The stars twinkled back.', '"Goodnight, moon," said {friend}.'],
    ],
    brief: '{hero} in bed looking at a shining star through the window, calm starry night',
  },
};
