// A static import or re-export: `import … from './x.ts'`, `export { … } from '../y.ts'`, `export * from …`.
// The clause may span lines but holds only names, braces, commas and `*`, so the match cannot run on
// into the next statement.
const fromStatement = /^(?:import|export)\s+(type\s+)?([\w$*{},\s]+?)\s+from\s+['"](\.[^'"]+)['"]/gm;
const sideEffectImport = /^import\s+['"](\.[^'"]+)['"]/gm;
// A type query, `import('./x.ts').Name`: a type, unlike `await import('./x.ts')`, which loads later.
const typeQuery = /\bimport\(\s*['"](\.[^'"]+)['"]\s*\)\./g;

/**
 * The relative modules a file loads when it runs. `import type …` and clauses whose every name is
 * marked `type` are left out: TypeScript erases them, so they can never form a circle at run time.
 * Dynamic `import()` is left out too: it loads later, after both modules have finished evaluating.
 * (TypeScript 7's compiler has no JavaScript parsing API, hence the patterns above.)
 * With `types: true` the type-only imports and type queries are listed too, for the stricter check
 * of layering.
 */
export function runtimeImports(text: string, options: { types?: boolean } = {}): string[] {
  const specifiers: string[] = [];
  for (const [, typeOnly, clause, specifier] of text.matchAll(fromStatement)) {
    if (!options.types && (typeOnly || isAllTypes(clause))) continue;
    specifiers.push(specifier);
  }
  for (const [, specifier] of text.matchAll(sideEffectImport)) specifiers.push(specifier);
  if (options.types) for (const [, specifier] of text.matchAll(typeQuery)) specifiers.push(specifier);
  return specifiers;
}

function isAllTypes(clause: string): boolean {
  const braced = /^\{([\s\S]*)\}$/.exec(clause.trim());
  if (!braced) return false;
  const names = braced[1].split(',').map((name) => name.trim()).filter(Boolean);
  return names.length > 0 && names.every((name) => name.startsWith('type '));
}
