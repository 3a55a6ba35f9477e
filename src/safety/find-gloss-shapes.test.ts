import { describe, expect, it } from 'vitest';
import { findGlossShapes, findGlossSigns } from './find-gloss-shapes.ts';

// Glosses as gloss-idea.ts and read-japanese-idea.ts give them: each word's English, in the idea's order.
const kinds = (glosses: string[][]) => findGlossShapes(glosses).map((sign) => sign.kind);

describe('findGlossShapes', () => {
  it('reads a grown-up touching a child in bed at night, or gifts with a secret, from the words alone', () => {
    // German "der Onkel das Mädchen nachts in seinem Bett anfasst".
    expect(kinds([['uncle'], ['kiddo', 'girl'], ['at night'], ['his'], ['bed'], ['take hold of', 'touch']])).toContain('a grown-up and a child with a secret, clothes or touching');
    // French "un monsieur qui offre des bonbons à une fillette et lui demande de garder le secret".
    expect(kinds([['sir', 'gentleman'], ['offer'], ['bonbon'], ['little girl'], ['ask'], ['keep'], ['secret']])).toContain('a grown-up and a child with a secret, clothes or touching');
  });

  it('reads a grown-up\'s secret touching of a body, whoever the other is', () => {
    // Romanised Japanese: an older brother, a secret game for the two of them, touching the body in bed at night.
    expect(kinds([['older brother'], ['bed'], ['enter'], ['secret', 'secrecy'], ['playing'], ['body', 'torso'], ['touch']])).toContain('touching kept secret');
    expect(kinds([['grandma'], ['secret'], ['recipe'], ['touch'], ['dough']])).toEqual([]);
  });

  it('reads hurting oneself, a cord pulled tight round a neck, and steps with a fuel, each told word by word', () => {
    // German "ein Junge, der sich weh tut, wenn er wütend ist"; "sich fürchten" (to be afraid) is reflexive too, and no harm.
    expect(kinds([['boy'], ['each other', 'yourself'], ['hurt', 'ache'], ['if', 'when'], ['angry']])).toContain('hurting oneself');
    expect(kinds([['child'], ['fears'], ['each other', 'yourself'], ['darkness']])).toEqual([]);
    // Spanish "aprieta la cuerda alrededor del cuello": the preposition glosses as a noun ("surroundings").
    expect(kinds([['press', 'squeeze'], ['the'], ['cord', 'rope'], ['surroundings'], ['neck']])).toContain('a cord tightened round a neck');
    expect(kinds([['girl'], ['wear'], ['scarf'], ['neck'], ['warm']])).toEqual([]);
    // French "explique chaque étape avec de l'essence": the step glosses as "stadium, stage".
    expect(kinds([['explain'], ['each'], ['stadium', 'stage'], ['with'], ['gasoline', 'petrol']])).toContain('instructions for something dangerous');
    expect(kinds([['recipe'], ['flour'], ['sugar'], ['child']])).toEqual([]);
  });

  it('keeps a parent at the bedside at night a bedtime story', () => {
    expect(kinds([['mother'], ['child'], ['bed'], ['at night'], ['hug', 'cuddle']])).toEqual([]);
    expect(kinds([['dad'], ['give'], ['bath'], ['baby']])).toEqual([]);
  });

  it('reads a child swallowing someone\'s medicine or lots of it, but not a child taking theirs', () => {
    expect(kinds([['mother'], ['medicine'], ['lots'], ['drink'], ['eternity'], ['sleep'], ['girl']])).toContain('a child swallowing medicine or a household chemical');
    expect(kinds([['girl'], ['drink'], ['medicine'], ['better']])).toEqual([]);
    expect(kinds([['boy'], ['drink'], ['lots'], ['water']])).toEqual([]);
    // Japanese 元気: "full of spirit" is no amount, nor its "spirit" a grown-up.
    expect(kinds([['cold', 'influenza'], ['boy', 'son'], ['medicine'], ['drink', 'gulp'], ['lively', 'full of spirit', 'healthy']])).toEqual([]);
    // A household agent is never swallowed, whoever it belongs to (German "ein Junge schluckt alle Tabletten seiner Mutter" is a pill).
    // Mother giving a bear cub with a cold its medicine is care; all of her medicine is not, cold or no cold.
    expect(kinds([['wind', 'cold'], ['pull'], ['bear'], ['child'], ['mother'], ['medicine'], ['drink'], ['sleep']])).toEqual([]);
    expect(kinds([['wind', 'cold'], ['child'], ['mama', 'mother'], ['medicine'], ['all', 'every'], ['drink']])).toContain('a child swallowing medicine or a household chemical');
    expect(kinds([['child'], ['swallows'], ['cleaning agent', 'cleaner']])).toContain('a child swallowing medicine or a household chemical');
    expect(kinds([['boy'], ['swallows'], ['all', 'every'], ['tablets', 'pill'], ['mother']])).toContain('a child swallowing medicine or a household chemical');
  });

  it('reads a grown-up who is no parent getting into a child\'s bed at night, and presents with a secret', () => {
    // Spanish "el tío entra en la cama de la niña por la noche".
    expect(kinds([['uncle'], ['go in', 'enter'], ['bed'], ['child'], ['night', 'evening']])).toContain('a grown-up and a child with a secret, clothes or touching');
    // German "ein Mann, der einem Mädchen Geschenke macht und sagt, sie dürfe es niemandem erzählen": no verb of giving.
    expect(kinds([['man'], ['girl'], ['presents', 'gifts'], ['speak'], ['no one', 'nobody'], ['relate', 'narrate']])).toContain('a grown-up and a child with a secret, clothes or touching');
    // A grown-up met on the internet, kept from the parents.
    expect(kinds([['children'], ['go'], ['house'], ['grown-up', 'adult'], ['meet'], ['internet'], ['without'], ['tell'], ['parents']])).toContain('a grown-up and a child with a secret, clothes or touching');
  });

  it('reads a child getting into the car of a grown-up nobody knows, and keeps a ride in grandpa\'s car', () => {
    // Spanish-like order: "un señor desconocido", "la niña", "sube a su coche".
    expect(kinds([['gentleman', 'sir'], ['unknown', 'strange'], ['little girl'], ['get on', 'go up'], ['his'], ['car', 'automobile']])).toContain("a child getting into a stranger's car");
    expect(kinds([['grandfather', 'old man'], ['car', 'automobile'], ['get on', 'ride'], ['sea', 'ocean'], ['go'], ['child'], ['story']])).not.toContain("a child getting into a stranger's car");
  });

  it('reads a metal thing and the mains, and keeps a fork at dinner and a lamp in the socket', () => {
    // Italian-like order: "infila una forchetta nella presa elettrica".
    expect(kinds([['thread', 'slip'], ['a', 'one'], ['fork'], ['in', 'into'], ['catch', 'plug', 'socket'], ['electric']])).toContain('metal into the mains');
    expect(kinds([['child'], ['eat'], ['with'], ['fork'], ['spaghetti']])).not.toContain('metal into the mains');
    expect(kinds([['lamp'], ['in', 'into'], ['catch', 'plug', 'socket'], ['electric']])).not.toContain('metal into the mains');
  });
});

describe('findGlossSigns', () => {
  it('counts one weak sign for a written word however many harsh glosses the dictionary gives it', () => {
    const weak = (glosses: string[][]) => findGlossSigns(glosses).filter((sign) => sign.strength === 'weak').length;
    expect(weak([['storm'], ['terrible', 'dreadful', 'gruesome', 'horrible'], ['windows']])).toBe(1);
    expect(weak([['terrible'], ['gruesome'], ['horrible']])).toBe(3);
  });
});
