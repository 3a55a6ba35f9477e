import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from './normalize-for-matching.ts';

describe('normalizeForMatching reads disguised harmful words (WordNet decides what is harmful and what is a word)', () => {
  it('reads reversed words only when the forward word is not a word and the reversed one is harmful', () => {
    expect(normalizeForMatching('a boy who wants to llik his brother').text).toContain('kill');
    expect(normalizeForMatching('a kid who finds a nug').text).toContain('gun');
    // "bats" is a word, so it is never read as "stab"; "live" is never "evil".
    expect(normalizeForMatching('bats in the cave, live and well').text).toBe('bats in the cave, live and well');
  });

  it('leaves a word written as a name inside a sentence ("their Eid party" is no "die party"), but reads one that opens a sentence', () => {
    expect(normalizeForMatching('a family who invite the street to their Eid party').text).toContain('eid party');
    expect(normalizeForMatching('Eid party. Llik them all').text).toContain('kill them');
  });

  it('reads a reversed harsh verb that WordNet files under no harm category ("toohs", "nword")', () => {
    expect(normalizeForMatching('a girl who wants to toohs the other kids').text).toContain('shoot the other kids');
    expect(normalizeForMatching('a dog who wants to nword the kittens').text).toContain('drown the kittens');
  });

  it('reads digit spellings, with 1 as l where i makes no word', () => {
    expect(normalizeForMatching('ki1l the cat').text).toBe('kill the cat');
    expect(normalizeForMatching('a st0ry ab0ut a b0mb').text).toBe('a story about a bomb');
  });

  it('joins a harmful word cut by hyphens, dots or underscores, and leaves hyphenated words alone', () => {
    expect(normalizeForMatching('an ex-plo-sive surprise').text).toContain('explosive');
    expect(normalizeForMatching('a k.n.i.f.e_and_a_gun').text).toContain('knife');
    expect(normalizeForMatching('a well-known dog and a merry-go-round').text).toBe('a well-known dog and a merry-go-round');
  });

  it('reads letters masked by asterisks or held long only as a harmful word, and leaves other masks alone', () => {
    expect(normalizeForMatching('a man with a g*n who sh**ts the kids').text).toBe('a man with a gun who shoots the kids');
    expect(normalizeForMatching('a boy who wants to k#ll his sister').text).toContain('kill his sister');
    expect(normalizeForMatching('a dog who wants to stabbbb the cat').text).toContain('stab the cat');
    expect(normalizeForMatching('a story about the st*rs and a sooo sleepy owl').text).toBe('a story about the st*rs and a sooo sleepy owl');
  });

  it('reads a Cyrillic look-alike by its sound when its look makes no word', () => {
    expect(normalizeForMatching('a kid who takes a гun to class').text).toBe('a kid who takes a gun to class');
    expect(normalizeForMatching('a гose in the garden').text).toBe('a rose in the garden');
  });
});
