import { z } from 'zod';
import { defineStep } from '../../engine/step.ts';
import { enrichWithTextModel } from './analysis/enrich-with-text-model.ts';
import { streamAnalysisSchema, streamSourceSchema } from './vocabulary-contracts.ts';
import { requiredService } from '../../runtime/step-services.ts';

/**
 * Asks the text model (the `text` capability's fallback list) for meanings the glossary and JMdict
 * did not give, usage notes and expressions the offline analysis missed. Only added to a job when
 * the first text backend is not the built-in one, which cannot do this.
 */
export const enrichStep = defineStep({
  id: 'vocabulary.enrich',
  version: 1,
  input: z.object({ analysis: streamAnalysisSchema, source: streamSourceSchema }),
  output: streamAnalysisSchema,
  async run(input, context) {
    const providers = requiredService(context.services, 'providers');
    const model = providers.model('text', { onServed: (backend, passedOver) => context.servedBy(backend, passedOver) });
    context.progress(0, 'asking the text model');
    const { items, warnings } = await enrichWithTextModel(input.analysis.items, input.analysis.sentences, model, context.signal, input.source);
    context.progress(1);
    return { ...input.analysis, items, warnings: [...input.analysis.warnings, ...warnings] };
  },
});
