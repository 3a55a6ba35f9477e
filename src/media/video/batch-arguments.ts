import { dancersOfScene, pieceGraph, prepareStill, type PieceContext } from './piece-graph.ts';
import type { RenderPiece } from './plan-render-pieces.ts';

/**
 * The ffmpeg arguments that render a run of consecutive pieces in one process, encoded once as
 * H.264 without audio. Each still is decoded and enlarged once per process (per way round: a
 * mirrored shot is prepared apart) and split to every piece that shows it; the pieces' frames are
 * joined by the concat filter. One process per piece instead would pay ffmpeg's and x264's start-up,
 * and the still's preparation, every two seconds of a fast-cut video.
 */
export function batchArguments(pieces: readonly RenderPiece[], context: PieceContext, outputPath: string | readonly string[]): string[] {
  // Which prepared still each piece reads: its scene's, and the next scene's where it crossfades.
  const stills = new Map<string, { input: number; sceneIndex: number; uses: string[]; crossfades: boolean }>();
  const use = (sceneIndex: number, crossfades: boolean) => {
    const key = `${context.imagePaths[sceneIndex]}\n${prepareStill(context, sceneIndex)}`;
    const still = stills.get(key) ?? { input: stills.size, sceneIndex, uses: [], crossfades: false };
    stills.set(key, still);
    still.crossfades ||= crossfades;
    const label = `still${still.input}_${still.uses.length}`;
    still.uses.push(label);
    return label;
  };
  // Each dancer's cut-out is read once per process and split, one frame, to every piece it dances in.
  const dancerUses = new Map<number, string[]>();
  const useDancer = (dancer: number) => {
    const uses = dancerUses.get(dancer) ?? [];
    dancerUses.set(dancer, uses);
    uses.push(`dancer${dancer}_${uses.length}`);
    return uses.at(-1)!;
  };
  const graph: string[] = [];
  pieces.forEach((piece, index) => {
    const crossfades = piece.outgoingFrames > 0;
    const still = use(piece.sceneIndex, crossfades);
    const nextStill = crossfades ? use(piece.sceneIndex + 1, true) : undefined;
    const dancers = dancersOfScene(context, piece.sceneIndex).map(useDancer);
    graph.push(...pieceGraph(piece, context, { still, nextStill, dancers, output: `piece${index}` }));
  });

  const inputs: string[] = [];
  const preparations = [...stills.values()].map(({ input, sceneIndex, uses, crossfades }) => {
    inputs.push('-i', context.imagePaths[sceneIndex]);
    const outputs = uses.map((label) => `[${label}]`).join('');
    return `[${input}:v]${prepareStill(context, sceneIndex, { crossfades })}${uses.length > 1 ? `,split=${uses.length}` : ''}${outputs}`;
  });
  for (const [dancer, uses] of dancerUses) {
    const input = inputs.length / 2;
    inputs.push('-i', context.dancers!.imagePaths[dancer]);
    preparations.push(`[${input}:v]format=rgba${uses.length > 1 ? `,split=${uses.length}` : ''}${uses.map((label) => `[${label}]`).join('')}`);
  }
  const { fps } = context.plan;
  const timescale = String(Math.round(fps * 512));
  const encode = (frames: number) => [
    '-frames:v', String(frames),
    '-c:v', 'libx264', '-preset', context.preset ?? 'veryfast', '-crf', String(context.crf ?? 23),
    '-g', String(Math.round(fps * 4)),
    '-pix_fmt', 'yuv420p',
    '-an',
  ];
  const joined = pieces.length > 1 ? `${pieces.map((_, index) => `[piece${index}]`).join('')}concat=n=${pieces.length}:v=1:a=0[video]` : '[piece0]null[video]';
  const frames = pieces.reduce((sum, piece) => sum + piece.endFrame - piece.startFrame, 0);
  return [
    '-hide_banner', '-nostdin', '-v', 'error',
    ...(context.globalOptions ?? []),
    ...inputs,
    '-filter_complex', [...preparations, ...graph, joined].join(';'),
    '-map', '[video]',
    ...encode(frames),
    ...(typeof outputPath === 'string' ? ['-video_track_timescale', timescale, '-y', outputPath] : shotSegments(pieces, outputPath)),
  ];

  /**
   * One encode, cut into a file per shot without re-encoding: a key frame is forced where each shot
   * begins, and the segment muxer starts a new file there (see shotSegmentPath).
   */
  function shotSegments(run: readonly RenderPiece[], paths: readonly string[]): string[] {
    const starts: number[] = [];
    let offset = 0;
    run.forEach((piece, index) => {
      if (index > 0 && piece.sceneIndex !== run[index - 1].sceneIndex) starts.push(offset);
      offset += piece.endFrame - piece.startFrame;
    });
    if (starts.length + 1 !== paths.length) throw new Error(`${starts.length + 1} shots need as many output paths; got ${paths.length}.`);
    return [
      ...(starts.length > 0 ? ['-force_key_frames', `expr:${starts.map((frame) => `eq(n,${frame})`).join('+')}`] : []),
      '-f', 'segment', ...(starts.length > 0 ? ['-segment_frames', starts.join(',')] : []), '-reset_timestamps', '1',
      '-segment_format', 'mp4', '-segment_format_options', `video_track_timescale=${timescale}`, '-y', shotSegmentPattern(paths),
    ];
  }
}

/** The files the segment muxer writes for the shots of a run: the first shot's path with a number. */
function shotSegmentPattern(paths: readonly string[]): string {
  return `${paths[0]}.segment-%04d.mp4`;
}

/** Where the segment muxer put shot `order` (0 first) of the run whose shots go to `paths`. */
export function shotSegmentPath(paths: readonly string[], order: number): string {
  return shotSegmentPattern(paths).replace('%04d', String(order).padStart(4, '0'));
}
