#!/usr/bin/env node
// The `kiln` command. Sources are TypeScript; tsx compiles them on load so a clone runs without a build step.
// `kiln analyze` is the exception: a short, often scripted command, so it loads a prebuilt bundle
// (see analyze-bundle.js) and falls back to tsx only when that bundle cannot be built.
const args = process.argv.slice(2);
const bundle = args[0] === 'analyze' ? await (await import('./analyze-bundle.js')).loadAnalyzeBundle() : null;
if (bundle) {
  process.exitCode = await bundle.analyzeMain(args.slice(1));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(args);
}
