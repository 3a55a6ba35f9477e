// The audio analysis of the music video studio: tempo, beats, bars, loudness, sections, key moments.
export { analyzeAudio, type AnalyzeAudioOptions } from './analyze-audio.ts';
export { analyzeAudioFile, type AnalyzeAudioFileOptions } from './analyze-audio-file.ts';
export { audioAnalysisSchema, type AudioAnalysis } from './audio-analysis-schema.ts';
export type { KeyMoment, KeyMomentDescription } from './pick-key-moments.ts';
export type { Section } from './find-sections.ts';
