export { openDatabase, type Database, type OpenDatabaseOptions, type SqlSession } from './database.ts';
export { applyMigrations, migrationsDirectory } from './apply-migrations.ts';
export { createAssetStore, type AssetStoreOptions } from './asset-store.ts';
export { createStepCache } from './step-cache.ts';
