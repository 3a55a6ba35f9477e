import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from './normalize-for-matching.ts';
import { blankSportsShots } from './read-sports-shots.ts';

const blanked = (idea: string) => blankSportsShots(normalizeForMatching(idea).text);

describe('blankSportsShots (a game\'s shot is no shooting; needs WordNet)', () => {
  it('blanks the shot of a basket, a hoop, a goal or a ball, by what WordNet says the thing is', () => {
    expect(blanked('a girl who loves to shoot hoops with her dad')).not.toMatch(/shoot/);
    expect(blanked('a boy who shoots baskets after school')).not.toMatch(/shoot/);
    expect(blanked('she wants to shoot the winning goal')).not.toMatch(/shoot/);
    expect(blanked('he shoots the ball into the net')).toMatch(/into the net/);
    // "at" a match or a park says where the goal is shot, not at whom.
    expect(blanked('a girl who dreams of shooting the winning goal at her football match')).not.toMatch(/shoot/);
    expect(blanked('a boy who shoots hoops at the park')).not.toMatch(/shoot/);
  });

  it('keeps a shot at anyone or anything else, and a ball aimed at someone', () => {
    expect(blanked('a boy who shoots his brother')).toMatch(/shoots his brother/);
    expect(blanked('they shoot the target with a gun')).toMatch(/shoot the target/);
    expect(blanked('a hunter who shoots arrows at the deer')).toMatch(/shoots arrows/);
    expect(blanked('a man who shoots the ball at the dog')).toMatch(/shoots the ball/);
    expect(blanked('a girl who shoots the ball at her brother')).toMatch(/shoots the ball/);
    expect(blanked('a boy who shoots the ball at her')).toMatch(/shoots the ball/);
  });
});
