import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findStronglyConnected } from './find-strongly-connected.ts';
import { runtimeImports } from './runtime-imports.ts';

const srcRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function listTypeScriptFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return listTypeScriptFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Each circle among the imports under src/, as its files relative to src/, sorted, joined by ` <-> `. */
function importCircles(options: { types: boolean }): string[] {
  const files = listTypeScriptFiles(srcRoot);
  const known = new Set(files);
  const graph = new Map(
    files.map((file) => {
      const targets = runtimeImports(readFileSync(file, 'utf8'), options).map((specifier) =>
        resolve(dirname(file), specifier.replace(/\.js$/, '.ts')),
      );
      return [file, targets.filter((target) => known.has(target))];
    }),
  );
  return findStronglyConnected(graph)
    .filter((group) => group.length > 1 || graph.get(group[0])!.includes(group[0]))
    .map((group) => group.map((file) => relative(srcRoot, file)).sort().join(' <-> '))
    .sort();
}

/**
 * Circles that exist only through type imports: harmless at run time, but each says two files
 * lean on each other, and a newcomer cannot read one without the other. They lie in folders other
 * engineers were changing when the test came; move the shared type into its own file and take the
 * line out. The list only shrinks: a new type circle fails the test as a run-time one does.
 */
const typeCirclesLeft = [
  'media/audio/intensity-curve.ts <-> media/audio/wasm-loudness-scan.ts',
  'pipelines/vocabulary/analysis/dictionary-reading.ts <-> pipelines/vocabulary/analysis/find-sentence-items.ts <-> pipelines/vocabulary/analysis/is-learnable-word.ts',
  'safety/picture-classifier/classifier-thread.ts <-> safety/picture-classifier/classify-picture.ts',
];

describe('imports under src/', () => {
  it('form no circles, so every module is fully evaluated before anything that loads it', () => {
    expect(importCircles({ types: false })).toEqual([]);
  });

  it('form no circles through type imports either, beyond the few listed', () => {
    expect(importCircles({ types: true })).toEqual(typeCirclesLeft);
  });
});
