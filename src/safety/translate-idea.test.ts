import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toolMissing } from '../runtime/testing/tool-missing.ts';
import { canTranslate, installedRoutes, translateIdeaBy } from './translate-idea.ts';
import { translateIdeas } from './idea-translations.ts';

describe.skipIf(toolMissing('apertium'))('translateIdeaBy on Debian\'s Apertium (needs apertium, its Italian, Portuguese, French, Spanish and Catalan pairs, cg3)', () => {
  // A language's first route: through Spanish, or Spanish's own pair.
  const translateIdea = (text: string, language: string) => translateIdeaBy(installedRoutes(language)[0], text);

  it('puts Italian, Portuguese and French ideas in English through Spanish, and Spanish directly, marking the words it could not translate', async () => {
    expect(await translateIdea('Una tartaruga che vuole vedere il mare.', 'ita')).toMatch(/^A (turtle|tortoise) that wants to see the sea/);
    expect(await translateIdea('Um coelho que tem medo do escuro.', 'por')).toMatch(/rabbit.*fear of the dark/);
    expect(await translateIdea('Un petit renard qui veut apprendre à nager.', 'fra')).toMatch(/fox that wants to learn to swim/);
    expect(await translateIdea('Un oso que no puede dormir.', 'spa')).toMatch(/bear that can not sleep|bear that cannot sleep/);
    // A word neither pair knows stays as written, marked: what read-translation.ts looks up or reports.
    expect(await translateIdea('Un drago con le cuffie antirumore.', 'ita')).toMatch(/[*@]+antirumore/);
  });

  it('has two routes for each language, and reads the one that leaves fewest words unknown', async () => {
    const routes = installedRoutes('ita');
    expect(routes.map((route) => route.pivot)).toEqual(['spa', 'cat']);
    // Through Spanish "favola" is unknown to the Italian analyser; the Catalan pair knows it.
    expect(await translateIdeaBy(routes[0], 'Una favola su un drago gentile.')).toMatch(/[*@]+favola/);
    expect(await translateIdeaBy(routes[1], 'Una favola su un drago gentile.')).toMatch(/\bfable\b/);
    const read = (await translateIdeas(['Una favola su un drago gentile.'])).read('Una favola su un drago gentile.');
    expect(read?.unknownWords).toEqual([]);
    expect(read?.english).toMatch(/fable .*dragon/i);
  });

  it('gives the idea to Apertium as text only: nothing in it is run', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kiln-apertium-'));
    try {
      const made = join(folder, 'made');
      await translateIdea(`Una storia $(touch ${made}) e \`touch ${made}\`; touch ${made}`, 'ita');
      expect(existsSync(made)).toBe(false);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('has no route for a language Debian pairs with no way to English', async () => {
    expect(canTranslate('nld')).toBe(false);
    expect(installedRoutes('nld')).toEqual([]);
    expect((await translateIdeas(['Een draak die bang is voor muizen.'])).read('Een draak die bang is voor muizen.')).toBeUndefined();
  });
});
