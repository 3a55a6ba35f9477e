#!/usr/bin/env node
// `npm test`'s last part: runs `vitest run` with its output passed through as it comes, and repeats
// at the end every line a dying process wrote about why it died (a V8 or GLib fatal error, a failed
// check, a Rust panic). A test fork that crashes prints its reason in the middle of a log of
// thousands of lines, and CI keeps only the log's tail, which says no more than "exited with SIGTRAP".
// When V8 itself fails its check on WebAssembly code pages in a test fork (a Node 24 runtime fault seen in three CI
// runs, a different file each time), the files it stopped run once more and decide the result; nothing else is rerun.
// Plain JavaScript with built-in modules only, like check-node-version.js.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { freemem, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Lines a native crash or a fatal runtime error writes to stderr, whatever the colours around them. */
const crashPatterns = [
  /GLib(-[A-Za-z]+)?-(ERROR|CRITICAL)/,
  /FATAL ERROR/,
  /Fatal (error|JavaScript|process)/,
  /Check failed/,
  /Segmentation fault|Trace\/breakpoint trap|Aborted \(core dumped\)/,
  /panicked at/,
  /exited unexpectedly with signal/,
];
/**
 * V8's own bookkeeping of WebAssembly code pages failing a check (Node 24's V8, seen in test forks loading PGlite and
 * kuromoji under load, in a different file each time): a fault of the runtime, not of the file it was running.
 */
const knownRuntimeCrash = /Check failed: jit_page_->allocations_\.erase\(addr\) == 1/;
/** Vitest's word for a fork that died, with the file it was running. */
const crashedFile = /exited unexpectedly with signal \w+ during \w+ state while running test file (\S+)/;
/** Lines kept after a matching one (a fatal error's stack or its detail). */
const linesAfter = 6;
/** At most this many lines are repeated, so a crash loop cannot double the log. */
const mostKept = 200;

// ANSI colour codes, so a pattern matches the text the reader sees.
const colours = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/**
 * Collects the crash lines among the lines it is fed; `kept` is what to repeat at the end, `crashedFiles` the test files
 * whose fork died, `runtimeCrash` whether V8's known check failed, `testsFailed` whether vitest counted a failed file.
 */
export function crashLineCollector() {
  let following = 0;
  const collector = {
    kept: [],
    crashedFiles: new Set(),
    runtimeCrash: false,
    testsFailed: false,
    feed(line) {
      const plain = line.replace(colours, '');
      if (knownRuntimeCrash.test(plain)) collector.runtimeCrash = true;
      const crashed = crashedFile.exec(plain)?.[1];
      if (crashed) collector.crashedFiles.add(crashed);
      if (/^\s*Test Files\b.*\bfailed\b/.test(plain)) collector.testsFailed = true;
      if (crashPatterns.some((pattern) => pattern.test(plain))) following = linesAfter + 1;
      if (following > 0 && collector.kept.length < mostKept) collector.kept.push(plain);
      if (following > 0) following -= 1;
    },
  };
  return collector;
}

/** Feeds each whole line of `stream` to `collector` and passes the bytes on to `out` unchanged. */
function passThrough(stream, out, collector) {
  let partial = '';
  stream.on('data', (chunk) => {
    out.write(chunk);
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) collector.feed(line);
  });
  stream.on('end', () => {
    if (partial) collector.feed(partial);
  });
}

/** The limits a native crash most often meets (open files, memory), read where the system says them. */
function machineLimits() {
  let openFiles = 'unknown';
  try {
    openFiles = /^Max open files\s+(\S+)/m.exec(readFileSync('/proc/self/limits', 'utf8'))?.[1] ?? openFiles;
  } catch {
    // Not Linux: the line says unknown.
  }
  const gib = (bytes) => (bytes / 2 ** 30).toFixed(1);
  return `This machine: open files limit ${openFiles}, memory ${gib(freemem())} of ${gib(totalmem())} GiB free at the end.`;
}

/** Runs `vitest run` with `args`, passing its output on; resolves with its exit code and what its collector saw. */
function runVitest(vitest, args) {
  const child = spawn(process.execPath, [vitest, 'run', ...args], {
    stdio: ['inherit', 'pipe', 'pipe'],
    // Piped output would lose vitest's colours on a terminal; keep them where the reader has one.
    env: process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env,
  });
  const collector = crashLineCollector();
  passThrough(child.stdout, process.stdout, collector);
  passThrough(child.stderr, process.stderr, collector);
  const forward = (signal) => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, forward);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      for (const name of ['SIGINT', 'SIGTERM']) process.off(name, forward);
      resolve({ code: code ?? (signal ? 1 : 0), collector });
    });
  });
}

async function main() {
  // Vitest's package exports no path to its command; its package.json names it.
  const manifest = createRequire(import.meta.url).resolve('vitest/package.json');
  const vitest = join(dirname(manifest), JSON.parse(readFileSync(manifest, 'utf8')).bin.vitest);
  const args = process.argv.slice(2);
  const { code, collector } = await runVitest(vitest, args);
  if (collector.kept.length > 0) {
    process.stderr.write(`\nWhat crashing processes wrote during the run (repeated from above):\n${collector.kept.join('\n')}\n${machineLimits()}\n`);
  }
  // Only V8's known fault, with every file that ran to its end passing: the files whose fork it killed run once more, and
  // their result is the run's. Any other crash, or any failed test, fails the run as it is.
  const rerun = code !== 0 && collector.runtimeCrash && !collector.testsFailed && collector.crashedFiles.size > 0;
  if (!rerun) {
    process.exitCode = code;
    return;
  }
  const files = [...collector.crashedFiles];
  process.stderr.write(`\nV8 failed its own check on WebAssembly code pages (a fault of the runtime, not of the test) while running ${files.join(', ')}; running ${files.length === 1 ? 'that file' : 'those files'} once more.\n`);
  const again = await runVitest(vitest, [...args, ...files]);
  process.stderr.write(`\nThe file${files.length === 1 ? '' : 's'} V8's fault stopped ${again.code === 0 ? 'passed' : 'did not pass'} when run again.\n`);
  process.exitCode = again.code;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
