/** Creatures and people a story can be about; the first one the idea names becomes the hero. */
const beings = [
  'dragon', 'cat', 'kitten', 'dog', 'puppy', 'bunny', 'rabbit', 'fox', 'bear', 'owl', 'mouse', 'hedgehog', 'turtle',
  'tortoise', 'whale', 'dolphin', 'penguin', 'unicorn', 'robot', 'dinosaur', 'elephant', 'giraffe', 'lion', 'tiger',
  'monkey', 'duck', 'duckling', 'frog', 'snail', 'squirrel', 'badger', 'otter', 'hippo', 'panda', 'koala', 'pony',
  'horse', 'sheep', 'lamb', 'goat', 'pig', 'hen', 'chick', 'bee', 'ladybird', 'ladybug', 'butterfly', 'firefly',
  'moth', 'astronaut', 'princess', 'prince', 'knight', 'pirate', 'wizard', 'fairy', 'giant',
  'troll', 'gnome', 'mermaid', 'girl', 'boy', 'grandma', 'grandpa', 'baker', 'sailor', 'train', 'tractor', 'boat',
  'rocket', 'teddy', 'bird', 'crab', 'octopus', 'seal', 'wolf', 'deer', 'raccoon', 'monster', 'alien', 'snowman',
];

/** Things that can be lost, made, carried or given. */
const things = [
  'blanket', 'teddy', 'hat', 'scarf', 'ball', 'kite', 'lantern', 'shoe', 'boot', 'sock', 'key', 'map', 'book', 'crown',
  'balloon', 'shell', 'pebble', 'feather', 'bell', 'button', 'drum', 'song', 'cake', 'pie', 'boat', 'nest', 'house',
  'castle', 'rocket', 'kite', 'present', 'gift', 'pillow', 'toy', 'umbrella', 'compass', 'star', 'necklace', 'wand',
  'glove', 'mitten', 'picture', 'painting', 'letter', 'flower', 'garden', 'cookie', 'blanket', 'quilt', 'spoon', 'whistle',
];

const adjectives = new Set([
  'sleepy', 'little', 'tiny', 'small', 'big', 'brave', 'shy', 'curious', 'friendly', 'gentle', 'lonely', 'old', 'young',
  'kind', 'clever', 'silly', 'happy', 'grumpy', 'busy', 'quiet', 'fluffy', 'furry', 'spotty', 'striped', 'purple',
  'green', 'blue', 'red', 'golden', 'silver', 'pink', 'orange', 'yellow', 'white', 'black', 'brown', 'baby', 'giant',
  'wise', 'cheerful', 'wobbly', 'sparkly', 'sneezy', 'hungry', 'cosy', 'cozy', 'magic', 'magical',
]);

export interface StoryIdea {
  /** The hero as the idea puts it, e.g. `sleepy dragon`; the listener when no being is named. */
  hero: string;
  /** The bare noun, e.g. `dragon`; empty when the hero is the listener. */
  heroKind: string;
  /** The thing at the heart of the story, e.g. `blanket`, if the idea names one. */
  object?: string;
  /** The idea's words, folded, for choosing the plot. */
  words: string[];
}

function singular(word: string): string {
  return word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** Finds who the story is about and what it is about, from the words of the idea. */
export function readStoryIdea(idea: string): StoryIdea {
  const words = idea.toLowerCase().replace(/[^\p{L}\s'-]/gu, ' ').split(/\s+/).filter(Boolean);
  let heroIndex = words.findIndex((word) => beings.includes(singular(word)));
  let hero = '';
  let heroKind = '';
  if (heroIndex >= 0) {
    heroKind = singular(words[heroIndex]);
    let start = heroIndex;
    while (start > 0 && adjectives.has(words[start - 1]) && heroIndex - start < 2) start -= 1;
    hero = [...words.slice(start, heroIndex), heroKind].join(' ');
  } else {
    heroIndex = -1;
  }
  const objectWord = words.find((word, index) => index !== heroIndex && things.includes(singular(word)));
  const object = objectWord ? singular(objectWord) : undefined;
  return { hero, heroKind, object, words };
}

/** Animal interests ("cats") become companions; other interests become details of the world. */
export function companionFrom(interests: readonly string[]): string | undefined {
  for (const interest of interests) {
    const word = singular(interest.toLowerCase().trim());
    if (beings.includes(word) && !['star', 'moon', 'cloud', 'rocket', 'train', 'tractor', 'boat'].includes(word)) return word;
  }
  return undefined;
}
