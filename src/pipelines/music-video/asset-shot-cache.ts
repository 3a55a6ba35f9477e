import { createReadStream } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import type { StepContext } from '../../engine/step.ts';
import type { ShotClipCache } from '../../media/video/shot-clips.ts';
import type { AssetRecord, AssetStore } from '../../runtime/contracts.ts';

/** What a kept shot's asset says of itself. */
export const shotClipKind = 'shot-clip';

/**
 * Keeps each rendered shot as an asset of the job (kind `shot-clip`, its key in the metadata), and
 * finds shots among the clips of this job (a resumed render) and of the jobs it was edited from. A
 * clip taken from another job is recorded for this one too, so an edit of an edit finds it here.
 */
export function assetShotCache(assets: AssetStore, context: StepContext, fromJobIds: readonly string[]): ShotClipCache {
  let known: Promise<AssetRecord[]> | undefined;
  const clips = () => {
    known ??= Promise.all([context.jobId, ...fromJobIds].map((jobId) => assets.list(context.ownerId, { jobId, limit: 5000 })))
      .then((lists) => lists.flat().filter((asset) => asset.metadata.kind === shotClipKind));
    return known;
  };
  const keep = async (key: string, path: string) => {
    const stored = await assets.put({
      ownerId: context.ownerId, jobId: context.jobId, data: createReadStream(path), mediaType: 'video/mp4',
      name: `shot-${key.slice(0, 12)}.mp4`, metadata: { kind: shotClipKind, shotKey: key },
    });
    context.recordAsset(stored.id);
  };
  return {
    async fetch(key, path) {
      const clip = (await clips()).find((asset) => asset.metadata.shotKey === key);
      if (!clip) return false;
      await copyFile(await assets.localFile(clip, context.temporaryFolder), path);
      if (clip.jobId !== context.jobId) await keep(key, path);
      return true;
    },
    store: keep,
  };
}
