import type { Job } from '../api/api-types.ts';
import { shortId } from '../components/short-id.ts';
import { pipelineTitle } from '../studios/pipeline-title.ts';

/** A job's name for people: its title from the server, or its studio and short id when it has none. */
export function jobTitle(job: Pick<Job, 'id' | 'pipeline' | 'title'>): string {
  return job.title?.trim() || `${pipelineTitle(job.pipeline)} ${shortId(job.id)}`;
}
