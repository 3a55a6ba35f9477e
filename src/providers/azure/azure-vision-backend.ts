import { InvalidOutputError } from '../../engine/errors/index.ts';
import type { Backend, BackendBaseSettings } from '../backend.ts';
import type { DescribeOptions, DescribeResult, DescriptionModel, ProviderWarning } from '../spec/index.ts';
import { azurePost, type AzureConnection } from './azure-request.ts';
import { createAzureBackend } from './create-azure-backend.ts';
import { fitAzureImage, imageAnalysisLimits } from './fit-azure-image.ts';

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

/**
 * Image Analysis 4.0 captions in English only; other languages get an English caption and a warning.
 * Captions exist only in some Azure regions: elsewhere the service says so (HTTP 400) and the
 * fallback list moves on (provider_unsupported, with Azure's sentence).
 */
function createAzureDescriptionModel(connection: AzureConnection, modelId: string): DescriptionModel {
  return {
    provider: connection.provider,
    modelId,
    async describe(options: DescribeOptions): Promise<DescribeResult> {
      const fitted = await fitAzureImage(options.image, imageAnalysisLimits);
      const warnings: ProviderWarning[] = [...fitted.warnings];
      if (options.language && !/^en\b/i.test(options.language)) {
        warnings.push({ setting: 'language', message: `Azure AI Vision captions in English only; ${options.language} was not honoured.` });
      }
      const response = await azurePost<AnalyzeImageResponse>(connection, {
        path: `/computervision/imageanalysis:analyze?api-version=${imageAnalysisApiVersion}&features=caption,tags&language=en`,
        body: fitted.image.data as Uint8Array<ArrayBuffer>,
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
  return createAzureBackend({ type: 'azure-vision', capability: 'description', settings, makeModel: createAzureDescriptionModel });
}
