// Every `kiln` command but analyze (which has its own, smaller bundle: analyze-bundle.js) as prebuilt
// JavaScript, so a run does not pay for tsx compiling and Node resolving some hundreds of TypeScript
// modules first. Built by esbuild (installed with tsx) on first use into dist/cli/ (ignored by git),
// and rebuilt whenever a source it was built from changes.
//
// Split into chunks, so that each command still loads only its own modules and packages, as
// src/cli/main.ts's dynamic imports do from source. Chunk names carry a hash of their content and
// are never overwritten: a long-running `kiln serve` that loads a chunk late still finds the one it
// was built with after another command rebuilt the bundle. current.json names the entry in use.
const builtin = async (id) => process.getBuiltinModule?.(id) ?? (await import(id));
const { readFileSync, statSync } = await builtin('node:fs');
const module = await builtin('node:module');
const { fileURLToPath, pathToFileURL } = await builtin('node:url');

const root = fileURLToPath(new URL('..', import.meta.url));
const folder = `${root}dist/cli/`;
const currentPath = `${folder}current.json`;
/** Chunks no build has named for this long are removed at the next build. */
const unusedChunkLifetimeMs = 7 * 24 * 3600 * 1000;

/** The bundle's main module, or null when it cannot be built here (read-only install, no esbuild): the caller falls back to tsx. */
export async function loadCliBundle() {
  try {
    const current = freshBuild() ?? (await buildCliBundle());
    // V8's compiled code for the bundle and the packages it loads, kept between runs (Node 22.1+).
    module.enableCompileCache?.(`${folder}compile-cache`);
    // And for the worker threads and the ffmpeg spawner process, which load their .ts entry files
    // from source: they inherit the setting through the environment, and Node keeps their stripped
    // TypeScript there too. A cache the user chose already is left in place.
    process.env.NODE_COMPILE_CACHE ??= `${folder}compile-cache`;
    return await import(`${folder}${current.entry}`);
  } catch {
    return null;
  }
}

/**
 * The current build when every source it was built from is older than the build's start, else undefined.
 * Synchronous: a few hundred stat calls take about a millisecond this way, several as promises.
 */
function freshBuild() {
  try {
    const current = JSON.parse(readFileSync(currentPath, 'utf8'));
    return current.inputs.every((path) => statSync(`${root}${path}`).mtimeMs <= current.startedAt) ? current : undefined;
  } catch {
    return undefined;
  }
}

export async function buildCliBundle() {
  const { build } = await import('esbuild');
  const { access, mkdir, rename, writeFile } = await import('node:fs/promises');
  // A source saved while esbuild runs is newer than this, so the next run builds again.
  const startedAt = Date.now();
  const result = await build({
    entryPoints: [`${root}src/cli/main.ts`],
    // Inputs in the metafile are named relative to this folder, not to the caller's working directory.
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external', // dependencies (native and WebAssembly ones among them) load from node_modules as usual
    outdir: folder,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [sourceUrls],
  });
  await mkdir(folder, { recursive: true });
  const written = new Set(['current.json', 'compile-cache']);
  for (const file of result.outputFiles) {
    const name = file.path.slice(folder.length);
    written.add(name);
    // Same name, same content: a chunk already there is left alone (another process may be reading it).
    if (await access(file.path).then(() => true, () => false)) continue;
    const partialPath = `${file.path}.${process.pid}.partial`;
    await writeFile(partialPath, file.contents);
    await rename(partialPath, file.path);
  }
  // Each dynamically imported module is an entry point of its own in the metafile: main.ts's output is the one.
  const entry = Object.keys(result.metafile.outputs).find((path) => result.metafile.outputs[path].entryPoint === 'src/cli/main.ts');
  const inputs = Object.keys(result.metafile.inputs);
  // This file too, and the compiler settings esbuild read: a change in how the bundle is built must rebuild it.
  inputs.push('bin/cli-bundle.js', 'tsconfig.json');
  const current = { entry: entry.slice('dist/cli/'.length), startedAt, inputs };
  const partialCurrent = `${currentPath}.${process.pid}.partial`;
  await writeFile(partialCurrent, JSON.stringify(current));
  await rename(partialCurrent, currentPath);
  await removeUnusedChunks(written);
  return current;
}

/** Chunks of earlier builds that no process is likely to load any more; a file that cannot go stays. */
async function removeUnusedChunks(written) {
  const { readdir, stat, unlink } = await import('node:fs/promises');
  for (const name of await readdir(folder)) {
    if (written.has(name)) continue;
    const path = `${folder}${name}`;
    const unusedFor = Date.now() - (await stat(path).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
    if (unusedFor > unusedChunkLifetimeMs) await unlink(path).catch(() => {});
  }
}

/**
 * Each source's `import.meta.url` as the address of the source file itself, not of the chunk it is
 * bundled into. Kiln finds files beside its sources that way: worker threads' .ts entry files, the
 * ffmpeg spawner's body, migrations, WebAssembly kernels, JSON data, package.json, and packages
 * through createRequire. So every one of those resolves exactly as it does when tsx loads the sources.
 */
const sourceUrls = {
  name: 'source-urls',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?ts$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
    });
  },
};
