import type { Archetype } from '../archetype.ts';

export const lostAndFound: Archetype = {
  id: 'lost-and-found',
  cues: ['lost', 'lose', 'missing', 'find', 'found', 'looking', 'search', 'where', 'vanished', 'misplaced'],
  titles: ['{Name} and the Missing {Object}', 'Where Did the {Object} Go?', 'The Search for the {Object}'],
  defaultObjects: ['blanket', 'teddy', 'scarf', 'lantern'],
  problem: {
    slots: [
      ['But when bedtime came, {Name} could not find the {object}.', 'At bedtime {Name} reached for the {object}, and it was not there.', 'That night the {object} was nowhere to be seen.'],
      ['{Name} looked under the pillow[[, behind the curtains and inside the toy box]].', 'It was not under the bed, and it was not [[tucked ]]in the basket.', '{Name} checked every corner of the room[[, twice over]].'],
      ['"Shall we look together?" asked {friend}.', '{friend} took {Name} by the hand. "We will find it," {friend} said.', '"Every lost thing leaves a little trail," said {friend} with a smile.'],
    ],
    brief: '{hero} searching a cosy bedroom for a {object}, {friend} beside them, lamplight, gentle evening',
  },
  journey: [
    {
      slots: [
        ['They tiptoed out to {place}.', 'First they went to {place}.', 'The trail led them to {place}.'],
        ['There they found a {soft|silky} thread from the {object}, {shining|glimmering} in the moonlight.', 'A sleepy snail had seen something soft go by.', 'Someone had left a tiny clue: a corner of the {object}, caught on a twig.'],
        ['"This way," whispered {friend}.', '{Name} felt a little hope, warm as cocoa.'],
      ],
      brief: '{hero} and {friend} following a thread of the {object} at {place}, moonlight, calm',
    },
    {
      slots: [
        ['Next they came to {place}.', 'The path went on to {place}.', 'Soon they reached {place}.'],
        ['An old owl blinked at them. "Try the next bend," she hooted {kindly|kindly and wisely}.', 'A family of fireflies lit the way, one small light at a time.', 'The wind hummed, and it seemed to say, "Not far now."'],
        ['{friend} talked about {interest} as they walked, and the walk felt short.', 'They counted the stars as they went[[, all the way up to twenty]].'],
      ],
      brief: '{hero} and {friend} at {place} asking a kind owl the way, fireflies, soft blue night',
    },
    {
      slots: [
        ['At {place} they stopped to rest.', 'They sat down for a moment at {place}.'],
        ['Something soft was {peeking|peeping} out from under a leaf.', 'A little bird was sitting on something very familiar.'],
        ['"It is the {object}!" said {Name}[[, hardly daring to believe it]].', 'There it was: the {object}, safe and sound.'],
      ],
      brief: '{hero} finding the {object} at {place}, joyful smile, warm glow',
    },
    {
      slots: [
        ['The way home led past {place}.', 'They walked back by {place}.'],
        ['{Name} held the {object} close[[, feeling its familiar softness]].', 'The {object} smelled of home.'],
      ],
      brief: '{hero} carrying the {object} home past {place}, {friend} alongside, stars above',
    },
  ],
  resolution: {
    slots: [
      ['Back home, {Name} wrapped up in the {object} and sighed a happy sigh.', 'Home again, the {object} went right back where it belonged.', '{Name} hugged the {object} and thanked {friend} for helping.'],
      ['"Next time I will keep it close," said {Name}.', '"Lost things can be found, with a friend," said {friend}.'],
    ],
    brief: '{hero} snuggled in the {object} at home, {friend} smiling, soft lamplight',
  },
};
