export { openDatabase, type Database, type KilnDrizzle, type OpenDatabaseOptions, type SqlSession } from './database.ts';
export { applyMigrations, migrationsDirectory } from './apply-migrations.ts';
export { createAssetStore, type AssetStoreOptions } from './asset-store.ts';
export { createStepCache } from './step-cache.ts';
export * as tables from './schema.ts';
