import { describe, expect, it } from 'vitest';
import { deriveScene } from './derive-scene.ts';
import { sceneDescriptionSchema, sceneSettings } from './scene-description.ts';
import { settingWords } from './scene-vocabulary.ts';
import { subjectTraits } from './subject-traits.ts';

describe('deriveScene', () => {
  it('draws no place a character\'s name only spells ("Princess" by the river is by the river, not in a castle)', () => {
    const scene = deriveScene('Bright daylight. Princess: a 5-year-old girl with curly brown hair. At the riverbank, Princess and Marble the cat resting, bright daylight.', { seed: 1 });
    expect(scene.setting).toBe('river');
    expect(deriveScene('A princess in her castle', { seed: 1 }).setting).toBe('castle');
  });

  it('reads the subject with its colour and size', () => {
    const scene = deriveScene('a small green dragon in a pine forest');
    expect(scene.setting).toBe('forest');
    expect(scene.subjects).toHaveLength(1);
    expect(scene.subjects[0]).toMatchObject({ kind: 'dragon', noun: 'dragon', colour: 'green', size: 'small', role: 'main' });
  });

  it('draws "a bear cub" as one small bear called a bear cub, the same one when the text later says "the bear" or "the cub"', () => {
    const scene = deriveScene('Tuppence: a purple bear cub with big eyes. Tuppence the bear looks up; the cub smiles.');
    expect(scene.subjects).toHaveLength(1);
    expect(scene.subjects[0]).toMatchObject({ kind: 'bear', noun: 'bear cub', size: 'small' });
    const seal = deriveScene('Bramble: a red seal pup. The pup swims.');
    expect(seal.subjects.map((subject) => subject.noun)).toEqual(['seal pup']);
    // A creature's own young word after no creature is that creature: "a calf" alone stays a calf.
    expect(deriveScene('a big blue bear and a small calf').subjects.map((subject) => subject.noun)).toEqual(['bear', 'calf']);
  });

  it('draws a closed compound WordNet does not list by its last word: "a clownfish" is a fish', () => {
    expect(deriveScene('a small orange clownfish in the sea').subjects[0]).toMatchObject({ kind: 'fish', noun: 'clownfish' });
    // One WordNet writes with a hyphen is drawn by its class: an aye-aye is a primate.
    expect(deriveScene('Clover the aye-aye at the garden gate').subjects[0]).toMatchObject({ kind: 'monkey', noun: 'aye-aye' });
  });

  it('reads "a sleepy dragon who lost his blanket" as a sad dragon asleep in a calm scene', () => {
    const scene = deriveScene('a sleepy dragon who lost his blanket');
    expect(scene.subjects[0]).toMatchObject({ kind: 'dragon', pose: 'sleeping', expression: 'sad' });
    expect(scene.energy).toBeLessThanOrEqual(0.3);
  });

  it('reads "neon city at night, climax, energetic" as an energetic neon night in the city', () => {
    const scene = deriveScene('neon city at night, climax, energetic');
    expect(scene).toMatchObject({ setting: 'city', timeOfDay: 'night', palette: 'neon' });
    expect(scene.energy).toBeGreaterThanOrEqual(0.75);
    expect(scene.subjects.length).toBeGreaterThan(0);
  });

  it('reads plurals as several subjects: "space cats", "three little kittens", "mice"', () => {
    const space = deriveScene('space cats');
    expect(space.setting).toBe('space');
    expect(space.subjects.length).toBeGreaterThanOrEqual(2);
    expect(space.subjects.every((subject) => subject.kind === 'cat')).toBe(true);

    const kittens = deriveScene('three little kittens');
    expect(kittens.subjects.map((subject) => [subject.kind, subject.noun, subject.size])).toEqual(Array(3).fill(['cat', 'kitten', 'small']));

    expect(deriveScene('mice in the garden').subjects.filter((subject) => subject.kind === 'mouse').length).toBeGreaterThanOrEqual(2);
    expect(deriveScene('a mouse in the garden').subjects).toHaveLength(1);
  });

  it('reads a word of number only before a plural: "a twin sister" and "the family cat" are one, "twin sisters" two', () => {
    // A character card's "twin sister" was drawn as two girls, the second in another colour in every picture.
    expect(deriveScene('Willow the twin sister at the riverbank').subjects.filter((subject) => subject.noun === 'sister')).toHaveLength(1);
    expect(deriveScene('the family cat by the fire').subjects.filter((subject) => subject.kind === 'cat')).toHaveLength(1);
    expect(deriveScene('twin sisters at the riverbank').subjects.filter((subject) => subject.noun === 'sister')).toHaveLength(2);
    expect(deriveScene('a family of ducks on the pond').subjects.filter((subject) => subject.kind === 'duck')).toHaveLength(3);
  });

  it('knows at least thirty settings, and reads each from every one of its strong words', () => {
    expect(sceneSettings.length).toBeGreaterThanOrEqual(30);
    for (const setting of sceneSettings) {
      for (const word of settingWords[setting].strong) expect(deriveScene(`a fox, ${word}`).setting, `${word}`).toBe(setting);
    }
  });

  it('reads places with their own drawing rather than a near one', () => {
    expect(deriveScene('a monkey swinging through the jungle').setting).toBe('jungle');
    expect(deriveScene('ducks on the lake at sunset').setting).toBe('lake');
    expect(deriveScene('a dog playing in the park').setting).toBe('playground');
    expect(deriveScene('cows and pigs on the farm').setting).toBe('farm');
    expect(deriveScene('an island with palm trees').setting).toBe('island');
    // A village is green unless the words make it winter (it was always the snowy village, so "the village fete" had snow).
    expect(deriveScene('a bear at the village fete in summer').setting).toBe('village');
    expect(deriveScene('a bear at the village fete in summer').weather).not.toBe('snow');
    expect(deriveScene('a fox in a snowy village').setting).toBe('snowy-village');
    const moon = deriveScene('an astronaut walking on the moon');
    expect(moon.setting).toBe('moon-surface');
    // "the moon" is the place here, not a smiling moon in the sky.
    expect(moon.subjects.some((subject) => subject.kind === 'moon')).toBe(false);
  });

  it('reads "underwater adventure" as an energetic scene under the sea', () => {
    const scene = deriveScene('underwater adventure');
    expect(scene.setting).toBe('underwater');
    expect(scene.energy).toBeGreaterThan(0.7);
  });

  it('prefers longer phrases and lets a strong setting word claim its tokens', () => {
    expect(deriveScene('a teddy bear on the bed').subjects[0]).toMatchObject({ kind: 'bear', noun: 'teddy bear' });
    expect(deriveScene('a teddy bear on the bed').setting).toBe('bedroom');
    const amongTrees = deriveScene('a fox among the trees');
    expect(amongTrees.setting).toBe('forest');
    expect(amongTrees.subjects.map((subject) => subject.kind)).toEqual(['fox']);
    expect(deriveScene('a turtle swimming under the sea').setting).toBe('underwater');
  });

  it('keeps several named subjects in order, the first as the main one', () => {
    const scene = deriveScene('a red fox and two owls in the snowy forest at dawn');
    expect(scene.subjects.map((subject) => subject.kind)).toEqual(['fox', 'owl', 'owl']);
    expect(scene.subjects.map((subject) => subject.role)).toEqual(['main', 'companion', 'companion']);
    expect(scene.subjects[0].colour).toBe('red');
    expect(scene).toMatchObject({ setting: 'forest', timeOfDay: 'dawn', weather: 'snow' });
  });

  it('draws where the words put someone, not where a character\'s name hints', () => {
    expect(deriveScene('Willow: a small queen. Willow the queen and Mia trying hard at the old bridge, bright daylight').setting).toBe('river');
    expect(deriveScene('Moss: a mermaid. Moss the mermaid and Mia setting off from home with a map').setting).toBe('bedroom');
    expect(deriveScene('Nutmeg: a small blue polar bear. Nutmeg the polar bear and Mia arriving at the jungle').setting).toBe('jungle');
    // A character that is a place word is that character, never the place: a volcano resting at the meadow is drawn there.
    expect(deriveScene('Pip: a small grey volcano with little round cheeks; Poppy the cloud: a small green cloud. Pip the volcano and Poppy the cloud resting in the meadow').setting).toBe('meadow');
    expect(deriveScene('Pip: a small grey volcano; Poppy the cloud: a small green cloud. Pip the volcano fast asleep in bed at night, Poppy the cloud nearby').setting).toBe('bedroom');
    // With nothing said of where, the hint still decides.
    expect(deriveScene('a knight and his horse').setting).toBe('castle');
    // A place word in the card's name of the character is part of that name: a garden gnome at the riverbank is by the river.
    expect(deriveScene('Sprout: a garden gnome with dark braids. Sprout the garden gnome and Pickle the goldfish trying hard at the riverbank').setting).toBe('river');
    expect(deriveScene('a garden gnome').setting).toBe('garden');
  });

  it('reads a character named twice as one, and "another" as a second', () => {
    const story = deriveScene("Pip the dragon finds a blanket. Characters: Pip: a small green dragon; Mo: a shy grey rabbit. Soft bedtime colours.");
    expect(story.subjects.map((subject) => [subject.kind, subject.colour, subject.size])).toEqual([
      ['dragon', 'green', 'small'],
      ['rabbit', 'grey', 'medium'],
    ]);
    expect(deriveScene('a dragon meets another dragon').subjects.map((subject) => subject.kind)).toEqual(['dragon', 'dragon']);
    // The same word read as two shapes is still one: "a small grey scooter" and "Moss the scooter" are one vehicle, not a sea duck beside it.
    const scooter = deriveScene('Moss: a small grey scooter with floppy ears; Mia: a 5-year-old child. Moss the scooter and Mia trying hard at the meadow', { seed: 1 });
    expect(scooter.subjects.map((subject) => [subject.noun, subject.kind, subject.colour])).toEqual([['scooter', 'boat', 'grey'], ['child', 'child', expect.any(String)]]);
  });

  it('draws a hero the card names "a hero" as a person, and "the hero of the story" as no one more', () => {
    const card = deriveScene('Pip: a hero with curly brown hair, wearing a yellow raincoat. Pip the hero and Mia at the meadow', { seed: 1 });
    expect(card.subjects.map((subject) => subject.noun)).toContain('hero');
    expect(deriveScene('Characters: Pip, a small green dragon. The hero of the story sleeps on the hill', { seed: 1 }).subjects.map((subject) => subject.kind)).toEqual(['dragon']);
  });

  it('takes a colour said before a subject only from the subject\'s own phrase', () => {
    const colourOf = (prompt: string, noun: string) => deriveScene(prompt, { seed: 1 }).subjects.find((subject) => subject.noun === noun)?.colour;
    expect(colourOf('a blue sea turtle', 'turtle')).toBe('blue');
    expect(colourOf('a green and gold dragon', 'dragon')).toBe('gold');
    expect(colourOf('Juniper: a small purple baby whale with a round tummy', 'whale')).toBe('purple');
    // The purple of the cardigan is not the bus's: the bus takes its own steady colour, the same in every picture.
    const prompts = ['Mia: a 5-year-old child, wearing a purple cardigan. Willow the bus driver and Mia setting off', 'Mia: a 5-year-old child, wearing a purple cardigan. At the meadow, Willow the bus driver and Mia resting'];
    expect(new Set(prompts.map((prompt) => colourOf(prompt, 'bus')))).toHaveProperty('size', 1);
  });

  it('makes a neon scene a night scene unless the prompt gave a time', () => {
    expect(deriveScene('dancers in the city, neon glowing colours, intensity 0.95').timeOfDay).toBe('night');
    expect(deriveScene('a city at noon, neon').timeOfDay).toBe('day');
  });

  it('gives stars a dark sky unless the prompt asked for daylight', () => {
    expect(deriveScene('a starry meadow').timeOfDay).toBe('night');
    expect(deriveScene('a starry meadow on a sunny day')).toMatchObject({ timeOfDay: 'day', weather: 'clear' });
  });

  it('is deterministic for a prompt and seed, and varies with the seed', () => {
    expect(deriveScene('a fox', { seed: 7 })).toEqual(deriveScene('a fox', { seed: 7 }));
    const settings = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => deriveScene('a fox', { seed }).setting));
    expect(settings.size).toBeGreaterThan(1);
    const variations = new Set([1, 2, 3].map((seed) => deriveScene('a fox in a meadow at day', { seed }).variation));
    expect(variations.size).toBe(3);
  });

  it('draws a full, valid scene for any prompt, even one it understands nothing of', () => {
    for (const prompt of ['', 'xyzzy plugh', '🙂', 'the quick brown fox jumps over the lazy dog'.repeat(20)]) {
      for (const seed of [0, 1, 2]) {
        const scene = sceneDescriptionSchema.parse(deriveScene(prompt, { seed }));
        expect(scene.subjects.length).toBeGreaterThan(0);
      }
    }
  });

  it('keeps every subject inside the picture', () => {
    for (const prompt of ['five cats and five dogs', 'a huge whale in the ocean, close up', 'a big sleepy dragon, close up, on the left', 'a tall tree and a house, wide', 'the moon over the castle']) {
      for (const aspectRatio of [16 / 9, 1, 9 / 16]) {
        for (const subject of deriveScene(prompt, { aspectRatio }).subjects) {
          expect(subject.x).toBeGreaterThanOrEqual(0);
          expect(subject.x).toBeLessThanOrEqual(1);
          expect(subject.y - subject.height).toBeGreaterThanOrEqual(0);
          expect(subject.y).toBeLessThanOrEqual(1);
          const halfWidth = (subject.height * subjectTraits[subject.kind].aspect) / aspectRatio / 2;
          expect(subject.x - halfWidth).toBeGreaterThanOrEqual(0);
          expect(subject.x + halfWidth).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('takes the energy from a hint first, then from a number in the prompt, then from words', () => {
    expect(deriveScene('a wild party, energetic', { mood: 0.1 }).energy).toBe(0.1);
    expect(deriveScene('a cat, energy 0.3').energy).toBe(0.3);
    expect(deriveScene('a cat, intensity: 90%').energy).toBe(0.9);
    expect(deriveScene('a calm and quiet lake').energy).toBeLessThan(0.3);
    expect(deriveScene('an epic, explosive chorus').energy).toBeGreaterThan(0.75);
  });

  it('takes the palette from a hint by name or by word, and ignores an unknown one', () => {
    expect(deriveScene('a cat, pastel', { palette: 'neon' }).palette).toBe('neon');
    expect(deriveScene('a cat, pastel', { palette: 'cosy' }).palette).toBe('warm');
    expect(deriveScene('a cat, pastel', { palette: 'chartreuse-ish' }).palette).toBe('pastel');
  });

  it('turns subjects towards the middle of the picture', () => {
    const left = deriveScene('a horse on the left');
    expect(left.composition.placement).toBe('left');
    expect(left.subjects[0]).toMatchObject({ facing: 'right' });
    expect(deriveScene('a horse on the right').subjects[0]).toMatchObject({ facing: 'left' });
  });

  it('gives a thing whose colour the words leave open one colour in every scene of a seed, and other colours under other seeds', () => {
    const scenes = ['a girl reads a book in the garden', 'a book and a kite by the sea at night', 'the kite flies high over the hill; a book lies in the grass', 'a sleepy owl beside a book'];
    const colours = (seed: number, noun: string) => new Set(scenes.flatMap((prompt) => deriveScene(prompt, { seed }).subjects.filter((subject) => subject.noun === noun).map((subject) => subject.colour)));
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
    for (const seed of seeds) {
      expect(colours(seed, 'book'), `book, seed ${seed}`).toHaveProperty('size', 1);
      expect(colours(seed, 'kite'), `kite, seed ${seed}`).toHaveProperty('size', 1);
    }
    expect(new Set(seeds.map((seed) => [...colours(seed, 'book')][0])).size).toBeGreaterThan(1);
    // Each of several keeps its own colour: the same three boats in every picture of a story.
    const boats = (prompt: string) => deriveScene(prompt, { seed: 3 }).subjects.filter((subject) => subject.noun === 'boat').map((subject) => subject.colour);
    expect(boats('three boats in the harbour at night')).toEqual(boats('Mia waves at three boats by the sea'));
    // A colour the words give still wins.
    expect(deriveScene('a red book on the bed', { seed: 1 }).subjects[0]).toMatchObject({ noun: 'book', colour: 'red' });
  });

  it('reads a place word that names a vehicle\'s kind as no place: a school bus at the meadow is at the meadow', () => {
    // Before, the card's "school bus" drew every picture of the bus in a classroom, whatever its text said.
    const prompt = 'Pebble: a small blue school bus with a friendly face. Pebble the school bus and Mia trying hard at the edge of the meadow, morning sunshine.';
    expect(deriveScene(prompt, { seed: 1 }).setting).toBe('meadow');
    expect(deriveScene('a big red bus outside the school', { seed: 1 }).setting).toBe('classroom');
  });
});

