import type { PipelineSummary } from '../api/api-types.ts';
import type { ApiData } from '../components/use-api-data.ts';

export type StudioStatus = 'checking' | 'installed' | 'missing' | 'unknown';

/** Studios that are live websocket sessions rather than job pipelines; every server has them. */
const sessionStudios = new Set(['live-style']);

/** A studio is installed when the server lists a pipeline with the studio's id. */
export function studioStatus(pipelines: ApiData<PipelineSummary[]>, pipelineId: string): StudioStatus {
  if (sessionStudios.has(pipelineId)) return 'installed';
  if (pipelines.data) return pipelines.data.some((pipeline) => pipeline.id === pipelineId) ? 'installed' : 'missing';
  return pipelines.error ? 'unknown' : 'checking';
}

const sentences: Record<StudioStatus, string> = {
  checking: 'Checking this server…',
  installed: 'Installed on this server',
  missing: 'Not installed on this server yet',
  unknown: 'Could not ask the server',
};

/** Whether a studio can be used here, in words with a matching mark. */
export function StudioAvailability({ status }: { status: StudioStatus }) {
  return (
    <p className={`availability availability--${status}`}>
      <span className="availability__dot" aria-hidden="true" />
      {sentences[status]}
    </p>
  );
}
