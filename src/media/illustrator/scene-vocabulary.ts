import { extraSubjectWords } from './extra-subjects.ts';
import type { ColourName, Expression, PaletteName, SceneSetting, SubjectKind, SubjectPose, TimeOfDay, Weather } from './scene-description.ts';

// The words a prompt may use for each choice, singular and lower case; plurals are found by the matcher.
// Phrases of several words match as written ("under the sea").

/** Strong words name the place; weak ones only decide when nothing stronger is said ("sky" in "night sky"). */
export const settingWords: Record<SceneSetting, { strong: string[]; weak: string[] }> = {
  forest: { strong: ['forest', 'wood', 'woodland', 'pine forest', 'grove', 'trees'], weak: ['pine', 'camping', 'mushroom'] },
  meadow: { strong: ['meadow', 'field', 'countryside', 'prairie', 'hillside'], weak: ['grass', 'hill', 'picnic', 'daisy'] },
  beach: { strong: ['beach', 'seaside', 'shore', 'coast', 'sandcastle'], weak: ['sand', 'shell', 'palm'] },
  ocean: { strong: ['ocean', 'open sea', 'sea', 'sailing', 'voyage'], weak: ['wave', 'pirate'] },
  mountains: { strong: ['mountain', 'peak', 'alps', 'valley', 'summit', 'cliff'], weak: ['climb', 'hike', 'rock'] },
  desert: { strong: ['desert', 'dune', 'sand dune', 'sahara', 'oasis'], weak: ['cactus', 'camel'] },
  'snowy-village': { strong: ['snowy village', 'winter village', 'christmas'], weak: ['winter', 'sled', 'sledge'] },
  village: { strong: ['village', 'hamlet', 'village green', 'village fete', 'village show'], weak: ['cottage'] },
  castle: { strong: ['castle', 'palace', 'kingdom', 'fortress', 'fairy tale'], weak: ['princess', 'prince', 'knight', 'king', 'queen', 'tower'] },
  garden: { strong: ['garden', 'backyard', 'flowerbed', 'orchard', 'greenhouse', 'yard'], weak: ['flower', 'blossom', 'bloom', 'vegetable', 'pond'] },
  city: { strong: ['city', 'town', 'downtown', 'street', 'skyline', 'skyscraper', 'metropolis', 'rooftop'], weak: ['urban', 'traffic', 'building'] },
  bedroom: { strong: ['bedroom', 'nursery', 'bed', 'room', 'indoors'], weak: ['blanket', 'pillow', 'pyjama', 'pajama', 'teddy', 'home', 'inside'] },
  stage: { strong: ['stage', 'concert', 'gig', 'festival', 'disco', 'club', 'dance floor', 'dancefloor', 'rave'], weak: ['band', 'crowd', 'guitar', 'microphone', 'singer', 'spotlight', 'party'] },
  underwater: { strong: ['underwater', 'under the sea', 'under water', 'seabed', 'sea floor', 'ocean floor', 'reef', 'coral', 'deep sea'], weak: ['submarine', 'mermaid', 'bubble', 'seaweed', 'diving', 'diver'] },
  sky: { strong: ['above the cloud', 'in the cloud', 'cloudland', 'in the sky', 'up in the air', 'high in the sky'], weak: ['sky', 'cloud', 'air', 'kite', 'flight'] },
  space: { strong: ['space', 'outer space', 'galaxy', 'planet', 'cosmos', 'universe', 'nebula', 'orbit'], weak: ['astronaut', 'alien', 'spaceship', 'comet'] },
  jungle: { strong: ['jungle', 'rainforest', 'rain forest', 'tropical forest', 'amazon'], weak: ['vine', 'liana', 'tropical'] },
  cave: { strong: ['cave', 'cavern', 'grotto', 'underground'], weak: ['crystal', 'stalactite', 'stalagmite', 'gem'] },
  volcano: { strong: ['volcano', 'volcanic', 'lava', 'eruption', 'magma'], weak: ['erupt', 'smoke'] },
  island: { strong: ['island', 'desert island', 'tropical island', 'isle', 'atoll', 'lagoon'], weak: [] },
  lake: { strong: ['lake', 'lakeside', 'loch', 'lakeshore'], weak: ['reed', 'jetty'] },
  river: { strong: ['river', 'riverbank', 'riverside', 'stream', 'creek', 'brook'], weak: ['bridge', 'footbridge', 'stepping stone'] },
  farm: { strong: ['farm', 'farmyard', 'barnyard', 'barn', 'ranch', 'farmhouse'], weak: ['hay', 'haystack', 'hay bale', 'silo', 'fence', 'harvest', 'crop'] },
  classroom: { strong: ['classroom', 'schoolroom', 'school', 'lesson'], weak: ['blackboard', 'chalkboard', 'desk'] },
  kitchen: { strong: ['kitchen', 'bakery'], weak: ['oven', 'stove', 'pan', 'saucepan', 'cupboard'] },
  library: { strong: ['library', 'bookshop', 'bookstore', 'bookshelf', 'bookcase'], weak: ['shelf', 'shelves'] },
  playground: { strong: ['playground', 'park', 'play park', 'climbing frame'], weak: ['swing', 'slide', 'playtime'] },
  harbour: { strong: ['harbour', 'harbor', 'port', 'dock', 'pier', 'marina', 'wharf', 'quay', 'fishing village'], weak: ['mooring', 'bollard'] },
  'train-station': { strong: ['train station', 'railway station', 'station', 'platform', 'railway', 'railroad'], weak: ['rail'] },
  fairground: { strong: ['fairground', 'funfair', 'fun fair', 'carnival', 'circus', 'amusement park', 'theme park', 'ferris wheel', 'big wheel', 'big top'], weak: ['bunting'] },
  swamp: { strong: ['swamp', 'marsh', 'bog', 'bayou', 'wetland', 'fen', 'marshland'], weak: ['mud', 'lily pad', 'lilypad', 'cattail', 'bulrush'] },
  arctic: { strong: ['arctic', 'antarctic', 'antarctica', 'north pole', 'south pole', 'polar', 'iceberg', 'glacier', 'tundra', 'ice floe', 'igloo'], weak: ['frozen sea', 'ice sheet'] },
  canyon: { strong: ['canyon', 'grand canyon', 'gorge', 'mesa', 'badlands', 'red rock'], weak: ['wild west', 'ravine'] },
  waterfall: { strong: ['waterfall', 'cascade'], weak: ['spray', 'plunge pool'] },
  temple: { strong: ['temple', 'ruins', 'ancient ruins', 'lost city', 'pyramid', 'shrine', 'tomb'], weak: ['ancient', 'pillar', 'column'] },
  'moon-surface': { strong: ['on the moon', 'moon surface', 'surface of the moon', 'lunar', 'moonscape', 'moon base', 'moon landing', 'moonwalk'], weak: ['crater'] },
};

export const timeWords: Record<TimeOfDay, string[]> = {
  dawn: ['dawn', 'sunrise', 'daybreak', 'morning', 'first light', 'early'],
  day: ['day', 'daytime', 'noon', 'midday', 'afternoon', 'sunny', 'sunshine', 'sun', 'daylight'],
  sunset: ['sunset', 'evening', 'golden hour', 'sundown'],
  dusk: ['dusk', 'twilight', 'nightfall', 'gloaming'],
  night: ['night', 'nighttime', 'midnight', 'moonlight', 'moonlit', 'bedtime', 'dark', 'nocturnal', 'goodnight', 'good night', 'lullaby', 'dream'],
};

export const weatherWords: Record<Weather, string[]> = {
  clear: ['clear', 'cloudless', 'sunny'],
  rain: ['rain', 'rainy', 'raining', 'storm', 'stormy', 'thunder', 'drizzle', 'puddle', 'umbrella', 'shower'],
  snow: ['snow', 'snowy', 'snowing', 'snowflake', 'blizzard', 'frosty', 'frost', 'snowman', 'winter'],
  fog: ['fog', 'foggy', 'mist', 'misty', 'haze', 'hazy'],
  stars: ['star', 'starry', 'starlit', 'starlight', 'twinkle', 'twinkling', 'constellation', 'galaxy'],
  aurora: ['aurora', 'northern light', 'borealis', 'polar light'],
};

export const paletteWords: Record<PaletteName, string[]> = {
  warm: ['warm', 'cosy', 'cozy', 'autumn', 'sunlit'],
  cool: ['cool', 'icy', 'frozen', 'chilly'],
  pastel: ['pastel', 'soft', 'gentle', 'cute'],
  neon: ['neon', 'glowing', 'electric', 'synthwave', 'cyberpunk', 'retro', 'laser', 'rave'],
  moody: ['moody', 'gloomy', 'mysterious', 'spooky', 'haunted', 'sad', 'melancholy', 'lonely'],
  earthy: ['earthy', 'natural', 'rustic', 'wooden', 'muddy'],
  vivid: ['vivid', 'colourful', 'colorful', 'rainbow', 'bold', 'vibrant', 'cheerful'],
  dreamy: ['dreamy', 'magical', 'magic', 'fairy', 'enchanted', 'whimsical', 'sparkly', 'sparkling'],
};

/** The first word is the noun the alt text uses when the prompt's own word is not kept. */
export const subjectWords: Record<SubjectKind, string[]> = {
  dragon: ['dragon', 'wyvern', 'dragonling'],
  cat: ['cat', 'kitten', 'kitty', 'pussycat', 'tabby'],
  dog: ['dog', 'puppy', 'pup', 'doggy', 'doggie', 'hound'],
  bear: ['bear', 'teddy bear', 'teddy', 'cub'],
  rabbit: ['rabbit', 'bunny', 'hare'],
  fox: ['fox', 'vixen'],
  mouse: ['mouse'],
  lion: ['lion'],
  elephant: ['elephant'],
  owl: ['owl', 'owlet'],
  bird: ['bird', 'birdie', 'sparrow', 'robin', 'bluebird', 'parrot', 'songbird', 'chick'],
  penguin: ['penguin'],
  frog: ['frog', 'toad', 'froggy'],
  unicorn: ['unicorn'],
  horse: ['horse', 'pony', 'foal'],
  whale: ['whale'],
  fish: ['fish', 'goldfish', 'fishy'],
  turtle: ['turtle', 'tortoise'],
  octopus: ['octopus'],
  butterfly: ['butterfly'],
  hedgehog: ['hedgehog', 'hedgehoglet'],
  squirrel: ['squirrel'],
  child: ['child', 'kid', 'boy', 'girl', 'toddler', 'princess', 'prince', 'astronaut', 'explorer', 'friend', 'person', 'dancer', 'singer', 'pirate', 'knight'],
  robot: ['robot', 'bot', 'android', 'droid', 'cyborg'],
  rocket: ['rocket', 'spaceship', 'rocketship', 'spacecraft'],
  boat: ['boat', 'ship', 'sailboat', 'yacht', 'canoe', 'raft'],
  balloon: ['hot air balloon', 'balloon'],
  moon: ['moon', 'crescent'],
  tree: ['tree', 'oak', 'apple tree'],
  house: ['house', 'cottage', 'cabin', 'hut'],
  ...extraSubjectWords,
};

export const colourWords: Record<ColourName, string[]> = {
  red: ['red', 'crimson', 'scarlet', 'ruby', 'cherry'],
  orange: ['orange', 'ginger', 'tangerine', 'amber'],
  yellow: ['yellow', 'lemon', 'sunflower'],
  green: ['green', 'emerald', 'lime', 'mossy', 'jade'],
  teal: ['teal', 'turquoise', 'aqua', 'cyan', 'mint'],
  blue: ['blue', 'navy', 'azure', 'sapphire', 'cobalt'],
  purple: ['purple', 'violet', 'lilac', 'lavender', 'indigo', 'plum'],
  pink: ['pink', 'rose', 'magenta', 'fuchsia', 'bubblegum'],
  brown: ['brown', 'chocolate', 'tan', 'caramel', 'hazel'],
  grey: ['grey', 'gray', 'silver', 'ash', 'stone'],
  white: ['white', 'ivory', 'pale', 'cream'],
  black: ['black', 'ebony', 'inky', 'jet'],
  gold: ['gold', 'golden', 'shiny'],
};

export const sizeWords = {
  small: ['small', 'little', 'tiny', 'wee', 'baby', 'mini', 'young', 'itty'],
  large: ['big', 'large', 'giant', 'huge', 'enormous', 'massive', 'great', 'mighty', 'tall'],
};

export const poseWords: Partial<Record<SubjectPose, string[]>> = {
  sleeping: ['sleep', 'sleeping', 'asleep', 'sleepy', 'napping', 'nap', 'curled', 'snoozing', 'dozing', 'dreaming', 'snuggled', 'tucked'],
  flying: ['flying', 'fly', 'soaring', 'gliding', 'floating', 'hovering', 'flies', 'launching', 'blasting'],
  swimming: ['swimming', 'swim', 'diving', 'splashing', 'paddling'],
  sitting: ['sitting', 'sits', 'sat', 'resting', 'waiting', 'reading'],
  playing: ['playing', 'dancing', 'jumping', 'running', 'singing', 'bouncing', 'racing', 'partying', 'skipping', 'rocking'],
};

export const expressionWords: Partial<Record<Expression, string[]>> = {
  sad: ['sad', 'lost', 'crying', 'lonely', 'worried', 'upset', 'missing', 'scared', 'afraid', 'grumpy'],
  excited: ['excited', 'joyful', 'laughing', 'cheering', 'delighted', 'thrilled', 'wild', 'happy', 'giggling'],
  sleepy: ['sleepy', 'tired', 'yawning', 'drowsy'],
};

/** Words that set the energy (the music video studio's intensity) without a number. */
export const energyWords = {
  calm: ['calm', 'quiet', 'gentle', 'peaceful', 'sleepy', 'bedtime', 'lullaby', 'slow', 'soft', 'still', 'tranquil', 'serene', 'intro', 'outro', 'relaxed', 'cosy', 'cozy'],
  energetic: ['energetic', 'energy', 'climax', 'chorus', 'drop', 'exciting', 'wild', 'fast', 'loud', 'epic', 'intense', 'party', 'dance', 'dancing', 'explosive', 'powerful', 'action', 'adventure', 'racing', 'rave'],
};

export const placementWords = {
  left: ['on the left', 'left side', 'to the left'],
  right: ['on the right', 'right side', 'to the right'],
  centre: ['centre', 'center', 'middle', 'centered', 'centred'],
};

export const framingWords = {
  'close-up': ['close up', 'closeup', 'portrait', 'face', 'zoomed in'],
  wide: ['wide', 'landscape', 'panorama', 'panoramic', 'far away', 'distant', 'vast', 'epic'],
};

export const countWords: Record<string, number> = { two: 2, pair: 2, couple: 2, twin: 2, three: 3, few: 3, four: 4, five: 5, many: 4, several: 3, lot: 4, family: 3, group: 3, gang: 3, band: 3 };
