// The body of the audio analysis thread: analyses the samples it is sent and posts the analysis back.
// Loaded by Node itself (type stripping), so the files it imports keep to syntax Node can strip.
import { answerThreadTasks } from '../../engine/answer-thread-tasks.ts';
import { analyzeAudio } from './analyze-audio.ts';
import type { AnalyzeAudioTask } from './analyze-audio-thread-pool.ts';

answerThreadTasks(async (task: AnalyzeAudioTask) => ({ analysis: analyzeAudio(task.samples, task.sampleRate, task.options) }), {
  unknownErrorCode: 'internal',
});
