import type { LiveStage } from './live-vocabulary-messages.ts';

/**
 * Times one utterance through the live stages. Time spent inside models (analyser, text, speech,
 * transcription) and waiting for the previous utterance's models is counted apart, so what is left
 * of the total is the gateway's own overhead: parsing, queueing, encoding and sending.
 */
export class UtteranceClock {
  readonly stages: Partial<Record<LiveStage, number>> = {};
  private readonly receivedAt: number;
  private modelTime = 0;
  private lastSendAt: number;

  constructor(private readonly now: () => number = () => performance.now()) {
    this.receivedAt = now();
    this.lastSendAt = this.receivedAt;
  }

  /** Records a stage as reached now (ms since receipt); a stage reached twice keeps its first time. */
  mark(stage: Exclude<LiveStage, 'recognise'>): void {
    this.stages[stage] ??= round(this.now() - this.receivedAt);
  }

  /** The recognition time, measured by the browser or by the transcription call. */
  recognised(milliseconds: number | undefined): void {
    if (milliseconds !== undefined) this.stages.recognise = round(milliseconds);
  }

  /** Runs work that is model time (or waiting for a model), not the gateway's. */
  async model<T>(work: () => Promise<T>): Promise<T> {
    const start = this.now();
    try {
      return await work();
    } finally {
      this.modelTime += this.now() - start;
    }
  }

  /** Called after each message sent for this utterance: the last one ends its gateway time. */
  sent(): void {
    this.lastSendAt = this.now();
  }

  get modelMs(): number {
    return round(this.modelTime);
  }

  get gatewayMs(): number {
    return round(Math.max(0, this.lastSendAt - this.receivedAt - this.modelTime));
  }
}

function round(milliseconds: number): number {
  return Math.round(milliseconds * 100) / 100;
}
