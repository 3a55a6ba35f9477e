// The built-in procedural illustrator: Kiln's offline `image` model (builtin:illustrator).
export { createIllustratorModel, illustratorSizeLimits } from './create-illustrator-model.ts';
export { deriveScene, type DeriveSceneOptions } from './derive-scene.ts';
export { describeScene, type DescribeSceneOptions } from './describe-scene.ts';
export { renderScenePng, type RenderScenePngOptions, type RenderedScene } from './render-scene-png.ts';
export { renderSceneSvg, type RenderSceneOptions } from './render-scene-svg.ts';
export {
  colourNames,
  paletteNames,
  sceneDescriptionSchema,
  sceneSettings,
  subjectKinds,
  timesOfDay,
  weathers,
  type Composition,
  type SceneDescription,
  type SceneSetting,
  type SceneSubject,
  type SubjectKind,
  type TimeOfDay,
  type Weather,
} from './scene-description.ts';
