import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KILN_MINIMUM, nodeVersionProblem } from './check-node-version.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs `node <args>` with process.versions.node set to `version` before the entry point loads. */
function runAsNode(version: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  const fake = `data:text/javascript,Object.defineProperty(process.versions,"node",{value:"${version}"})`;
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', fake, ...args], { cwd: root }, (error, _stdout, stderr) => {
      resolve({ code: error ? (error.code as number) : 0, stderr });
    });
  });
}

describe('nodeVersionProblem', () => {
  it('accepts the minimum and anything newer, part by part', () => {
    expect(nodeVersionProblem('20.19.0', '20.19', 'to run Kiln')).toBeUndefined();
    expect(nodeVersionProblem('v20.20.2', '20.19', 'to run Kiln')).toBeUndefined();
    expect(nodeVersionProblem('22.3.0', '20.19', 'to run Kiln')).toBeUndefined();
    expect(nodeVersionProblem('24.0.0', '22.12', 'to run the tests')).toBeUndefined();
  });

  it('refuses an older Node in one sentence that says what to install', () => {
    const problem = nodeVersionProblem('20.18.3', '20.19', 'to run Kiln');
    expect(problem).toBe(
      'Node.js 20.19 or newer is needed to run Kiln and this is 20.18.3: install Node.js 22 LTS or newer (https://nodejs.org, or your system\'s nodejs package), then run it again.',
    );
    expect(nodeVersionProblem('9.99.0', '20.19', 'to run Kiln')).toContain('this is 9.99.0');
    expect(nodeVersionProblem('22.11.0', '22.12', "to run Kiln's tests")).toContain("needed to run Kiln's tests");
  });
});

describe('entry points on an old Node', () => {
  it('bin/kiln.js stops before loading anything and says what to install', async () => {
    const { code, stderr } = await runAsNode('18.20.4', ['bin/kiln.js', 'story', 'a fox', '--out', '/nonexistent']);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(nodeVersionProblem('18.20.4', KILN_MINIMUM, 'to run Kiln'));
  });

  it('npm start (the web build step) and npm test (the check script) say the same', async () => {
    const start = await runAsNode('20.5.1', ['scripts/build-web-if-changed.js']);
    expect(start.code).toBe(1);
    expect(start.stderr).toContain('Node.js 20.19 or newer is needed to run Kiln and this is 20.5.1');
    const tests = await runAsNode('20.20.2', ['scripts/check-node-version.js', '22.12', "to run Kiln's tests"]);
    expect(tests.code).toBe(1);
    expect(tests.stderr).toContain("Node.js 22.12 or newer is needed to run Kiln's tests and this is 20.20.2");
  });
});
