import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'web/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    // A test waits for events and states; its timeout only says when a wait counts as hung. Beside a
    // CI run on two cores, tests that take 5 s quiet took 26-32 s (a CLI run, a first dictionary read),
    // so 30 s failed sound tests: two minutes still catches a hang.
    testTimeout: 120_000,
    // expect.poll waits for a state, and ends as soon as it holds; its 1 s default is too short for a
    // page or a job on a loaded 2-core machine, so a poll that sets no limit of its own waits 15 s.
    expect: { poll: { timeout: 15_000 } },
    // A page test's beforeAll may build the web app (Vite) and start Kiln and Chromium: under load
    // that took over a minute, so a hook may wait three before it counts as failed.
    hookTimeout: 180_000,
    // Two cores on the CI machine: more forks only fight over them.
    pool: 'forks',
    maxWorkers: 2,
  },
});
