import { InvalidOutputError, ProviderUnsupportedError } from '../../engine/errors/index.ts';
import type { Backend, BackendBaseSettings, BackendStatus } from '../backend.ts';
import type { Capability, DescribeOptions, DescribeResult, DescriptionModel, ModelByCapability, ProviderWarning } from '../spec/index.ts';
import { azurePost, createAzureConnection, type AzureConnection } from './azure-request.ts';

export interface AzureVisionBackendSettings extends BackendBaseSettings {
  /** The Azure AI Vision resource's endpoint, e.g. `https://my-vision.cognitiveservices.azure.com`. */
  endpoint: string;
  /** The environment variable holding the subscription key. */
  apiKeyEnv: string;
}

export const imageAnalysisApiVersion = '2024-02-01';

interface AnalyzeImageResponse {
  captionResult?: { text?: string; confidence?: number };
  tagsResult?: { values?: { name: string; confidence?: number }[] };
}

/** Image Analysis 4.0 captions in English only; other languages get an English caption and a warning. */
function createAzureDescriptionModel(connection: AzureConnection, modelId: string): DescriptionModel {
  return {
    provider: connection.provider,
    modelId,
    async describe(options: DescribeOptions): Promise<DescribeResult> {
      const warnings: ProviderWarning[] = [];
      if (options.language && !/^en\b/i.test(options.language)) {
        warnings.push({ setting: 'language', message: `Azure AI Vision captions in English only; ${options.language} was not honoured.` });
      }
      const response = await azurePost<AnalyzeImageResponse>(connection, {
        path: `/computervision/imageanalysis:analyze?api-version=${imageAnalysisApiVersion}&features=caption,tags&language=en`,
        body: options.image.data as Uint8Array<ArrayBuffer>,
        contentType: 'application/octet-stream',
        modelId,
        signal: options.abortSignal,
      });
      const caption = response.captionResult?.text?.trim();
      if (!caption) throw new InvalidOutputError(`${connection.provider} answered imageanalysis:analyze without a caption.`);
      const tags = [...(response.tagsResult?.values ?? [])]
        .sort((left, right) => (right.confidence ?? 0) - (left.confidence ?? 0))
        .map((tag) => tag.name.trim())
        .filter(Boolean);
      // The service writes captions in lower case without a full stop; alt text reads better as a sentence.
      const sentence = `${caption[0].toUpperCase()}${caption.slice(1)}${/[.!?]$/.test(caption) ? '' : '.'}`;
      return { caption: sentence, tags, warnings };
    },
  };
}

/** Azure AI Vision (Image Analysis 4.0) as a `description` backend: caption plus tags for alt text. */
export function createAzureVisionBackend(settings: AzureVisionBackendSettings): Backend {
  const name = settings.name ?? 'azure-vision';
  const connection = createAzureConnection({ ...settings, name });
  return {
    name,
    type: 'azure-vision',
    capabilities: ['description'],
    model<C extends Capability>(capability: C, modelId: string): ModelByCapability[C] {
      if (capability !== 'description') {
        throw new ProviderUnsupportedError(`${name} (azure-vision) serves description only, not ${capability}.`, { details: { provider: name, capability } });
      }
      return createAzureDescriptionModel(connection, modelId) as ModelByCapability[C];
    },
    // Analyze calls are billed, so health does not call the service: a configured key means ready.
    async health(): Promise<BackendStatus> {
      try {
        connection.apiKey();
        return { state: 'ready', device: 'remote' };
      } catch (error) {
        return { state: 'unavailable', reason: error instanceof Error ? error.message : String(error), device: 'remote' };
      }
    },
  };
}
