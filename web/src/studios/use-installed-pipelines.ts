/** The server's pipelines, for deciding which studios are installed. */
import type { PipelineSummary } from '../api/api-types.ts';
import { kilnApi } from '../api/kiln-api.ts';
import { useApiData, type ApiData } from '../components/use-api-data.ts';

export function useInstalledPipelines(): ApiData<PipelineSummary[]> {
  return useApiData((signal) => kilnApi.pipelines(signal));
}
