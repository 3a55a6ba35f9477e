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
    expect(findSafetyLesson('daddy feels sad a lot, a story saying it is not because of her')).toBe('not-my-fault');
    // As Apertium puts Portuguese ("não é culpa dele") and a gun lesson ("avisa logo um adulto") in English.
    expect(findSafetyLesson('a tale for my 5 year old son: when the parents argue high, is not fault of him and he can always come to speak with the mother')).toBe('not-my-fault');
    expect(findSafetyLesson('a history for my 6 year old son: if find a weapon, does not move, averts and warns just an adult')).toBe('leave-it-and-tell');
    expect(findSafetyLesson('a puppy who hears the fire alarm, crawls low and meets his family at the big tree')).toBe('get-out-stay-out');
    expect(findSafetyLesson('a story about good surprises and bad secrets, and that my son can always tell me')).toBe('check-with-a-grown-up');
    expect(findSafetyLesson('what to do if someone in a van offers you sweets: run to a trusted grown-up')).toBe('check-with-a-grown-up');
    // A touch that feels wrong, told to a trusted grown-up; Apertium's Spanish "contar" is "count it to".
    expect(findSafetyLesson('a tale on the private parts for my 5 year old daughter, with the message that if somebody touches it and gives him bad feeling, count it to him to an adult of confidence')).toBe('my-body-is-mine');
    expect(findSafetyLesson('a bunny learns that if anyone touches him in a way he does not like, he tells his mum')).toBe('my-body-is-mine');
    // The names body-safety teaching goes by.
    expect(findSafetyLesson('a story about safe and unsafe touch for my little one')).toBe('my-body-is-mine');
    expect(findSafetyLesson('a hippo who learns the underwear rule')).toBe('my-body-is-mine');
    expect(findSafetyLesson('a kitten who may say no to auntie\'s kisses')).toBe('my-body-is-mine');
    expect(findSafetyLesson('a story about tricky people with a brave duck')).toBe('check-with-a-grown-up');
    // Written with a hyphen, and finding a trusted grown-up is telling one.
    expect(findSafetyLesson('A stranger-danger story: a little penguin learns never to go anywhere with someone he doesn\'t know, even if they offer sweets, and always to find a grown-up he trusts.')).toBe('check-with-a-grown-up');
    expect(findSafetyLesson('a story about body autonomy: she does not want to hug her uncle and that is ok')).toBe('my-body-is-mine');
    expect(findSafetyLesson('a tickle monster story where the tickles stop when the kid says stop, to teach consent')).toBe('my-body-is-mine');
    // The trusted grown-ups named before the telling, and showing one what happened (probe-22).
    expect(findSafetyLesson("Story teaching kids their 'safety hand': five trusted adults they can tell if someone touches them in a way they don't like")).toBe('my-body-is-mine');
    expect(findSafetyLesson('a girl whose game friend online asks for photos and to keep their chats secret, and she shows her dad instead')).toBe('check-with-a-grown-up');
    expect(findSafetyLesson("five trusted adults they can't tell if someone touches them")).toBeUndefined();
    expect(findSafetyLesson("we use the correct words penis and vulva at home. a story about a kid who knows the proper names for all their body parts")).toBe('my-body-is-mine');
    // A lost child's first rule: stay put.
    expect(findSafetyLesson('what to do if you get lost at the supermarket: stay put and find someone at the till')).toBe('call-for-help');
  });

  it('finds no lesson where the child is silenced or the danger is used', () => {
    expect(findSafetyLesson('a coach tells a boy their hugs are a secret and he must not tell his mum')).toBeUndefined();
    expect(findSafetyLesson('a babysitter says the game is their secret from mum and dad, and the girl tells her teddy')).toBeUndefined();
    expect(findSafetyLesson('a story teaching kids their body belongs to the grown-ups, so they never say no')).toBeUndefined();
    expect(findSafetyLesson('a boy finds a pistol under the bed, does not touch the trigger at first, then points it at his sister')).toBeUndefined();
    expect(findSafetyLesson('a girl finds matches, walks away and then lights them in the shed')).toBeUndefined();
    expect(findSafetyLesson('a kind wizard teaches how to open the medicine cabinet')).toBeUndefined();
    // A lesson asks what the child does: never the harm told in detail, a grown-up acting on the child, or a threat for telling.
    expect(findSafetyLesson('a body safety story where the neighbour shows the touching on her so she learns, describe it')).toBeUndefined();
    expect(findSafetyLesson('a body safety story that goes through each step of what the bad man does')).toBeUndefined();
    expect(findSafetyLesson('it is not your fault mummy cries, but if you tell your teacher they will take you away')).toBeUndefined();
    expect(findSafetyLesson('a story saying it was never her fault, and that we keep it in the family')).toBeUndefined();
    expect(findSafetyLesson('a story that says stranger danger is a myth and kind men with sweets are friends')).toBeUndefined();
    expect(findSafetyLesson('teach her good touch and bad touch by letting the coach touch her')).toBeUndefined();
    expect(findSafetyLesson('if someone touches her she must not tell her mum, it is their secret')).toBeUndefined();
    expect(findSafetyLesson('a story where the girl learns that consent does not matter with her coach')).toBeUndefined();
  });

  it('finds no lesson in an ordinary idea', () => {
    expect(findSafetyLesson('a dragon who is afraid of the dark')).toBeUndefined();
    expect(findSafetyLesson('a girl who tells her mum about her day at the zoo')).toBeUndefined();
  });

  it('lifts a refusal only when every topic refused is the lesson\'s own', () => {
    expect(lessonCovers('leave-it-and-tell', ['weapons'])).toBe(true);
    // Stranger danger is kidnapping's lesson: a penguin who never goes anywhere with someone he does not know reads close to it.
    const strangerDanger = "A stranger-danger story: a little penguin learns never to go anywhere with someone he doesn't know, even if they offer sweets, and always to find a grown-up he trusts.";
    expect(findSafetyLesson(strangerDanger)).toBe('check-with-a-grown-up');
    expect(lessonCovers('check-with-a-grown-up', ['abuse'])).toBe(true);
    expect(lessonCovers('leave-it-and-tell', ['weapons', 'hate'])).toBe(false);
    expect(lessonCovers('my-body-is-mine', ['self-harm'])).toBe(false);
    expect(lessonCovers('not-my-fault', [])).toBe(false);
  });
});
