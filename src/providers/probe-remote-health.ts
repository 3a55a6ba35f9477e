import type { BackendStatus } from './backend.ts';

/**
 * A remote backend's health from one probe: the status the probe answers (ready, on the remote
 * device, when it answers nothing), or unavailable with the probe's error as the reason. Never throws.
 */
export async function probeRemoteHealth(probe: () => Promise<BackendStatus | void>): Promise<BackendStatus> {
  try {
    return (await probe()) ?? { state: 'ready', device: 'remote' };
  } catch (error) {
    return { state: 'unavailable', reason: error instanceof Error ? error.message : String(error), device: 'remote' };
  }
}
