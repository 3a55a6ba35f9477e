export { loadConfig, type LoadConfigOptions } from './load-config.ts';
export type { AssetsConfig, BackendConfig, KilnConfig, RateLimitConfig, S3AssetsConfig } from './kiln-config.ts';
export { defaultCapabilities, defaultConfig, videoCandidates } from './default-config.ts';
export { parseConfigYaml, ConfigYamlError } from './parse-config-yaml.ts';
