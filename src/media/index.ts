// Media: ffmpeg subprocesses, audio decoding and the audio analysis of the music video studio.
export * from './ffmpeg/index.ts';
export * from './audio/index.ts';
