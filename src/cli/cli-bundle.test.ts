// bin/cli-bundle.js as a user meets it: the `kiln` command runs from the prebuilt bundle, and an
// edited source is in the next run. On a copy of the sources, so the test can edit one of them.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repository = fileURLToPath(new URL('../../', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'kiln-cli-bundle-'));
for (const path of ['bin', 'scripts', 'src', 'package.json', 'tsconfig.json']) cpSync(join(repository, path), join(copy, path), { recursive: true });
symlinkSync(join(repository, 'node_modules'), join(copy, 'node_modules'));

afterAll(() => rmSync(copy, { recursive: true, force: true }));

function kiln(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(copy, 'bin', 'kiln.js'), ...args], { env: { ...process.env, ...env }, cwd: copy }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

const bundleFolder = join(copy, 'dist', 'cli');
const currentEntry = () => (JSON.parse(readFileSync(join(bundleFolder, 'current.json'), 'utf8')) as { entry: string }).entry;
const sourceLine = 'a self-hosted AI media studio';

describe('the kiln command from its prebuilt bundle', () => {
  it('runs from the bundle, and rebuilds it when a source it was built from changes', async () => {
    const first = await kiln(['help']);
    expect(first).toMatchObject({ code: 0, stdout: expect.stringContaining(sourceLine) });
    const firstEntry = currentEntry();

    // Changed in the built chunk only: a run that prints it ran the bundle, not the sources.
    const chunk = readdirSync(bundleFolder).find((name) => name.endsWith('.js') && readFileSync(join(bundleFolder, name), 'utf8').includes(sourceLine));
    expect(chunk).toBeDefined();
    const chunkPath = join(bundleFolder, chunk!);
    writeFileSync(chunkPath, readFileSync(chunkPath, 'utf8').replace(sourceLine, 'a studio from the bundle'));
    expect((await kiln(['help'])).stdout).toContain('a studio from the bundle');
    // KILN_BUNDLE=0 loads the sources through tsx instead.
    expect((await kiln(['help'], { KILN_BUNDLE: '0' })).stdout).toContain(sourceLine);

    // A chunk no build has named for over a week goes at the next build; the last build's stay.
    const weekAgo = new Date(Date.now() - 8 * 24 * 3600 * 1000);
    writeFileSync(join(bundleFolder, 'chunk-OLD.js'), '');
    utimesSync(join(bundleFolder, 'chunk-OLD.js'), weekAgo, weekAgo);
    const helpSource = join(copy, 'src', 'cli', 'help-text.ts');
    writeFileSync(helpSource, readFileSync(helpSource, 'utf8').replace(sourceLine, 'an edited AI media studio'));
    const edited = await kiln(['help']);
    expect(edited).toMatchObject({ code: 0, stdout: expect.stringContaining('an edited AI media studio') });
    expect(currentEntry()).not.toBe(firstEntry);
    // The previous build's entry is still there for a process that started from it and loads chunks late.
    expect([existsSync(join(bundleFolder, firstEntry)), existsSync(join(bundleFolder, 'chunk-OLD.js'))]).toEqual([true, false]);
  }, 120_000);
});
