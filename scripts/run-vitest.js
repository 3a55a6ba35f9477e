#!/usr/bin/env node
// `npm test`'s last part: runs `vitest run` with its output passed through as it comes, and repeats
// at the end every line a dying process wrote about why it died (a V8 or GLib fatal error, a failed
// check, a Rust panic). A test fork that crashes prints its reason in the middle of a log of
// thousands of lines, and CI keeps only the log's tail, which says no more than "exited with SIGTRAP".
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
/** Lines kept after a matching one (a fatal error's stack or its detail). */
const linesAfter = 6;
/** At most this many lines are repeated, so a crash loop cannot double the log. */
const mostKept = 200;

// ANSI colour codes, so a pattern matches the text the reader sees.
const colours = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Collects the crash lines among the lines it is fed; `kept` is what to repeat at the end. */
export function crashLineCollector() {
  const kept = [];
  let following = 0;
  return {
    kept,
    feed(line) {
      const plain = line.replace(colours, '');
      if (crashPatterns.some((pattern) => pattern.test(plain))) following = linesAfter + 1;
      if (following > 0 && kept.length < mostKept) kept.push(plain);
      if (following > 0) following -= 1;
    },
  };
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

function main() {
  // Vitest's package exports no path to its command; its package.json names it.
  const manifest = createRequire(import.meta.url).resolve('vitest/package.json');
  const vitest = join(dirname(manifest), JSON.parse(readFileSync(manifest, 'utf8')).bin.vitest);
  const child = spawn(process.execPath, [vitest, 'run', ...process.argv.slice(2)], {
    stdio: ['inherit', 'pipe', 'pipe'],
    // Piped output would lose vitest's colours on a terminal; keep them where the reader has one.
    env: process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env,
  });
  const collector = crashLineCollector();
  passThrough(child.stdout, process.stdout, collector);
  passThrough(child.stderr, process.stderr, collector);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('close', (code, signal) => {
    if (collector.kept.length > 0) {
      process.stderr.write(`\nWhat crashing processes wrote during the run (repeated from above):\n${collector.kept.join('\n')}\n${machineLimits()}\n`);
    }
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
