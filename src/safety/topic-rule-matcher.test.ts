import { describe, expect, it } from 'vitest';
import { TopicRuleMatcher } from './topic-rule-matcher.ts';

const rules = new TopicRuleMatcher();
const storyTopics = (text: string) => rules.find(text, 'story').map((hit) => hit.topic);
const requestTopics = (text: string) => rules.find(text, 'request').map((hit) => hit.topic);

// Misfires found by bench:story-scenes on harmless hand-written scenes (edgy-scenes.json).
describe('topic rules on story text keep harmless scenes', () => {
  it('a boy kicking a ball to his dad is play, not abuse', () => {
    expect(storyTopics('After supper the boy ran into the garden with his red ball. He kicked the ball to his dad, and his dad kicked it back, high over the flower bed.')).toEqual([]);
  });

  it('a baby kicking her legs in the bath while dad holds her is not abuse', () => {
    expect(storyTopics('Dad held her gently in the little tub while her big brother Tom poured warm water over her toes. The baby kicked her legs and splashed.')).toEqual([]);
  });

  it('a snowball that hits dad is not abuse', () => {
    expect(storyTopics('The children ran outside and threw snowballs at each other. One snowball hit Dad on the hat, and he pretended to fall into the snow.')).toEqual([]);
  });

  it('children cutting paper stars with scissors is a craft, not a weapon', () => {
    expect(storyTopics('The children sat at the kitchen table with paper, glue and round-tipped scissors. Mia cut out a moon and a dozen stars.')).toEqual([]);
  });

  it('a boy getting out of his clothes into pyjamas is bedtime', () => {
    expect(storyTopics('After the bath the little boy took off his clothes, put on his warm pyjamas with rockets on them and brushed his teeth.')).toEqual([]);
  });

  it('words from sentences far apart do not combine in a scene, as they do in a request', () => {
    const scene = "Lucy whispered that it's a secret: she still sleeps with her teddy. They built a fort of blankets. They ate popcorn and giggled. Later someone knocked on the door with two cups of cocoa.";
    expect(requestTopics(scene)).toContain('grooming');
    expect(storyTopics(scene)).toEqual([]);
  });
});

describe('topic rules on story text still refuse harm', () => {
  it('a father who hits the boy', () => {
    expect(storyTopics("Every evening the boy's father came home angry. He hit the boy with his belt and kicked him until he cried.")).toContain('abuse');
  });

  it('a stepmother who slaps the girl', () => {
    expect(storyTopics('The girl lived with a cruel stepmother. The stepmother slapped her face every morning.')).toContain('abuse');
  });

  it('a mother who hits her daughter, named by a pronoun', () => {
    expect(storyTopics('Mum was angry again. She dragged her daughter into the bathroom and hit her with a hairbrush.')).toContain('abuse');
  });

  it('a grown-up who has a child undress, even with pyjamas named', () => {
    expect(storyTopics('The stranger told the boy to take off his clothes and put on the pyjamas he had brought.')).toContain('sexual');
  });

  it('a child undressing with no bedtime about it', () => {
    expect(storyTopics('The two kids took off their clothes in the dark shed.')).toContain('sexual');
  });

  it('a knife hidden to stab a classmate', () => {
    expect(storyTopics('The girl took the biggest knife from the kitchen and hid it under her jumper. She wanted to stab her classmate.')).toContain('weapons');
  });
});

describe('requests are still judged whole', () => {
  it('a short request pairing a kid, a dad and hitting is refused as before', () => {
    expect(requestTopics('a story about a kid whose dad hits')).toContain('abuse');
    expect(requestTopics('a romantic story where two kids take off their clothes')).toContain('sexual');
    expect(requestTopics('a boy who brings scissors to school for his classmate')).toContain('weapons');
  });
});

// A part is only run when the text holds one of its first words (letter runs squeezed): disguised words must still pass that test.
describe('disguised words still reach the patterns', () => {
  it('letters stretched, spaced apart or joined across a hyphen are found', () => {
    expect(requestTopics('a dragon who kiiills the knight')).toContain('violence');
    expect(requestTopics('a dragon who wants to k i l l the knight')).toContain('violence');
    expect(requestTopics('the grownup says it is our little secret')).toContain('grooming');
    expect(requestTopics('the grooown-up says it is our little secret')).toContain('grooming');
  });

  it('a word group inside a group is found by its words ({childUndressing} is a {child} near {undress})', () => {
    expect(storyTopics('The liiittle girl began to undress in the dark shed.')).toContain('sexual');
  });

  it('an operator phrase starting with a word group is found, and not without its words', () => {
    const withOperatorPhrase = new TopicRuleMatcher({ weapons: ['{child} ... catapult*'] });
    expect(withOperatorPhrase.find('a boy with a big catapult').map((hit) => hit.topic)).toContain('weapons');
    expect(withOperatorPhrase.find('a castle with a big catapult').map((hit) => hit.topic)).toEqual([]);
  });
});

describe('a blade at kitchen work (read-kitchen-work.ts)', () => {
  it('a chef who chops vegetables beside a child is cooking, not a weapon', () => {
    expect(requestTopics('Grandpa the chef chops carrots with his big sharp knife while my daughter washes the vegetables')).toEqual([]);
    expect(requestTopics('a girl who slices the birthday cake with a big knife for her friends at school')).toEqual([]);
    // Cooking a food with a grown-up who holds the knife: no cutting of anything but food.
    expect(requestTopics('A boy who makes pizza with his mum: she uses the knife and the hot oven, he puts on the tomato.')).toEqual([]);
    // A thing before the food only says which food ("a rainbow salad").
    expect(requestTopics('A little chef in cooking class learns to hold the big knife safely with a grown-up and makes a rainbow salad')).toEqual([]);
  });

  it('a knife that also cuts a person, is hidden or goes to school is still a weapon', () => {
    for (const idea of ['a boy chops carrots then cuts his sister with the knife', 'a boy who chops carrots and hides the knife to scare his brother', 'a boy who takes his dad\'s knife to school',
      'a boy who makes a cake and then stabs his sister with the knife', 'a boy in cooking class who makes a girl cake and takes the knife to school', 'a man who bakes bread and hides a knife under the boy\'s pillow',
      // Apertium's English of "poi lei usa il coltello contro il bambino".
      'A boy makes pizza with his mum, then she uses the knife against the boy.']) {
      expect(requestTopics(idea), idea).toContain('weapons');
    }
  });
});

describe('blows a food takes and the tone a parent limits (read-kitchen-work.ts, read-tone-limits.ts)', () => {
  it('reads punching the dough and smashing potatoes as cooking, a mum punching her child as a blow', () => {
    expect(requestTopics('a kid who helps mum bake bread and gets to punch the dough down')).toEqual([]);
    expect(requestTopics('a boy smashes the potatoes while his mum makes dinner')).toEqual([]);
    expect(requestTopics('a kid whose mum punches him when the bread burns')).not.toEqual([]);
    expect(requestTopics("a little chef who makes rainbow candy from the pills in grandma's cabinet, showing how to crush them and mix them with sugar")).not.toEqual([]);
  });

  it('reads a toddler biting at nursery with the gentler way taught as the lesson, never harm with a lesson tacked on', () => {
    expect(requestTopics('our daughter keeps biting other kids at nursery. a story about a little crocodile who learns to use words instead of teeth')).toEqual([]);
    expect(requestTopics('a crocodile who bites the kids and learns not to get caught')).toContain('violence');
    expect(requestTopics('a crocodile who bites the kids until they bleed and then learns gentle hands')).toContain('violence');
  });

  it('reads "not gory" and "nothing too scary" as the gentleness asked for, and harm asked for as harm', () => {
    expect(requestTopics('lion mummy hunting a zebra to feed her cubs, realistic but not gory')).toEqual([]);
    expect(requestTopics('a pirate story with nothing too bloody, please')).toEqual([]);
    expect(requestTopics('a pirate story, make it really gory')).toContain('violence');
  });
});

describe('toys and medical tests named by WordNet (read-harmless-names.ts)', () => {
  it('a blood test is a medical test; blood spilt is still violence', () => {
    expect(requestTopics('A story about a boy who has to have a blood test and the nurse lets him pick a sticker afterwards')).toEqual([]);
    expect(requestTopics('a knight who fights until there is blood everywhere')).toContain('violence');
  });

  it('a water-pistol battle is play; a real rifle beside it is still a weapon', () => {
    expect(requestTopics('Two brothers have a pillow fight and a water-pistol battle in the garden.')).toEqual([]);
    expect(requestTopics('a boy with a popgun and squirt guns')).toEqual([]);
    expect(requestTopics('a boy swaps his water pistol for a real pistol')).toContain('weapons');
  });
});
