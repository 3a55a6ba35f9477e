import { setFlagsFromString } from 'node:v8';

/**
 * For a one-shot command that opens the embedded database and exits: V8 keeps every WebAssembly
 * function on its baseline compiler (Liftoff) instead of recompiling the hot ones with TurboFan.
 * PGlite's start, Kiln's migrations and pg-boss's set-up call Postgres's largest functions often
 * enough to tier them up, and their optimising compiles held ~500 MB for ~4 s: a `kiln vocab extract`
 * of seven minutes peaked at 1,050 MB, and at 541 MB with this (the same items; see the commit).
 * A short command gains nothing from code it throws away seconds later.
 *
 * Process-wide (the database thread included), so it must run before any WebAssembly is compiled,
 * and not in a process whose work is the audio kernels (src/media/audio/wasm-*, `kiln analyze`),
 * whose loops need TurboFan. `kiln musicvideo` runs them on one song among a minute of database
 * work: its analysis takes 0.25 CPU-s instead of 0.10, and PGlite's tier-up cost ~1 CPU-s. The
 * server, whose database lives for days, keeps the optimising compiler. `--liftoff-only` alone is
 * not enough at run time: its implications are applied only when V8 starts, hence all three.
 */
export function keepWasmOnBaselineCompiler(): void {
  setFlagsFromString('--liftoff-only');
  setFlagsFromString('--no-wasm-tier-up');
  setFlagsFromString('--no-wasm-dynamic-tiering');
}
