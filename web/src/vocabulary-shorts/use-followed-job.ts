/** Follows one job over its event stream (watchJob); undefined until the first snapshot. */
import { useEffect, useState } from 'react';
import type { ApiError } from '../api/api-error.ts';
import type { Job } from '../api/api-types.ts';
import { watchJob } from '../api/watch-job.ts';

export function useFollowedJob(jobId: string | undefined): { job: Job | undefined; error: ApiError | undefined } {
  const [job, setJob] = useState<Job>();
  const [error, setError] = useState<ApiError>();
  useEffect(() => {
    setJob(undefined);
    setError(undefined);
    if (!jobId) return;
    return watchJob(jobId, { onJob: setJob, onError: setError });
  }, [jobId]);
  return { job, error };
}
