import { palettes } from './palettes.ts';
import type { SceneDescription, SceneSetting, SceneSubject } from './scene-description.ts';
import { roomSettings } from './scene-layout.ts';
import { inanimateKinds } from './subject-traits.ts';

const settingPhrases: Record<SceneSetting, string> = {
  forest: 'in a pine forest',
  meadow: 'in a flowery meadow',
  beach: 'on a sandy beach',
  ocean: 'on the open sea',
  mountains: 'in the mountains',
  desert: 'in the desert',
  'snowy-village': 'in a snowy village',
  village: 'in a village',
  castle: 'by a fairy-tale castle',
  garden: 'in a garden',
  city: 'in the city',
  bedroom: 'in a cosy bedroom',
  stage: 'on a concert stage',
  underwater: 'under the sea',
  sky: 'high up among the clouds',
  space: 'in outer space',
  jungle: 'in a leafy jungle',
  cave: 'in a cave of glowing crystals',
  volcano: 'by a smoking volcano',
  island: 'on a little palm island',
  lake: 'by a calm lake',
  river: 'by a winding river',
  farm: 'on a farm with a red barn',
  classroom: 'in a classroom',
  kitchen: 'in a kitchen',
  library: 'in a library full of books',
  playground: 'in a playground',
  harbour: 'in a harbour full of boats',
  'train-station': 'at a train station',
  fairground: 'at a fairground',
  swamp: 'in a misty swamp',
  arctic: 'on the Arctic ice',
  canyon: 'in a red rock canyon',
  waterfall: 'by a waterfall',
  temple: 'among ancient temple ruins',
  'moon-surface': 'on the surface of the Moon',
};

const numberWords = ['', 'one', 'two', 'three', 'four', 'five', 'six'];
const irregularPlurals: Record<string, string> = { mouse: 'mice', child: 'children', fish: 'fish', octopus: 'octopuses', wolf: 'wolves' };

export interface DescribeSceneOptions {
  /**
   * Which of the user's character pictures were drawn in their places. The alt text calls them
   * "your character" (what they show is not known); a place whose picture was not drawn is left out.
   */
  placed?: readonly number[];
}

/**
 * One sentence that says what the picture shows, usable as its alt text:
 * "A small green dragon curled up asleep under a starry night sky in a pine forest, in soft pastel colours."
 */
export function describeScene(scene: SceneDescription, options: DescribeSceneOptions = {}): string {
  const placed = new Set(options.placed ?? []);
  const characters = scene.subjects.filter((subject) => subject.picture !== undefined && placed.has(subject.picture)).length;
  const groups = groupSubjects(scene.subjects.filter((subject) => subject.picture === undefined));
  let sentence: string;
  let companions: SceneSubject[][];
  if (characters > 0) {
    sentence = characters === 1 ? 'Your character' : `Your ${numberWords[characters]} characters`;
    companions = groups;
  } else if (groups.length > 0) {
    const [main, ...rest] = groups;
    sentence = capitalise(groupPhrase(main));
    const pose = posePhrase(main[0], scene);
    if (pose) sentence += ` ${pose}`;
    companions = rest;
  } else {
    sentence = `A scene`;
    companions = [];
  }
  if (companions.length > 0) sentence += ` with ${joinWords(companions.map((group) => groupPhrase(group)))}`;
  const sky = skyPhrase(scene);
  sentence += sky ? ` ${sky} ${settingPhrases[scene.setting]}` : ` ${settingPhrases[scene.setting]}`;
  sentence += `, in ${palettes[scene.palette].phrase}`;
  if (scene.energy >= 0.75) sentence += ', full of energy';
  else if (scene.energy <= 0.25) sentence += ', calm and quiet';
  return `${sentence}.`;
}

/** Neighbouring subjects of the same kind and noun read as one group: "three kittens". */
function groupSubjects(subjects: SceneSubject[]): SceneSubject[][] {
  const groups: SceneSubject[][] = [];
  for (const subject of subjects) {
    const last = groups.at(-1);
    if (last && last[0].kind === subject.kind && last[0].noun === subject.noun) last.push(subject);
    else groups.push([subject]);
  }
  return groups;
}

function groupPhrase(group: SceneSubject[]): string {
  const [first] = group;
  const sameColour = group.every((subject) => subject.colour === first.colour);
  const size = first.size === 'small' ? 'small ' : first.size === 'large' ? 'big ' : '';
  if (first.kind === 'moon') return `${group.length > 1 ? numberWords[group.length] : 'the'} smiling moon`;
  if (first.kind === 'child') {
    const dressed = sameColour && first.noun !== 'astronaut' ? ` dressed in ${first.colour}` : '';
    return group.length > 1 ? `${numberWords[group.length]} ${size}${plural(first.noun)}${dressed}` : `${article(size + first.noun)} ${size}${first.noun}${dressed}`;
  }
  const colour = sameColour ? `${first.colour} ` : '';
  if (group.length > 1) return `${numberWords[group.length]} ${size}${colour}${plural(first.noun)}`;
  const words = `${size}${colour}${first.noun}`;
  return `${article(words)} ${words}`;
}

function posePhrase(subject: SceneSubject, scene: SceneDescription): string {
  const sad = subject.expression === 'sad' ? ' and looking sad' : '';
  switch (subject.kind) {
    case 'boat':
      return 'sailing';
    case 'rocket':
      return scene.energy > 0.6 ? 'blasting off' : 'flying';
    case 'balloon':
      return 'floating';
    case 'moon':
      return 'shining';
    default:
      if (inanimateKinds.has(subject.kind)) return '';
  }
  const phrase = {
    sleeping: 'curled up asleep',
    sitting: 'sitting',
    standing: 'standing',
    flying: scene.setting === 'space' || scene.setting === 'underwater' ? 'floating' : 'flying',
    swimming: 'swimming',
    playing: scene.energy > 0.7 ? 'dancing' : 'playing',
  }[subject.pose];
  return phrase + sad;
}

function skyPhrase(scene: SceneDescription): string {
  const { timeOfDay: time, weather, setting } = scene;
  if (setting === 'space') return 'among the stars';
  if (setting === 'moon-surface') return 'under a black, starry sky';
  // A cave shows no sky: its light is the crystals' own, whatever the hour.
  if (setting === 'cave') return '';
  if (setting === 'stage') return 'under bright spotlights';
  if (setting === 'underwater') return time === 'night' ? 'at night' : time === 'day' ? 'in sunlit water' : `at ${time}`;
  if (roomSettings.has(setting)) return time === 'night' ? (setting === 'bedroom' ? 'at bedtime' : 'at night') : time === 'day' ? 'on a sunny day' : `at ${time}`;
  const weatherWord = { rain: 'rainy', snow: 'snowy', fog: 'misty' } as const;
  if (time === 'night') {
    if (weather === 'stars') return 'under a starry night sky';
    if (weather === 'aurora') return 'under the northern lights';
    if (weather === 'clear') return 'under a moonlit sky';
    return `on a ${weatherWord[weather]} night`;
  }
  if (time === 'day') return weather === 'rain' || weather === 'snow' || weather === 'fog' ? `on a ${weatherWord[weather]} day` : 'on a sunny day';
  const during = { rain: ' in the rain', snow: ' in falling snow', fog: ' in the mist' } as const;
  return `at ${time}${weather === 'rain' || weather === 'snow' || weather === 'fog' ? during[weather] : ''}`;
}

function plural(noun: string): string {
  const words = noun.split(' ');
  const last = words.pop()!;
  let form = irregularPlurals[last];
  if (!form) {
    if (/(s|x|ch|sh)$/.test(last)) form = `${last}es`;
    else if (/[^aeiou]y$/.test(last)) form = `${last.slice(0, -1)}ies`;
    else form = `${last}s`;
  }
  return [...words, form].join(' ');
}

function article(words: string): string {
  // "a unicorn": the vowel letter of "uni" sounds like "you".
  return /^(?!uni)[aeiou]/.test(words) ? 'an' : 'a';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function joinWords(parts: string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
