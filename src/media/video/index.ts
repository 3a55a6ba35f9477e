// Video: the music video's cut plan on beats, Ken Burns motion, rendering with ffmpeg, probing.
export { planCuts, type CutPlan, type CutPlanOptions, type PlannedScene, type SceneMoment } from './plan-cuts.ts';
export { sceneMotion, zoompanFilter, type SceneMotion } from './ken-burns.ts';
export { planRenderPieces, type RenderPiece } from './plan-render-pieces.ts';
export { renderBeatVideo, type RenderBeatVideoOptions, type RenderBeatVideoResult } from './render-beat-video.ts';
export { probeMedia, parseFfmpegHeader, type ProbedMedia, type ProbedStream } from './probe-media.ts';
export { renderClipVideo, fitClipArguments, type ClipRequest, type MadeClip, type RenderClipVideoOptions } from './render-clip-video.ts';
export { joinPiecesWithSong } from './mux-song.ts';
