import { describe, expect, it } from 'vitest';
import { findSafetyLesson, lessonCovers } from './find-safety-lesson.ts';

describe('safety lessons a parent asks for', () => {
  it('reads each lesson from the protective act the child learns', () => {
    expect(findSafetyLesson('a little otter learns that his body belongs to him and he can say no to tickles')).toBe('my-body-is-mine');
    expect(findSafetyLesson('a body safety story for my four year old with a brave hedgehog')).toBe('my-body-is-mine');
    expect(findSafetyLesson('a girl finds some pills on the bathroom floor, does not touch them and gets a grown-up')).toBe('leave-it-and-tell');
    expect(findSafetyLesson('a fox who learns to tell his dad when a stranger at the playground asks him to keep a secret')).toBe('check-with-a-grown-up');
    expect(findSafetyLesson('what to do if grandpa collapses: the little bear calls the emergency number')).toBe('call-for-help');
    expect(findSafetyLesson('my parents are getting a divorce, a story telling my son it is not his fault')).toBe('not-my-fault');
    expect(findSafetyLesson('mummy is in hospital for a long time but she still loves him')).toBe('not-my-fault');
  });

  it('finds no lesson where the child is silenced or the danger is used', () => {
    expect(findSafetyLesson('a coach tells a boy their hugs are a secret and he must not tell his mum')).toBeUndefined();
    expect(findSafetyLesson('a babysitter says the game is their secret from mum and dad, and the girl tells her teddy')).toBeUndefined();
    expect(findSafetyLesson('a story teaching kids their body belongs to the grown-ups, so they never say no')).toBeUndefined();
    expect(findSafetyLesson('a boy finds a pistol under the bed, does not touch the trigger at first, then points it at his sister')).toBeUndefined();
    expect(findSafetyLesson('a girl finds matches, walks away and then lights them in the shed')).toBeUndefined();
    expect(findSafetyLesson('a kind wizard teaches how to open the medicine cabinet')).toBeUndefined();
  });

  it('finds no lesson in an ordinary idea', () => {
    expect(findSafetyLesson('a dragon who is afraid of the dark')).toBeUndefined();
    expect(findSafetyLesson('a girl who tells her mum about her day at the zoo')).toBeUndefined();
  });

  it('lifts a refusal only when every topic refused is the lesson\'s own', () => {
    expect(lessonCovers('leave-it-and-tell', ['weapons'])).toBe(true);
    expect(lessonCovers('leave-it-and-tell', ['weapons', 'hate'])).toBe(false);
    expect(lessonCovers('my-body-is-mine', ['self-harm'])).toBe(false);
    expect(lessonCovers('not-my-fault', [])).toBe(false);
  });
});
