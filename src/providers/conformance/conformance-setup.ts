import { expect } from 'vitest';
import { KilnError } from '../../engine/errors/index.ts';
import type { MediaData, ModelIdentity, ProviderWarning } from '../spec/index.ts';
import { encodeWav } from '../../media/audio/encode-wav.ts';
import { encodePng } from '../testing/media-encoders.ts';

/** What a backend's test file hands a conformance suite. Thunks, because servers start in `beforeAll`. */
export interface ConformanceSetup<M extends ModelIdentity> {
  /** The model under test. */
  model: () => M;
  /** The identity it must carry. */
  provider: string;
  modelId: string;
  /** The same backend pointed at something that is not there; must fail as provider_unavailable. */
  unreachable?: () => M;
  /** The same model behind a server that answers slowly, to check an abort stops a call in flight. */
  slow?: () => M;
}

export function expectIdentity(model: ModelIdentity, setup: { provider: string; modelId: string }): void {
  expect(model.provider).toBe(setup.provider);
  expect(model.modelId).toBe(setup.modelId);
}

export function expectWarnings(warnings: ProviderWarning[]): void {
  expect(Array.isArray(warnings)).toBe(true);
  for (const warning of warnings) {
    expect(typeof warning.setting).toBe('string');
    expect(warning.message.length).toBeGreaterThan(0);
  }
}

/** An abort must surface as an abort (never as a provider error that would move the fallback on). */
export async function expectAborted(call: Promise<unknown>): Promise<void> {
  const error = await call.then(
    () => new Error('the call finished although it was aborted'),
    (rejected: unknown) => rejected,
  );
  const isAbort = error instanceof Error && (error.name === 'AbortError' || (error instanceof KilnError && error.code === 'cancelled'));
  expect(isAbort, `expected an AbortError, got ${String(error)}`).toBe(true);
}

/** Aborts 50 ms into a call to a slow server: the call must stop well before the server would answer. */
export async function expectAbortedInFlight(start: (signal: AbortSignal) => Promise<unknown>): Promise<void> {
  const controller = new AbortController();
  const began = Date.now();
  const call = start(controller.signal);
  setTimeout(() => controller.abort(), 50);
  await expectAborted(call);
  expect(Date.now() - began).toBeLessThan(1000);
}

export async function expectErrorCode(call: Promise<unknown>, code: string): Promise<void> {
  await expect(call).rejects.toSatisfy((error: unknown) => error instanceof KilnError && error.code === code);
}

/** A 32×24 gradient, made here so no fixture is needed. */
export function samplePicture(): MediaData {
  return { data: encodePng(32, 24, (x, y) => [x * 8, y * 10, 128]), mediaType: 'image/png' };
}

/** One second of a 440 Hz tone at 16 kHz. */
export function sampleRecording(): MediaData {
  const samples = Float32Array.from({ length: 16000 }, (_, index) => 0.3 * Math.sin((2 * Math.PI * 440 * index) / 16000));
  return { data: encodeWav(samples, 16000), mediaType: 'audio/wav' };
}
