import { describe, expect, it } from 'vitest';
import { ideaUsage } from './idea-usage.ts';
import { readIdeaParts } from './read-idea-parts.ts';

describe('ideaUsage', () => {
  it('says which parts were used and which words were not understood', () => {
    const idea = 'a tiny train that carries apples to every house';
    expect(ideaUsage(idea, readIdeaParts(idea))).toEqual({ used: ['a tiny train', 'carry apples to every house'], notUnderstood: [], leftOut: [], notDrawn: [] });
    const nightie = 'a sleepy dragon whose nightie glows';
    expect(ideaUsage(nightie, readIdeaParts(nightie)).notUnderstood).toEqual(expect.arrayContaining(['nightie', 'glows']));
    const dragon = 'a sleepy dragon who wants to go to the moon';
    expect(ideaUsage(dragon, readIdeaParts(dragon))).toEqual({ used: ['a sleepy dragon', 'the moon'], notUnderstood: [], leftOut: [], notDrawn: [] });
    const penguin = 'a little penguin who gets to ride on a whale to the other side of the ocean';
    expect(ideaUsage(penguin, readIdeaParts(penguin)).used).toEqual(['a little penguin', 'a whale', 'ride on a whale to the other side', 'the ocean']);
    const owl = 'an owl who wants to see the sea';
    expect(ideaUsage(owl, readIdeaParts(owl)).used[0]).toBe('an owl');
  });

  it('says which words were left out because child mode refuses them alone, apart from the words it did not understand', () => {
    const ghoul = 'a ghoul who only drinks tomato juice';
    const usage = ideaUsage(ghoul, readIdeaParts(ghoul));
    expect(usage.leftOut).toEqual(['ghoul']);
    expect(usage.notUnderstood).not.toContain('ghoul');
    // A lone vampire, zombie or werewolf weighs what a lone monster or witch does: the friendly one is the hero.
    const vampire = 'a vampire who only drinks tomato juice';
    expect(ideaUsage(vampire, readIdeaParts(vampire)).used[0]).toBe('a vampire');
    const dragon = 'a sleepy dragon who wants to go to the moon';
    expect(ideaUsage(dragon, readIdeaParts(dragon)).leftOut).toEqual([]);
  });

  it('says which of the idea\'s creatures the built-in pictures cannot draw', () => {
    const crayon = 'a crayon who wants to draw a rainbow';
    expect(ideaUsage(crayon, readIdeaParts(crayon)).notDrawn).toEqual(['a crayon']);
    // A pumpkin made someone is drawn as the round fruit, and says so by being drawn: it is not reported.
    const pumpkin = 'a pumpkin who wants to be a lantern';
    expect(ideaUsage(pumpkin, readIdeaParts(pumpkin)).notDrawn).toEqual([]);
    const giant = 'a gentle giant who wants to plant a tree';
    expect(ideaUsage(giant, readIdeaParts(giant)).notDrawn).toEqual([]);
  });

  it('says a child the idea names was used by name, with the word that named them', () => {
    const zara = 'my daughter Zara who wants to fly a kite';
    const usage = ideaUsage(zara, readIdeaParts(zara));
    expect(usage.used).toContain('a girl called Zara');
    expect(usage.notUnderstood).not.toContain('daughter');
    const calf = 'a calf who is looking for her mum';
    expect(ideaUsage(calf, readIdeaParts(calf)).used).toEqual(['a calf', 'the way home', 'her mum']);
  });
});

