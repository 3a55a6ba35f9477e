import { describe, expect, it } from 'vitest';
import { TermMatcher } from './term-matcher.ts';

const lists = { Hate: {}, SelfHarm: {}, Sexual: {}, Violence: { 'bash*': 3, 'hit back': 2 }, Fear: { 'dark forest': 2, ghost: 1 } };
const fear = (matcher: TermMatcher, text: string) => matcher.score(text).find((score) => score.category === 'Fear');
const violence = (matcher: TermMatcher, text: string) => matcher.score(text).find((score) => score.category === 'Violence');

// A term's pattern is only run when the text holds its words: what the pattern allows must still be found.
describe('TermMatcher', () => {
  const matcher = new TermMatcher(lists);

  it('finds a phrase written with a space, a hyphen or several separators', () => {
    expect(fear(matcher, 'They walked into the dark forest.')?.reasons).toEqual(['dark forest']);
    expect(fear(matcher, 'A dark-forest path.')?.reasons).toEqual(['dark forest']);
    expect(fear(matcher, 'A dark -_ forest path.')?.reasons).toEqual(['dark forest']);
  });

  it('finds any ending of a starred term, and disguised letters once folded', () => {
    expect(violence(matcher, 'He bashed the door.')?.reasons).toEqual(['bashed']);
    expect(fear(matcher, 'A GH0ST in the hall.')?.reasons).toEqual(['ghost']);
  });

  it('scores one more when several different terms match, and nothing without its words', () => {
    expect(fear(matcher, 'A ghost in the dark forest.')).toMatchObject({ severity: 3 });
    expect(fear(matcher, 'A ghostly light.')).toEqual({ category: 'Fear', severity: 0 });
    expect(violence(matcher, 'She hit the ball back.')).toEqual({ category: 'Violence', severity: 0 });
  });
});
