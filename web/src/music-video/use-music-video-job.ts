/**
 * Follows one music video job: its live progress over the event stream (the job page's own
 * watchJob), the assets it has written so far (re-listed whenever a step ends, and every second
 * while pictures are being drawn, so they appear as they arrive) and its analysis once written.
 */
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/api-error.ts';
import type { Job } from '../api/api-types.ts';
import { deletedJob, useLibraryChanges } from '../api/library-changes.ts';
import { watchJob } from '../api/watch-job.ts';
import { describeStep } from '../components/describe-step.ts';
import { fetchAnalysis, getAsset, listJobAssets, type AssetSummary, type AudioAnalysis } from './music-video-api.ts';

export interface MusicVideoJobView {
  job: Job | undefined;
  analysis: AudioAnalysis | undefined;
  /** The key-moment pictures in moment order. */
  images: AssetSummary[];
  video: AssetSummary | undefined;
  thumbnail: AssetSummary | undefined;
  error: ApiError | undefined;
  /** A sentence for screen readers about the latest step that ended. */
  announcement: string;
  /** The job was deleted (here, in another view or tab, or before this page opened): nothing of it is left to show. */
  gone: boolean;
}

const kindOf = (asset: AssetSummary) => String(asset.metadata.kind ?? '');

export function useMusicVideoJob(jobId: string | undefined): MusicVideoJobView {
  const [job, setJob] = useState<Job>();
  // Kept with the job they were listed for: a render again reuses the analysis asset itself, so
  // its id alone does not tell the new job's listing from the old one's.
  const [listing, setListing] = useState<{ jobId?: string; assets: AssetSummary[] }>({ assets: [] });
  const assets = listing.jobId === jobId ? listing.assets : [];
  const [analysis, setAnalysis] = useState<AudioAnalysis>();
  const [error, setError] = useState<ApiError>();
  const [announcement, setAnnouncement] = useState('');
  const lastListed = useRef(0);
  const [goneJobId, setGoneJobId] = useState<string>();
  useLibraryChanges((change) => {
    if (jobId && deletedJob(change, jobId)) setGoneJobId(jobId);
  });
  // A 404 for the job or its files: deleted before this page opened, or never this user's.
  const failed = (reason: ApiError) => {
    if (reason.status === 404 && jobId) setGoneJobId(jobId);
    else setError(reason);
  };

  useEffect(() => {
    setJob(undefined);
    setAnalysis(undefined);
    setError(undefined);
    if (!jobId) return;
    const controller = new AbortController();
    const relist = () => {
      lastListed.current = Date.now();
      listJobAssets(jobId, controller.signal).then((listed) => setListing({ jobId, assets: listed }), (reason: unknown) => {
        if (!controller.signal.aborted && reason instanceof ApiError) failed(reason);
      });
    };
    relist();
    const stop = watchJob(jobId, {
      onJob: setJob,
      onEvent: (event) => {
        if (event.type === 'step-end') {
          relist();
          setAnnouncement(`${describeStep('music-video', event.step)}: ${event.cached ? 'reused from an earlier run' : 'done'}.`);
        } else if (event.type === 'step-progress' && event.step === 'images' && Date.now() - lastListed.current > 1000) {
          relist();
        } else if (event.type === 'job-end') {
          relist();
          setAnnouncement('The music video is ready.');
        } else if (event.type === 'job-error') {
          setAnnouncement(`The job stopped: ${event.message}`);
        }
      },
      onError: failed,
    });
    return () => {
      controller.abort();
      stop();
    };
  }, [jobId]);

  // A render again takes the analysis from the cache: the asset is the first job's, so it is not
  // among this job's; the finished job's output names it.
  const analysisAssetId = assets.find((asset) => kindOf(asset) === 'analysis')?.id
    ?? (job?.id === jobId ? (job?.output as { analysisAssetId?: string } | null | undefined)?.analysisAssetId : undefined);
  useEffect(() => {
    if (!analysisAssetId) return;
    const controller = new AbortController();
    fetchAnalysis(analysisAssetId, controller.signal).then(setAnalysis, (reason: unknown) => {
      if (!controller.signal.aborted && reason instanceof ApiError) setError(reason);
    });
    return () => controller.abort();
  }, [jobId, analysisAssetId]);

  // An edited video takes its pictures from the job it corrects (the step cache, or those an edit
  // did not draw again) or from uploads, so some or none are this job's: the output names them, in order.
  const pictureIds = job?.id === jobId ? (job?.output as { imageAssetIds?: string[] } | null | undefined)?.imageAssetIds : undefined;
  const wanted = (pictureIds ?? []).filter((id) => !assets.some((asset) => asset.id === id)).join(' ');
  const [borrowed, setBorrowed] = useState<{ ids: string; images: AssetSummary[] }>({ ids: '', images: [] });
  useEffect(() => {
    if (!wanted) return;
    const controller = new AbortController();
    Promise.all(wanted.split(' ').map((id) => getAsset(id, controller.signal))).then(
      (found) => setBorrowed({ ids: wanted, images: found }),
      () => undefined,
    );
    return () => controller.abort();
  }, [wanted]);

  if (jobId && goneJobId === jobId) {
    return { job: undefined, analysis: undefined, images: [], video: undefined, thumbnail: undefined, error: undefined, announcement: 'The music video was deleted.', gone: true };
  }
  const images = pictureIds && (wanted === '' || borrowed.ids === wanted)
    ? pictureIds.flatMap((id, index) => {
      const asset = assets.find((own) => own.id === id) ?? borrowed.images.find((other) => other.id === id);
      return asset ? [{ ...asset, metadata: { ...asset.metadata, index } }] : [];
    })
    : assets
      .filter((asset) => kindOf(asset) === 'key-moment-image')
      .sort((a, b) => Number(a.metadata.index ?? 0) - Number(b.metadata.index ?? 0));
  return {
    job,
    analysis,
    images,
    video: assets.find((asset) => kindOf(asset) === 'final-video'),
    thumbnail: assets.find((asset) => kindOf(asset) === 'thumbnail'),
    error,
    announcement,
    gone: false,
  };
}
