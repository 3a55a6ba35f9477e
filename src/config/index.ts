export { loadConfig, type LoadConfigOptions } from './load-config.ts';
export type { BackendConfig, KilnConfig, RateLimitConfig } from './kiln-config.ts';
export { defaultCapabilities, defaultConfig } from './default-config.ts';
export { parseYamlSubset, YamlSubsetError } from './parse-yaml-subset.ts';
