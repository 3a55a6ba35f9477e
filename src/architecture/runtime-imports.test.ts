import { describe, expect, it } from 'vitest';
import { runtimeImports } from './runtime-imports.ts';

describe('runtimeImports', () => {
  it('lists value imports, re-exports and side-effect imports, over several lines', () => {
    const text = [
      "import { a, b } from './a.ts';",
      'import {',
      '  c,',
      '  type D,',
      "} from '../c.ts';",
      "import e from './e.ts';",
      "export * from './f.ts';",
      "export { g } from './g.ts';",
      "import './h.ts';",
      "import { z } from 'zod';",
    ].join('\n');
    expect(runtimeImports(text)).toEqual(['./a.ts', '../c.ts', './e.ts', './f.ts', './g.ts', './h.ts']);
  });

  it('leaves out what TypeScript erases and what loads later', () => {
    const text = [
      "import type { A } from './a.ts';",
      "import { type B, type C } from './b.ts';",
      "export type { D } from './d.ts';",
      "let database: import('./e.ts').Database;",
      "const later = await import('./later.ts');",
      "export const text = 'see below'; // from './not-an-import.ts'",
    ].join('\n');
    expect(runtimeImports(text)).toEqual([]);
    expect(runtimeImports(text, { types: true })).toEqual(['./a.ts', './b.ts', './d.ts', './e.ts']);
  });
});
