/**
 * The stretch of a song one filter draws: how many frames and how large, where its first frame falls
 * in the song, and the beat grid its moves keep time with (the camera's pulse, a dancer's bounce).
 */
export interface PieceFrames {
  /** Frames to render. */
  frames: number;
  /** The song-time frame of the first rendered frame. */
  songStartFrame: number;
  fps: number;
  width: number;
  height: number;
  /** A beat time and the beat period, in seconds. */
  beatPhase: number;
  beatPeriod: number;
}
