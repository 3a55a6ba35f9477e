import type { ProgressEvent } from '../engine/progress-event.ts';

/**
 * Shows a job's progress on a terminal: one redrawn line with a bar and the current step on a TTY,
 * one plain line per step otherwise (logs and CI read those better).
 */
export class ProgressBar {
  private steps: string[] = [];
  private finished = new Set<string>();
  private current = '';
  private fraction = 0;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {}

  handle(event: ProgressEvent): void {
    switch (event.type) {
      case 'job-start':
        this.steps = event.steps;
        break;
      case 'step-start':
        this.current = event.step;
        this.fraction = 0;
        if (!this.stream.isTTY) this.stream.write(`… ${event.step}\n`);
        break;
      case 'step-progress':
        this.current = event.step;
        this.fraction = event.fraction;
        break;
      case 'step-end':
        this.finished.add(event.step);
        if (!this.stream.isTTY) {
          const how = event.cached ? 'reused' : `${(event.durationMs / 1000).toFixed(2)} s`;
          const served = event.servedBy.length > 0 ? ` (${event.servedBy.join(', ')})` : '';
          this.stream.write(`✓ ${event.step}: ${how}${served}\n`);
        }
        break;
      case 'job-end':
      case 'job-error':
        if (this.stream.isTTY) this.stream.write('\r\x1b[2K');
        return;
    }
    if (this.stream.isTTY) this.draw();
  }

  /** 0..1 over the whole job: finished steps plus the running step's share. */
  overall(): number {
    if (this.steps.length === 0) return 0;
    const running = this.finished.has(this.current) ? 0 : this.fraction;
    return Math.min(1, (this.finished.size + running) / this.steps.length);
  }

  private draw(): void {
    const width = 24;
    const filled = Math.round(this.overall() * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    const percent = `${Math.round(this.overall() * 100)}%`.padStart(4);
    this.stream.write(`\r\x1b[2K${bar} ${percent}  ${this.current}`);
  }
}
