import { KilnError, UnsupportedMediaTypeError } from '../../engine/errors/index.ts';
import { audioAnalysisSchema, type AudioAnalysis } from '../../media/audio/audio-analysis-schema.ts';
import type { StepContext } from '../../engine/step.ts';
import type { AssetRecord, AssetStore, ProviderRegistry } from '../../runtime/contracts.ts';
import { requiredService } from '../../runtime/step-services.ts';

/** The services the music video steps use; the runtime's worker and the CLI both provide them. */
export interface MusicVideoServices {
  assets: AssetStore;
  /** Draws the pictures and, with `motion: 'comfyui'`, moves them (the `video` list). */
  providers: ProviderRegistry;
}

export function musicVideoServices(context: StepContext): MusicVideoServices {
  const { services } = context;
  return { assets: requiredService(services, 'assets'), providers: requiredService(services, 'providers') };
}

export type InputAssetRole = 'song' | 'character image';

/**
 * An input asset of the job, checked to belong to its owner and to be of the right kind. Someone
 * else's asset answers exactly as a missing one, so ids cannot be probed.
 */
export async function ownedInputAsset(assets: AssetStore, ownerId: string, assetId: string, role: InputAssetRole): Promise<AssetRecord> {
  let asset: AssetRecord;
  try {
    asset = await assets.get(ownerId, assetId);
  } catch (error) {
    if (error instanceof KilnError && error.code === 'not_found') {
      throw new KilnError('not_found', `The ${role} (asset ${assetId}) is not among your assets; upload it again and start a new job.`, {
        cause: error,
        details: { assetId, role },
      });
    }
    throw error;
  }
  const accepted = role === 'song' ? /^(audio|video)\//.test(asset.mediaType) : asset.mediaType.startsWith('image/');
  if (!accepted) {
    throw new UnsupportedMediaTypeError(`The ${role} (asset ${assetId}, ${asset.name}) is ${asset.mediaType}; the ${role} must be ${role === 'song' ? 'audio' : 'an image'}.`, {
      details: { assetId, role, mediaType: asset.mediaType },
    });
  }
  return asset;
}

/** The song's analysis the analyze step stored (beats, sections, moments), read and checked against its schema. */
export async function readAudioAnalysis(assets: AssetStore, ownerId: string, analysisAssetId: string): Promise<AudioAnalysis> {
  const asset = await assets.get(ownerId, analysisAssetId);
  return audioAnalysisSchema.parse(JSON.parse(new TextDecoder().decode(await assets.read(asset))));
}
