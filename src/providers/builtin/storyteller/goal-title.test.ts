import { describe, expect, it } from 'vitest';
import { goalTitle } from './goal-title.ts';

describe('goalTitle', () => {
  it('tells the goal in at most three of its words, never the idea pasted', () => {
    expect(goalTitle('Pip', 'learn to skip')).toBe('Pip Learns to Skip');
    expect(goalTitle('Pip', 'be part of the big spaceship')).toBe('Pip and the Spaceship');
    // Every preposition the goal reader knows ends the thing: before, "between two flowers" gave "Spins a Flowers".
    expect(goalTitle('Pip', 'spin a web between two flowers in the garden')).toBe('Pip Spins a Web');
    expect(goalTitle('Pip', 'fly above the clouds')).toBe('Pip Flies Above the Clouds');
    // A friendship is the two of them, never "Pip Is Friends"; one with no one named is made.
    expect(goalTitle('Pip', 'be friends with the slow tortoise')).toBe('Pip and the Tortoise');
    expect(goalTitle('Pip', 'make friends with the kids in the park')).toBe('Pip and the Kids');
    expect(goalTitle('Pip', 'be best friends')).toBe('Pip Makes Friends');
    expect(goalTitle('Pip', 'make a friend at the bottom of the pond')).toBe('Pip Makes a Friend');
    // Never ending on "be" (before, "Pip Helps Her Be").
    expect(goalTitle('Pip', 'help her be brave')).toBe('Pip Helps Her Be Brave');
    expect(goalTitle('Pip', 'help him be less scared')).toBe('Pip Helps Him');
    // A doing learned or helped with that acts on a thing is told done, never cut to its bare verb ("Learns to Play", "Helps Bring").
    expect(goalTitle('Pip', 'learn to play the piano')).toBe('Pip Plays the Piano');
    expect(goalTitle('Pip', 'learn to say sorry')).toBe('Pip Says Sorry');
    expect(goalTitle('Pip', 'learn to ski down the snowy mountain')).toBe('Pip Learns to Ski');
    expect(goalTitle('Pip', 'learn to swim across the big pond')).toBe('Pip Learns to Swim');
    expect(goalTitle('Pip', 'help bring in the hay')).toBe('Pip Brings in the Hay');
    // A particle WordNet lists with no such verb, or a doing finished, is told with its verb and the thing follows.
    expect(goalTitle('Pip', 'join up with the big puddle across the road')).toBe('Pip Joins Up With the Puddle');
    expect(goalTitle('Pip', 'finish cutting the wheat')).toBe('Pip Finishes Cutting the Wheat');
    expect(goalTitle('Pip', 'be invited to the picnic')).toBe('Pip Is Invited to the Picnic');
    expect(goalTitle('Pip', 'make the broom fly straight')).toBe('Pip and the Broom');
    // A thing WordNet names in two words is told whole, with the article it now needs.
    expect(goalTitle('Pip', 'reach the tallest gum tree in the valley')).toBe('Pip Reaches the Gum Tree');
    expect(goalTitle('Pip', 'become a big oak tree')).toBe('Pip Becomes an Oak Tree');
    expect(goalTitle('Pip', 'make the biggest cake')).toBe('Pip and the Biggest Cake');
    expect(goalTitle('Hazel', 'carry dreams to every house')).toBe('Hazel Carries Dreams');
    expect(goalTitle('Moss', 'paint the moon silver')).toBe('Moss Paints the Moon');
    // Of two nouns after a preposition, the second is the thing, the first only says which ("Dances in the Show", not "in the Ballet").
    expect(goalTitle('Maple', 'dance in the ballet show')).toBe('Maple Dances in the Show');
    expect(goalTitle('Biscuit', 'sing in the pond choir')).toBe('Biscuit Sings in the Choir');
    // A thing made to work again is the thing doing it again, never a thing made.
    expect(goalTitle('Tilly', 'make the broom fly again')).toBe("Tilly's Broom Flies Again");
    expect(goalTitle('Hazel', 'make the broom go straight again')).toBe("Hazel's Broom Goes Straight Again");
  });

  it('ends a title on a place written by its name, never on the word describing it', () => {
    expect(goalTitle('Maple', 'float over Cappadocia')).toBe('Maple Floats Over Cappadocia');
    expect(goalTitle('Pip', 'go through the snowy Alps')).not.toMatch(/Snowy$/);
    expect(goalTitle('Moss', 'drive on Monday')).toBe('Moss Drives');
  });

  it('goes past describing words to the thing after a preposition, and tells a thing learned to do by the thing', () => {
    expect(goalTitle('Willow', 'practise for the big ladder race')).toBe('Willow Practises for the Race');
    expect(goalTitle('Clover', 'grow into a big tree')).toBe('Clover Grows Into a Tree');
    expect(goalTitle('Pebble', 'learn to do a somersault')).toBe('Pebble and the Somersault');
  });

  it('tells a verb learned after "to" though WordNet also files it as a describing word or no thing ("fly", "sing")', () => {
    expect(goalTitle('Pip', 'learn to fly')).toBe('Pip Learns to Fly');
    expect(goalTitle('Moss', 'learn to sing a lullaby')).toBe('Moss Sings a Lullaby');
    expect(goalTitle('Fig', 'learn to be quiet')).toBe('Fig Learns to Be Quiet');
    expect(goalTitle('Fig', 'learn to be a pilot')).toBe('Fig Learns to Be a Pilot');
  });

  it('tells "all the" things as the things, and "all the way" as how far', () => {
    expect(goalTitle('Pip', 'feed all the ducks')).toBe('Pip Feeds the Ducks');
    expect(goalTitle('Moss', 'carry all the parcels to the hill')).toBe('Moss Carries the Parcels');
    expect(goalTitle('Fig', 'roll all the way to the sea')).not.toMatch(/Way/);
  });

  it('never ends on a describing word: the thing it describes is named instead', () => {
    expect(goalTitle('Fig', 'open the big red box')).toBe('Fig Opens the Box');
    expect(goalTitle('Sprout', 'fix a rusty old robot')).toBe('Sprout Fixes a Robot');
    expect(goalTitle('Biscuit', 'build a new home in the old oak tree')).toBe('Biscuit and the New Home');
    expect(goalTitle('Pebble', 'fly a little plane around the world')).toBe('Pebble and the Little Plane');
  });

  it('keeps the preposition a goal goes on with, up to the thing: "Pip Goes on a Picnic", not "Pip Goes"', () => {
    expect(goalTitle('Pip', 'go on a picnic')).toBe('Pip Goes on a Picnic');
    expect(goalTitle('Fig', 'go on holiday')).toBe('Fig Goes on Holiday');
  });

  it('never ends on a word that opens a phrase, and names the thing a long phrase is about', () => {
    expect(goalTitle('Pip', 'learn how to paint a sunset')).toBe('Pip Learns How to Paint');
    expect(goalTitle('Moss', 'shine brighter than the moon')).toBe('Moss Shines Brighter');
    expect(goalTitle('Maple', 'fly as high as the eagles')).toBe('Maple Flies');
    expect(goalTitle('Pebble', 'fix the broken music box')).toBe('Pebble Fixes the Music Box');
    expect(goalTitle('Clover', 'win the carrot growing contest')).toBe('Clover Wins the Contest');
    expect(goalTitle('Clover', 'catch her own tail')).toBe('Clover Catches Her Tail');
    expect(goalTitle('Fig', 'dig up a treasure chest')).toBe('Fig and the Treasure Chest');
    expect(goalTitle('Hazel', 'sail around the world')).toBe('Hazel Sails Around the World');
    expect(goalTitle('Tuppence', 'set out to find the end of the rainbow')).toBe('Tuppence Sets Out');
    expect(goalTitle('Bramble', 'hop all the way to the carrot festival')).toBe('Bramble Hops');
  });

  it('tells "one more" as another and "one" before a thing as "a": never ends on "One More"', () => {
    expect(goalTitle('Clover', 'have one more adventure')).toBe('Clover Has Another Adventure');
    expect(goalTitle('Fig', 'have one last swim')).toBe('Fig Has One Last Swim');
    expect(goalTitle('Hazel', 'learn one proper spell')).toBe('Hazel and the Proper Spell');
  });

  it('names what is climbed, not only the climbing: "Climbs the Peak", "Swims to the Sea"', () => {
    expect(goalTitle('Clover', 'climb to the very top of the snowy peak')).toBe('Clover Climbs the Peak');
    expect(goalTitle('Willow', 'climb up to the top of the christmas tree')).toBe('Willow Climbs the Christmas Tree');
    expect(goalTitle('Pip', 'swim to the bottom of the sea')).toBe('Pip Swims to the Sea');
    // Seeing the top of something is no trip there.
    expect(goalTitle('Fig', 'see the top of the garden wall')).toBe('Fig Sees the Top');
  });
});
