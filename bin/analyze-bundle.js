// The `kiln analyze` path as one prebuilt JavaScript file, so a song is analysed without tsx
// compiling some forty TypeScript modules first. Built by esbuild (already installed with tsx) on
// first use into dist/ (ignored by git), and rebuilt whenever a source it was built from changes.
import { readFile, stat } from 'node:fs/promises';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundlePath = `${root}dist/analyze/analyze-entry.mjs`;
const inputsPath = `${root}dist/analyze/inputs.json`;

/** The bundle's module, or null when it cannot be built here (read-only install, no esbuild): the caller falls back to tsx. */
export async function loadAnalyzeBundle() {
  try {
    if (!(await isFresh())) await buildAnalyzeBundle();
    // V8's compiled code for the bundle, kept between runs (Node 22.1+; Node checks it against the source).
    module.enableCompileCache?.(`${root}dist/analyze/compile-cache`);
    return await import(bundlePath);
  } catch {
    return null;
  }
}

/** Fresh when every source the bundle was built from is older than the bundle itself. */
async function isFresh() {
  try {
    const [built, inputs] = await Promise.all([stat(bundlePath), readFile(inputsPath, 'utf8').then(JSON.parse)]);
    const times = await Promise.all(inputs.map((path) => stat(`${root}${path}`).then((s) => s.mtimeMs)));
    return times.every((time) => time <= built.mtimeMs);
  } catch {
    return false;
  }
}

export async function buildAnalyzeBundle() {
  const { build } = await import('esbuild');
  const { writeFile, rename } = await import('node:fs/promises');
  const result = await build({
    entryPoints: [`${root}src/cli/analyze-entry.ts`],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external', // dependencies load from node_modules as usual; only Kiln's sources are bundled
    outfile: `${bundlePath}.${process.pid}.partial.mjs`,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs).map((path) => (path.startsWith('/') ? path.slice(root.length) : path));
  // The input list is written first: a bundle newer than a stale list would only cause one extra rebuild.
  await writeFile(inputsPath, JSON.stringify(inputs));
  await rename(`${bundlePath}.${process.pid}.partial.mjs`, bundlePath);
}
