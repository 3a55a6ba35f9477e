import { describe, expect, it } from 'vitest';
import { asDiminutive, diminutiveBases } from './read-diminutives.ts';

describe('diminutiveBases', () => {
  it('offers the words an Italian, Portuguese or Spanish diminutive may be made from, most likely first', () => {
    expect(diminutiveBases('gattino', 'ita').slice(0, 4)).toEqual(['gatto', 'gatta', 'gatte', 'gatt']);
    expect(diminutiveBases('nipotina', 'ita')).toContain('nipote');
    expect(diminutiveBases('leoncino', 'ita')).toContain('leone');
    expect(diminutiveBases('irmãozinho', 'por')[0]).toBe('irmão');
    expect(diminutiveBases('florzinhas', 'por')[0]).toBe('flor');
    expect(diminutiveBases('osito', 'spa')[0]).toBe('oso');
  });

  it('puts back a spelling or an accent the ending changed', () => {
    expect(diminutiveBases('barquinho', 'por')).toContain('barco');
    expect(diminutiveBases('amiguito', 'spa')).toContain('amigo');
    expect(diminutiveBases('ratoncito', 'spa')).toContain('ratón');
    expect(diminutiveBases('passarinho', 'por')).toContain('pássaro');
  });

  it('offers nothing for a word with no diminutive ending, a stem too short, or a language without rules here', () => {
    expect(diminutiveBases('gatto', 'ita')).toEqual([]);
    expect(diminutiveBases('ino', 'ita')).toEqual([]);
    expect(diminutiveBases('poesje', 'nld')).toEqual([]);
  });
});

describe('asDiminutive', () => {
  it('reads a base as little, once', () => {
    expect(asDiminutive('cat')).toBe('little cat');
    expect(asDiminutive('small bear')).toBe('small bear');
  });
});
