import type { z } from 'zod';
import { definePipeline } from '../../engine/define-pipeline.ts';
import { analyzeStep } from './analyze-step.ts';
import { enrichStep } from './enrich-step.ts';
import { parseStep } from './parse-step.ts';
import { saveStep } from './save-step.ts';
import { transcribeStep } from './transcribe-step.ts';
import { vocabularyInputSchema } from './vocabulary-input.ts';

interface TranscriptUpstream {
  parse?: z.output<typeof parseStep.output>;
  transcribe?: z.output<typeof transcribeStep.output>;
}

// The input names a transcript or a recording, never both, so exactly one of the two nodes ran.
const cuesOf = (upstream: TranscriptUpstream) => (upstream.parse ?? upstream.transcribe)!.cues;

/**
 * A stream's vocabulary: a transcript is parsed (or a recording transcribed), analysed offline,
 * optionally enriched by a text model, then saved to the learner's list, merged with what earlier streams found.
 */
export const vocabularyPipeline = definePipeline({
  id: 'vocabulary',
  description: 'Finds the slang, stream terms, grammar patterns and words of a Japanese stream, with timestamps, from its subtitles or recording.',
  input: vocabularyInputSchema,
})
  .node('transcribe', {
    step: transcribeStep,
    when: (job) => Boolean(job.recordingAssetId),
    // Present: `when` runs this node only for a recording.
    input: (job) => ({ recordingAssetId: job.recordingAssetId! }),
  })
  .node('parse', {
    step: parseStep,
    when: (job) => Boolean(job.transcriptAssetId),
    input: (job) => ({ transcriptAssetId: job.transcriptAssetId!, format: job.format }),
  })
  .node('analyze', {
    step: analyzeStep,
    after: ['transcribe', 'parse'],
    input: (job, upstream) => ({ cues: cuesOf(upstream), source: job.source, dictionary: job.jmdict && job.dictionary === 'none' ? 'jmdict' : job.dictionary }),
  })
  .node('enrich', {
    step: enrichStep,
    after: ['analyze'],
    when: (job) => job.enrich,
    input: (job, upstream) => ({ analysis: upstream.analyze, source: job.source }),
  })
  .node('save', {
    step: saveStep,
    after: ['transcribe', 'parse', 'analyze', 'enrich'],
    input: (job, upstream) => ({
      source: job.source, format: upstream.parse?.format ?? 'recording', origin: job.recordingAssetId ? 'recording' : 'transcript',
      transcriptAssetId: job.transcriptAssetId ?? null, recordingAssetId: job.recordingAssetId ?? null,
      cueCount: cuesOf(upstream).length, analysis: upstream.enrich ?? upstream.analyze,
    }),
  })
  .output((_job, outputs) => ({ streamId: outputs.save.streamId, items: outputs.save.items }));
