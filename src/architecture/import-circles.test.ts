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

describe('imports under src/', () => {
  it('form no circles, so every module is fully evaluated before anything that loads it', () => {
    expect(importCircles({ types: false })).toEqual([]);
  });

  // A circle through type imports is harmless at run time, but it says two files lean on each
  // other and a newcomer cannot read one without the other: move the shared type to its own file.
  it('form no circles through type imports either', () => {
    expect(importCircles({ types: true })).toEqual([]);
  });
});
