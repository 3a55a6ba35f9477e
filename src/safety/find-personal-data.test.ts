import { describe, expect, it } from 'vitest';
import { removePersonalData } from './find-personal-data.ts';

describe('removePersonalData', () => {
  it('removes the surname, the date of birth and the street address with its town, keeping the first name', () => {
    const result = removePersonalData('a story for Leo Marchetti, born 14/03/2019, we live at Via Roma 21, Bologna, about a dragon');
    expect(result.cleaned).not.toMatch(/Marchetti|14|2019|Via|Roma|21|Bologna/);
    expect(result.cleaned).toMatch(/Leo/);
    expect(result.cleaned).toMatch(/about a dragon/);
    expect(result.found).toEqual(expect.arrayContaining(['surname', 'date of birth', 'street address']));
  });

  it('takes a middle name and a surname with them, and leaves things named in capitals and a name after a role alone', () => {
    expect(removePersonalData('a unicorn story for Emily Rose Hartley').cleaned).toBe('a unicorn story for Emily');
    expect(removePersonalData('Tommy Baker is 6 and loves trains').cleaned).toBe('Tommy is 6 and loves trains');
    // A title starting with "The" is no first name with a surname: "The Three Little Pigs" kept its title only as "The".
    expect(removePersonalData('The Leo Marchetti story').cleaned).toBe('The Leo story');
    for (const idea of ['he defends the Kingdom of the Living Room from the evil Dust Bunnies', 'Coach Mike is the best coach ever', 'The Three Little Pigs, with the wolf huffing and puffing']) {
      expect(removePersonalData(idea)).toEqual({ cleaned: idea, found: [] });
    }
  });

  it('reads street words of many languages, before or after the name', () => {
    for (const address of ['12 rue des Lilas', 'Rue des Lilas 12', 'Calle Mayor 5', 'Rua Augusta 100', 'Hauptstraße 3', 'Via Garibaldi 7', '221B Baker Street', '5 Station Rd', 'Piazza Navona 3', 'Avenida Paulista 1000', 'Kerkstraat 4', 'ulica Długa 8']) {
      const result = removePersonalData(`a cat who lives at ${address} and sleeps`);
      expect(result.found, address).toContain('street address');
      expect(result.cleaned, address).not.toMatch(/\d/);
      expect(result.cleaned, address).toMatch(/sleeps/);
    }
  });

  it('reads dates written many ways', () => {
    for (const date of ['14/03/2019', '2019-03-14', '14 March 2019', 'March 14, 2019', '14.3.2019']) {
      const result = removePersonalData(`born on ${date}, a bear who naps`);
      expect(result.found, date).toContain('date of birth');
      expect(result.cleaned, date).not.toMatch(/\d|march/i);
    }
  });

  it('leaves ordinary capitalised words, single first names and numbers in a story alone', () => {
    for (const idea of ['Peter Rabbit and the Big Red Balloon', 'Mia and 3 little pigs', 'A Sleepy Dragon on the Moon', 'a trip to Paris with Grandma Rose']) {
      expect(removePersonalData(idea).found, idea).toEqual([]);
    }
  });

  it('takes out a named school and a postcode, keeping the town and the story', () => {
    for (const [idea, gone] of [
      ["write about Mia who goes to St Mary's Primary School in Leeds, a story about a kite", /Mary|Primary/],
      ['a turtle for Noah, he lives in Springfield IL 62704 and loves the sea', /IL|62704/],
      ['a fox for Ava, postcode LS1 4AB, who likes jam', /LS1|4AB/],
      ['un conte pour Léa qui va à École Jules Ferry, avec un lapin', /Jules|Ferry/],
      ['Ben from Lincoln Elementary wants a story about a robot', /Lincoln/],
    ] as const) {
      const result = removePersonalData(idea);
      expect(result.cleaned, idea).not.toMatch(gone);
      expect(result.found.some((kind) => kind === 'school' || kind === 'postcode'), idea).toBe(true);
    }
  });

  it('leaves a school in a story idea alone when it has no name', () => {
    for (const idea of ['a shy bear on his first day at school', 'a dragon who goes to Dragon School', 'the Big Bad Wolf visits a school for piglets']) {
      expect(removePersonalData(idea).found, idea).toEqual([]);
    }
    expect(removePersonalData('a shy bear on his first day at school').found).toEqual([]);
  });
});
