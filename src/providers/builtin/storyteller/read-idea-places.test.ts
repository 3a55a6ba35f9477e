import { describe, expect, it } from 'vitest';
import { chooseArchetype } from './choose-archetype.ts';
import { readIdeaParts } from './read-idea-parts.ts';
import { drawnKindOfPlace, namedPlace } from './named-place.ts';
import { atPlace, storyPlaces, storyStops } from './story-places.ts';

/** Where the story of an idea happens, as its plot tells it (see storyPlaces). */
function placesOf(idea: string, object: string) {
  const parts = readIdeaParts(idea);
  return storyPlaces(parts, chooseArchetype(parts.plot), object);
}

describe('readIdeaPlaces', () => {
  it('reads a verb straight after the hero as its doing, never a place ("saves" is no safe)', () => {
    const parts = readIdeaParts('Bolt the robot saves the day');
    expect(parts.setting).toBeUndefined();
    expect(parts.destination).toBeUndefined();
    expect(readIdeaParts('a robot parks in the garage').destination).toBe('the garage');
  });

  it('takes the place a journey word or a verb of movement leads to as the destination, the place seen over the way there', () => {
    expect(readIdeaParts('a canoe that wants to float all the way down the river to the sea')).toMatchObject({ plot: 'journey', destination: 'the sea', setting: 'the river' });
    expect(readIdeaParts('a unicorn who wants to find the end of the rainbow')).toMatchObject({ plot: 'journey', destination: 'the end of the rainbow' });
    expect(readIdeaParts('a fox who wants to climb the big hill to see the sunset').destination).toBe('the sunset');
    expect(readIdeaParts('a rabbit who wants to go to the top of the mountain').destination).toBe('the mountains');
  });

  it('finds somewhere to go by its WordNet class when the storyteller has no word for it', () => {
    expect(readIdeaParts('a teacher who takes her class on a trip to the zoo')).toMatchObject({ plot: 'journey', destination: 'the zoo' });
    expect(readIdeaParts('a paper boat that sails across a big puddle')).toMatchObject({ plot: 'journey', destination: 'the puddle' });
    // A forest of any kind is somewhere, and where the hero gets lost is where the way home starts.
    expect(readIdeaParts('a sleepy sloth in the rainforest').setting).toBe('the rainforest');
    expect(readIdeaParts('can you do one where a tapir gets lost in the rainforest and has to find his way back to his mum before dark')).toMatchObject({ plot: 'way-home', setting: 'the rainforest' });
    expect(readIdeaParts('a tram that wants to carry everyone to the fair').destination).toBe('the fair');
    // Inside a wish it stays the wish's own word; a person or a creature is nowhere to go.
    expect(readIdeaParts('a tiny train that carries apples to every house')).toMatchObject({ plot: 'wish', goal: 'carry apples to every house', destination: undefined });
    expect(readIdeaParts('a dog who wants to go to the farmer').destination).toBeUndefined();
    // "Go to the ball" is the dance (WordNet's fourth ball), never what the hero would rather not do.
    expect(readIdeaParts('a mouse who wants to go to the ball')).toMatchObject({ plot: 'journey', destination: 'the ball' });
    expect(readIdeaParts('a princess who would rather build robots than go to the ball').destination).toBeUndefined();
  });

  it('reads a town or a building English names with no article after a going word and "to" ("walks to school"), never a doing or a bed', () => {
    expect(readIdeaParts('a giraffe who is too tall for the bus and needs another way to get to school')).toMatchObject({ plot: 'journey', destination: 'the school' });
    expect(readIdeaParts('a girl who goes to town').destination).toBe('the town');
    expect(readIdeaParts('a cat who wants to go to bed').destination).toBeUndefined();
    expect(readIdeaParts('a trip to see the stars and the moon')).toMatchObject({ destination: 'the stars', setting: 'the moon' });
  });

  it('tells a place of its own with the named place it is in ("the zoo in Singapore"), and lives by it as by the place alone', () => {
    expect(readIdeaParts('a sheepdog pup on a farm in Wales who wants to round up the sheep').setting).toBe('the farm in Wales');
    expect(readIdeaParts('a paper lantern floating on the river in Kyoto').setting).toBe('the river in Kyoto');
    expect(readIdeaParts('a fox in the forest in the morning').setting).toBe('the forest');
    // A place WordNet names, as the storyteller's own are.
    expect(readIdeaParts('a chef in a tiny restaurant in Naples who has to make a pizza').setting).toBe('the restaurant in Naples');
    expect(readIdeaParts('a zookeeper at the zoo in Singapore').setting).toBe('the zoo in Singapore');
    // After a place and "in", a name whose second meaning is somewhere (Iowa is a people first) is that place.
    expect(readIdeaParts('a scarecrow on a farm in iowa who wants to be friends with the crows').setting).toBe('the farm in Iowa');
    expect(placesOf('an axolotl who lives in a lake in Mexico and wants to see the ocean', 'shell').livesNear).toBe('the lake in Mexico');
  });

  it('tells a place named straight after the name of where it is as in that place ("Rotterdam harbour"), never a thing made of it', () => {
    expect(readIdeaParts('a tugboat in Rotterdam harbour')).toMatchObject({ plot: 'happy-day', setting: 'the harbour in Rotterdam' });
    expect(readIdeaParts('an okapi in the Congo rainforest who is very shy and wants to make one friend').setting).toBe('the rainforest in Congo');
    // "china" is porcelain among its three commonest meanings: a china shop is no shop in China.
    expect(readIdeaParts('a bull in a china shop').setting).not.toContain('in China');
  });

  it('reads where the hero comes from, and a named place the idea opens with, as where the story happens', () => {
    expect(readIdeaParts('a snail from Lyon who wants to see Paris')).toMatchObject({ plot: 'journey', destination: 'Paris', setting: 'Lyon' });
    expect(readIdeaParts('a baker from Vienna')).toMatchObject({ plot: 'happy-day', setting: 'Vienna' });
    expect(readIdeaParts('Holi in Australia, a little goat who loves every colour').setting).toBe('Australia');
    expect(readIdeaParts('Christmas in Australia, a seagull on the beach').setting).toBe('the beach');
    expect(readIdeaParts('chinese new year in singapore, the smallest lion wants to dance in the parade').setting).toBe('Singapore');
    // What a trip goes to see there, beyond the place, is the wish, met there.
    expect(readIdeaParts('a crane flying to japan to see the cherry blossoms')).toMatchObject({ plot: 'wish', goal: 'see the cherry blossoms', setting: 'Japan' });
    // Where the listener is the hero, places are read around the listener.
    expect(readIdeaParts('mid autumn festival in taipei, a boy called kai makes a rabbit lantern').setting).toBe('Taipei');
    expect(readIdeaParts('Zara\'s first time on a plane, she\'s going to visit her nana in Jamaica').destination).toBe('Jamaica');
    // A place word straight after a word of time says when: "before sunset" is no trip to the sunset.
    expect(readIdeaParts('a sloth who wants to get to the very top of the tree before sunset').destination).toBeUndefined();
    // A parent's own life before the hero is no opening place.
    expect(readIdeaParts('we live in Leeds, a story about a seagull').setting).toBeUndefined();
    // A gathering the hero is at is where it happens.
    expect(readIdeaParts('A strawberry at the summer fair hoping to win first prize').setting).toBe('the fair');
  });

  it('tells a town or a country the idea names with no article by its name ("in singapore" is Singapore, not "the singapore")', () => {
    expect(readIdeaParts('a girl who wants to hold the dragon\'s head in the parade in singapore').destination).toBe('Singapore');
    expect(readIdeaParts('a fox who lives in paris').setting).toBe('Paris');
    expect(readIdeaParts('a bear in the savannah').setting).toBe('the savannah');
  });

  it('reads a place after the thing sought, or one naming another thing, as no destination', () => {
    expect(readIdeaParts('a dog called Biscuit who wants to find the best stick in the park')).toMatchObject({ plot: 'lost-and-found', thing: 'stick', setting: 'the park' });
    expect(readIdeaParts('a worm who wants to see the top of the garden wall').destination).toBe('the wall');
    expect(readIdeaParts('a dog who lost his bone at the beach')).toMatchObject({ plot: 'lost-and-found', destination: undefined });
    expect(readIdeaParts('a fox who lives in the forest and wants to see the sea')).toMatchObject({ destination: 'the sea', setting: 'the forest' });
  });

  it('reads a place WordNet names in two words whole, and a place before an occasion as where it is held, not where to go', () => {
    expect(readIdeaParts('a penguin who wants to go to the north pole')).toMatchObject({ destination: 'the North Pole' });
    // Said with its capitals, the place is still the words it took (no "pole" left over as a thing), and a town is never
    // said with "the" ("the savannah" is the grassland, though WordNet knows only the port).
    expect(readIdeaParts('a penguin who wants to go to the north pole').props).toBeUndefined();
    expect(readIdeaParts('a zebra who wants to visit the savannah').destination).toBe('the savannah');
    expect(readIdeaParts('a dog who wants to visit the fire station')).toMatchObject({ plot: 'journey', destination: 'the fire station' });
    // "the school show": the show is the point; dancing in it is the wish, not a trip to school.
    expect(readIdeaParts('a girl who wants to dance in the school show')).toMatchObject({ plot: 'wish', goal: 'dance in the school show', destination: undefined });
  });

  it('reads the place a movement leaves as where the story starts, not where it goes', () => {
    // Before, the airport the teddy was left behind at was the trip's end, and the story a journey to it.
    // Since, its way home from there.
    expect(readIdeaParts('a teddy who gets left behind at the airport and has to find his way home')).toMatchObject({ setting: 'the airport', destination: undefined, plot: 'way-home' });
    expect(readIdeaParts('a duck who walks to the pond').destination).toBe('the pond');
  });

  it('sets a wish or a thing made where the idea names a place it never travels to, unless the wish names it', () => {
    // Before, "wish: to reach the pond" beside the wish to make friends, and no story told the pond.
    const axolotl = readIdeaParts('an axolotl who moves to a new pond and wants to make friends');
    expect(axolotl).toMatchObject({ plot: 'wish', goal: 'make friends', setting: 'the pond' });
    expect(axolotl.destination).toBeUndefined();
    const raft = readIdeaParts('a fox and his best friend the hare are building a raft so they can cross the pond');
    expect(raft).toMatchObject({ plot: 'making-something', setting: 'the pond' });
    expect(raft.destination).toBeUndefined();
    // A place the wish names is where it comes true, never where the hero lives.
    const mailman = readIdeaParts('a mailman who has to deliver a package to a castle in the clouds');
    expect(mailman).toMatchObject({ plot: 'wish', destination: 'the castle' });
    expect(mailman.setting).toBeUndefined();
  });

  it('sends a visit to the place after the one visited, unless another place says where that is', () => {
    expect(readIdeaParts('a penguin who wants to visit his cousin at the north pole')).toMatchObject({ plot: 'journey', destination: 'the North Pole' });
    expect(readIdeaParts('a hedgehog in the garden who wants to visit his grandma at the zoo')).toMatchObject({ plot: 'journey', destination: 'the zoo', setting: 'the garden' });
    // "at the cottage in the woods": the woods say where the cottage is, and the trip goes there, as before.
    expect(readIdeaParts('a kitten who visits her granny at the cottage in the woods')).toMatchObject({ plot: 'journey', destination: 'the woods' });
    // A friend visited is the wish itself, done where the idea says.
    expect(readIdeaParts('a bunny who goes to see his friend in the city')).toMatchObject({ plot: 'wish', setting: 'the city' });
  });

  it('starts the way home where the hero gets lost, never a trip there', () => {
    // Before, "The Long Way to the City".
    expect(readIdeaParts('a polar bear who gets lost in the city')).toMatchObject({ plot: 'way-home', setting: 'the city' });
    expect(readIdeaParts('a lamb who gets lost in the fog and has to find the way back to the barn')).toMatchObject({ plot: 'journey', destination: 'the barn' });
  });

  it('never sends the hero where it already is: a place reached before the story, one only looked past, one the hero is at', () => {
    // "fell into a meadow": the story starts there; the way back up is the trip.
    expect(readIdeaParts('a raindrop that fell into a meadow and wants to go back up to the sky')).toMatchObject({ plot: 'journey', destination: 'the sky', setting: 'the meadow' });
    // The field it fell into is lived near, so the opening tells where the story starts.
    const fallen = readIdeaParts('a snowflake that fell into a field and wants to go back up to the sky');
    expect(storyPlaces(fallen, chooseArchetype(fallen.plot), 'map').livesNear).toBe('the field');
    // "sails down the river to find the sea": what the hero sets out to find is the trip's end, the river its way.
    expect(readIdeaParts('a leaf who floats down the river to find the sea')).toMatchObject({ destination: 'the sea', setting: 'the river' });
    // Looking past a thing goes nowhere near it; "the sky he can see" is no kind of sky.
    expect(readIdeaParts('a snail who wants to see over the garden wall').destination).toBeUndefined();
    expect(readIdeaParts('a crab who lives in a rock pool and longs to visit the sky he can see above the water').destination).toBe('the sky');
    // A hero at a place, with nothing the storyteller can read it wanting, spends a happy day near it, never travels to it.
    expect(readIdeaParts('a goat in the steamy jungle who sings to the parrots')).toMatchObject({ plot: 'happy-day', setting: 'the jungle' });
    expect(readIdeaParts('a lighthouse on a tiny island who hums to the boats')).toMatchObject({ plot: 'happy-day', setting: 'the island' });
    // Down, through or past a place is the way, not where it leads: rolling down the hill is the wish, never a trip to its top.
    expect(readIdeaParts('a barrel who wants to roll down the hill')).toMatchObject({ plot: 'wish', goal: 'roll down the hill' });
    expect(readIdeaParts('a log that floats down the river to the big lake')).toMatchObject({ destination: 'the lake', setting: 'the river' });
    // Nature's own places the storyteller has no word for are lived near as its own are (a stream, a valley), a bridge never.
    const boat = readIdeaParts('a paper boat that floats down the stream to the big river');
    expect(boat).toMatchObject({ destination: 'the river', setting: 'the stream' });
    expect(storyPlaces(boat, chooseArchetype(boat.plot), 'map').livesNear).toBe('the stream');
    // Where the idea puts its hero is a place of the story, told near home, though no movement leads there; its own home is none.
    const tug = readIdeaParts('a ferry in a busy harbour who hums to the gulls');
    expect(tug).toMatchObject({ plot: 'happy-day', setting: 'the harbour' });
    expect(storyPlaces(tug, chooseArchetype(tug.plot), 'kite').livesNear).toBe('the harbour');
    expect(readIdeaParts('a clock in an old house who ticks to itself at night').setting).toBeUndefined();
    // A place that is the hero's own is where the hero already is, never a trip there.
    expect(readIdeaParts('a fluffy yeti sipping hot chocolate in his cave')).toMatchObject({ plot: 'happy-day', setting: 'the cave' });
    // A wish that carries its own place ("to the lighthouse") comes true there, not at a stop the story picked.
    expect(placesOf('a pigeon who wants to deliver a parcel to the lighthouse', 'wish').lastStop).toBe('the lighthouse');
    // So does one it crosses or reaches into, told by its noun; a thing of no place class is none ("climb the tallest tree").
    expect(placesOf('a goat who wants to cross the rickety bridge', 'wish').lastStop).toBe('the bridge');
    expect(placesOf('a little tugboat who dreams of pushing a big ship into the harbour', 'wish').lastStop).toBe('the harbour');
    expect(placesOf('a koala who wants to climb the tallest tree', 'wish').lastStop).toBeUndefined();
    // A search ends where the idea takes the hero before it, or at a place the idea names only as a thing of the story.
    expect(placesOf('a goose who flies to the castle and has to find a missing crown', 'crown').lastStop).toBe('the castle');
    expect(placesOf('an owl who is looking for a map that has gone missing from the museum', 'map').lastStop).toBe('the museum');
    // A village is one of the storyteller's own places, lived in and drawn as the green village.
    expect(placesOf('a baker who gets up before everyone to bake bread for the whole village', 'bread').madeAt).toBe('in the village');
    // A room too: WordNet's library is first a room (the search used to end at the old oak tree).
    expect(placesOf('a librarian who is trying to find a book that has gone missing from the library', 'book').lastStop).toBe('the library');
    // A sea creature lives by the sea when the idea says nowhere; a boat may be anywhere, and a place the idea names wins.
    expect(placesOf('a whale who wants to learn to sing', 'song').livesNear).toBe('the sea');
    expect(placesOf('a little boat who wants to learn to sing', 'song').livesNear).toBeUndefined();
    expect(placesOf('a fish in the pond who wants to learn to sing', 'song').livesNear).toBe('the pond');
    // "the harvest fair": a thing after "the" says which fair it is; "his way home" is no home to go to.
    const vole = readIdeaParts('a vole in a big meadow is going to the summer fair');
    expect(vole.destination ?? vole.goal).toMatch(/fair$/);
    expect(readIdeaParts('a vole who cannot find his way home').destination).toBeUndefined();
    // Only one thing says which ("the ducks | or" does not), and two letters are no place ("or" is WordNet's operating room).
    const otter = readIdeaParts('an otter who does not fit in with the ducks or the swans but wants to join the swimming club');
    expect([otter.destination, otter.setting]).not.toContain('the or');
  });
  it('reads a place known by its name (a planet, a continent, a country, a town) where a going word leads to it or the idea puts its hero', () => {
    // Before, "a trip to Mars" went to the outer space of the parent's sentence, "fly to Mars" was a wish "to fly" and Spain was lost.
    expect(readIdeaParts('my twins love space. a small robot is getting ready for his very first trip to Mars')).toMatchObject({ plot: 'journey', destination: 'the planet Mars' });
    // Written in lower case or not, the trip names it as a name ("mars" was also WordNet's verb "mar").
    expect(readIdeaParts('a rocket who wants to fly to mars')).toMatchObject({ destination: 'the planet Mars', trip: 'fly to Mars' });
    expect(readIdeaParts('a plane that is nervous about its first big flight to Spain').destination).toBe('Spain');
    expect(readIdeaParts('a polite alien who visits Earth to look around')).toMatchObject({ plot: 'wish', goal: 'look around', setting: 'the planet Earth' });
    expect(readIdeaParts('a kangaroo in Australia who loves to bounce')).toMatchObject({ plot: 'wish', setting: 'Australia' });
    // A name after "to" alone is someone's, and a word first a kind of thing is that thing ("turkey" is the bird).
    expect(readIdeaParts('a girl who sends a letter to Florence').destination).toBeUndefined();
    expect(readIdeaParts('a farmer who walks to the turkey').destination).not.toBe('Turkey');
    expect(namedPlace('turkey')).toBeUndefined();
    expect(namedPlace('antarctica')).toBe('Antarctica');
    expect(namedPlace('paris')).toBe('Paris');
    // A planet named first as a god is still the planet; a word first a metal is never a place.
    expect(namedPlace('neptune')).toBe('the planet Neptune');
    expect(namedPlace('mercury')).toBeUndefined();
    // Two letters are an abbreviation ("a boy came to us": WordNet's US), never a place.
    expect(readIdeaParts('a 5 year old boy came to us on tuesday. a story about a boy who lives with a new family').setting).toBeUndefined();
    expect(namedPlace('us')).toBeUndefined();
    // A thing sought once the hero is there is searched for there ("visits Earth to find the best sandwich" kept its sandwich).
    expect(readIdeaParts('a polite alien who visits Earth to find the best sandwich')).toMatchObject({ plot: 'lost-and-found', thing: 'sandwich', destination: 'the planet Earth' });
  });

  it('tells a named place as English does: on a planet, in a country, never "at France"', () => {
    expect(atPlace('the planet Mars')).toBe('on the planet Mars');
    expect(atPlace('Spain')).toBe('in Spain');
    // A wish that ends on a named place comes true at a spot in it; a hero who lives there lives in it, with stops of its own.
    expect(placesOf('an astronaut who wants to plant a flower on Mars', 'flower').lastStop).toBe('a quiet spot on the planet Mars');
    expect(placesOf('a little bear who goes on holiday to France', 'map').lastStop).toBe('a quiet spot in France');
    // So does a wish that ends in the sky ("There, at the sky" was said, and drawn at the scene before).
    expect(placesOf('a starfish who wants to shine in the night sky', 'map').lastStop).toBe('a quiet spot in the sky');
    const kangaroo = readIdeaParts('a kangaroo in Australia who loves to bounce');
    expect(storyPlaces(kangaroo, chooseArchetype(kangaroo.plot), 'map').livesNear).toBe('Australia');
    expect(storyStops(chooseArchetype(kangaroo.plot), 'Australia').every((stop) => stop.endsWith(' in Australia'))).toBe(true);
  });

  it('reads where the idea has something done after its hero ("in the rainforest", "in China"), when the pictures can show it', () => {
    expect(readIdeaParts('toucan with a really big beak who wants to win the singing contest in the rainforest')).toMatchObject({ setting: 'the rainforest', goal: 'win the singing contest' });
    expect(readIdeaParts('chef who wants to make the perfect noodles for the emperor in China').setting).toBe('China');
    expect(readIdeaParts('a narwhal whose long tooth keeps getting stuck in the ice in the Arctic').setting).toBe('the Arctic');
    expect(readIdeaParts('my son (5) loves diggers - a digger who finds a dinosaur bone at the building site').setting).toBe('the building site');
    // "in the Pacific": a sea known by its name the pictures cannot show stays the sea the whale lives by.
    expect(readIdeaParts('a whale who sings in the Pacific').setting).toBeUndefined();
  });

  it('draws a place the illustrator has no picture of as what WordNet says it is', () => {
    expect(drawnKindOfPlace('China')).toBe('the meadow');
    expect(drawnKindOfPlace('Istanbul')).toBe('the city');
    expect(drawnKindOfPlace('Madagascar')).toBe('the meadow');
    expect(drawnKindOfPlace('the museum')).toBe('the town');
    expect(drawnKindOfPlace('the planet Mars')).toBeUndefined();
  });

  it('reads where something is done "around" or "across" a place too', () => {
    expect(readIdeaParts('our hamster Biscuit escaping from his cage and having an adventure around the kitchen').destination).toBe('the kitchen');
    // "the old ruins" stays as written: only that form is a place the pictures know.
    expect(readIdeaParts('a llama who wants to see the old ruins').destination).toBe('the ruins');
  });

  it('reads a building English names with no article where something is done ("in hospital", "at school")', () => {
    expect(readIdeaParts('a little elephant visiting his grandpa in hospital')).toMatchObject({ plot: 'journey', destination: 'the hospital', trip: 'visit his grandpa' });
    expect(readIdeaParts('a bear who is sad at school').setting).toBe('the school');
    // "to the other side" names no place without what it is the side of.
    expect(readIdeaParts('a rubber duck who wants to sail across the whole bath to the other side').destination).toBeUndefined();
    // "in bed" is no building, and "at home" is the story's own little house.
    expect(readIdeaParts('a cat who stays in bed').setting).toBeUndefined();
    expect(readIdeaParts('an astronaut who forgot her lunchbox at home').setting).toBeUndefined();
  });

  it('reads "to the hill" as a hill, never WordNet\'s "the Hill" (Capitol Hill) with a second "the"', () => {
    expect(readIdeaParts('a fox who wants to go to the hill').destination).toBe('the top of the hill');
  });
});
