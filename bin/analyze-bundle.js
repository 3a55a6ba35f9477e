// The `kiln analyze` path as one prebuilt JavaScript file, so a song is analysed without tsx
// compiling some forty TypeScript modules first. Built by esbuild (already installed with tsx) on
// first use into dist/ (ignored by git), and rebuilt whenever a source it was built from changes.
// Built-in modules without an ESM facade where Node can give them so (see builtinsWithoutFacades).
const builtin = async (id) => process.getBuiltinModule?.(id) ?? (await import(id));
const { readFileSync, statSync } = await builtin('node:fs');
const module = await builtin('node:module');
const { fileURLToPath } = await builtin('node:url');

const root = fileURLToPath(new URL('..', import.meta.url));
const bundlePath = `${root}dist/analyze/analyze-entry.mjs`;
const inputsPath = `${root}dist/analyze/inputs.json`;

/** The bundle's module, or null when it cannot be built here (read-only install, no esbuild): the caller falls back to tsx. */
export async function loadAnalyzeBundle() {
  try {
    if (!isFresh()) await buildAnalyzeBundle();
    // V8's compiled code for the bundle, kept between runs (Node 22.1+; Node checks it against the source).
    module.enableCompileCache?.(`${root}dist/analyze/compile-cache`);
    return await import(bundlePath);
  } catch {
    return null;
  }
}

/**
 * Fresh when every source the bundle was built from is older than the bundle itself. Synchronous:
 * some fifty stat calls take about 0.5 ms this way and 2 to 4 ms as promises through the thread pool.
 */
function isFresh() {
  try {
    const built = statSync(bundlePath).mtimeMs;
    const inputs = JSON.parse(readFileSync(inputsPath, 'utf8'));
    return inputs.every((path) => statSync(`${root}${path}`).mtimeMs <= built);
  } catch {
    return false;
  }
}

export async function buildAnalyzeBundle() {
  const { build } = await import('esbuild');
  const { copyFile, mkdir, readdir, readFile, rename, writeFile } = await import('node:fs/promises');
  const partialPath = `${bundlePath}.${process.pid}.partial.mjs`;
  const result = await build({
    entryPoints: [`${root}src/cli/analyze-entry.ts`],
    // The metafile names inputs relative to this folder: without it they would be relative to the
    // caller's working directory, fail the freshness check, and the bundle be rebuilt on every run.
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external', // dependencies load from node_modules as usual; only Kiln's sources are bundled
    outfile: partialPath,
    metafile: true,
    logLevel: 'silent',
    plugins: [lazyChildProcess],
  });
  // The thread that decodes an MP3's second part (src/media/audio/decode-mp3-tail.ts) loads its body
  // from beside the bundle: bundled on its own, so it starts without tsx or Node's type stripping.
  const threadPath = `${root}dist/analyze/decode-mp3-tail-thread.mjs`;
  const threadPartialPath = `${threadPath}.${process.pid}.partial.mjs`;
  const thread = await build({
    entryPoints: [`${root}src/media/audio/decode-mp3-tail-thread.ts`],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    outfile: threadPartialPath,
    metafile: true,
    logLevel: 'silent',
  });
  // Only files: the lazy-child-process module lives in a plugin namespace ("lazy-child-process:child_process"),
  // and listed among the inputs its failing stat made every run rebuild the bundle.
  const inputs = [...new Set([...Object.keys(result.metafile.inputs), ...Object.keys(thread.metafile.inputs)])]
    .filter((path) => !path.startsWith(`${lazyChildProcess.name}:`))
    .map((path) => (path.startsWith('/') ? path.slice(root.length) : path));
  // The WebAssembly kernels load from beside the module that uses them (./wasm/), which in the bundle
  // is dist/analyze/: copied there, and listed as inputs so an edited kernel is copied again.
  await mkdir(`${root}dist/analyze/wasm`, { recursive: true });
  for (const name of (await readdir(`${root}src/media/audio/wasm`)).filter((file) => file.endsWith('.wasm'))) {
    await copyFile(`${root}src/media/audio/wasm/${name}`, `${root}dist/analyze/wasm/${name}`);
    inputs.push(`src/media/audio/wasm/${name}`);
  }
  // This file too: a change in how the bundle is built must rebuild it.
  inputs.push('bin/analyze-bundle.js');
  await writeFile(partialPath, builtinsWithoutFacades(await readFile(partialPath, 'utf8')));
  await writeFile(threadPartialPath, builtinsWithoutFacades(await readFile(threadPartialPath, 'utf8')));
  await rename(threadPartialPath, threadPath);
  // The input list is written first: a bundle newer than a stale list would only cause one extra rebuild.
  await writeFile(inputsPath, JSON.stringify(inputs));
  await rename(partialPath, bundlePath);
}

/**
 * The bundle's `import { open } from "node:fs/promises"` lines as `const { open } =
 * process.getBuiltinModule("node:fs/promises")`. An ESM import of a built-in module makes Node build
 * a module facade with every export, which reads each of them, lazy getters included (fs.ReadStream
 * loads the streams): some 4 ms of a run's CPU. esbuild writes each import on a line of its own, at
 * the top of the module that uses it, so a constant there is declared before any use. Left as
 * imports by a Node without getBuiltinModule (before 22.3).
 */
export function builtinsWithoutFacades(code) {
  if (typeof process.getBuiltinModule !== 'function') return code;
  return code.replace(/^import (\{[^}]*\}|\* as [\w$]+|[\w$]+) from "(node:[\w/]+)";$/gm, (line, names, specifier) => {
    const binding = names.startsWith('*') ? names.slice('* as '.length) : names.replace(/([\w$]+) as ([\w$]+)/g, '$1: $2');
    return `const ${binding} = process.getBuiltinModule("${specifier}");`;
  });
}

/**
 * node:child_process as functions that load it on their first call. Only a song that is not a plain
 * WAV needs ffmpeg, yet the bundle's static import loaded child_process (and net, dgram and streams
 * with it) on every run: about 3 ms of CPU of a short command. The wrappers drop util.promisify.custom,
 * so promisify(exec or execFile) would not give { stdout, stderr } here: the bundle uses only spawn and fork.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, () => ({ path: 'child_process', namespace: 'lazy-child-process' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, async () => {
      const exports = await import('node:child_process');
      const names = Object.keys(exports).filter((name) => name !== 'default' && /^[a-z]/.test(name) && typeof exports[name] === 'function');
      const wrappers = names.map((name) => `export const ${name} = (...args) => childProcess().${name}(...args);`);
      const contents = ["import { createRequire } from 'node:module';", 'let loaded;', "const childProcess = () => (loaded ??= createRequire(import.meta.url)('node:child_process'));", ...wrappers].join('\n');
      return { contents, loader: 'js' };
    });
  },
};
