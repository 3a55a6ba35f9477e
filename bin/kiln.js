#!/usr/bin/env node
// The `kiln` command. Sources are TypeScript; tsx compiles them on load so a clone runs without a build step.
// `kiln analyze` is the exception: a short, often scripted command, so it loads a prebuilt bundle
// (see analyze-bundle.js) and falls back to tsx only when that bundle cannot be built.
import { KILN_MINIMUM, requireNode } from '../scripts/check-node-version.js';

requireNode(KILN_MINIMUM, 'to run Kiln');
const args = process.argv.slice(2);
if (args[0] === 'analyze') {
  // A one-shot run: a background optimising compile finishes after the hot loop has run on in slower
  // code, then is thrown away with the process. Compiling on the main thread cost less CPU in total
  // (and no more wall time) on a three-minute song; see the commit that added this line.
  (process.getBuiltinModule?.('node:v8') ?? (await import('node:v8'))).setFlagsFromString('--no-concurrent-recompilation');
}
const bundle = args[0] === 'analyze' ? await (await import('./analyze-bundle.js')).loadAnalyzeBundle() : null;
if (bundle) {
  process.exitCode = await bundle.analyzeMain(args.slice(1));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(args);
}
