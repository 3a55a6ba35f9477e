export interface ShutdownOptions {
  /** How long closing may take after the first signal before the process exits anyway. Default 8 s. */
  graceMs?: number;
  /** Where the notices go; default stderr. */
  write?: (text: string) => void;
}

/**
 * Resolves on the first SIGINT or SIGTERM, so a command can close cleanly. From then on stopping
 * is guaranteed: a second signal exits at once, and so does the end of the grace period. A process
 * manager (or a person at Ctrl+C) expects one signal to stop the server within seconds; a handle
 * that stays open by mistake must cost a forced exit, never a hung process.
 */
export function waitForShutdownSignal(options: ShutdownOptions = {}): Promise<NodeJS.Signals> {
  const graceMs = options.graceMs ?? 8_000;
  const write = options.write ?? ((text: string) => process.stderr.write(text));
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      const forceExit = (again: NodeJS.Signals) => {
        write(`${again} again: exiting without finishing the shutdown.\n`);
        process.exit(1);
      };
      // Added before the first listener goes: with no listener at all, Node restores the default
      // action for an instant, and a second signal arriving then would kill the process outright.
      process.on('SIGINT', forceExit);
      process.on('SIGTERM', forceExit);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      // Unref'd: the deadline itself must not keep a process alive that has otherwise finished.
      setTimeout(() => {
        const open = process.getActiveResourcesInfo().filter((kind) => kind !== 'Timeout' && kind !== 'TTYWrap');
        write(`Kiln did not stop within ${graceMs / 1000} s (still open: ${open.join(', ') || 'nothing known'}); exiting now.\n`);
        process.exit(1);
      }, graceMs).unref();
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}
