import type { Archetype } from '../archetype.ts';

export const helpingAFriend: Archetype = {
  id: 'helping-a-friend',
  cues: ['help', 'helps', 'helping', 'friend', 'friends', 'sad', 'kind', 'share', 'sharing', 'cheer', 'lonely'],
  titles: ['{Name} Lends a Hand', 'A Kind Night for {Name}', '{Name} and the Little Favour'],
  defaultObjects: ['present', 'song', 'lantern', 'flower'],
  problem: {
    slots: [
      ['That evening, {Name} heard a small, sad sound.', 'Just before bedtime, a little hedgehog knocked at the door.', 'As the sun went down, {Name} saw a young fox sitting all by himself.'],
      ['"My nest is cold and I cannot sleep," came a tiny voice.', '"I wanted to give my grandma a {object}, but I do not know how," the little one said.', 'Someone needed a friend tonight[[, and a bit of kindness]].'],
      ['"We can help," said {Name} {at once|without a moment\'s doubt}.', '{Name} and {friend} looked at each other and nodded.'],
    ],
    brief: '{hero} and {friend} meeting a small hedgehog at dusk who needs help, tender, warm colours',
  },
  journey: [
    {
      slots: [
        ['First they went to {place} to gather what they needed.', 'They set off for {place}.'],
        ['They picked the softest moss and a {shiny|gleaming} ribbon for the {object}.', 'At {place} they found three smooth pebbles and a leaf shaped like a heart.'],
        ['"Every little thing helps," said {friend}.', '{Name} hummed while they worked.'],
      ],
      brief: '{hero} and {friend} gathering moss and ribbon at {place}, evening glow',
    },
    {
      slots: [
        ['Then they walked to {place}.', 'Their next stop was {place}.'],
        ['A kind beaver lent them a basket to carry it all.', 'A friendly duck showed them the shortest path.'],
        ['{friend} told the hedgehog all about {interest}, and the hedgehog giggled.', 'They shared a biscuit, broken in three.'],
      ],
      brief: '{hero} carrying a basket through {place} with a hedgehog and {friend}, gentle dusk',
    },
    {
      slots: [
        ['At {place}, they put everything together.', 'They sat down at {place} and got to work.'],
        ['Moss here, a ribbon there, and the {object} was ready.', 'It took patience, but the {object} came out just right.'],
      ],
      brief: '{hero} and friends finishing a {object} together at {place}, lantern light',
    },
    {
      slots: [
        ['They carried it past {place}, walking slowly so nothing fell.', 'The way back wound through {place}.'],
        ['The little hedgehog could not stop smiling.', 'The stars came out one by one to watch.'],
      ],
      brief: '{hero} walking home through {place} with a smiling hedgehog, first stars',
    },
  ],
  resolution: {
    slots: [
      ['The little hedgehog gave {Name} the biggest hug.', 'The hedgehog\'s nest was warm at last[[, and so was everyone\'s heart]].', '"Thank you," whispered the little one, "you are a true friend."'],
      ['{Name} felt warm and glowing inside.', 'Helping, {Name} thought, feels like a hug that lasts.'],
    ],
    brief: '{hero} hugging a happy hedgehog by a cosy nest, {friend} smiling, soft night',
  },
};
