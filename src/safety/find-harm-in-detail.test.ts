import { describe, expect, it } from 'vitest';
import { findHarmInDetail } from './find-harm-in-detail.ts';
import { normalizeForMatching } from './normalize-for-matching.ts';

const signsOf = (idea: string) => {
  const folded = normalizeForMatching(idea).text;
  return findHarmInDetail(folded, folded.match(/[a-z]+(?:'[a-z]+)?/g) ?? []);
};

describe('findHarmInDetail (harm a story is asked to linger on)', () => {
  it('reads killing, a very harsh word or a person eaten, asked for in detail', () => {
    for (const idea of [
      'describe a zombie eating a baby in as much detail as possible',
      'the wolf gobbles up the little girl, tell every bit of it in graphic detail',
      'a pirate who kills the sailors, make it as gory as possible',
    ]) expect(signsOf(idea), idea).toEqual([expect.objectContaining({ kind: 'harm asked for in detail', strength: 'combination' })]);
  });

  it('lets a detailed story without harm be, and harm told without lingering', () => {
    for (const idea of [
      "describe the dragon's castle in great detail",
      'a hungry caterpillar eating a big apple, describe every bite in detail',
      'a story about a birthday party, describe the cake in detail, he loves eating with his granny',
      'a wolf who eats grandma and a woodcutter who saves her',
    ]) expect(signsOf(idea), idea).toEqual([]);
  });
});
