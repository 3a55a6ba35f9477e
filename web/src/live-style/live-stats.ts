/** Figures of the live panel, from the styled frames as they arrive. */
export interface LiveFigures {
  /** Styled frames drawn per second, over the last two seconds. */
  fps: number;
  /** Capture-to-screen time, median and 95th percentile of the last 100 frames, ms. */
  latencyP50: number | undefined;
  latencyP95: number | undefined;
  /** Camera frames the server dropped because a newer one replaced them. */
  dropped: number;
  /** Answers that were the last styled frame again (the camera barely moved). */
  repeated: number;
  sent: number;
  received: number;
}

/** Nearest-rank percentile of numbers (p from 0 to 100). */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export class LiveStats {
  private readonly latencies: number[] = [];
  private readonly arrivals: number[] = [];
  private dropped = 0;
  private repeated = 0;
  private sent = 0;
  private received = 0;

  frameSent(): void {
    this.sent += 1;
  }

  /** A styled frame arrived at `now` (ms); `latencyMs` is undefined for viewers, whose clock differs from the streamer's. */
  frameReceived(now: number, latencyMs: number | undefined, repeat: boolean, droppedSoFar: number): void {
    this.received += 1;
    if (repeat) this.repeated += 1;
    this.dropped = Math.max(this.dropped, droppedSoFar);
    this.arrivals.push(now);
    if (latencyMs !== undefined) {
      this.latencies.push(latencyMs);
      if (this.latencies.length > 100) this.latencies.shift();
    }
  }

  figures(now: number): LiveFigures {
    while (this.arrivals.length > 0 && this.arrivals[0] < now - 2000) this.arrivals.shift();
    return {
      fps: this.arrivals.length / 2,
      latencyP50: percentile(this.latencies, 50),
      latencyP95: percentile(this.latencies, 95),
      dropped: this.dropped,
      repeated: this.repeated,
      sent: this.sent,
      received: this.received,
    };
  }
}
