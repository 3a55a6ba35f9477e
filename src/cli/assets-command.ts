import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '../config/index.ts';
import { BadInputError, ConfigError } from '../engine/errors/index.ts';
import { migrateAssetsToS3 } from '../store/migrate-assets-to-s3.ts';
import { openS3Bucket } from '../store/open-s3-bucket.ts';
import { createS3AssetContents } from '../store/s3-asset-contents.ts';
import { parseCommandLine } from './parse-command-line.ts';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * `kiln assets migrate --to s3 [--from DIR] [--json]`: copies the local asset folder's files to the
 * object store the config's `assets` section names. Run it again after an interruption: it skips what
 * is already there. Exit 0 when every file is in the bucket, 1 when some failed, 2 for bad usage.
 */
export async function assetsCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(args, { to: { type: 'string' }, from: { type: 'string' }, json: { type: 'boolean' } }, true);
  if (positionals[0] !== 'migrate' || positionals.length > 1) {
    throw new BadInputError('Usage: kiln assets migrate --to s3 [--from DIR] [--json]. Run `kiln help` to see the commands.');
  }
  if (values.to !== 's3') throw new BadInputError(`--to must be s3; got ${values.to === undefined ? 'nothing' : `"${values.to}"`}.`);
  const config = await loadConfig({ cwd: process.cwd(), env: process.env });
  if (config.assets?.type !== 's3') {
    throw new ConfigError('The config has no S3 asset store to copy to: add an `assets` section with type "s3", bucket and endpoint (see README, "Object storage"), then run this again.');
  }
  const from = values.from ? resolve(values.from) : join(config.dataDir, 'assets');
  if (!existsSync(from)) throw new BadInputError(`There is no asset folder at ${from}; give the old data folder's assets folder with --from.`);
  const bucket = await openS3Bucket(config.assets, process.env);
  try {
    const contents = await createS3AssetContents({ bucket, dataDir: config.dataDir });
    let seen = 0;
    const summary = await migrateAssetsToS3({
      from,
      to: contents,
      onFile: (sha256, outcome) => {
        seen += 1;
        if (!values.json && (outcome === 'failed' || seen % 100 === 0)) process.stderr.write(`${seen} files checked${outcome === 'failed' ? `; ${sha256} failed` : ''}\n`);
      },
    });
    if (values.json) process.stdout.write(`${JSON.stringify({ from, to: bucket.where, ...summary })}\n`);
    else {
      const failures = summary.failed.map((failure) => `failed ${failure.sha256}: ${failure.reason}\n`).join('');
      process.stdout.write(`${failures}Copied ${summary.copied} files (${megabytes(summary.copiedBytes)}) from ${from} to the ${bucket.where}; `
        + `${summary.skipped} were there already; ${summary.failed.length} failed.\n`);
    }
    return summary.failed.length === 0 ? 0 : 1;
  } finally {
    bucket.client.destroy();
  }
}
