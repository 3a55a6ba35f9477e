import { describe, expect, it } from 'vitest';
import { wishInPlainWords } from './wish-in-plain-words.ts';

const plain = (idea: string) => wishInPlainWords(idea.split(' '), 0).join(' ');

describe('wishInPlainWords', () => {
  it('puts a doing the hero wants to be the one to do, and a wish said before "wants to" as "wants to …"', () => {
    expect(plain('the slowest plough in town but wants to be the one to lead the parade')).toBe('the slowest plough in town but wants to lead the parade');
    expect(plain('a rabbit who has never seen the snow and really wants to')).toBe('a rabbit who has never seen the snow and really wants to see the snow');
    expect(plain('a boat who has never been under the bridge and wants to just once')).toBe('a boat who has never been under the bridge and wants to go under the bridge just once');
  });

  it('puts someone given something after the thing, as the reader reads a recipient ("give a seashell to Santa")', () => {
    expect(plain('a seagull who wants to give santa a seashell')).toBe('a seagull who wants to give a seashell to santa');
    expect(plain('a dragon who wants to show everyone the big stars')).toBe('a dragon who wants to show the big stars to everyone');
    // A verb WordNet gives no frame for giving to someone makes the thing for them.
    expect(plain('an elf who wants to make santa a card')).toBe('an elf who wants to make a card for santa');
  });

  it('leaves what says no wish as it was', () => {
    for (const idea of ['a bear who has a brother to play with', 'a fox who has to find his way home', 'a rabbit who wants to see the snow', 'a cat who has never seen snow',
      'a hedgehog who wants to roll down the hill', 'a fox who wants to give the ball back',
      // Family and kinds of people stay where they are, for the goal's reader to judge with what is given.
      'a dad who wants to give his daughter a bath', 'a man who wants to give the girl a present']) {
      expect(plain(idea)).toBe(idea);
    }
  });
});
