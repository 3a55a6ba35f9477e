import { describe, expect, it } from 'vitest';
import { wishInPlainWords } from './wish-in-plain-words.ts';

const plain = (idea: string) => wishInPlainWords(idea.split(' '), 0).join(' ');

describe('wishInPlainWords', () => {
  it('puts a doing the hero wants to be the one to do, and a wish said before "wants to" as "wants to …"', () => {
    expect(plain('the slowest plough in town but wants to be the one to lead the parade')).toBe('the slowest plough in town but wants to lead the parade');
    expect(plain('a rabbit who has never seen the snow and really wants to')).toBe('a rabbit who has never seen the snow and really wants to see the snow');
    expect(plain('a boat who has never been under the bridge and wants to just once')).toBe('a boat who has never been under the bridge and wants to go under the bridge just once');
  });

  it('leaves what says no wish as it was', () => {
    for (const idea of ['a bear who has a brother to play with', 'a fox who has to find his way home', 'a rabbit who wants to see the snow', 'a cat who has never seen snow']) {
      expect(plain(idea)).toBe(idea);
    }
  });
});
