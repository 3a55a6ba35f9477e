import type { BestHitPhase, BestPhase } from './pulse-salience.ts';
import { wasmKernelModule } from './wasm-kernel-module.ts';

/** The per-window searches of pulseSalience and pulseHitRate over one envelope. */
export interface PulseKernels {
  bestPhase: BestPhase;
  bestHitPhase: BestHitPhase;
}

/**
 * bestPhaseMean and bestHitPhaseRate over `envelope` in WebAssembly (wasm/pulse-salience.wat), the
 * same numbers: the envelope is copied in once and serves every candidate tempo. Null without WebAssembly.
 */
export function wasmPulseKernels(envelope: Float32Array): PulseKernels | null {
  const module = wasmKernelModule('pulse-salience.wasm');
  if (!module) return null;
  const memory = new WebAssembly.Memory({ initial: Math.max(1, Math.ceil((envelope.length * 4) / 65536)) });
  const { bestPhase, bestHitPhase } = new WebAssembly.Instance(module, { pulses: { memory } }).exports as unknown as PulseSalienceExports;
  new Float32Array(memory.buffer, 0, envelope.length).set(envelope);
  return {
    bestPhase: (start, end, step, best) => bestPhase(0, start, end, step, best),
    bestHitPhase: (start, end, step, threshold, best) => bestHitPhase(0, start, end, step, threshold, best),
  };
}

interface PulseSalienceExports {
  bestPhase(envelope: number, start: number, end: number, step: number, best: number): number;
  bestHitPhase(envelope: number, start: number, end: number, period: number, threshold: number, best: number): number;
}
