import { describe, expect, it } from 'vitest';
import { deriveScene } from './derive-scene.ts';
import { describeScene } from './describe-scene.ts';
import { renderSceneSvg } from './render-scene-svg.ts';
import { cardNameWords } from './read-card-stand-ins.ts';

describe('characters the card declares but no shape fits', () => {
  it('draws a crayon hero as a stand-in figure in its card colour, under its own word, in every picture', () => {
    for (const seed of [1, 2, 3]) {
      const scene = deriveScene('Bright daylight. Juniper: a small pink crayon with a tiny crooked smile; Mia: a 5-year-old child with short fair hair. Juniper the crayon and Mia at the garden gate', { seed });
      expect(scene.subjects.filter((subject) => subject.noun === 'crayon')).toEqual([expect.objectContaining({ kind: 'stand-in', colour: 'pink' })]);
      expect(describeScene(scene)).toMatch(/crayon/);
      expect(renderSceneSvg(scene, { width: 400, height: 300 })).toContain('<svg');
    }
  });

  it('draws a hero whose word WordNet lists only by its last part ("nightlight", "mooncake") as a stand-in under that word', () => {
    for (const kind of ['nightlight', 'mooncake']) {
      const scene = deriveScene(`Night, moonlight. Willow: a small green ${kind} with a fluffy tail; Mia: a 5-year-old child with dark braids. Willow the ${kind} and Mia at the garden gate`, { seed: 1 });
      expect(scene.subjects.filter((subject) => subject.noun === kind)).toEqual([expect.objectContaining({ kind: 'stand-in', colour: 'green' })]);
    }
    // A made-up word with no dictionary part stays undrawn.
    const unknown = deriveScene('Willow: a small green blorptak with a fluffy tail. Willow the blorptak at the garden gate', { seed: 1 });
    expect(unknown.subjects.map((subject) => subject.noun)).not.toContain('blorptak');
  });

  it('adds nobody for a card whose noun is drawn, or is no thing at all', () => {
    const drawn = deriveScene('Pip: a small green dragon with floppy ears. Pip the dragon at the beach', { seed: 1 });
    expect(drawn.subjects.map((subject) => subject.kind)).not.toContain('stand-in');
    const idea = deriveScene('Pip: a small green idea with floppy ears. Pip at the beach', { seed: 1 });
    expect(idea.subjects.map((subject) => subject.kind)).not.toContain('stand-in');
  });

  it('never draws a character\'s name as the thing it also means, unless the character is one', () => {
    const prompt = 'Night-time, moonlight. Fig: a small golden polar bear; Maple the cub: a small white cub. At the stepping stone, Fig the polar bear waves.';
    expect(cardNameWords(prompt)).toEqual(new Set(['fig', 'maple']));
    expect(deriveScene(prompt, { seed: 3 }).subjects.map((subject) => subject.noun)).not.toContain('fig');
    expect(cardNameWords('Dragon: a red dragon. Dragon flies.')).toEqual(new Set());
  });
});
