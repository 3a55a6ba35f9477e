// Classical image filters that restyle camera frames in real time on a CPU (the live style studio's built-in backend).
export { createFilterRestyleModel, type FilterRestyleModelSettings } from './create-filter-restyle-model.ts';
export { restyleFrame, type RestyleFrameOptions, type RestyledFrame } from './restyle-frame.ts';
export { chooseFilterStyle, defaultPresetName, type FilterStyle } from './choose-filter-style.ts';
export { filterPresets, findPreset, presetNames, applyPreset, type FilterPreset, type FilterStep } from './filter-presets.ts';
export { palettes, paletteNames, findPalette, type Palette, type Color } from './palettes.ts';
export { decodeRawImage, encodeRawImage, type RawImage, type FrameMediaType } from './raw-image.ts';
export { styleWords, type StyleAdjustments } from './style-words.ts';
