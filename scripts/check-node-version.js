#!/usr/bin/env node
// Every entry point (bin/kiln.js, `npm start`, `npm test`) calls this before it loads anything else, so
// an old Node says in one sentence what to install instead of failing later on a .ts file or a missing
// API. Plain JavaScript that old Nodes parse: nothing above ES2020 syntax, built-in modules only.
import { pathToFileURL } from 'node:url';

/** The oldest Node that runs Kiln: module.register (tsx's loader, in threads too) and Vite's 20.19. */
export const KILN_MINIMUM = '20.19';
/** The oldest Node that runs the tests: Vitest's own minimum. */
export const TESTS_MINIMUM = '22.12';

/**
 * The sentence to print when `version` is older than `minimum` ("22.12"), or undefined when it is not;
 * `purpose` completes "is needed …" ("to run Kiln").
 */
export function nodeVersionProblem(version, minimum, purpose) {
  const have = version.replace(/^v/, '').split('.').map(Number);
  const need = minimum.split('.').map(Number);
  for (let index = 0; index < need.length; index += 1) {
    const part = have[index] || 0;
    if (part > need[index]) return undefined;
    if (part < need[index]) {
      return `Node.js ${minimum} or newer is needed ${purpose} and this is ${version.replace(/^v/, '')}: install Node.js 22 LTS or newer (https://nodejs.org, or your system's nodejs package), then run it again.`;
    }
  }
  return undefined;
}

/** Ends the process with the sentence when this Node is older than `minimum`. */
export function requireNode(minimum, purpose) {
  const problem = nodeVersionProblem(process.versions.node, minimum, purpose);
  if (!problem) return;
  process.stderr.write(`${problem}\n`);
  process.exit(1);
}

// `node scripts/check-node-version.js 22.12 "to run Kiln's tests"`, as package.json's scripts run it.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  requireNode(process.argv[2] || KILN_MINIMUM, process.argv[3] || 'to run Kiln');
}
