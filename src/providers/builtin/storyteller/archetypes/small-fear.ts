import type { Archetype } from '../archetype.ts';

export const smallFear: Archetype = {
  id: 'small-fear',
  cues: ['afraid', 'fear', 'nervous', 'shy', 'brave', 'worried', 'dark', 'first', 'new', 'try', 'courage', 'timid'],
  titles: ['{Name} Is Brave', 'A Little Bit Brave', '{Name} and the Night Light'],
  defaultObjects: ['lantern', 'night light', 'bell', 'whistle'],
  problem: {
    slots: [
      ['{Name} felt a little wobbly inside tonight.', 'Tonight {Name} was a tiny bit worried about the dark corners of the room.', 'Tomorrow was a big new day, and {Name} felt a little shy about it.'],
      ['"What if it is too hard?" {Name} asked quietly.', 'The shadows on the wall looked bigger than usual.'],
      ['{friend} held out the {object}. "Let us look together, one step at a time."', '"Being brave does not mean not feeling wobbly," said {friend}. "It means trying anyway."'],
    ],
    brief: '{hero} sitting on a bed looking a little unsure, {friend} offering a glowing {object}, soft lamplight',
  },
  journey: [
    {
      slots: [
        ['They shone the {object} at {place}.', 'First they peeked at {place}.'],
        ['The big shadow was only a coat on a hook!', 'It was just a pile of cushions, soft and friendly.'],
        ['{Name} let out a little laugh.', '"Oh," said {Name}, "that is not so big after all."'],
      ],
      brief: '{hero} shining a {object} at {place} and discovering only a coat on a hook, gentle humour',
    },
    {
      slots: [
        ['Next they tiptoed to {place}.', 'Then they went to look at {place}.'],
        ['A little mouse was there, just as shy as {Name}.', 'The noise was only the wind, playing with the curtains.'],
        ['{friend} told a story about {interest}, and the wobbly feeling got smaller.', '{Name} took one brave step, then another.'],
      ],
      brief: '{hero} and {friend} meeting a shy mouse at {place}, warm light, friendly',
    },
    {
      slots: [
        ['At {place}, {Name} tried something new.', 'At {place}, {Name} stood up tall.'],
        ['{Name} said hello, and the mouse said hello back.', 'It was easier than {Name} had thought.'],
      ],
      brief: '{hero} standing tall and smiling at {place}, the shy mouse waving, golden glow',
    },
    {
      slots: [
        ['They walked back past {place}.', 'On the way back they passed {place}.'],
        ['The shadows were just shadows now.', 'Everything looked cosy and familiar.'],
      ],
      brief: '{hero} walking calmly back past {place}, friendly shadows, warm night light',
    },
  ],
  resolution: {
    slots: [
      ['"I was brave," said {Name}, and it was true.', '{Name} smiled. The wobbly feeling had melted away.', 'The room felt safe and snug again.'],
      ['{friend} set the {object} by the bed, glowing softly.', '"Brave hearts sleep well," said {friend}.'],
    ],
    brief: '{hero} proud and calm in bed, a {object} glowing softly on the nightstand, {friend} nearby',
  },
};
