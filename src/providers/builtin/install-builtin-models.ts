/**
 * Registers the studios' offline models with the shared built-in catalog. Imported once, for its
 * effect, by src/runtime/create-runtime.ts; each studio adds its lines here.
 */
import { createFilterRestyleModel } from '../../media/filters/create-filter-restyle-model.ts';
import { createIllustratorModel } from '../../media/illustrator/create-illustrator-model.ts';
import { builtinModels } from './builtin-models.ts';
import { createNarratorModel } from './narrator/narrator-model.ts';
import { createStorytellerModel } from './storyteller/storyteller-model.ts';
import { createSelfieSegmentationModel, selfieModelProblem } from './segmentation/selfie-segmentation-model.ts';

builtinModels.register('text', 'storyteller', createStorytellerModel);
builtinModels.register('speech', 'narrator', createNarratorModel);
builtinModels.register('image', 'illustrator', createIllustratorModel);
builtinModels.register('restyle', 'filters', (identity) => createFilterRestyleModel(identity));
builtinModels.register('segmentation', 'selfie', createSelfieSegmentationModel, selfieModelProblem);
