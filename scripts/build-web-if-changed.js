#!/usr/bin/env node
// `npm start` runs this before the server: the web app is rebuilt only when a file under web/ (not
// web/dist, not the page tests) is newer than the last successful build, so a restart takes seconds.
// `--force` builds regardless.
import { KILN_MINIMUM, requireNode } from './check-node-version.js';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

requireNode(KILN_MINIMUM, 'to run Kiln');

const root = fileURLToPath(new URL('..', import.meta.url));
const web = path.join(root, 'web');
// Written after a build succeeds; Vite empties web/dist when a build starts, so a failed build leaves none.
const stamp = path.join(web, 'dist', '.build-stamp');
const skipped = new Set([path.join(web, 'dist'), path.join(web, 'e2e'), path.join(web, 'node_modules')]);

// The pages bundle a few server modules (the live frame protocol, timestamp formatting): a value
// import of ../src/… counts as a source too. Type-only imports are erased and do not.
const serverImport = /^import (?!type )[^;]*?from '((?:\.\.\/)+src\/[^']+)'/gm;

function newestSourceTime(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (skipped.has(full) || entry.name.endsWith('.test.ts')) continue;
    if (entry.isDirectory()) {
      newest = Math.max(newest, newestSourceTime(full));
      continue;
    }
    newest = Math.max(newest, statSync(full).mtimeMs);
    if (!/\.tsx?$/.test(entry.name)) continue;
    for (const [, specifier] of readFileSync(full, 'utf8').matchAll(serverImport)) {
      const imported = path.resolve(folder, specifier);
      if (existsSync(imported)) newest = Math.max(newest, statSync(imported).mtimeMs);
    }
  }
  return newest;
}

const force = process.argv.includes('--force');
const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
if (!force && builtAt >= newestSourceTime(web)) {
  process.stderr.write('The web app is up to date (web/dist); not rebuilding.\n');
} else {
  process.stderr.write('Building the web app into web/dist…\n');
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
}
