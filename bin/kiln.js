#!/usr/bin/env node
// The `kiln` command. Sources are TypeScript; a clone runs without a build step. Each command loads
// a prebuilt bundle of them, built by esbuild on first use and again after a source changes:
// `kiln analyze`, a short and often scripted command, its own small one (analyze-bundle.js), every
// other command one of src/cli/main.ts (cli-bundle.js). Where a bundle cannot be built, or with
// KILN_BUNDLE=0 in the environment, tsx compiles the sources on load instead.
import { KILN_MINIMUM, requireNode } from '../scripts/check-node-version.js';

requireNode(KILN_MINIMUM, 'to run Kiln');
const args = process.argv.slice(2);
const bundled = process.env.KILN_BUNDLE !== '0';
if (args[0] === 'analyze') {
  // A one-shot run: a background optimising compile finishes after the hot loop has run on in slower
  // code, then is thrown away with the process. Compiling on the main thread cost less CPU in total
  // (and no more wall time) on a three-minute song; see the commit that added this line.
  (process.getBuiltinModule?.('node:v8') ?? (await import('node:v8'))).setFlagsFromString('--no-concurrent-recompilation');
}
const analyzeBundle = bundled && args[0] === 'analyze' ? await (await import('./analyze-bundle.js')).loadAnalyzeBundle() : null;
if (analyzeBundle) {
  process.exitCode = await analyzeBundle.analyzeMain(args.slice(1));
} else {
  const cliBundle = bundled ? await (await import('./cli-bundle.js')).loadCliBundle() : null;
  if (!cliBundle) (await import('tsx/esm/api')).register();
  const { main } = cliBundle ?? (await import('../src/cli/main.ts'));
  process.exitCode = await main(args);
}
