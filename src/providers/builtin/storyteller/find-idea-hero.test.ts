import { describe, expect, it } from 'vitest';
import { findIdeaHero } from './find-idea-hero.ts';
import { readIdeaParts } from './read-idea-parts.ts';

const heroOf = (idea: string) => findIdeaHero(idea.split(' ')).hero?.word;

describe('findIdeaHero', () => {
  it('makes a character of the subject an idea gives a "who" or a "that", whatever WordNet files it under first', () => {
    expect(heroOf('a mole who digs a tunnel to see the sun')).toBe('mole');
    expect(heroOf('a beaver who builds a dam across the river')).toBe('beaver');
    expect(heroOf('a volcano who sneezes glitter')).toBe('volcano');
    expect(heroOf('a tiny seed that grows into the tallest beanstalk')).toBe('seed');
    expect(heroOf('a friendly ghost who wants to make the children laugh')).toBe('ghost');
  });

  it('makes a character of a thing that dreams, hopes or wishes, or gets a feeling, and of a place only so', () => {
    expect(heroOf('an acorn dreaming about becoming a big oak')).toBe('acorn');
    expect(heroOf('the moon gets lonely when everyone is asleep')).toBe('moon');
    // A feeling said straight after a thing: only someone has one.
    expect(heroOf('snowdrift worried about spring coming')).toBe('snowdrift');
    expect(heroOf('a little cloud sad about the rain')).toBe('cloud');
    expect(heroOf('a teapot hopes to sing at the party')).toBe('teapot');
    expect(heroOf('the moon is far away')).toBeUndefined();
    // A thing that does something, said as done, is someone too; never a pronoun (WordNet's "he" is helium), nor only being, having or lying somewhere.
    expect(heroOf('a little teapot finds a shiny shell on the beach')).toBe('teapot');
    expect(heroOf('the day the kite lost its voice')).toBe('kite');
    expect(heroOf('a crayon goes to the seaside with grandma')).toBe('crayon');
    expect(readIdeaParts('my son wants a story where he builds a fort out of cushions')).toMatchObject({ listener: expect.anything() });
    expect(heroOf('the rope hangs from the tree')).toBeUndefined();
    expect(heroOf('a shell has a secret')).toBeUndefined();
    // What a thing can do makes it someone too, and what is imagined after "if" is the story; "could fly" is never a fly.
    expect(heroOf('what if a pumpkin could fly')).toBe('pumpkin');
    expect(heroOf('what if a fox could fly')).toBe('fox');
    expect(heroOf('a kite stuck in the top of an apple tree who is longing to fly again')).toBe('kite');
    // Past describing words before the place ("a tiny island"), and past a place WordNet's rules could misread ("forest" as "fore" made superlative).
    expect(heroOf('a sleepy volcano on a tiny island who just likes to snore and puff out little clouds')).toBe('volcano');
    expect(heroOf('a tiny mushroom in the forest who listens to the owls hooting at night')).toBe('mushroom');
    // A request for a story after a sentence of its own names the hero; the sentence before only says why ("the dentist" was the hero).
    expect(readIdeaParts('Freddie is scared of the dentist tomorrow, can you do a story about a brave little crocodile going to the dentist')).toMatchObject({ hero: { word: 'crocodile' }, fear: 'the dentist' });
    expect(readIdeaParts('a dragon who tells a story about a knight').hero?.word).toBe('dragon');
    // The child asking after the day's news is a request too; "pls" ending a label is counted as the whole idea counts it.
    expect(readIdeaParts('we had a long day at the beach and she fell asleep in the car, tomorrow she wants a story about... a puffin who wants to catch a fish').hero?.word).toBe('puffin');
    expect(readIdeaParts('Diwali story pls. a little clay lamp who wants to shine').hero?.word).toBe('lamp');
    // The listener after a label comes before a thing inside it (probe-23).
    expect(readIdeaParts('dodgeball at school, a small kid who always gets hit first learns to catch')).toMatchObject({ listener: 'kid' });
    // A word of a game's name is no creature ("snakes and ladders", WordNet: a board game), a creature's name stays one.
    expect(readIdeaParts('a fox who wins at snakes and ladders').hero?.word).toBe('fox');
    expect(readIdeaParts('sore loser - he flips the board every time he loses at snakes and ladders').hero).toBeUndefined();
    expect(readIdeaParts('a polar bear who wants to see the sea').hero?.word).toBe('polar bear');
    // An emoji ends the news as a full stop would (probe-23).
    expect(readIdeaParts('tummy bug week in our house 🤢 story about a teddy who throws up and has to stay in bed eating dry toast').hero?.word).toBe('teddy');
    // "story about a croissant", with no article before "story", names its thing alone as "a story about …" does; never a knife.
    expect(readIdeaParts('story about a croissant').hero?.word).toBe('croissant');
    expect(readIdeaParts('story about a knife').hero).toBeUndefined();
    // The one the idea says is the hero is, whoever was named first.
    expect(readIdeaParts('a baby elephant and a mouse, the mouse is the hero, she helps the elephant').hero?.word).toBe('mouse');
    expect(readIdeaParts('a fox and a bear, make the bear the hero').hero?.word).toBe('bear');
    expect(readIdeaParts('Grandma is in hospital. Can Grandma be the hero, a brave grandma').hero?.word).toBe('grandma');
    // The named child, named again as the story's subject after the preamble, is its hero; the pony is who she rides.
    expect(readIdeaParts('my daughter is 5 and loves horses. Her name is Isla. Could you make a story where Isla rides a purple pony')).toMatchObject({ hero: undefined, listener: 'girl', heroName: 'Isla' });
    // The child's own asking ends what the parent says of them: "… and wants a story where".
    expect(readIdeaParts('My daughter has two dads and wants a story where a princess has two kings for dads and they befriend a dragon').hero?.word).toBe('princess');
    expect(readIdeaParts('my son wants a story about his own birthday')).toMatchObject({ hero: undefined, listener: 'boy' });
    // "one" asks for a story only after a verb of asking: ", one with mom and one with dad" is the bunny's two burrows.
    expect(readIdeaParts('Gentle story explaining divorce to a 6 year old: the little bunny has two burrows now, one with mom and one with dad').hero?.word).toBe('bunny');
    expect(heroOf('story where the main character is a bumblebee and the goal is to find a sunflower')).toBe('bumblebee');
    expect(heroOf('can you write one about a spoon and a fork who run away to the picnic')).toBe('spoon');
    expect(heroOf('a cupcake called sprinkles who longs to be the birthday cake')).toBe('cupcake');
    expect(heroOf('an ice cream van who has lost his song')).toBe('van');
    // After "to", a word that can be a verb is one ("to fly"), never the hero.
    expect(heroOf('a girl who wants to fly')).toBeUndefined();
  });

  it('makes a character of a thing named after a time or a festival, or hoping after where it is', () => {
    expect(heroOf('a halloween pumpkin who is scared of the dark')).toBe('pumpkin');
    expect(heroOf('a strawberry at the summer fair hoping to win first prize')).toBe('strawberry');
    expect(readIdeaParts('A strawberry at the summer fair hoping to win first prize')).toMatchObject({ hero: { word: 'strawberry' }, goal: 'win first prize' });
  });

  it('reads a kind of story WordNet names ("fairy tale", "ghost story") as the request, not a fairy or a ghost', () => {
    expect(heroOf('a fairy tale about a brave knight')).toBe('knight');
    expect(heroOf('a love story between two swans')).toBe('swan');
    expect(heroOf('a fairy tale about a fairy who loses her wand')).toBe('fairy');
  });

  it('reads a people named before a child as who the child is, so the listener is the hero ("an Inuit boy" is no inuit called Tilly)', () => {
    expect(findIdeaHero('an inuit boy gets lost in a blizzard'.split(' '))).toMatchObject({ listener: 'boy' });
    expect(findIdeaHero('a roma girl who wants to learn the violin'.split(' '))).toMatchObject({ listener: 'girl' });
    expect(heroOf('an inuit boy gets lost in a blizzard')).toBeUndefined();
  });

  it('keeps the noun that names the hero\'s kind, but not a describing word', () => {
    expect(heroOf('a toy soldier who guards the sandcastle')).toBe('toy soldier');
    expect(heroOf('a detective hedgehog who solves the mystery')).toBe('detective hedgehog');
    expect(heroOf('a lighthouse keeper who knits a scarf')).toBe('lighthouse keeper');
    expect(findIdeaHero('an astronaut cat who lost her helmet'.split(' ')).hero).toMatchObject({ word: 'astronaut cat', kind: 'cat' });
    expect(heroOf('a brave little owl who wants to fly to the moon')).toBe('owl');
  });

  it('makes a character of a thing whose own noun names its kind before it, a place word too, unless that noun is a hero itself', () => {
    // Before, the noun in front stopped the thing being someone, and the story's hero became the wish's friend.
    expect(heroOf('a kitchen clock who wants to find a friend')).toBe('kitchen clock');
    expect(heroOf('a tea cup who wants to find a friend')).toBe('cup');
    expect(heroOf('a beach ball who wants to find a friend')).toBe('ball');
    expect(heroOf('a moon rock who is afraid of the dark')).toBe('rock');
    // A noun that names a hero of its own keeps the story, as before this reading; a creature's kind word is unchanged.
    expect(heroOf('a unicorn kite who wants to fly')).toBe('unicorn');
    expect(heroOf('a farm dog who wants to find a friend')).toBe('farm dog');
    // A hero only as a made thing (a toy, never a creature) names which thing: "lego" says which brick.
    expect(heroOf('a lego brick who wants to be part of the big spaceship')).toBe('lego brick');
  });

  it('reads a word that can also describe as the hero when "who" or "that" follows it, and a kind that is no look or feeling with its noun', () => {
    expect(heroOf('a wizard who wants to make the flowers bloom')).toBe('wizard');
    expect(heroOf('a gentle giant who wants to plant a tree')).toBe('giant');
    expect(heroOf('a yellow submarine that wants to visit the coral reef')).toBe('submarine');
    expect(findIdeaHero('a gentle giant who wants to plant a tree'.split(' ')).hero).toMatchObject({ kind: 'child', drawn: true });
    expect(heroOf('a polar bear who wants to see the northern lights')).toBe('polar bear');
    expect(heroOf('a little owl who wants to fly')).toBe('owl');
  });

  it('reads a word more often a noun than a describing word as the hero when no noun follows it, and a comparative as a noun', () => {
    expect(heroOf('a wizard with a wand who makes a potion')).toBe('wizard');
    expect(heroOf('a wizard lives in a tall tower')).toBe('wizard');
    expect(heroOf('a bully at school learns to say sorry')).toBe('bully');
    expect(heroOf('an archer in the forest who shoots at a target')).toBe('archer');
    // "giant" describes the storm cloud after it: the storm cloud is the hero.
    expect(heroOf('a giant storm cloud who is grumpy')).toBe('storm cloud');
  });

  it('reads a thing WordNet names in two words, or a closed compound it does not list, as the hero when "who" follows', () => {
    expect(heroOf('a music box who is scared of the dark')).toBe('music box');
    expect(heroOf('a watering can who wants to see the sea')).toBe('watering can');
    expect(heroOf('an asteroid who wants to find a friend')).toBe('asteroid');
    expect(heroOf('a sandcastle who is afraid of the waves')).toBe('sandcastle');
    expect(findIdeaHero('a clownfish who wants a friend'.split(' ')).hero).toMatchObject({ word: 'clownfish', kind: 'fish', drawn: true });
    // A word nobody can place stays out of the story: it is no word of the storyteller's.
    expect(heroOf('a blorptwizzle who sings')).toBeUndefined();
    // A person before a hominid: "a man" is drawn as a person, never as a monkey (WordNet's man is also a hominid).
    expect(findIdeaHero('a man who fixes clocks'.split(' ')).hero).toMatchObject({ word: 'man', kind: 'child' });
    // "and" shares the "who": the first named is the hero.
    expect(heroOf('a snowman and a reindeer who go sledging on the hill')).toBe('snowman');
    expect(heroOf('the sun and the moon who want to meet')).toBe('sun');
    // So is the pair as one subject of "are" or a verb's plain form, with no "who".
    expect(readIdeaParts('a teapot and a rabbit are best friends')).toMatchObject({ hero: { word: 'teapot' }, companions: [{ word: 'rabbit' }] });
    expect(heroOf('a kite and a boy fly together')).toBe('kite');
    expect(heroOf('a kite and a little red balloon that float away')).toBe('kite');
    // "glow-worm" is WordNet's "glowworm"; "well-known" stays two words.
    expect(readIdeaParts('a glow-worm who is scared of the dark').hero?.word).toBe('glowworm');
    expect(readIdeaParts('a well-known owl who sings').hero?.word).toBe('owl');
    // A plural read as its dictionary noun, never one WordNet knows only as a name ("wolves" is no Wolfe).
    expect(readIdeaParts('The white wolves of the north have a giant snowball fight').hero?.word).toBe('wolf');
    expect(readIdeaParts('three little elves who bake bread').hero?.word).toBe('elf');
  });

  it('never reads the verb after "who" as a hero, and reads family words as anyone\'s, the listener\'s own only with a "who"', () => {
    expect(heroOf('a grandpa who teaches his granddaughter how to fish at the lake')).toBe('grandpa');
    expect(heroOf('a story about my grandma who lives far away')).toBe('grandma');
    expect(heroOf('a story about my grandma')).toBeUndefined();
  });

  it('makes the listener the hero only when "a girl" or "a boy" comes first, and keeps that word', () => {
    expect(heroOf('a teacher who helps a shy boy find his voice')).toBe('teacher');
    expect(findIdeaHero('a girl who plants a magic seed'.split(' '))).toMatchObject({ listener: 'girl', listenerAt: 1 });
    expect(readIdeaParts('a girl who plants a magic seed')).toMatchObject({ listener: 'girl', goal: 'plant a magic seed', plot: 'wish' });
  });

  it('takes what belongs to someone as the hero, reads a closed compound WordNet lists as two words, and no surname', () => {
    expect(readIdeaParts('a story where a lighthouse keeper\'s cat sets off in a rowing boat').hero?.word).toBe('cat');
    expect(readIdeaParts('a zookeeper who wants to give the giraffe a birthday party')).toMatchObject({ hero: { word: 'zookeeper', kind: 'child' }, goal: 'give the giraffe a birthday party' });
    // "Tell" is William Tell in WordNet: a named person is nobody's hero.
    expect(readIdeaParts('Tell me a story about a sheep who wants to cross the wobbly bridge').hero?.word).toBe('sheep');
  });

  it('reads whose a place is, said after where, as no hero, and a thing an idea names alone as its hero', () => {
    expect(readIdeaParts('first sleepover at her best friend\'s house next weekend, a koala who sleeps away from home').hero?.word).toBe('koala');
    expect(readIdeaParts('an old teapot in granny\'s kitchen').hero?.word).toBe('teapot');
    expect(readIdeaParts('the wind').hero?.word).toBe('wind');
    expect(readIdeaParts('an old lighthouse on a rocky island').hero?.word).toBe('lighthouse');
    // A trait the storyteller knows describes the thing after it (WordNet's "brave" is also a warrior); after the parent's
    // preamble, the thing the request names alone is the story's, before the child the preamble tells of.
    expect(readIdeaParts('a brave little lamp').hero?.word).toBe('lamp');
    expect(readIdeaParts('my son is scared of the dark. a story about a brave little lamp').hero?.word).toBe('lamp');
    expect(readIdeaParts('my son loves boats. a story about him and his boat').listener).toBe('boy');
    // A tale's opening words lead to the thing as "a" does; what it has with it says which thing, as where it is does.
    expect(readIdeaParts('there once was a pumpkin').hero?.word).toBe('pumpkin');
    expect(readIdeaParts('a pumpkin with a red umbrella').hero?.word).toBe('pumpkin');
    expect(readIdeaParts('a snowman without a nose').hero?.word).toBe('snowman');
    expect(readIdeaParts('when the snowman woke up').hero?.word).toBe('snowman');
    expect(readIdeaParts('a knife with a sharp blade').hero).toBeUndefined();
    // What the story of a thing is told as leads to it ("the adventures of", "a day in the life of"); a cup of something is no story of a cup.
    expect(readIdeaParts('the adventures of a tiny teapot').hero?.word).toBe('teapot');
    expect(readIdeaParts('a day in the life of a lighthouse').hero?.word).toBe('lighthouse');
    expect(readIdeaParts('a cup of hot chocolate').hero).toBeUndefined();
    // A thing among the word's three commonest meanings is a thing: WordNet's kite is a cheque twice before the toy.
    expect(readIdeaParts('a kite at the zoo').hero?.word).toBe('kite');
    // Things in the plural are a scene; a day at someone's house is the listener's; what is not safe alone is never a hero.
    for (const idea of ['the candles on a birthday cake', 'a day at grandma\'s house', 'a knife in granny\'s kitchen']) expect(readIdeaParts(idea).hero, idea).toBeUndefined();
    // A puppy's own day is still the puppy's.
    expect(readIdeaParts('a puppy\'s first day at doggy school').hero?.word).toBe('puppy');
  });

  it('makes a place the idea calls "who" or "that" the hero, and nowhere it goes', () => {
    expect(readIdeaParts('the moon who wants to come down and play')).toMatchObject({ hero: { word: 'moon' }, goal: 'come down and play', setting: undefined, destination: undefined });
    expect(readIdeaParts('a star who wants to shine on the sea').hero?.word).toBe('star');
    expect(readIdeaParts('an owl who wants to fly to the moon')).toMatchObject({ hero: { word: 'owl' }, destination: 'the moon' });
  });

  it('reads a creature named after a two-word kind, and a thing made someone past where it is', () => {
    expect(readIdeaParts('a polar bear cub who wants to see the northern lights').hero?.word).toBe('polar bear cub');
    expect(readIdeaParts('a piano in an old house who hums to itself at night').hero?.word).toBe('piano');
    expect(readIdeaParts('a snail on a leaf who wants to see the sea').hero?.word).toBe('snail');
  });

  it('looks for the hero after what a parent says of their own child, and makes "my son" the listener, a boy', () => {
    // Before, the preamble's "diggers" and "kids" were the heroes, and the crane and grandpa were left out.
    expect(readIdeaParts('my son loves diggers and cranes, so a crane who helps build a new playground').hero?.word).toBe('crane');
    // A request for a story inside what the parent says is the idea: the clause after its comma is no new idea.
    expect(readIdeaParts('my son wants a story about a shark who is really nice, all the fish are scared of him').hero?.word).toBe('shark');
    expect(readIdeaParts('my kids adore their grandpa, so a story about grandpa teaching them to fish at the lake').hero?.word).toBe('grandpa');
    // The preamble's place still says where ("loves the beach"), and an idea with no hero after it is read whole.
    expect(readIdeaParts('my daughter loves the meadow - a hedgehog who wants to find a friend')).toMatchObject({ hero: { word: 'hedgehog' }, setting: 'the meadow' });
    expect(readIdeaParts('my son is learning to ride a bike without stabilisers, can you make a story about that')).toMatchObject({ listener: 'boy', goal: 'learn to ride a bike' });
    expect(readIdeaParts('my kid wants a story about a llama who learns to knit a hat').hero?.word).toBe('llama');
    // What the parent says of their child describes no hero: the sheep was "old" ("my 4 year old").
    expect(readIdeaParts("for my 4 year old: a sheep who can't sleep").traits).toEqual([]);
    // A creature introduced after the parent's sentence is the hero, the son who loves it the listener.
    expect(readIdeaParts('my son is obsessed with owls so one where an owl is looking for the juiciest grub').hero?.word).toBe('owl');
  });

  it('makes someone of a thing doing something said straight after it ("a tulip opening"), never of a describing word or a knife', () => {
    // Before, the listener was the hero and the tulip only a thing in the story.
    expect(readIdeaParts('spring morning, a tulip opening').hero?.word).toBe('tulip');
    expect(readIdeaParts('a kite flying over the sea').hero?.word).toBe('kite');
    // "red riding": a describing word before the doing is no one; the retold tale's grandma stays the hero.
    expect(readIdeaParts('little red riding hood but grandma is the one going on an adventure through the woods').hero?.word).toBe('grandma');
    // A thing before a happening names what the happening is with; the people in it are the heroes.
    expect(readIdeaParts('a epic water balloon fight between the kids on our street and the grandpas').hero?.word).toBe('kid');
    expect(readIdeaParts('the fox and the bear dance').hero?.word).toBe('fox');
    expect(readIdeaParts('a knife cutting a finger').hero).toBeUndefined();
    // A name said again is the one named first: the dog called Biscuit, not a biscuit (bench:safety's evaluation set).
    expect(readIdeaParts('Our dog Biscuit died last week. Can you write a gentle story about Biscuit running in a sunny meadow?')).toMatchObject({ hero: { word: 'dog' }, heroName: 'Biscuit' });
  });

  it('makes someone of a thing said to be sad or lonely, and never of "nobody"', () => {
    // Before, the hero was "a nobody" (WordNet's person of no account) and the moon only where the story happened.
    expect(readIdeaParts('the moon is sad because nobody sees her in the day')).toMatchObject({ hero: { word: 'moon' }, feeling: 'sad' });
    expect(readIdeaParts('the old tractor is very lonely').hero?.word).toBe('tractor');
    expect(readIdeaParts('everyone laughs at the circus').hero).toBeUndefined();
  });

  it('makes the family member an idea tells about with a "who" its hero ("my grandma who …")', () => {
    // Before, the listener was the hero and grandma was in no scene.
    expect(readIdeaParts('my grandma who lives in Jamaica and misses us').hero?.word).toBe('grandma');
    expect(readIdeaParts('my son who loves trains').listener).toBe('boy');
  });

  it('makes no one a character whom the idea says is not there ("no characters", "without a horse")', () => {
    // Before, "no characters, just waves and stars" was a character's story whose wish was "to wave and star".
    expect(readIdeaParts('a calm one about the sea at night, no characters, just waves and stars').hero).toBeUndefined();
    expect(readIdeaParts('a knight without a horse').companions).toEqual([]);
    expect(readIdeaParts('a nightlight who is afraid (no actual monsters pls)').companions).toEqual([]);
  });

  it('makes the parent\'s own child the hero of a story said to be about them, and what they meet a companion', () => {
    // Before, the cloud and the dragon were the heroes and the child was left out.
    expect(readIdeaParts('a story where my kid gets to ride on a cloud over the city')).toMatchObject({ listener: 'kid', goal: 'ride on a cloud over the city' });
    expect(readIdeaParts('a story where my son rides a dragon')).toMatchObject({ listener: 'boy', companions: [{ word: 'dragon' }] });
    expect(readIdeaParts('one about my daughter meeting a unicorn').listener).toBe('girl');
    // A child who plays someone is told as that someone; a story for the child about a creature is the creature's.
    expect(readIdeaParts('a story where my son is a knight and he has to rescue a kitten').hero?.word).toBe('knight');
    expect(readIdeaParts('a story for my son about a dragon who flies').hero?.word).toBe('dragon');
  });

  it('makes someone of a thing that speaks ("the moon saying goodnight"), alone or with another, and the other no place', () => {
    expect(readIdeaParts('the moon saying goodnight to the town')).toMatchObject({ hero: { word: 'moon' }, goal: 'say goodnight to the town' });
    // Before, a trip to the moon with no hero of its own.
    expect(readIdeaParts('something calm about the moon and the stars saying goodnight to everyone in the town')).toMatchObject({ hero: { word: 'moon' }, goal: 'say goodnight', setting: 'the town' });
  });

  it('takes the first of friends named next as the hero, and an owned one only straight after its owner', () => {
    // Before, "best friend" was the hero, drawn as a child, with the mouse and the elephant beside them.
    expect(readIdeaParts('two best friends, a mouse and an elephant, who want to build a treehouse together')).toMatchObject({ hero: { word: 'mouse' }, companions: [{ word: 'elephant' }] });
    // "doggy school" is a kind of school: the puppy is the hero ("doggy" was).
    expect(readIdeaParts("a puppy's first day at doggy school").hero?.word).toBe('puppy');
    expect(readIdeaParts("a lighthouse keeper's little cat who wants to catch a fish").hero?.word).toBe('cat');
  });

  it('calls a boy or girl by the work or role named before them ("a shepherd boy"), and keeps a kind before a hero as it was', () => {
    expect(readIdeaParts('a shepherd boy who counts his sheep to fall asleep but one sheep keeps going missing')).toMatchObject({ hero: { word: 'shepherd boy', kind: 'child' }, goal: 'count his sheep to fall asleep' });
    expect(readIdeaParts('a garden gnome who sits by the pond and chats with the goldfish every evening')).toMatchObject({ hero: { word: 'garden gnome' }, goal: 'sit by the pond' });
  });

  it('reads a thing WordNet writes with hyphens as one word ("an aye-aye", "a yo-yo"), and "well-known" as two', () => {
    expect(readIdeaParts('an aye-aye who wants to find a grub').hero).toMatchObject({ word: 'aye-aye', drawn: true });
    expect(readIdeaParts('a yo-yo who wants to fly').hero?.word).toBe('yo-yo');
    expect(readIdeaParts('a well-known owl who bakes bread').hero?.word).toBe('owl');
  });

  it('makes someone of a thing described by a past form or named by where it belongs, and reads the subject after "where"', () => {
    expect(readIdeaParts('a chipped teapot who wants to be used at the queen\'s tea party')).toMatchObject({ hero: { word: 'teapot', kind: 'teapot' }, goal: 'be used at the queen\'s tea party' });
    expect(readIdeaParts('a bedside lamp who helps a little girl feel safe in the dark').hero?.word).toBe('lamp');
    expect(readIdeaParts('a story where daddy and his daughter build a snowman in the park').hero?.word).toBe('daddy');
    // A ship is still a boat; a teapot, a vessel of another kind, is no longer drawn as one.
    expect(readIdeaParts('a ship who wants to sail around the world').hero?.kind).toBe('boat');
  });

  it('reads a doing after someone who does it as the doing, and what someone becomes as no hero', () => {
    // "she flies" is no fly, "and misses us" no young woman; "dogs" after "and" stay the dogs.
    expect(heroOf('a story where she flies to the moon')).toBeUndefined();
    expect(heroOf('my grandma who lives far away and misses us')).toBe('grandma');
    expect(heroOf('a cat and dogs who play in the park')).toBe('cat');
    // "wants to be an astronaut": the astronaut is the wish, and the listener its hero.
    expect(readIdeaParts('a story for my son who wants to be an astronaut')).toMatchObject({ listener: 'boy', goal: 'be an astronaut' });
    // "my son's teddy who goes on an adventure": what the child owns, made someone, is the hero.
    expect(readIdeaParts('my son\'s teddy who goes on an adventure in the attic').hero?.word).toBe('teddy');
    // Describing words and a noun naming its kind may come between the child and what they own.
    expect(readIdeaParts('my daughter\'s toy rabbit Flopsy (she\'s very worn) goes on an adventure in the laundry basket')).toMatchObject({ hero: { word: 'toy rabbit' }, heroName: 'Flopsy' });
  });

  it('finds the hero of a tale retold, after a label, or asked about after a named child', () => {
    expect(readIdeaParts('three little pigs but the wolf just wants to borrow a cup of sugar')).toMatchObject({ hero: { word: 'wolf' }, goal: 'borrow a cup of sugar' });
    // Told about first, then wanting in the same clause; not when "and" brings in someone else.
    expect(readIdeaParts('The Three Little Pigs but the wolf is a vegetarian and just wants to borrow some sugar')).toMatchObject({ hero: { word: 'wolf' }, goal: 'borrow some sugar' });
    expect(readIdeaParts('three little pigs but the wolf is hungry and the pigs want to share their soup').hero?.word).not.toBe('wolf');
    expect(readIdeaParts('red riding hood but the wolf is a vegetarian who just wants to share his soup with granny').hero?.word).toBe('wolf');
    // "autumn leaves": the plain form whose commonest meaning is a thing (a leaf), not a leave of absence.
    expect(readIdeaParts('autumn leaves falling in the park').hero?.word).toBe('leaf');
    // A thing whose journey, day or adventure the idea is about is the hero, the apostrophe typed or not.
    expect(readIdeaParts('a raindrop\'s journey to the sea').hero?.word).toBe('raindrop');
    expect(readIdeaParts('a raindrops journey to the sea').hero?.word).toBe('raindrop');
    expect(readIdeaParts('a seed\'s big adventure').hero?.word).toBe('seed');
    // A thing doing something after where it is ("snoring" is a noun too) is the one the idea tells about.
    expect(readIdeaParts('a sleepy volcano in iceland snoring gently')).toMatchObject({ hero: { word: 'volcano' }, setting: 'Iceland' });
    expect(readIdeaParts('cinderella but it\'s a mouse who wants to go to the ball').hero?.word).toBe('mouse');
    // "she's" straight after the tale's hero retells it as "it's" does; after another word it only describes.
    expect(readIdeaParts('cinderella but she\'s a mouse and she just wants to go to the cheese ball').hero?.word).toBe('mouse');
    expect(readIdeaParts('a dragon who is scary but he is a kind friend').hero?.word).toBe('dragon');
    // Anyone of the tale said to be someone else is retold so; the family is only said to be so.
    expect(readIdeaParts('three bears but goldilocks is a robot').hero?.word).toBe('robot');
    expect(readIdeaParts('a dragon but mum is a witch').hero?.word).toBe('dragon');
    expect(readIdeaParts('the dog and the cat always win the pet show but this year it\'s the shy goldfish\'s turn to shine').hero?.word).toBe('goldfish');
    expect(readIdeaParts('little red riding hood but grandma is the one going on an adventure through the woods').hero?.word).toBe('grandma');
    // A thing before a happening names what the happening is with; the people in it are the heroes.
    expect(readIdeaParts('a epic water balloon fight between the kids on our street and the grandpas').hero?.word).toBe('kid');
    expect(readIdeaParts('the fox and the bear dance').hero?.word).toBe('fox');
    // A hero the idea made someone keeps the story ("but the owl wants to help" only helps).
    expect(readIdeaParts('a fox who is scared of the dark but the owl wants to help').hero?.word).toBe('fox');
    // "new sibling. a kangaroo …": a short label before the sentence that introduces the hero.
    expect(readIdeaParts('new sibling. a kangaroo whose mum has a new baby in her pouch so he has to learn to hop by himself').hero?.word).toBe('kangaroo');
    expect(readIdeaParts('autumn. a conker who wants to be the champion')).toMatchObject({ hero: { word: 'conker' }, goal: 'be the champion' });
    expect(readIdeaParts('a fox, a bear and an owl who go camping').hero?.word).toBe('fox');
    // A sentence that says a doing is no label ("Grandpa is in hospital with his heart. A gentle story …").
    expect(readIdeaParts('Grandpa is in hospital with his heart. A gentle story for my 5 year old about a girl who sends grandpa drawings').hero?.word).toBe('grandpa');
    // "Sammy (5) has his tonsils out. something about a brave giraffe": the giraffe asked about is the hero.
    expect(readIdeaParts('Sammy (5) has his tonsils out on thursday. something about a brave giraffe going to hospital').hero?.word).toBe('giraffe');
  });

  it('reads a being that names what a danger is about as no one in it, and leaves a being before a doing alone', () => {
    expect(readIdeaParts('A stranger-danger story: a little penguin learns never to go anywhere with someone he does not know').hero?.word).toBe('penguin');
    expect(readIdeaParts('Stranger danger, told gently: a little duckling learns to stay close to her family at the market').hero?.word).toBe('duckling');
    expect(readIdeaParts('a fox and a bear dance in the snow').hero?.word).toBe('fox');
    expect(readIdeaParts('a stranger who helps a lost puppy').hero?.word).toBe('stranger');
  });
});
