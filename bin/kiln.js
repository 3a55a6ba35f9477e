#!/usr/bin/env node
// The `kiln` command. Sources are TypeScript; tsx compiles them on load so a clone runs without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
