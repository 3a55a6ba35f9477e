/**
 * The built-in backend's default catalog: the rules moderation model this folder ships, and each studio's
 * offline model, registered here by name so that one file lists every built-in model (a studio adds its line).
 */
import { createFilterRestyleModel } from '../../media/filters/create-filter-restyle-model.ts';
import { createIllustratorModel } from '../../media/illustrator/create-illustrator-model.ts';
import { createBuiltinModelCatalog, type BuiltinModelCatalog } from './builtin-models.ts';
import { createNarratorModel } from './narrator/narrator-model.ts';
import { createStorytellerModel } from './storyteller/storyteller-model.ts';
import { createSelfieSegmentationModel, selfieModelProblem } from './segmentation/selfie-segmentation-model.ts';

let shared: BuiltinModelCatalog | undefined;

/** One catalog per process, so every registry made from the config (server, worker, `kiln doctor`) reports the same models. */
export function studioModelCatalog(): BuiltinModelCatalog {
  if (shared) return shared;
  const catalog = createBuiltinModelCatalog();
  catalog.register('text', 'storyteller', createStorytellerModel);
  catalog.register('speech', 'narrator', createNarratorModel);
  catalog.register('image', 'illustrator', createIllustratorModel);
  catalog.register('restyle', 'filters', (identity) => createFilterRestyleModel(identity));
  catalog.register('segmentation', 'selfie', createSelfieSegmentationModel, selfieModelProblem);
  shared = catalog;
  return catalog;
}
